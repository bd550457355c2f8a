/**
 * Changing the working document's lines while keeping its three parallel arrays (the lines read, the
 * lines as repaired, their roles) in step, so that every piece of text keeps its origin and one role.
 */
import type { WorkDocument } from "./work.ts";

/**
 * Replaces line `i` by one line per text, in order, each with the origin (file line, page) of the
 * line it came from; the first keeps the gap before it, the others follow it directly.
 */
export function splitLine(work: WorkDocument, i: number, texts: readonly string[]): void {
  const source = work.sourceLines[i]!;
  const line = work.lines[i]!;
  const role = work.roles[i]!;
  work.sourceLines.splice(i, 1, ...texts.map((text, k) => ({ ...source, text, ...(k > 0 ? { gapBefore: false, indent: 0 } : {}) })));
  work.lines.splice(i, 1, ...texts.map((text, k) => ({ ...line, text, ...(k > 0 ? { gapBefore: false, indent: 0 } : {}) })));
  work.roles.splice(i, 1, ...texts.map(() => role));
}
