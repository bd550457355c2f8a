/**
 * Hard-wrapped lines back into paragraphs and lists. Printed text is justified, so a line that ends a
 * sentence well short of the column is the end of a paragraph; bullets and numbers at the start of a line
 * after a finished sentence start list items; indented lines continue the item above them.
 */
import type { WorkLine } from "./footnotes.ts";

export interface Paragraph {
  /** `table`: markdown table rows, kept line by line. */
  kind: "p" | "li" | "table";
  /** For list items: the marker as it should be written in markdown (`-`, `1.`). */
  marker?: string;
  lines: WorkLine[];
}

const SENTENCE_END = /[.?!:;][»”’"')\]\uE001\d]*$/u;
const BULLET = /^[•●▪◦·■□➢►]\s*/u;
const DASH_ITEM = /^[–—-]\s+/u;
const NUMBERED = /^(\d{1,2}|[a-z])[.)]\s+/u;
const MD_ITEM = /^(?:[-*+]|\d{1,2}[.)])\s+/u;
const TABLE_ROW = /^\|.*\|$/u;

/** The typical full line length of wrapped text, or Infinity when lines are not wrapped at all. */
export function wrapWidth(lines: readonly WorkLine[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  if (lengths.length === 0) return Infinity;
  const p90 = lengths.length < 5 ? lengths.at(-1)! : lengths[Math.floor(lengths.length * 0.9)]!;
  return p90 > 140 ? Infinity : p90;
}

export function splitParagraphs(lines: readonly WorkLine[], width: number, markdownSource: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previous: WorkLine | null = null;
  for (const line of lines) {
    // Markdown tables keep their rows: joining them would break the table.
    if (markdownSource && TABLE_ROW.test(line.text)) {
      if (current?.kind !== "table") {
        current = { kind: "table", lines: [] };
        paragraphs.push(current);
      }
      current.lines.push(line);
      previous = line;
      continue;
    }
    const item = listMarker(line, previous, current, markdownSource);
    let breakHere = current === null || item !== null || current.kind === "table";
    if (!breakHere && previous) {
      if (line.gapBefore && line.page === previous.page) breakHere = true;
      else if (width === Infinity) breakHere = !markdownSource || line.gapBefore;
      else if (SENTENCE_END.test(previous.text) && previous.text.length < width * 0.8) breakHere = true;
      else if (
        current?.kind === "li" &&
        !(line.indent > 0) &&
        SENTENCE_END.test(previous.text) &&
        /^\p{Lu}/u.test(line.text) &&
        !(previous.indent > 0 && line.indent === previous.indent)
      ) {
        // A list item ends where an unindented sentence starts after a finished one.
        breakHere = hasIndentedContinuations(lines) || previous.text.length < width * 0.9;
      }
    }
    if (breakHere) {
      current = item ? { kind: "li", marker: item.marker, lines: [{ ...line, text: line.text.slice(item.length) }] } : { kind: "p", lines: [line] };
      paragraphs.push(current);
    } else {
      current!.lines.push(line);
    }
    previous = line;
  }
  return paragraphs;
}

function hasIndentedContinuations(lines: readonly WorkLine[]): boolean {
  return lines.some((l) => l.indent > 0);
}

function listMarker(line: WorkLine, previous: WorkLine | null, current: Paragraph | null, markdownSource: boolean): { marker: string; length: number } | null {
  const afterSentence = previous === null || SENTENCE_END.test(previous.text) || line.gapBefore || current?.kind === "li";
  if (markdownSource) {
    const m = MD_ITEM.exec(line.text);
    if (m && afterSentence) return { marker: m[0].trim(), length: m[0].length };
    return null;
  }
  const bullet = BULLET.exec(line.text);
  if (bullet) return { marker: "-", length: bullet[0].length };
  const dash = DASH_ITEM.exec(line.text);
  if (dash && (afterSentence || /\b(?:en|of)$/u.test(previous?.text ?? ""))) return { marker: "-", length: dash[0].length };
  const numbered = NUMBERED.exec(line.text);
  if (numbered && afterSentence && /^\d/u.test(numbered[1]!)) return { marker: `${numbered[1]}.`, length: numbered[0].length };
  return null;
}
