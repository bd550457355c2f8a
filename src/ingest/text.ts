/**
 * Reader for plain text extracted from the PDFs (`pdftotext`, with or without `-layout`, pypdf and
 * similar): one source line per physical line, pages split at form feeds. Layout-preserving extractions
 * put separate page regions on one line (`’s-Gravenhage 2024      Tweede Kamer, …      1`): a run of four
 * or more spaces splits them into separate lines, and each line keeps its indentation relative to the
 * page, which tells list continuations and footnote texts apart.
 */
import { type SourceDocument, type SourceLine } from "./source.ts";

const CELL_GAP = / {4,}/u;

/** Reads extracted plain text; a form feed (`\f`) starts a new page. */
export function readText(text: string, path: string): SourceDocument {
  const pages = text.split("\f");
  const lines: SourceLine[] = [];
  let lineNumber = 1;
  pages.forEach((pageText, pageIndex) => {
    const raw = pageText.split("\n");
    const indents = raw.filter((l) => l.trim() !== "").map((l) => /^ */u.exec(l)![0].length);
    const margin = indents.length > 0 ? Math.min(...indents) : 0;
    let gap = pageIndex > 0;
    raw.forEach((l, i) => {
      const number = lineNumber + i;
      if (l.trim() === "") {
        gap = true;
        return;
      }
      const indent = /^ */u.exec(l)![0].length - margin;
      const cells = l.trim().split(CELL_GAP);
      cells.forEach((cell, c) => {
        lines.push({
          text: cell.trim(),
          line: number,
          page: pageIndex + 1,
          ...(c === 0 && indent > 0 ? { indent } : {}),
          ...(gap || c > 0 ? { gapBefore: true } : {}),
        });
        gap = false;
      });
    });
    lineNumber += raw.length - 1;
  });
  return { path, format: "text", lines, inlineMarkdown: false };
}
