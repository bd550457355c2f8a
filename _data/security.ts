/** Global data `security`: the headers the site is published with (src/site/security.ts), for `_headers`. */
import { OPEN_DATA_HEADERS, OPEN_DATA_PATHS, SECURITY_HEADERS } from "../src/site/security.ts";

export default { headers: SECURITY_HEADERS, openData: { headers: OPEN_DATA_HEADERS, paths: OPEN_DATA_PATHS } };
