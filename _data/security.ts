/** Global data `security`: the headers the site is published with (src/site/security.ts), for `_headers`. */
import { SECURITY_HEADERS } from "../src/site/security.ts";

export default { headers: SECURITY_HEADERS };
