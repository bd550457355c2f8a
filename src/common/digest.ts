/**
 * The digest of a written page's bytes: the page writer takes it as it writes (src/render/), and the
 * search index keys its parts by it (src/search/), reading a page only when no digest came with it.
 */
import { createHash } from "node:crypto";

export function pageDigest(html: string | Buffer): Buffer {
  return createHash("sha256").update(html).digest();
}
