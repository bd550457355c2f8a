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
  const noticeParts = noticeBeforeFirstBlock(work, header, blocks[0]!, text);
  for (let b = 1; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.type === "mededeling") {
      noticeParts.push(text.toMarkdown(block.lines));
      continue;
    }
    if (block.type === "antwoord") recoverLostQuestion(work, content, block, blocks[b - 1], text);
    addBlock(work, content, block, text);
  }
  if (noticeParts.length > 0) content.notice = noticeParts.join("\n\n");
  return content;
}

/** Text after the answer sentence: a Mededeling's notice; in an Antwoord it belongs to no question. */
function noticeBeforeFirstBlock(work: WorkDocument, header: HeaderSentences, preamble: Block, text: TextRenderer): string[] {
  const { trailingText, kind } = header;
  const noticeParts: string[] = [];
  if (trailingText) noticeParts.push(work.source.inlineMarkdown ? trailingText : escapeMarkdown(trailingText));
  if (preamble.lines.length > 0) {
    if (kind === "mededeling") noticeParts.push(text.toMarkdown(preamble.lines));
    else {
      const first = work.lines[preamble.lines[0]!]!;
      work.report("error", "unplaced-text", `text after the answer sentence and before «Vraag 1» belongs to no question: «${first.text.slice(0, 60)}…»`, first);
    }
  } else if (trailingText && kind !== "mededeling") {
    work.report("error", "unplaced-text", `text after the answer sentence belongs to no question: «${trailingText.slice(0, 60)}»`, header.firstLine);
  }
  return noticeParts;
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

/** Adds a Vraag or Antwoord block, reporting an empty one and questions out of order or twice. */
function addBlock(work: WorkDocument, content: QuestionsAndAnswers, block: Block, text: TextRenderer): void {
  const { questionNumbers } = content;
  const heading = block.headingIndex !== null ? work.lines[block.headingIndex]! : null;
  if (block.lines.length === 0) {
    work.report(
      "error",
      block.type === "vraag" ? "question-empty" : "answer-empty",
      `«${heading ? plainText(work, block.headingIndex!) : block.type}» has no text`,
      heading,
    );
  }
  const markdown = text.toMarkdown(block.lines);
  if (block.type !== "vraag") {
    content.answers.push({ questions: block.numbers, text: markdown });
    content.answerHeading.push(heading);
    return;
  }
  const expected = questionNumbers.size === 0 ? 1 : Math.max(...questionNumbers) + 1;
  for (const n of block.numbers) {
    if (questionNumbers.has(n)) work.report("error", "question-duplicate", `question ${n} appears twice`, heading);
  }
  if (block.numbers[0] !== expected && !block.numbers.some((n) => questionNumbers.has(n))) {
    work.report("warning", "question-order", `«Vraag ${block.numbers[0]}» follows question ${expected - 1}; expected «Vraag ${expected}»`, heading);
  }
  block.numbers.forEach((n) => {
    questionNumbers.add(n);
    content.questionHeading.set(n, heading);
  });
  content.questions.push({ number: block.numbers[0]!, ...(block.numbers.length > 1 ? { covers: block.numbers } : {}), text: markdown });
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
