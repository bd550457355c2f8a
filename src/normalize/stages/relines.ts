/**
 * Printed lines back from lines a conversion glued together. Some text extractions (PyPDF2) write a
 * paragraph's printed lines as one line, glued without a space where they met
 * (`hettweeminutendebat`, `uwKamer`, `kondi-gen`). Each such line becomes its printed lines again, with
 * the same file line number, so that every later stage (furniture, footnote markers at line starts,
 * paragraphs by line length, line-end hyphens) reads them as it reads properly wrapped text.
 *
 * Only converted text is read so: plain text, and markdown that is hard-wrapped as a conversion is. The
 * PDF reader has the real lines, the official XML and HTML have no lines, and hand-authored markdown
 * keeps a paragraph on one long line that is never to be cut. A line is cut only where it is clearly
 * glued (unglue.ts); everything else stays exactly as it was.
 */
import { collectDocumentWords } from "../document-words.ts";
import type { WorkLine } from "../footnotes.ts";
import { dutchLexicon } from "../lexicon.ts";
import { findGluePoints, type GlueEvidence } from "../glue-points.ts";
import { fullLineLengths, LONGEST_LINE, printedWidth, widthAround, type PrintedWidth } from "../printed-width.ts";
import { hyphenatedPairs } from "../repair.ts";
import { chooseWidth, splitGluedLine } from "../unglue.ts";
import type { WorkDocument } from "../work.ts";
import type { SourceFormat } from "../../model.ts";

/** Markdown lines that are no wrapped prose: headings, list items, table rows, quotes, front matter. */
const MARKDOWN_BLOCK = /^(?:#|[-*+]\s|\d{1,2}[.)]\s|\||>|---)/u;
/** The typical printed widths of the Aanhangsel's column and of letters, in characters. */
const USUAL_WIDTHS = { from: 58, to: 90 };
/** With this many full printed lines, they tell the printed width by themselves. */
const MANY_FULL_LINES = 20;
/** A document whose long lines were glued: at least this many and this share of them. */
const GLUED_DOCUMENT = { lines: 3, share: 0.5 };
/** A markdown source counts as a hard-wrapped conversion with at least this many full printed lines. */
const MARKDOWN_SAMPLES = 5;

export function splitGluedLines(work: WorkDocument): void {
  const glued = findGluedLines(work.lines, work.source.format);
  // From the last line back, so that the indexes still to do stay where they are.
  for (const [i, pieces] of [...(glued?.pieces ?? [])].reverse()) replaceLine(work, i, pieces);
}

export interface GluedLines {
  /** The printed width the document's lines were found to have. */
  width: PrintedWidth;
  /** Index of each glued line, in order, and the printed lines it is cut into. */
  pieces: Map<number, string[]>;
}

/** The glued lines of a converted text and the printed lines each is cut into; null when there are none. */
export function findGluedLines(lines: readonly WorkLine[], format: SourceFormat): GluedLines | null {
  const full = fullLineLengths(proseLines(lines, format));
  const first = printedWidth(full, format === "markdown" ? MARKDOWN_SAMPLES : undefined);
  if (!first) return null;
  // Where many lines are full printed lines, they tell the width, and only lines longer than they are
  // may be glued. Where they are few (a glued text keeps few printed lines as they are, and some of those
  // are running heads or footnotes), the width is looked for over the usual widths too.
  const candidates: number[] = [];
  const many = full.length >= MANY_FULL_LINES;
  const from = Math.round(many ? first.typical * 0.9 : Math.min(first.typical * 0.8, USUAL_WIDTHS.from));
  const to = Math.round(many ? first.typical * 1.1 : Math.max(first.typical * 1.25, USUAL_WIDTHS.to));
  for (let typical = from; typical <= to; typical++) candidates.push(typical);
  const shortest = Math.min(many ? first.max : widthAround(candidates[0]!).max, LONGEST_LINE);
  const texts = lines.map((l) => l.text);
  const long = texts.map((t, i) => (t.length > shortest ? i : -1)).filter((i) => i >= 0);
  // Most documents have no line longer than the printed column: they never load the lexicon.
  if (long.length === 0) return null;
  const evidence = gatherEvidence(texts, (text) => text.length <= shortest);
  const points = new Map(long.map((i) => [i, findGluePoints(texts[i]!, evidence)]));
  // The glued lines tell the width best: the one under which they are cut best.
  const width = chooseWidth(
    long.map((i) => ({ length: texts[i]!.length, points: points.get(i)! })),
    candidates,
  );
  if (!width) return null;
  const pieces = new Map<number, string[]>();
  for (const i of long) {
    const cut = splitGluedLine(texts[i]!, points.get(i)!, width);
    if (cut) pieces.set(i, cut);
  }
  // Where most long lines were glued, the conversion glued every paragraph: a line of one printed
  // line's length may be a full and a short printed line, and every long line was glued alike.
  const longer = texts.filter((t) => t.length > width.max).length;
  if (pieces.size >= GLUED_DOCUMENT.lines && pieces.size >= longer * GLUED_DOCUMENT.share) {
    texts.forEach((text, i) => {
      if (pieces.has(i) || text.length <= width.min) return;
      const cut = splitGluedLine(text, points.get(i) ?? findGluePoints(text, evidence), width, true);
      if (cut) pieces.set(i, cut);
    });
  }
  return { width, pieces: new Map([...pieces].sort((a, b) => a[0] - b[0])) };
}

/**
 * What a document tells about its words, for finding its glue points: `printed` tells the lines that
 * are printed lines as they stand. Builds the lexicon on first use (see lexicon.ts).
 */
export function gatherEvidence(texts: readonly string[], printed: (text: string) => boolean): GlueEvidence {
  const lexicon = dutchLexicon();
  return {
    words: collectDocumentWords(texts, printed, lexicon),
    lexicon,
    hyphenated: hyphenatedPairs(texts.filter(printed)),
    printedHyphenated: hyphenatedPairs(texts),
  };
}

/** The lines of a converted text that may be wrapped prose, or none when the source is not converted text. */
function proseLines(lines: readonly WorkLine[], format: SourceFormat): readonly WorkLine[] {
  if (format === "text") return lines;
  if (format === "markdown") return lines.filter((l) => !l.heading && !MARKDOWN_BLOCK.test(l.text));
  return [];
}

/** Line `i` becomes `pieces`: the first keeps the line's gap and indent, the others continue it. */
function replaceLine(work: WorkDocument, i: number, pieces: readonly string[]): void {
  const line = work.lines[i]!;
  const source = work.sourceLines[i]!;
  const lines: WorkLine[] = pieces.map((text, k) => (k === 0 ? { ...line, text } : { ...line, text, gapBefore: false, indent: 0, heading: false }));
  const { gapBefore: _gap, indent: _indent, heading: _heading, ...continued } = source;
  work.lines.splice(i, 1, ...lines);
  work.sourceLines.splice(i, 1, ...pieces.map((text, k) => (k === 0 ? { ...source, text } : { ...continued, text })));
  work.roles.splice(i, 1, ...pieces.map(() => work.roles[i]!));
}
