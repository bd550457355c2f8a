/**
 * The ministry's answer letter (see ../letter.ts): its opening lines, found before the answer sentence,
 * and its body made readable for the stages after this one: lines wrapped inside a sentence joined, and
 * its `1)` footnotes written as the raised numbers the footnote stages read.
 */
import { MARK } from "../../ingest/source.ts";
import { ANSWER_SENTENCE_START } from "../header.ts";
import { readBlockHeading } from "../headings.ts";
import { continuesLine, findLetterNotes, isLetterOpening, readOpeningLines, type LetterOpening } from "../letter.ts";
import { joinLines } from "../repair.ts";
import { linesFrom, plainText, type WorkDocument } from "../work.ts";

/** The lines before `start` that are not furniture: where a letter's opening stands. */
export function openingIndexes(work: WorkDocument, start: number): number[] {
  return work.lines.map((_, i) => i).filter((i) => i < start && work.roles[i] !== "furniture");
}

/** The letter's opening, or null for a document that is no ministry's letter. */
export function findLetterOpening(work: WorkDocument, start: number): LetterOpening | null {
  const opening = readOpeningLines(openingIndexes(work, start).map((i) => plainText(work, i)));
  return isLetterOpening(opening, ANSWER_SENTENCE_START.test(plainText(work, start))) ? opening : null;
}

/** Joins the letter's wrapped lines and rewrites its footnotes; does nothing for any other document. */
export function readLetterBody(work: WorkDocument, start: number, letter: LetterOpening | null): void {
  if (!letter) return;
  const flow = linesFrom(work, start, "body");
  const body = flow.slice(headerLength(work, flow));
  joinWrappedLines(work, body);
  rewriteNotes(
    work,
    body.filter((i) => work.lines[i]!.text !== ""),
  );
}

/** How many of `flow`'s first lines are the answer sentence and its «Zie ook …». */
function headerLength(work: WorkDocument, flow: readonly number[]): number {
  const received = flow.findIndex((i) => /\(\s*ontvangen\b/iu.test(plainText(work, i)));
  if (received < 0) return 0;
  const next = flow[received + 1];
  return next !== undefined && /^Zie\s+ook\b/iu.test(plainText(work, next)) ? received + 2 : received + 1;
}

const isHeading = (work: WorkDocument, i: number) => readBlockHeading(plainText(work, i).replace(/^#+\s*/u, "")) !== null;

/**
 * A wrapped line's text is joined to the line it continues, and the continuation is left empty, so
 * that the paragraph is one line as the letter meant it (the blocks stage passes empty lines over).
 */
function joinWrappedLines(work: WorkDocument, body: readonly number[]): void {
  const { lines } = work;
  let into: number | null = null;
  for (const i of body) {
    const line = lines[i]!;
    if (into !== null && !isHeading(work, i) && continuesLine(lines[into]!.text, line.text, line.gapBefore)) {
      lines[into] = { ...lines[into]!, text: joinLines([lines[into]!.text, line.text]) };
      lines[i] = { ...line, text: "" };
      continue;
    }
    into = isHeading(work, i) ? null : i;
  }
}

function rewriteNotes(work: WorkDocument, body: readonly number[]): void {
  const { lines } = work;
  const lastHeading = body.findLastIndex((i) => isHeading(work, i));
  const found = findLetterNotes(
    lines.map((l) => l.text),
    body,
    lastHeading + 1,
  );
  const byLine = new Map<number, Array<{ start: number; end: number; number: number }>>();
  for (const note of found.notes) {
    byLine.set(note.marker.at, [...(byLine.get(note.marker.at) ?? []), { ...note.marker, number: note.number }]);
    const definition = lines[note.definition.at]!;
    // A definition is a paragraph of its own, which is how the footnote stages tell it from text.
    lines[note.definition.at] = { ...definition, text: `${MARK.supOpen}${note.number}${MARK.supClose} ${note.definition.text}`, gapBefore: true };
  }
  for (const [at, markers] of byLine) {
    let text = lines[at]!.text;
    for (const m of [...markers].sort((a, b) => b.start - a.start)) {
      text = `${text.slice(0, m.start)}${MARK.supOpen}${m.number}${MARK.supClose}${text.slice(m.end)}`;
    }
    lines[at] = { ...lines[at]!, text };
  }
  for (const d of found.unmatchedDefinitions) {
    work.report(
      "warning",
      "footnote-definition-unmarked",
      `«${lines[d.at]!.text.slice(0, 60)}» looks like footnote ${d.number}, but no «${d.number})» before it cites it; kept as text`,
      lines[d.at],
    );
  }
  for (const m of found.unmatchedMarkers) {
    work.report(
      "warning",
      "footnote-marker-undefined",
      `«${m.number})» at the end of the line looks like a footnote marker, but the letter has no footnote ${m.number}; kept as printed`,
      lines[m.at],
    );
  }
}
