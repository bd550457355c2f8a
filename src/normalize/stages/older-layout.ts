/** Which of the Aanhangsel's two layouts the document has; see ../layout.ts. */
import { findOlderLayout, type OlderLayout } from "../layout.ts";
import { linesFrom, type WorkDocument } from "../work.ts";

/** The older layout's zones and item numbers, looked for in the body from the start on; null for the modern layout. */
export function detectOlderLayout(work: WorkDocument, start: number): OlderLayout | null {
  return findOlderLayout(work.lines, linesFrom(work, start, "body"));
}
