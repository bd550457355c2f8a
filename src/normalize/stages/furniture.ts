/**
 * Page furniture, page by page; the footer's official id and running head are read on the way. Furniture
 * glued into a line is cut from it first, and a text that lost its page breaks gets its pages back from
 * the running heads that close them.
 */
import { pageFurniture, readOfficialId, readRunningHead, runningHeadPage } from "../furniture.ts";
import { splitGluedFurniture } from "../glued-furniture.ts";
import { splitLine } from "../line-edits.ts";
import { pagesFromRunningHeads } from "../pages.ts";
import type { WorkDocument } from "../work.ts";

/** What the furniture says about the document's identity: the first official id and running head. */
export interface Footer {
  officialId: ReturnType<typeof readOfficialId>;
  runningHead: ReturnType<typeof readRunningHead>;
}

export function markFurniture(work: WorkDocument): Footer {
  cutGluedFurniture(work);
  const pages = pagesFromRunningHeads(work.lines);
  if (pages) pages.forEach((page, i) => (work.lines[i] = { ...work.lines[i]!, page }));
  const { lines, roles } = work;
  const footer: Footer = { officialId: null, runningHead: null };
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    const page = byPage.get(l.page);
    if (page) page.push(i);
    else byPage.set(l.page, [i]);
  });
  for (const indexes of byPage.values()) {
    const furniture = pageFurniture(indexes.map((i) => lines[i]!.text));
    for (const k of furniture) {
      const i = indexes[k]!;
      roles[i] = "furniture";
      footer.officialId ??= readOfficialId(lines[i]!.text);
      footer.runningHead ??= readRunningHead(lines[i]!.text);
    }
  }
  return footer;
}

/** The vergaderjaar of the masthead (`Vergaderjaar 2024–2025 …`) or of the first running head that stands alone. */
function printedSessionYear(work: WorkDocument): string | null {
  for (const { text } of work.lines) {
    const masthead = /^Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})/iu.exec(text);
    if (masthead) return `${masthead[1]}-${masthead[2]}`;
    const head = readRunningHead(text);
    if (head) return head.sessionYear;
  }
  return null;
}

/** Cuts every line that holds glued furniture into its parts, counting the pages its running heads close. */
function cutGluedFurniture(work: WorkDocument): void {
  // Markdown keeps its own markup on a line; the furniture of the conversions that glue it is plain text.
  if (work.source.inlineMarkdown) return;
  const sessionYear = printedSessionYear(work);
  let expectedPage = 1;
  for (let i = 0; i < work.lines.length; i++) {
    const pieces = splitGluedFurniture(work.lines[i]!.text, expectedPage, sessionYear);
    const texts = pieces ? pieces.map((p) => p.text) : [work.lines[i]!.text];
    if (pieces) splitLine(work, i, texts);
    for (const text of texts) {
      const page = runningHeadPage(text);
      if (typeof page === "number" && page === expectedPage) expectedPage++;
    }
    i += texts.length - 1;
  }
}
