/**
 * The width of a document's printed lines, learnt from the lines a conversion kept as printed. Justified
 * text in one column has lines of a fairly regular length in characters, which is what lets a line that
 * a conversion glued from several printed lines be cut back into them.
 */

/** What is known of a line here: its text and, where the reader knew them, its page and a gap before it. */
export interface LineShape {
  text: string;
  page?: number;
  gapBefore?: boolean;
}

export interface PrintedWidth {
  /** The typical length of a full printed line, in characters. */
  typical: number;
  /** The shortest and longest length a full printed line is taken to have. */
  min: number;
  max: number;
}

/** Full lines are at least this long and at most this long: shorter ones are headings, longer ones glued. */
const SAMPLE_MIN = 40;
const SAMPLE_MAX = 110;
/** Fewer full lines than this, and the text is taken not to be hard-wrapped at all. */
const MIN_SAMPLES = 3;
/** Justified lines in a proportional font vary around their typical length by about this share. */
const SPREAD = 0.2;

const SENTENCE_END = /[.?!:;][»”’"')\]]*$/u;

/**
 * The lengths of a text's full printed lines: lines that the next line continues (same page, no gap, no
 * sentence end), as the last line of a paragraph may be short. Each text counts once: a running head
 * repeated on every page is one line, not many.
 */
export function fullLineLengths(lines: readonly LineShape[]): number[] {
  const samples = new Map<string, number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (!isLineLength(line.text.length) || SENTENCE_END.test(line.text)) continue;
    if (next.gapBefore || (next.page ?? 1) !== (line.page ?? 1) || next.text === "") continue;
    samples.set(line.text, line.text.length);
  }
  return [...samples.values()];
}

/** Whether `length` may be the length of one full printed line. */
function isLineLength(length: number): boolean {
  return length >= SAMPLE_MIN && length <= SAMPLE_MAX;
}

/** The longest a line may be and still be one printed line, whatever the document's width. */
export const LONGEST_LINE = SAMPLE_MAX;

/**
 * The printed width that `lengths` of full lines tell, or null when there are fewer than `minSamples`:
 * hand-authored text and clean conversions keep a paragraph on one line, and are not hard-wrapped.
 */
export function printedWidth(lengths: readonly number[], minSamples = MIN_SAMPLES): PrintedWidth | null {
  if (lengths.length < minSamples) return null;
  return widthAround(densestLength([...lengths].sort((a, b) => a - b)));
}

/** The range of lengths of full lines whose typical length is `typical`. */
export function widthAround(typical: number): PrintedWidth {
  return { typical, min: Math.round(typical * (1 - SPREAD)), max: Math.round(typical * (1 + SPREAD)) };
}

/** The printed width of a hard-wrapped text, learnt from its full lines; null when it is not hard-wrapped. */
export function learnPrintedWidth(lines: readonly LineShape[], minSamples = MIN_SAMPLES): PrintedWidth | null {
  return printedWidth(fullLineLengths(lines), minSamples);
}

/**
 * The length most full lines have: the median of the densest group of lengths within the spread of
 * each other. The body's lines are most of the samples, but the masthead, running heads and footnotes
 * (a smaller font, so more characters to a line) are among them too, each fewer.
 */
function densestLength(sorted: readonly number[]): number {
  let best: readonly number[] = [];
  for (const centre of sorted) {
    const group = sorted.filter((n) => n >= centre * (1 - SPREAD / 2) && n <= centre * (1 + SPREAD / 2));
    if (group.length > best.length) best = group;
  }
  return best[Math.floor(best.length / 2)]!;
}

/**
 * Whether `text` reads as printed lines glued together: longer than a line and a half, with at least two
 * places where a printed line's end met the next line's start without a space: a sentence's end and the
 * next sentence (`detentie.Nadat`) or a word and a capitalised one (`uwKamer`). Clean text has neither
 * outside addresses and names in their own spelling (`GroenLinks`), which are not counted.
 */
export function holdsGluedLines(text: string, width: PrintedWidth): boolean {
  if (text.length <= width.typical * 1.5) return false;
  let signs = 0;
  for (const token of text.split(/\s+/u)) {
    if (/[/@]|www\./u.test(token)) continue;
    if (/\p{Ll}[.?!;:][«(]?\p{Lu}\p{Ll}/u.test(token) || (/\p{Ll}{2}\p{Lu}\p{Ll}{2}/u.test(token) && !NAMES_WITH_CAPITALS.test(token))) signs++;
    if (signs >= 2) return true;
  }
  return false;
}

/** Names spelt with a capital inside, as parties and some companies are. */
const NAMES_WITH_CAPITALS = /GroenLinks|ChristenUnie|PvdA|PvdD|PostNL|YouTube|LinkedIn|WhatsApp|TikTok|FaceTime|iPhone|eHealth|DigiD/u;
