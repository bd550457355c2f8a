/**
 * Hard-wrapped lines back into paragraphs and lists. Printed text is justified, so a line that ends a
 * sentence well short of the column is the end of a paragraph; bullets and numbers at the start of a line
 * after a finished sentence start list items; indented lines continue the item above them.
 *
 * PyPDF2 writes most printed lines of a paragraph glued into one long line (`inderdaadgedreigd`,
 * `detentie.Nadat`) and keeps others as printed: a line much longer than the column is such a run of
 * printed lines, and where a run ends with a finished sentence the extraction ended the paragraph.
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

/**
 * A run longer than this many columns is glued printed lines, not one printed line: printed lines vary
 * in length by less than a third of the column.
 */
const RUN_FACTOR = 1.4;
/**
 * The printed column of text that glues most printed lines of a paragraph into one long line, as runs,
 * or null when the lines are wrapped as printed, or not at all. Only text known to come from the print
 * (it carries the print's page furniture) is read so: text that is not wrapped (one line per
 * paragraph, as a letter's conversion has it) has long lines too.
 */
export function runWidth(lines: readonly WorkLine[]): number | null {
  if (wrapWidth(lines) !== Infinity) return null;
  const printed = lines.filter((l) => l.text.length <= 120);
  if (printed.length < 3) return null;
  const width = wrapWidth(printed);
  return width === Infinity ? null : width;
}

/**
 * Splits lines into paragraphs. `width` is the column lines are wrapped at (Infinity: not wrapped);
 * with `runs`, lines longer than the column are runs of printed lines (see {@link runWidth}).
 */
export function splitParagraphs(lines: readonly WorkLine[], width: number, markdownSource: boolean, runs = false): Paragraph[] {
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
    // A table flattened into lines keeps its rows together, as a paragraph of its own.
    if (runs && previous && isTableRow(line) !== isTableRow(previous)) breakHere = true;
    if (!breakHere && previous) {
      if (line.gapBefore && line.page === previous.page) breakHere = true;
      else if (width === Infinity) breakHere = !markdownSource || line.gapBefore;
      else if (runs && previous.text.length > width * RUN_FACTOR) breakHere = endsRun(previous, line, current);
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

/**
 * Whether the paragraph ends after `run`, a run of printed lines. The extraction ends a run where the
 * text's left edge or style changes: after a finished sentence that is the paragraph's end (unless a
 * bracket is still open: `(UN doc.` / `A/77/328 …)`), and after a list item's hanging lines an
 * unindented sentence is the next paragraph even without a full stop before it.
 */
function endsRun(run: WorkLine, line: WorkLine, current: Paragraph | null): boolean {
  const open = (run.text.match(/\(/gu) ?? []).length > (run.text.match(/\)/gu) ?? []).length;
  if (SENTENCE_END.test(run.text)) return !open;
  return current?.kind === "li" && /^\p{Lu}/u.test(line.text);
}

/** A flattened table's row: mostly figures (`2023 1.890 12%`), or short cells between them. */
function isTableRow(line: WorkLine): boolean {
  const tokens = line.text.split(/\s+/u).filter((t) => t !== "");
  if (tokens.length < 2 || /\p{L}[.?!:;][»”’"')\]]*$/u.test(line.text)) return false;
  return tokens.filter((t) => /^[€$]?[\d.,%–-]+[%€]?$/u.test(t)).length * 2 >= tokens.length;
}

/**
 * Cuts a line where a list starts glued to the sentence that announces it (`waaronder:– de afspraak`,
 * `veranderen:1. Bekostiging`): the missing space shows that a printed line ended there.
 */
export function cutGluedListStarts(lines: readonly WorkLine[]): WorkLine[] {
  return lines.flatMap((line) => {
    const parts = line.text.split(/(?<=\p{Ll}:)(?=(?:[–•-]|\d{1,2}\.)\s+\p{L})/u);
    return parts.map((text, k) => ({ ...line, text, ...(k > 0 ? { gapBefore: false, indent: 0 } : {}) }));
  });
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
