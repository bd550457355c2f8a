/**
 * The layouts of the Aanhangsel and of the ministries' letters. Since about 2009 both header sentences
 * come first and the questions and answers follow as `Vraag 1`, `Antwoord 1`, …. Older documents print
 * the question sentence, then the questions, then the answer sentence, then the answers, each numbered
 * with a bare `1`, `2`, … (sometimes with a lone `Antwoord` line before the answer sentence). A
 * ministry's letter numbers its questions with a bare `1` or `1. Bent u …` and answers each under
 * `Antwoord`, `Antwoord vraag 1:` or `Antwoord op vraag 3 en 4`. This module finds the older layout's
 * zones and the item numbers of both, so that the rest of the normalizer can treat all alike.
 */
import type { WorkLine } from "./footnotes.ts";
import { ANSWER_SENTENCE_START } from "./header.ts";
import { readBlockHeading } from "./headings.ts";
import { joinLines, stripEmphasis } from "./repair.ts";

const SUBMITTED_END = /\(\s*(?:ingezonden|ingekomen)\s+[^()]*\)\s*\.?\s*$/iu;
/** A bare item number: `1`, `1.`, `1)`, alone or before the item's first words. */
const ITEM = /^(\d{1,2})[.)]?(?:\s+(\S.*))?$/u;
const LONE_ANSWER = /^Antwoord(?:en)?\s*:?$/iu;

export interface OlderLayout {
  /** `older`: the Aanhangsel before about 2009; `letter`: a ministry's answer letter. */
  form: "older" | "letter";
  /** Lines of the questions, between the two header sentences (none in a letter). */
  questionZone: number[];
  /** The first line of the answer sentence (or of the lone `Antwoord` line before it). */
  answerStart: number;
  /** Item-number lines (`1`, `2 Bent u …`) and the number each starts: in a letter, always a question. */
  items: Map<number, number>;
}

const plainOf = (lines: readonly WorkLine[]) => (i: number) => stripEmphasis(lines[i]!.text).trim();
const headingOf = (text: string) => readBlockHeading(text.replace(/^#+\s*/u, ""));

/**
 * Looks for the older layout in `flow` (the indexes of the document's body lines from the question
 * sentence on). Returns null for the modern layout.
 */
export function findOlderLayout(lines: readonly WorkLine[], flow: readonly number[]): OlderLayout | null {
  const plain = plainOf(lines);
  // The question sentence ends with «(ingezonden …)».
  let end = -1;
  for (let k = 0; k < Math.min(flow.length, 20); k++) {
    if (SUBMITTED_END.test(joinLines(flow.slice(0, k + 1).map(plain)))) {
      end = k;
      break;
    }
  }
  if (end < 0 || end + 1 >= flow.length) return null;
  const next = plain(flow[end + 1]!);
  if (ANSWER_SENTENCE_START.test(next) || headingOf(next)?.bare === false) return null;
  let answerAt = flow.findIndex((i, k) => k > end && ANSWER_SENTENCE_START.test(plain(i)));
  if (answerAt < 0) return null;
  if (answerAt > 0 && LONE_ANSWER.test(plain(flow[answerAt - 1]!))) answerAt--;
  const questionZone = flow.slice(end + 1, answerAt);
  if (questionZone.length === 0) return null;
  const items = new Map<number, number>();
  // Items are numbered 1, 2, … in each zone; the answer zone starts after the answer sentence, which
  // the caller finds; numbering items there too is harmless before it (a sentence is not an item).
  numberItems(lines, questionZone, items);
  numberItems(lines, flow.slice(answerAt), items);
  return { form: "older", questionZone, answerStart: flow[answerAt]!, items };
}

function numberItems(lines: readonly WorkLine[], zone: readonly number[], items: Map<number, number>): void {
  let expected = 1;
  zone.forEach((i, k) => {
    const m = ITEM.exec(stripEmphasis(lines[i]!.text).trim());
    if (m && Number(m[1]) === expected && startsItem(lines, zone, k, m)) {
      items.set(i, expected);
      expected++;
    }
  });
}

/** An item number starts an item on a line of its own, after a gap, or after a finished sentence. */
function startsItem(lines: readonly WorkLine[], zone: readonly number[], k: number, m: RegExpExecArray): boolean {
  const i = zone[k]!;
  return k === 0 || lines[i]!.gapBefore || m[2] === undefined || /[.?!:»”)]$/u.test(lines[zone[k - 1]!]!.text);
}

/**
 * A letter's numbered questions, in `flow` (the body lines from the answer sentence on). Each answer
 * heading names the questions it answers (a bare `Antwoord`: the next one), and each of them is the
 * last line before it, back to the heading before, that starts with its number: `1` alone or
 * `1. Bent u …`. Looking back from the answer keeps a numbered list inside an earlier answer from
 * being read as a question. Where a `Vraag` heading stands before the answer, it is the question.
 */
export function findLetterLayout(lines: readonly WorkLine[], flow: readonly number[]): OlderLayout {
  const plain = plainOf(lines);
  const items = new Map<number, number>();
  let segmentStart = 0;
  let asked = 0;
  let questionHeading = false;
  flow.forEach((i, k) => {
    const heading = headingOf(plain(i));
    if (!heading || heading.type === "mededeling") return;
    if (heading.type === "vraag") {
      questionHeading = true;
      asked = Math.max(asked, ...heading.numbers, heading.bare ? asked + 1 : 0);
      return;
    }
    const wanted = heading.numbers.length > 0 ? heading.numbers : [asked + 1];
    if (!questionHeading) {
      // A question the letter answers under no heading of its own stands before the next one answered.
      const unanswered = Array.from({ length: Math.max(0, Math.min(...wanted) - asked - 1) }, (_, n) => asked + 1 + n);
      let limit = k;
      for (const n of [...wanted, ...unanswered].sort((a, b) => b - a)) {
        const at = lastItem(lines, flow, n, segmentStart, limit);
        if (at !== null) {
          items.set(flow[at]!, n);
          limit = at;
        }
      }
    }
    asked = Math.max(asked, ...wanted);
    segmentStart = k + 1;
    questionHeading = false;
  });
  return { form: "letter", questionZone: [], answerStart: flow[0] ?? 0, items };
}

/** The position in `flow`, from `from` up to before `to`, of the last line that starts item `n`. */
function lastItem(lines: readonly WorkLine[], flow: readonly number[], n: number, from: number, to: number): number | null {
  for (let k = to - 1; k >= from; k--) {
    const m = ITEM.exec(stripEmphasis(lines[flow[k]!]!.text).trim());
    if (m && Number(m[1]) === n && startsItem(lines, flow, k, m)) return k;
  }
  return null;
}

/** The text an item line holds after its number (`2 Bent u …` → `Bent u …`), or "" for a bare number. */
export function itemText(text: string): string {
  return ITEM.exec(stripEmphasis(text).trim())?.[2] ?? "";
}
