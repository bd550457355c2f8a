/** Where the document proper starts, and the masthead before it (or a ministry's letter's opening lines). */
import { readMasthead, type Masthead } from "../furniture.ts";
import { ANSWER_SENTENCE_START, QUESTION_SENTENCE_START } from "../header.ts";
import { isLetterOpening, readOpeningLines, type LetterOpening } from "../letter.ts";
import { plainText, type WorkDocument } from "../work.ts";
import { openingIndexes } from "./letter.ts";

/** The masthead, with what a ministry's letter prints in its place. */
export interface DocumentMasthead extends Masthead {
  /** The Zaak number printed before the document proper (`2024Z18294`), or null. */
  zaak: string | null;
  /** The opening of a ministry's answer letter (`AH 604`), or null for the typeset Aanhangsel. */
  letter: LetterOpening | null;
  /** Where a letter's opening stands, for its diagnostics. */
  letterLine: number | null;
}

/**
 * The question sentence opens the document proper; a Mededeling may open it instead. Returns the index
 * of its first line, or null (reported) for a document that has neither.
 */
export function findDocumentStart(work: WorkDocument): number | null {
  const { lines, roles } = work;
  const opens = (pattern: RegExp) => lines.findIndex((_, i) => roles[i] !== "furniture" && pattern.test(plainText(work, i)));
  let start = opens(QUESTION_SENTENCE_START);
  if (start < 0) start = opens(ANSWER_SENTENCE_START);
  if (start >= 0) return start;
  work.report(
    "error",
    "not-kamervragen",
    "no «Vragen van het lid …» or «Antwoord/Mededeling van …» sentence: this does not look like a Kamervragen document",
    null,
    "expected the Aanhangsel's question sentence, e.g. «Vragen van het lid X (Partij) aan de Minister van … over … (ingezonden 1 januari 2024).»",
  );
  return null;
}

/**
 * Every line before the start that is not furniture is masthead, or a letter's `AH 604` and Zaak
 * number; what the masthead cannot place is reported.
 */
export function markMasthead(work: WorkDocument, start: number): DocumentMasthead {
  const { lines, roles } = work;
  const mastheadIndexes = openingIndexes(work, start);
  const opening = readOpeningLines(mastheadIndexes.map((i) => plainText(work, i)));
  const letter = isLetterOpening(opening, ANSWER_SENTENCE_START.test(plainText(work, start))) ? opening : null;
  const rest = mastheadIndexes.filter((_, k) => !opening.consumed.has(k));
  const masthead = readMasthead(rest.map((i) => lines[i]!.text));
  for (const i of mastheadIndexes) roles[i] = "masthead";
  rest.forEach((i, k) => {
    if (masthead.unknown.includes(k)) {
      work.report("warning", "unknown-text", `text before the question sentence is not part of the masthead and was left out: «${lines[i]!.text}»`, lines[i]);
    }
  });
  const first = mastheadIndexes.find((_, k) => opening.consumed.has(k));
  return {
    ...masthead,
    number: letter?.number ?? masthead.number,
    zaak: opening.zaak,
    letter,
    letterLine: letter && first !== undefined ? first : null,
  };
}
