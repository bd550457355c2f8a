/** Where the document proper starts, and the masthead before it. */
import { readMasthead, type Masthead } from "../furniture.ts";
import { ANSWER_SENTENCE_START, QUESTION_SENTENCE_START } from "../header.ts";
import { plainText, type WorkDocument } from "../work.ts";

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

/** Every line before the start that is not furniture is masthead; what the masthead cannot place is reported. */
export function markMasthead(work: WorkDocument, start: number): Masthead {
  const { lines, roles } = work;
  const mastheadIndexes = lines.map((_, i) => i).filter((i) => i < start && roles[i] !== "furniture");
  const masthead = readMasthead(mastheadIndexes.map((i) => lines[i]!.text));
  mastheadIndexes.forEach((i, k) => {
    roles[i] = "masthead";
    if (masthead.unknown.includes(k)) {
      work.report("warning", "unknown-text", `text before the question sentence is not part of the masthead and was left out: «${lines[i]!.text}»`, lines[i]);
    }
  });
  return masthead;
}
