/**
 * The geometry half of the PDF reader: positioned text items (as pdfjs-dist reports them, in page
 * coordinates with y growing downwards) become physical lines in reading order. Pure functions, no
 * pdfjs-dist, so that the rules can be tested on hand-made items.
 *
 * - Items whose baselines agree form a line; small items that stand a little above or below a larger
 *   line and touch one of its items horizontally (footnote markers, subscripts, the raised number of a
 *   footnote definition) are taken into that line.
 * - Within a line, each item is judged against the line's main font (the size that carries most
 *   characters): smaller and raised is superscript (wrapped in `MARK.supOpen…supClose`, glued in place),
 *   smaller and lowered is a subscript (plain text: `CO2`).
 * - Words are separated where the horizontal gap is wider than a fraction of the font size or where the
 *   PDF drew a space; a wide gap splits the line into cells (the masthead and the footer put separate
 *   regions on one baseline), each cell its own source line, as the plain-text reader does.
 * - Vertical space clearly larger than the usual line pitch of that font size sets `gapBefore`; the
 *   indentation is measured from the page's left text margin (the most common line start).
 */
import { MARK, type SourceLine } from "./source.ts";

/** One text item: a run of text in one font, placed on the page. */
export interface PdfItem {
  text: string;
  /** Left edge, page units (points), from the left of the visible page. */
  x: number;
  /** Baseline, page units from the top of the visible page (grows downwards). */
  y: number;
  /** Advance width in page units. */
  width: number;
  /** Font size in page units (the text's height). */
  size: number;
  bold: boolean;
  italic: boolean;
}

export interface PdfPageItems {
  /** 1-based. */
  page: number;
  items: PdfItem[];
  /** Text that does not run left to right (rotated labels): kept, each item its own line after the page. */
  rotated?: PdfItem[];
}

/** A styled piece of a line's text. */
export interface PdfRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Raised text (a footnote marker or an ordinal) that is written between MARK.supOpen/supClose. */
  raised: boolean;
}

/** A source line with what the PDF knew about it; `runs` give its text with styles (markers left out). */
export interface PdfLine extends SourceLine {
  runs: PdfRun[];
  /** Main font size of the line. */
  size: number;
  /** Baseline and left edge, page units. */
  y: number;
  x: number;
  /** Every non-space character of the line is in a bold face. */
  bold: boolean;
  /** Every non-space character of the line is in an italic face. */
  italic: boolean;
}

/** Horizontal gap, as a share of the font size, from which two items are separate words. */
const WORD_GAP = 0.15;
/** Horizontal gap, as a multiple of the line's font size, from which two items are separate cells. */
const CELL_GAP = 2.5;
/** An item at most this share of the line's size is small (a candidate marker or subscript). */
const SMALL = 0.85;
/** Vertical space larger than this multiple of the usual pitch is a gap (a blank line). */
const GAP_FACTOR = 1.45;

const SPACING_ACCENTS: Record<string, string> = {
  "\u00B4": "\u0301", // ´ acute
  "\u02CA": "\u0301",
  "\u02CB": "\u0300", // ˋ grave
  "\u00A8": "\u0308", // ¨ diaeresis
  "\u02C6": "\u0302", // ˆ circumflex
  "\u02DC": "\u0303", // ˜ tilde
  "\u00B8": "\u0327", // ¸ cedilla
  "\u02C7": "\u030C", // ˇ caron
  "\u02D8": "\u0306", // ˘ breve
  "\u02DB": "\u0328", // ˛ ogonek
  "\u02DA": "\u030A", // ˚ ring
  "\u02DD": "\u030B", // ˝ double acute
  "\u00AF": "\u0304", // ¯ macron
  "\u02C9": "\u0304",
  "\u02D9": "\u0307", // ˙ dot above
};

const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};

const isBlank = (text: string) => text.trim() === "";

interface Cluster {
  items: PdfItem[];
  /** Baseline of the main font. */
  y: number;
  /** Main font size. */
  size: number;
}

/** Lays out every page; line numbers run through the document. */
export function layoutPages(input: readonly PdfPageItems[]): PdfLine[] {
  // The reader's own markers must not come from the file (fonts without a Unicode map yield private-use
  // code points).
  const clean = (i: PdfItem): PdfItem => ({ ...i, text: i.text.replace(/[\uE000\uE001]/gu, "\uFFFD") });
  const pages = input.map((p) => ({ ...p, items: p.items.map(clean), ...(p.rotated ? { rotated: p.rotated.map(clean) } : {}) }));
  const clustered = pages.map((p) => ({ page: p.page, clusters: clusterPage(p.items), rotated: p.rotated ?? [] }));
  const bodySize = dominantSize(pages.flatMap((p) => p.items));
  const pitch = linePitches(clustered.map((p) => p.clusters));
  const out: PdfLine[] = [];
  let lineNumber = 0;
  for (const { page, clusters, rotated } of clustered) {
    const margin = leftMargin(clusters, bodySize);
    let previous: Cluster | null = null;
    let previousStartedDefinition = false;
    for (const cluster of clusters) {
      lineNumber++;
      let gapBefore = previous === null ? page > 1 || out.length > 0 : false;
      if (previous) {
        const dy = cluster.y - previous.y;
        const usual = pitch.get(sizeKey(cluster.size)) ?? pitch.get(sizeKey(previous.size)) ?? 1.2 * Math.max(cluster.size, previous.size);
        gapBefore = dy > GAP_FACTOR * usual;
      }
      const cells = splitCells(cluster);
      const small = cluster.size < 0.95 * bodySize;
      cells.forEach((cell, c) => {
        const canDefine = c === 0 && (small || gapBefore || previousStartedDefinition);
        const built = buildText(cell, cluster, canDefine);
        if (c === 0) previousStartedDefinition = built.startsWithDefinitionNumber;
        if (built.text === "") return;
        const x = Math.min(...cell.filter((i) => !isBlank(i.text)).map((i) => i.x));
        const indent = c === 0 && x > margin + 0.25 * cluster.size ? Math.round((x - margin) / (0.5 * cluster.size)) : 0;
        const visible = cell.filter((i) => !isBlank(i.text));
        const bold = visible.every((i) => i.bold);
        const italic = visible.every((i) => i.italic);
        const heading = cluster.size >= 1.2 * bodySize || (bold && cluster.size >= 0.95 * bodySize);
        out.push({
          text: built.text,
          line: lineNumber,
          page,
          ...(heading ? { heading: true } : {}),
          ...(indent > 0 ? { indent } : {}),
          ...(gapBefore || c > 0 ? { gapBefore: true } : {}),
          runs: built.runs,
          size: cluster.size,
          y: cluster.y,
          x,
          bold,
          italic,
        });
      });
      previous = cluster;
    }
    for (const item of rotated) {
      const text = finishText(item.text);
      if (text === "") continue;
      lineNumber++;
      out.push({
        text,
        line: lineNumber,
        page,
        gapBefore: true,
        runs: [{ text, bold: item.bold, italic: item.italic, raised: false }],
        size: item.size,
        y: item.y,
        x: item.x,
        bold: item.bold,
        italic: item.italic,
      });
    }
  }
  return out;
}

/** Physical lines of one page, top to bottom. */
function clusterPage(items: readonly PdfItem[]): Cluster[] {
  const sorted = items
    .filter((i) => i.text !== "" && i.size > 0)
    .map((item, order) => ({ item, order }))
    .sort((a, b) => a.item.y - b.item.y || a.item.x - b.item.x || a.order - b.order)
    .map((e) => e.item);
  // Pass 1: items on one baseline.
  const clusters: Cluster[] = [];
  for (const item of sorted) {
    let target: Cluster | null = null;
    for (let k = clusters.length - 1; k >= 0 && k >= clusters.length - 4; k--) {
      const c = clusters[k]!;
      if (Math.abs(c.y - item.y) <= 0.2 * Math.min(c.size, item.size)) {
        target = c;
        break;
      }
    }
    if (target) target.items.push(item);
    else clusters.push({ items: [item], y: item.y, size: item.size });
  }
  clusters.forEach(measure);
  // Pass 2: small raised or lowered items join the larger line they touch.
  const bySize = [...clusters].sort((a, b) => a.size - b.size);
  for (const small of bySize) {
    const candidates = clusters.filter((l) => l !== small && l.items.length > 0 && small.size <= 1.05 * l.size && Math.abs(l.y - small.y) <= 0.7 * l.size);
    if (candidates.length === 0) continue;
    const keep: PdfItem[] = [];
    const moved = new Map<PdfItem, Cluster>();
    for (const item of [...small.items].sort((a, b) => a.x - b.x)) {
      let best: Cluster | null = null;
      for (const line of candidates) {
        if (!attaches(item, line)) continue;
        if (!best || Math.abs(line.y - item.y) < Math.abs(best.y - item.y)) best = line;
      }
      if (!best && isBlank(item.text)) {
        // A space between two moved items goes with them.
        const prev = [...moved.keys()].at(-1);
        if (prev) best = moved.get(prev)!;
      }
      if (best) {
        best.items.push(item);
        moved.set(item, best);
      } else keep.push(item);
    }
    small.items = keep;
  }
  const lines = clusters.filter((c) => c.items.some((i) => !isBlank(i.text)));
  lines.forEach(measure);
  lines.sort((a, b) => a.y - b.y || Math.min(...a.items.map((i) => i.x)) - Math.min(...b.items.map((i) => i.x)));
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * Whether `item`, on a baseline of its own, belongs to `line`: it is smaller and a little raised or
 * lowered (a footnote marker, a subscript, the number of a footnote definition), or of the same size and
 * clearly raised (a superscript made with text rise only), and it touches one of the line's items.
 */
function attaches(item: PdfItem, line: Cluster): boolean {
  const rise = line.y - item.y;
  const smallShift = item.size <= SMALL * line.size && rise <= 0.7 * line.size && rise >= -0.45 * line.size;
  const raisedOnly = item.size <= 1.05 * line.size && rise >= 0.25 * line.size && rise <= 0.6 * line.size;
  return (smallShift || raisedOnly) && touches(item, line.items, line.size);
}

/** Whether `item` stands right before or after one of `others` (it is glued to the text, or nearly). */
function touches(item: PdfItem, others: readonly PdfItem[], lineSize: number): boolean {
  const end = item.x + item.width;
  for (const o of others) {
    if (isBlank(o.text)) continue;
    const oEnd = o.x + o.width;
    // After o: starts near o's end (markers follow a word or punctuation, at most a space away).
    if (item.x >= oEnd - 0.5 * item.size && item.x <= oEnd + 0.6 * lineSize) return true;
    // Before o: ends near o's start (the number that opens a footnote definition).
    if (end >= o.x - 0.6 * lineSize && end <= o.x + 0.5 * item.size) return true;
  }
  return false;
}

/** Main size (most characters) and its baseline. */
function measure(c: Cluster): void {
  const visible = c.items.filter((i) => !isBlank(i.text));
  if (visible.length === 0) return;
  c.size = dominantSize(visible);
  const main = visible.filter((i) => Math.abs(i.size - c.size) <= 0.05 * c.size);
  const ys = main.map((i) => i.y).sort((a, b) => a - b);
  c.y = ys[Math.floor(ys.length / 2)]!;
}

/** The font size that carries most characters. */
function dominantSize(items: readonly PdfItem[]): number {
  const weight = new Map<string, { size: number; chars: number }>();
  for (const i of items) {
    const chars = i.text.replace(/\s/gu, "").length;
    if (chars === 0) continue;
    const k = sizeKey(i.size);
    const w = weight.get(k) ?? { size: i.size, chars: 0 };
    w.chars += chars;
    weight.set(k, w);
  }
  let best = { size: items[0]?.size ?? 10, chars: -1 };
  for (const w of weight.values()) if (w.chars > best.chars) best = w;
  return best.size;
}

const sizeKey = (size: number) => size.toFixed(1);

/** The usual distance between baselines of consecutive lines, per font size, over the document. */
function linePitches(pages: readonly Cluster[][]): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const clusters of pages) {
    for (let k = 1; k < clusters.length; k++) {
      const a = clusters[k - 1]!;
      const b = clusters[k]!;
      if (sizeKey(a.size) !== sizeKey(b.size)) continue;
      const dy = b.y - a.y;
      if (dy < 0.8 * b.size || dy > 2.2 * b.size) continue;
      const key = sizeKey(b.size);
      const m = counts.get(key) ?? new Map<string, number>();
      const d = (Math.round(dy * 4) / 4).toFixed(2);
      m.set(d, (m.get(d) ?? 0) + 1);
      counts.set(key, m);
    }
  }
  const result = new Map<string, number>();
  for (const [key, m] of counts) {
    let best: [string, number] = ["0", 0];
    for (const e of m) if (e[1] > best[1] || (e[1] === best[1] && Number(e[0]) < Number(best[0]))) best = e;
    result.set(key, Number(best[0]));
  }
  return result;
}

/**
 * The page's left text margin: where its leftmost line in the body's font size starts (the masthead and
 * the footer, in other sizes, stand further left on the first page); the leftmost line when the page has
 * no body text.
 */
function leftMargin(clusters: readonly Cluster[], bodySize: number): number {
  const left = (c: Cluster) => Math.min(...c.items.filter((i) => !isBlank(i.text)).map((i) => i.x));
  const body = clusters.filter((c) => Math.abs(c.size - bodySize) <= 0.05 * bodySize);
  return Math.min(...(body.length > 0 ? body : clusters).map(left));
}

/** Splits a line at wide horizontal gaps into cells. */
function splitCells(cluster: Cluster): PdfItem[][] {
  const cells: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let end = -Infinity;
  for (const item of cluster.items) {
    if (isBlank(item.text)) {
      current.push(item);
      continue;
    }
    if (current.some((i) => !isBlank(i.text)) && item.x - end > CELL_GAP * cluster.size) {
      cells.push(current);
      current = [];
    }
    current.push(item);
    end = Math.max(end, item.x + item.width);
  }
  if (current.length > 0) cells.push(current);
  return cells;
}

type Role = "main" | "raised" | "lowered";

function roleOf(item: PdfItem, line: Cluster): Role {
  const rise = line.y - item.y;
  if (item.size <= SMALL * line.size) {
    if (rise >= 0.15 * line.size) return "raised";
    if (rise <= -0.08 * line.size) return "lowered";
    return "main";
  }
  // Text of the line's size raised by a quarter of it or more: a superscript drawn with text rise only.
  if (rise >= 0.25 * line.size) return "raised";
  return "main";
}

interface Built {
  text: string;
  runs: PdfRun[];
  startsWithDefinitionNumber: boolean;
}

/**
 * The text of one cell: words joined with single spaces where the PDF leaves room for one, raised runs
 * wrapped in markers, accents drawn over a letter composed with it. A raised number that opens a
 * footnote-sized line (or a line after a gap) is the number of a footnote definition: written plainly,
 * `1 Text…`, as the text readers see it.
 */
function buildText(cell: readonly PdfItem[], line: Cluster, canDefine: boolean): Built {
  type Piece = { text: string; role: Role; bold: boolean; italic: boolean; x: number; end: number; size: number; spaceBefore: boolean };
  const pieces: Piece[] = [];
  let pendingSpace = false;
  let last: PdfItem | null = null;
  let lastEnd = -Infinity;
  for (const item of cell) {
    if (isBlank(item.text)) {
      if (pieces.length > 0) pendingSpace = true;
      continue;
    }
    // A face printed twice, slightly offset (fake bold): keep one.
    if (last && last.text === item.text && Math.abs(last.x - item.x) < 0.15 * item.size) continue;
    const role = roleOf(item, line);
    let text = item.text;
    const leading = /^\s/u.test(text);
    const trailing = /\s$/u.test(text);
    text = text.trim();
    const prev = pieces.at(-1);
    // An accent drawn over the last letter of the previous item (it starts inside that item).
    const accent = SPACING_ACCENTS[text];
    if (prev && accent && item.x < lastEnd - 0.1 * item.size) {
      prev.text = composeAt(prev.text, prev.text.length, accent);
      lastEnd = Math.max(lastEnd, item.x + item.width);
      last = item;
      continue;
    }
    // The previous item ended with an accent that this item's first letter is drawn under.
    if (prev && item.x < lastEnd - 0.1 * item.size) {
      const tail = prev.text.at(-1) ?? "";
      const mark = SPACING_ACCENTS[tail];
      if (mark && /^\p{L}/u.test(text)) {
        prev.text = prev.text.slice(0, -1);
        text = composeAt(text, 1, mark);
      }
    }
    const gap = item.x - lastEnd;
    const refSize = Math.min(item.size, last?.size ?? item.size, role === "main" ? line.size : Infinity);
    const spaceBefore = pieces.length > 0 && (pendingSpace || leading || gap > WORD_GAP * refSize);
    pieces.push({ text, role, bold: item.bold, italic: item.italic, x: item.x, end: item.x + item.width, size: item.size, spaceBefore });
    pendingSpace = trailing;
    last = item;
    lastEnd = Math.max(lastEnd, item.x + item.width);
  }

  const runs: PdfRun[] = [];
  let text = "";
  let startsWithDefinitionNumber = false;
  const push = (t: string, piece: Piece, raised: boolean) => {
    const prev = runs.at(-1);
    if (prev && prev.bold === piece.bold && prev.italic === piece.italic && prev.raised === raised) prev.text += t;
    else runs.push({ text: t, bold: piece.bold, italic: piece.italic, raised });
  };
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (piece.role !== "raised") {
      const sep = piece.spaceBefore && text !== "" ? " " : "";
      text += sep + piece.text;
      push(sep + piece.text, piece, false);
      continue;
    }
    // A run of raised pieces: one marker.
    let inner = piece.text;
    let j = k + 1;
    for (; j < pieces.length && pieces[j]!.role === "raised"; j++) inner += (pieces[j]!.spaceBefore ? " " : "") + pieces[j]!.text;
    k = j - 1;
    if (text === "" && canDefine && /^\d{1,3}$/u.test(inner)) {
      text = `${inner} `;
      push(text, piece, false);
      startsWithDefinitionNumber = true;
      const next = pieces[j];
      if (next) next.spaceBefore = false;
      continue;
    }
    text += MARK.supOpen + inner + MARK.supClose;
    push(inner, piece, true);
  }
  for (const run of runs) run.text = readableCharacters(run.text).replace(/[ \t]+/gu, " ");
  return { text: finishText(text), runs, startsWithDefinitionNumber };
}

/** Puts a combining mark after the letter at `index - 1` of `text`. */
function composeAt(text: string, index: number, mark: string): string {
  return text.slice(0, index) + mark + text.slice(index);
}

/**
 * Characters as a reader sees them: ligatures spelled out, accents composed, white space collapsed. A
 * soft hyphen that a PDF draws is a visible hyphen (often the one that ends a line); the private-use
 * code points that fonts without a Unicode map yield are not text, except the bullets of symbol fonts,
 * and never the reader's own markers.
 */
function finishText(text: string): string {
  return readableCharacters(text)
    .replace(/[ \t]+/gu, " ")
    .trim();
}

function readableCharacters(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/gu, (l) => LIGATURES[l] ?? l)
    .replace(/\u00AD/gu, "-")
    .replace(/[\uF0B7\uF0A7\uF06C\uF0D8]/gu, (c) => SYMBOL_BULLETS[c] ?? c)
    .normalize("NFC");
}

const SYMBOL_BULLETS: Record<string, string> = { "\uF0B7": "•", "\uF0A7": "▪", "\uF06C": "●", "\uF0D8": "➢" };
