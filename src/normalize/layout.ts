/**
 * The two layouts of the Aanhangsel. Since about 2009 both header sentences come first and the
 * questions and answers follow as `Vraag 1`, `Antwoord 1`, …. Older documents print the question
 * sentence, then the questions, then the answer sentence, then the answers, each numbered with a bare
 * `1`, `2`, … (sometimes with a lone `Antwoord` line before the answer sentence). This module finds
 * the older layout's zones and item numbers, so that the rest of the normalizer can treat both alike.
 */
import type { WorkLine } from "./footnotes.ts";
import { BLOCK_HEADING } from "./footnotes.ts";
import { ANSWER_SENTENCE_START } from "./header.ts";
import { joinLines, stripEmphasis } from "./repair.ts";

const SUBMITTED_END = /\(\s*(?:ingezonden|ingekomen)\s+[^()]*\)\s*\.?\s*$/iu;
/** A bare item number: `1`, `1.`, `1)`, alone or before the item's first words. */
const ITEM = /^(\d{1,2})[.)]?(?:\s+(\S.*))?$/u;
const LONE_ANSWER = /^Antwoord(?:en)?\s*:?$/iu;

export interface OlderLayout {
  /** Lines of the questions, between the two header sentences. */
  questionZone: number[];
  /** The first line of the answer sentence (or of the lone `Antwoord` line before it). */
  answerStart: number;
  /** Item-number lines (`1`, `2 Bent u …`) and the number each starts. */
  items: Map<number, number>;
}

/**
 * Looks for the older layout in `flow` (the indexes of the document's body lines from the question
 * sentence on). Returns null for the modern layout.
 */
export function findOlderLayout(lines: readonly WorkLine[], flow: readonly number[]): OlderLayout | null {
  const plain = (i: number) => stripEmphasis(lines[i]!.text).trim();
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
  if (ANSWER_SENTENCE_START.test(next) || BLOCK_HEADING.test(next.replace(/^#+\s*/u, ""))) return null;
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
  return { questionZone, answerStart: flow[answerAt]!, items };
}

function numberItems(lines: readonly WorkLine[], zone: readonly number[], items: Map<number, number>): void {
  let expected = 1;
  zone.forEach((i, k) => {
    const m = ITEM.exec(stripEmphasis(lines[i]!.text).trim());
    const startsItem = k === 0 || lines[i]!.gapBefore || m?.[2] === undefined || /[.?!:»”)]$/u.test(lines[zone[k - 1]!]!.text);
    if (m && Number(m[1]) === expected && startsItem) {
      items.set(i, expected);
      expected++;
    }
  });
}

/** The text an item line holds after its number (`2 Bent u …` → `Bent u …`), or "" for a bare number. */
export function itemText(text: string): string {
  return ITEM.exec(stripEmphasis(text).trim())?.[2] ?? "";
}
