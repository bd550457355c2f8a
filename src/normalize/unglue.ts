/**
 * Cuts a line that a conversion glued from several printed lines back into them. In a glued paragraph
 * every printed line end became a glue point, and printed lines have a fairly regular length: so the
 * cuts are chosen together, by dynamic programming over the line, such that each printed line has a
 * plausible length and the cuts fall where the evidence of a glue point is strongest (glue-points.ts).
 * Words alone cannot do it: Dutch compounds are made freely (`tweeminutendebat`), and two words glued
 * may make another word (`in` + `de` is `inde`); the length of the lines tells where to look.
 *
 * The line is cut only when it is clearly glued: most of its cuts must be glue points. Otherwise it is
 * left exactly as it was, as a clean long paragraph line always is.
 */
import { GOOD, STRONG, type GluePoint } from "./glue-points.ts";
import { widthAround, type PrintedWidth } from "./printed-width.ts";

/** Each cut costs a little, so that no cut is made at a space without need. */
const CUT_COST = 0.25;
/** Per character that a printed line is shorter or longer than typical, beyond the slack. */
const LENGTH_COST = 0.04;
const LENGTH_SLACK = 5;
/** Of the cuts, at least this share must be glue points for the line to count as glued. */
const GLUED_SHARE = 0.5;

/**
 * The printed lines `text` was glued from, given its glue points (findGluePoints), or null when it is not
 * clearly glued: it is then kept as it is. In a document whose long lines are glued (`gluedDocument`),
 * a line no longer than a printed line may be a paragraph of one full and one short printed line, and a
 * single good glue point is enough to cut it; elsewhere a single cut must be a strong one.
 */
export function splitGluedLine(text: string, points: readonly GluePoint[], width: PrintedWidth, gluedDocument = false): string[] | null {
  if (text.length <= (gluedDocument ? width.min : width.max)) return null;
  const chosen = bestCuts(text.length, points, width)?.cuts;
  if (!chosen || chosen.length === 0) return null;
  const glued = chosen.filter((p) => p.score > 0);
  if (glued.length < chosen.length * GLUED_SHARE) return null;
  // At least one cut must be a good glue point, not only fair ones.
  if (!glued.some((p) => p.score >= (chosen.length === 1 && !gluedDocument ? STRONG : GOOD))) return null;
  const lines: string[] = [];
  let start = 0;
  for (const p of chosen) {
    lines.push(text.slice(start, p.end).trimEnd());
    start = p.next;
  }
  lines.push(text.slice(start));
  return lines;
}

/**
 * The cuts that give the best total: the sum of the glue points' scores, less a cost per cut and per
 * character that a printed line strays from the typical length. Every printed line but the last is
 * between the shortest and longest plausible length, or shorter where a paragraph ends; the last is no
 * longer than the longest. O(length × points within a line's length).
 */
function bestCuts(length: number, points: readonly GluePoint[], width: PrintedWidth): { cuts: GluePoint[]; total: number } | null {
  // total[start]: the best total for the text from `start` on (NaN: it cannot be cut well), and
  // first[start] the first cut to make for it (-1: none, the rest is the last printed line).
  const total = new Float64Array(length + 1).fill(NaN);
  const first = new Int32Array(length + 1).fill(-1);
  const starts = [...new Set([0, ...points.map((p) => p.next)])].sort((a, b) => b - a);
  for (const start of starts) {
    let top = length - start <= width.max ? 0 : NaN;
    let topCut = -1;
    for (let k = firstAfter(points, start); k < points.length; k++) {
      const p = points[k]!;
      const lineLength = p.end - start;
      if (lineLength > width.max) break;
      if (lineLength < 1 || (lineLength < width.min && !p.paragraphEnd)) continue;
      const rest = total[p.next]!;
      if (Number.isNaN(rest)) continue;
      const fit = lineLength < width.min ? 0 : Math.max(0, Math.abs(lineLength - width.typical) - LENGTH_SLACK) * LENGTH_COST;
      const value = p.score - CUT_COST - fit + rest;
      if (Number.isNaN(top) || value > top) {
        top = value;
        topCut = k;
      }
    }
    total[start] = top;
    first[start] = topCut;
  }
  if (Number.isNaN(total[0]!)) return null;
  const cuts: GluePoint[] = [];
  for (let k = first[0]!; k >= 0; k = first[points[k]!.next]!) cuts.push(points[k]!);
  return { cuts, total: total[0]! };
}

/**
 * The typical printed width, of `candidates` (in order), under which the document's long lines are cut
 * best: the true width lets most cuts fall on glue points at little cost, while a narrower one misses
 * the longer printed lines and a wider one strays from every line's length, and a clean line that a
 * narrower width makes too long costs what cutting it at spaces costs. A line that cannot be cut at
 * all (a long address) adds nothing. Every third candidate is tried, then the ones around the best.
 */
export function chooseWidth(lines: readonly { length: number; points: readonly GluePoint[] }[], candidates: readonly number[]): PrintedWidth | null {
  const score = (typical: number) => {
    const width = widthAround(typical);
    let sum = 0;
    for (const line of lines) if (line.length > width.max) sum += bestCuts(line.length, line.points, width)?.total ?? 0;
    return sum;
  };
  const tried = new Map<number, number>();
  const bestOf = (indexes: readonly number[]) => {
    let top = -1;
    for (const i of indexes) {
      if (i < 0 || i >= candidates.length) continue;
      if (!tried.has(i)) tried.set(i, score(candidates[i]!));
      if (top < 0 || tried.get(i)! > tried.get(top)!) top = i;
    }
    return top;
  };
  const coarse = bestOf(candidates.map((_, i) => i).filter((i) => i % 3 === 1 || i === candidates.length - 1));
  const fine = bestOf([coarse - 2, coarse - 1, coarse, coarse + 1, coarse + 2]);
  return fine >= 0 && tried.get(fine)! > 0 ? widthAround(candidates[fine]!) : null;
}

/** The index of the first point that ends after `start` (points are in order of position). */
function firstAfter(points: readonly GluePoint[], start: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
