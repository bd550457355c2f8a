/**
 * The questions, answers and notice of the record, rendered block by block, with the checks that need
 * the order of the blocks: numbering, empty blocks and a «Vraag N» heading lost at a page break.
 */
import type { Answer, Question } from "../../model.ts";
import type { WorkLine } from "../footnotes.ts";
import { parseQuestionSentence, type QuestionSentence } from "../header.ts";
import { escapeMarkdown, stripEmphasis } from "../repair.ts";
import { plainText, type WorkDocument } from "../work.ts";
import type { Block } from "./blocks.ts";
import type { HeaderSentences } from "./header-sentences.ts";
import type { TextRenderer } from "./text.ts";

export interface QuestionsAndAnswers {
  questions: Question[];
  answers: Answer[];
  notice: string | null;
  questionNumbers: Set<number>;
  /** Where each question's problems are reported. */
  questionHeading: Map<number, WorkLine | null>;
  /** Where each answer's problems are reported, parallel to `answers`. */
  answerHeading: (WorkLine | null)[];
}

export function assembleQuestionsAndAnswers(work: WorkDocument, header: HeaderSentences, blocks: readonly Block[], text: TextRenderer): QuestionsAndAnswers {
  const content: QuestionsAndAnswers = { questions: [], answers: [], notice: null, questionNumbers: new Set(), questionHeading: new Map(), answerHeading: [] };
  const { noticeParts, leading } = textBeforeFirstBlock(work, header, blocks, text);
  for (let b = 1; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.type === "mededeling") {
      noticeParts.push(...(b === 1 && leading ? [leading] : []), text.toMarkdown(block.lines));
      continue;
    }
    if (block.type === "antwoord") recoverLostQuestion(work, content, block, blocks[b - 1], text);
    addBlock(work, content, block, text, b === 1 ? leading : null);
  }
  if (noticeParts.length > 0) content.notice = noticeParts.join("\n\n");
  reportSkippedNumbers(work, content);
  reportToelichting(work, blocks.at(-1)!);
  return content;
}

/**
 * Text after the answer sentence and before the first heading: a Mededeling's notice. In an Antwoord it
 * belongs to no question; it is kept at the start of the first block, so that no word is lost.
 */
function textBeforeFirstBlock(
  work: WorkDocument,
  header: HeaderSentences,
  blocks: readonly Block[],
  text: TextRenderer,
): { noticeParts: string[]; leading: string | null } {
  const { trailingText, kind } = header;
  const preamble = blocks[0]!;
  const trailing = trailingText ? (work.source.inlineMarkdown ? trailingText : escapeMarkdown(trailingText)) : null;
  if (kind === "mededeling") {
    const noticeParts = trailing ? [trailing] : [];
    if (preamble.lines.length > 0) noticeParts.push(text.toMarkdown(preamble.lines));
    return { noticeParts, leading: null };
  }
  const first = blocks[1];
  const parts = [...(trailing ? [trailing] : []), ...(preamble.lines.length > 0 ? [text.toMarkdown(preamble.lines)] : [])];
  if (parts.length === 0) return { noticeParts: [], leading: null };
  const at = preamble.lines.length > 0 ? work.lines[preamble.lines[0]!]! : header.firstLine;
  const shown = `«${(preamble.lines.length > 0 ? work.lines[preamble.lines[0]!]!.text : trailingText!).slice(0, 60)}…»`;
  if (first) {
    const where = blockName(work, first);
    work.report(
      "warning",
      "unplaced-text",
      `text after the answer sentence and before ${where} belongs to no question: ${shown}; kept at the start of ${where}`,
      at,
    );
  } else {
    work.report("error", "unplaced-text", `text after the answer sentence belongs to no question: ${shown}`, at);
  }
  return { noticeParts: [], leading: parts.join("\n\n") };
}

/** `«Vraag 1»`, or `question 1` for a block without a heading of its own. */
function blockName(work: WorkDocument, block: Block): string {
  if (block.headingIndex !== null) return `«${plainText(work, block.headingIndex)}»`;
  return `${block.type === "vraag" ? "question" : "the answer to question"} ${block.numbers.join(" en ")}`;
}

/** Question numbers missing from 1 to the highest, reported at the question after each gap. */
function reportSkippedNumbers(work: WorkDocument, content: QuestionsAndAnswers): void {
  const { questionNumbers, questionHeading } = content;
  const highest = Math.max(0, ...questionNumbers);
  for (let n = 1; n <= highest; n++) {
    if (questionNumbers.has(n)) continue;
    let last = n;
    while (!questionNumbers.has(last + 1)) last++;
    const missing = last === n ? `question ${n} is` : `questions ${n} to ${last} are`;
    work.report(
      "warning",
      "number-skipped",
      `${missing} not in the document: the numbering goes on at ${last + 1}; kept as printed`,
      questionHeading.get(last + 1) ?? null,
    );
    n = last;
  }
}

/**
 * A ministry's letter may close with the Kamer's «Toelichting:» on the questions (that they follow on
 * earlier ones). The record has no field for it, so it stays where it is printed, in the last block.
 */
function reportToelichting(work: WorkDocument, last: Block): void {
  if (last.type !== "vraag" && last.type !== "antwoord") return;
  const at = last.lines.find((i) => /^Toelichting\s*:/iu.test(plainText(work, i)));
  if (at === undefined) return;
  work.report(
    "warning",
    "toelichting-kept",
    `«${plainText(work, at).slice(0, 60)}…» is a note on the questions, not part of ${blockName(work, last)}; kept as its last paragraph`,
    work.lines[at],
  );
}

/** A conversion that lost «Vraag N» at a page break leaves the question inside the previous answer. */
function recoverLostQuestion(work: WorkDocument, content: QuestionsAndAnswers, block: Block, before: Block | undefined, text: TextRenderer): void {
  const { lines } = work;
  const { questions, answers, questionNumbers, questionHeading } = content;
  const missing = block.numbers.filter((n) => !questionNumbers.has(n));
  const previous = answers.length > 0 && before?.type === "antwoord" ? before : null;
  if (!(missing.length > 0 && previous && missing[0] === Math.max(...questionNumbers) + 1)) return;
  const pages = previous.lines.map((i) => lines[i]!.page);
  const cut = pages.findIndex((p) => p !== pages[0]);
  if (cut <= 0) return;
  const moved = previous.lines.splice(cut);
  answers[answers.length - 1]!.text = text.toMarkdown(previous.lines);
  const first = lines[moved[0]!]!;
  work.report(
    "warning",
    "heading-lost",
    `«Vraag ${missing[0]}» is missing; the text after the page break at line ${first.line} was read as question ${missing[0]}`,
    first,
    "the conversion probably lost a line at the page break",
  );
  questions.push({ number: missing[0], text: text.toMarkdown(moved) });
  questionNumbers.add(missing[0]);
  questionHeading.set(missing[0], first);
}

/** Adds a Vraag or Antwoord block, reporting an empty one and questions out of order or twice; all are kept. */
function addBlock(work: WorkDocument, content: QuestionsAndAnswers, block: Block, text: TextRenderer, leading: string | null): void {
  const { questionNumbers } = content;
  // Where the block's problems are reported: its heading, or the line its number starts (`1. Bent u …`).
  const at = block.headingIndex ?? block.lines[0];
  const heading = at !== undefined ? work.lines[at]! : null;
  if (block.lines.length === 0 && leading === null) {
    const question = block.type === "vraag";
    work.report(
      "warning",
      question ? "question-empty" : "answer-empty",
      `${blockName(work, block)} has no text; kept as an empty ${question ? "question" : "answer"}`,
      heading,
    );
  }
  const markdown = [leading, text.toMarkdown(block.lines)].filter((t) => t !== null && t !== "").join("\n\n");
  if (block.type !== "vraag") {
    content.answers.push({ questions: block.numbers, text: markdown });
    content.answerHeading.push(heading);
    return;
  }
  for (const n of block.numbers) {
    if (questionNumbers.has(n)) work.report("warning", "question-duplicate", `question ${n} appears twice; both are kept as printed`, heading);
  }
  const first = block.numbers[0]!;
  const before = content.questions.at(-1)?.number;
  if (before !== undefined && first < before && !questionNumbers.has(first)) {
    work.report("warning", "question-order", `${blockName(work, block)} follows question ${before}; kept in the printed order`, heading);
  }
  block.numbers.forEach((n) => {
    questionNumbers.add(n);
    content.questionHeading.set(n, heading);
  });
  content.questions.push({ number: first, ...(block.numbers.length > 1 ? { covers: block.numbers } : {}), text: markdown });
}

/**
 * A notice that the answers are postponed (an uitstelmededeling) has no question sentence of its
 * own: it names the questions in its text, «De vragen van het lid … (ingezonden …) kunnen niet …».
 */
export function questionNamedInNotice(header: HeaderSentences, notice: string | null): QuestionSentence | null {
  if (header.kind !== "mededeling" || !notice) return null;
  const named = /\bvragen\s+van\s+(?:het|de)\s+(?:Kamer)?(?:lid|leden)\b.*?\(\s*(?:ingezonden|ingekomen)\s+[^()]*\)/isu.exec(
    stripEmphasis(notice).replace(/\\(?=\S)/gu, ""),
  );
  return named ? parseQuestionSentence(`V${named[0].slice(1)}`, []) : null;
}
