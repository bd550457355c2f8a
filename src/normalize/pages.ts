/**
 * Pages of a text that lost its page breaks. Some extractions (PyPDF2) write every page after the
 * other with no form feed, but each page still ends with its running head and number (`Tweede Kamer,
 * vergaderjaar 2024–2025, Aanhangsel 2`). Footnotes are printed on the page that cites them, so the
 * pages are needed to tell a footnote's marker from a number in the text.
 */
import { runningHeadPage } from "./furniture.ts";
import type { WorkLine } from "./footnotes.ts";

/**
 * The page of every line, from the running heads numbered 1, 2, 3 … that close the pages, or null when
 * the lines already have pages or no such running heads. A line belongs to the page whose head comes
 * next; a bare number after the last head (the page count some extractions end with) stays on the last
 * page, and any other text after it is a page without its head.
 */
export function pagesFromRunningHeads(lines: readonly WorkLine[]): number[] | null {
  if (lines.some((l) => l.page !== 1)) return null;
  const closing: number[] = [];
  lines.forEach((l, i) => {
    if (runningHeadPage(l.text) === closing.length + 1) closing.push(i);
  });
  if (closing.length === 0) return null;
  const last = closing.at(-1)!;
  const onlyNumbersAfter = lines.slice(last + 1).every((l) => /^\d{1,3}$/u.test(l.text));
  const pages: number[] = [];
  let page = 1;
  lines.forEach((_, i) => {
    pages.push(i > last && onlyNumbersAfter ? closing.length : page);
    if (i === closing[page - 1]) page++;
  });
  return pages;
}
