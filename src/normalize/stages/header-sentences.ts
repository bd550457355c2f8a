/**
 * The header sentences: from the start to «(ontvangen …)» and an optional «Zie ook …». See ../header.ts
 * for their grammar.
 */
import type { WorkLine } from "../footnotes.ts";
import {
  ANSWER_SENTENCE_START,
  QUESTION_SENTENCE_START,
  parseAnswerSentence,
  parseQuestionSentence,
  type HeaderProblem,
  type QuestionSentence,
} from "../header.ts";
import { readBlockHeading } from "../headings.ts";
import type { OlderLayout } from "../layout.ts";
import { joinLines } from "../repair.ts";
import { linesFrom, plainText, type WorkDocument } from "../work.ts";

export interface HeaderSentences {
  /** Indexes of the lines the two sentences stand on. */
  lines: number[];
  /** The body lines after the sentences, in order (the older layout's questions stand between them). */
  following: number[];
  /** Where problems with the sentences are reported. */
  firstLine: WorkLine | null;
  question: QuestionSentence | null;
  answer: ReturnType<typeof parseAnswerSentence> | null;
  kind: "antwoord" | "mededeling";
  seeAlsoText: string | null;
  /** Text after the answer sentence that is not a «Zie ook …»: a Mededeling's notice, or misplaced body text. */
  trailingText: string | null;
}

const RECEIVED = /\(\s*ontvangen\s+(?:\(\s*ontvangen\s+)?[^()]*\)+\s*\.?/iu;
const SEE_ALSO_COMPLETE = /vergaderjaar\s+\d{4}\s*[–-]\s*\d{4}\s*,?\s*(?:nrs?\.?\s*)?\d+(?:\s*(?:,|en)\s*\d+)*\s*\.?$/iu;
const SEE_ALSO_AND_REST = /^(Zie\s+ook\b.*?(?:vergaderjaar\s+\d{4}\s*[–-]\s*\d{4}\s*,?\s*(?:nrs?\.?\s*)?\d+(?:\s*(?:,|en)\s*\d+)*)\s*\.?)\s*(.*)$/isu;

/** Marks the header sentences' lines and parses them; their problems are reported. */
export function readHeaderSentences(work: WorkDocument, start: number, older: OlderLayout | null): HeaderSentences {
  const flow = linesFrom(work, start, "body");
  const { lines: headerLines, end } = findHeaderLines(work, flow, older);
  for (const i of headerLines) work.roles[i] = "header";
  const firstLine = work.lines[headerLines[0] ?? start] ?? null;
  const { question, answer } = parseHeader(work, headerLines, firstLine);
  return {
    lines: headerLines,
    following: flow.slice(end),
    firstLine,
    question,
    answer,
    kind: answer?.kind ?? "antwoord",
    ...splitSeeAlso(answer?.seeAlsoText ?? null),
  };
}

/** The header's lines in `flow`, and the position in `flow` after them. */
function findHeaderLines(work: WorkDocument, flow: readonly number[], older: OlderLayout | null): { lines: number[]; end: number } {
  const plain = (i: number) => plainText(work, i);
  const headerLines: number[] = [];
  const questionZone = new Set(older?.questionZone ?? []);
  let k = 0;
  for (; k < flow.length; k++) {
    const i = flow[k]!;
    if (questionZone.has(i)) continue;
    // A bare «Antwoord» is no heading here: the older layout prints one before the answer sentence.
    if (readBlockHeading(plain(i).replace(/^#+\s*/u, ""))?.bare === false || older?.items.has(i)) break;
    headerLines.push(i);
    const joined = joinLines(headerLines.map(plain));
    const received = RECEIVED.exec(joined);
    if (received && ANSWER_SENTENCE_START.test(joined.slice(joined.search(/\b(?:Antwoord|Mededeling)\s+van\s/u)))) {
      const after = joined.slice(received.index + received[0].length).trim();
      if (after === "" || /^Zie\s+ook\b/iu.test(after)) {
        const complete = after === "" || SEE_ALSO_COMPLETE.test(after);
        if (complete) {
          const next = flow[k + 1];
          const nextStartsSeeAlso = next !== undefined && /^Zie\s+ook\b/iu.test(plain(next));
          if (!nextStartsSeeAlso || after !== "") {
            k++;
            break;
          }
        }
      } else {
        // Text after the answer sentence on the same line: the notice of a Mededeling, or body text.
        k++;
        break;
      }
    }
  }
  return { lines: headerLines, end: k };
}

function parseHeader(work: WorkDocument, headerLines: readonly number[], firstLine: WorkLine | null): Pick<HeaderSentences, "question" | "answer"> {
  const headerText = joinLines(headerLines.map((i) => plainText(work, i)));
  const problems: HeaderProblem[] = [];
  const answerAt = headerText.search(/\b(?:Antwoord|Mededeling)\s+van\s/u);
  const questionPart = answerAt >= 0 ? headerText.slice(0, answerAt) : headerText;
  const answerPart = answerAt >= 0 ? headerText.slice(answerAt) : "";
  const question = QUESTION_SENTENCE_START.test(questionPart.trim()) ? parseQuestionSentence(questionPart, problems) : null;
  if (!question && questionPart.trim() !== "") {
    work.report("error", "question-sentence-unreadable", `cannot read «${questionPart.trim()}»`, firstLine);
  }
  let answer: ReturnType<typeof parseAnswerSentence> | null = null;
  if (answerPart !== "") answer = parseAnswerSentence(answerPart, problems);
  else {
    work.report(
      "error",
      "answer-sentence-missing",
      "no «Antwoord van …» or «Mededeling van …» sentence after the questions' sentence",
      firstLine,
      "expected e.g. «Antwoord van Minister X (Portefeuille) (ontvangen 1 februari 2024).»",
    );
  }
  for (const p of problems) work.report(p.severity, p.code, p.message, firstLine, p.hint);
  return { question, answer };
}

/** The answer sentence's tail: a «Zie ook …» up to its last number, and what follows it. */
function splitSeeAlso(tail: string | null): Pick<HeaderSentences, "seeAlsoText" | "trailingText"> {
  if (!tail) return { seeAlsoText: null, trailingText: null };
  const m = SEE_ALSO_AND_REST.exec(tail);
  if (!m) return { seeAlsoText: null, trailingText: tail };
  return { seeAlsoText: m[1]!, trailingText: m[2]!.trim() || null };
}
