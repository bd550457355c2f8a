/**
 * Keys of what a file of the site is made from: a rebuild that finds the same key for a file as the
 * build before it may keep that build's file instead of making it again (./previous-site.ts).
 */
import { createHash } from "node:crypto";

/** A hash of the given inputs, in order (each ended, so that `ab`,`c` and `a`,`bc` differ). */
export function inputKey(...parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  // 162 bits: no two inputs of one site collide by chance.
  return hash.digest("base64url").slice(0, 27);
}
