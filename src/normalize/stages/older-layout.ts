/** Which layout the document has: the modern one, the older one or a ministry's letter; see ../layout.ts. */
import { findLetterLayout, findOlderLayout, type OlderLayout } from "../layout.ts";
import { linesFrom, type WorkDocument } from "../work.ts";
import { findLetterOpening } from "./letter.ts";

/**
 * The older layout's zones and item numbers, or a letter's numbered questions, looked for in the body
 * from the start on; null for the modern layout.
 */
export function detectOlderLayout(work: WorkDocument, start: number): OlderLayout | null {
  const flow = linesFrom(work, start, "body");
  if (findLetterOpening(work, start)) {
    // The letter stage leaves the continuations of the lines it joined empty.
    return findLetterLayout(
      work.lines,
      flow.filter((i) => work.lines[i]!.text !== ""),
    );
  }
  return findOlderLayout(work.lines, flow);
}
