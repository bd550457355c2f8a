/**
 * From the publisher's structured forms (src/ingest/structured.ts: the official XML and HTML) to the
 * one record. The parts are marked, so no line is recognised by its look: the header sentences are read
 * with the same grammar as in every other form (./header.ts), and where the publication marks a name,
 * a date or the subject itself, that mark wins and the grammar's reading is the check. Markup becomes
 * the record's markdown; footnotes keep the numbers printed with them.
 */
import type { Block, Inline, Section, Sentence, StructuredSource } from "../ingest/structured.ts";
import { recordSchema, type Answer, type Diagnostic, type Footnote, type KamervraagRecord, type Question, type Severity } from "../model.ts";
import { withCanonicalIds } from "./canonical.ts";
import { readMasthead } from "./furniture.ts";
import { parseAnswerSentence, parseQuestionSentence, parseSeeAlso, type AnswerSentence, type HeaderProblem, type QuestionSentence } from "./header.ts";
import { parseNumberList } from "./headings.ts";
import { escapeMarkdown } from "./repair.ts";

export interface StructuredResult {
  record: KamervraagRecord | null;
  diagnostics: Diagnostic[];
}

export function normalizeStructured(source: StructuredSource): StructuredResult {
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  const report = (severity: Severity, code: string, message: string, line?: number, hint?: string) => {
    diagnostics.push({ file: source.path, ...(line ? { line } : {}), severity, code, message, ...(hint ? { hint } : {}) });
  };
  const identity = readIdentity(source, report);
  const question = source.question ? readQuestionSentence(source.question, report) : null;
  const answer = source.answer ? readAnswerSentence(source.answer, report) : null;
  if (!answer) report("error", "answer-sentence-missing", "the document has no answer sentence («Antwoord van …» or «Mededeling van …»)");
  const content = readSections(source.sections, answer?.kind ?? "antwoord", report);
  const footnotes = readFootnotes(source, content.referenced, report);
  if (!identity) return { record: null, diagnostics };
  const [y1, y2] = identity.sessionYear.split("-");
  const candidate = {
    id: `ah-${identity.house}-${y1}${y2}-${identity.number}`,
    house: identity.house,
    sessionYear: identity.sessionYear,
    number: identity.number,
    kind: answer?.kind ?? "antwoord",
    zaak: first(source.meta["OVERHEIDop.vraagnummer"]),
    subject: question?.subject ?? "",
    askers: question?.askers ?? [],
    addressees: question?.addressees ?? [],
    submitted: question?.submitted ?? null,
    answered: answer?.answered ?? null,
    respondents: answer?.respondents ?? [],
    onBehalfOf: answer?.onBehalfOf ?? [],
    topics: [...new Set(source.meta["OVERHEID.category"] ?? [])],
    questions: content.questions,
    answers: content.answers,
    notice: content.notice,
    footnotes,
    seeAlso: answer?.seeAlsoText ? parseSeeAlso(answer.seeAlsoText, identity.house) : [],
    source: { path: source.path, format: source.format },
  };
  const parsed = recordSchema.safeParse(withCanonicalIds(candidate));
  if (parsed.success) return { record: parsed.data, diagnostics };
  const explained = diagnostics.some((d) => d.severity === "error");
  for (const issue of explained ? [] : parsed.error.issues) report("error", "schema", `${issue.path.join(".") || "record"}: ${issue.message}`);
  return { record: null, diagnostics };
}

type Report = (severity: Severity, code: string, message: string, line?: number, hint?: string) => void;

/** House, vergaderjaar and number: from the masthead the publication prints, else from its own metadata. */
function readIdentity(source: StructuredSource, report: Report): { house: "tk" | "ek"; sessionYear: string; number: number } | null {
  const masthead = readMasthead(source.masthead);
  const identifier = /^ah-(tk|ek)-(\d{4})(\d{4})-(\d+)$/u.exec(first(source.meta["DC.identifier"]) ?? "");
  const house = masthead.house ?? (identifier?.[1] as "tk" | "ek" | undefined) ?? null;
  const sessionYear = masthead.sessionYear ?? first(source.meta["OVERHEIDop.vergaderjaar"]) ?? (identifier ? `${identifier[2]}-${identifier[3]}` : null);
  const printed = source.number !== null && /^\d+$/u.test(source.number) ? Number(source.number) : null;
  const number = printed ?? masthead.number ?? (identifier ? Number(identifier[4]) : null);
  if (house === null) report("error", "house-missing", "neither the masthead nor the file's metadata names the Kamer");
  if (sessionYear === null) report("error", "session-year-missing", "neither the masthead nor the file's metadata names the vergaderjaar");
  if (number === null) report("error", "number-missing", "the document has no Aanhangsel number (<kamervraagnummer>)");
  if (identifier && printed !== null && Number(identifier[4]) !== printed) {
    report("error", "number-mismatch", `the document's number ${printed} is not the number of its identifier ${identifier[0]}`);
  }
  return house && sessionYear && number !== null ? { house, sessionYear, number } : null;
}

function headerProblems(problems: readonly HeaderProblem[], line: number, report: Report): void {
  for (const problem of problems) report(problem.severity, problem.code, problem.message, line, problem.hint);
}

/** The question sentence by the grammar; the names, date and subject the publication marks win. */
function readQuestionSentence(sentence: Sentence, report: Report): QuestionSentence {
  const problems: HeaderProblem[] = [];
  const parsed = parseQuestionSentence(sentence.text, problems);
  headerProblems(problems, sentence.line, report);
  const askers =
    sentence.names && sentence.names.length === parsed.askers.length
      ? parsed.askers.map((asker, i) => ({ ...asker, name: sentence.names?.[i] ?? asker.name }))
      : parsed.askers;
  if (sentence.names && sentence.names.length !== parsed.askers.length) {
    report(
      "warning",
      "names-disagree",
      `the question sentence marks ${sentence.names.length} name(s) (${sentence.names.join(", ")}) but reads as ${parsed.askers.length} asker(s)`,
      sentence.line,
      "the askers are taken from the sentence's words",
    );
  }
  for (const [i, asker] of askers.entries()) {
    const read = parsed.askers[i];
    if (read && read.name !== asker.name)
      report("warning", "names-disagree", `the marked name «${asker.name}» reads as «${read.name}» in the sentence`, sentence.line);
  }
  return {
    ...parsed,
    askers,
    subject: sentence.subject ?? parsed.subject,
    submitted: sentence.dates[0] ?? parsed.submitted,
  };
}

function readAnswerSentence(sentence: Sentence, report: Report): AnswerSentence & { seeAlsoText: string | null } {
  const problems: HeaderProblem[] = [];
  const parsed = parseAnswerSentence(sentence.text, problems);
  headerProblems(problems, sentence.line, report);
  const answered = sentence.dates.at(-1) ?? parsed.answered;
  if (parsed.answered && answered !== parsed.answered) {
    report("warning", "dates-disagree", `the answer sentence marks ${answered} but reads as ${parsed.answered}`, sentence.line, "the marked date is taken");
  }
  return { ...parsed, answered };
}

interface Content {
  questions: Question[];
  answers: Answer[];
  notice: string | null;
  /** The footnote labels the text refers to, in order. */
  referenced: string[];
}

function readSections(sections: readonly Section[], kind: "antwoord" | "mededeling", report: Report): Content {
  const content: Content = { questions: [], answers: [], notice: null, referenced: [] };
  const markdown = (blocks: readonly Block[]) => blocksToMarkdown(blocks, content.referenced);
  const notices: string[] = [];
  const seen = new Set<number>();
  for (const section of sections) {
    const text = markdown(section.blocks);
    if (section.kind === "notice") {
      notices.push(text);
      continue;
    }
    if (section.kind === "explanation") {
      // A closing explanation belongs to the last answer, or stands as the notice of a document without one.
      const last = content.answers.at(-1);
      if (last) last.text = [last.text, text].filter((t) => t !== "").join("\n\n");
      else notices.push(text);
      continue;
    }
    const numbers = parseNumberList((section.heading ?? "").replace(/^\D+/u, ""));
    if (numbers.length === 0) {
      report(
        "error",
        "number-missing",
        `a ${section.kind === "question" ? "question" : "answer"} without a number (${section.heading ?? "no <nr>"})`,
        section.line,
      );
      continue;
    }
    if (text === "") report("error", section.kind === "question" ? "question-empty" : "answer-empty", `«${section.heading}» has no text`, section.line);
    if (section.kind === "question") {
      for (const n of numbers) {
        if (seen.has(n)) report("warning", "question-duplicate", `question ${n} appears twice; kept as printed`, section.line);
        seen.add(n);
      }
      content.questions.push({ number: numbers[0] as number, ...(numbers.length > 1 ? { covers: numbers } : {}), text });
    } else content.answers.push({ questions: numbers, text });
  }
  if (notices.length > 0) content.notice = notices.join("\n\n");
  checkPairs(content, kind, report);
  return content;
}

/** Every answer answers a question of the document, every question has an answer; a doubt is a warning, the record is published. */
function checkPairs(content: Content, kind: "antwoord" | "mededeling", report: Report): void {
  const asked = new Set(content.questions.flatMap((q) => q.covers ?? [q.number]));
  const answered = new Set(content.answers.flatMap((a) => a.questions));
  for (const n of answered) if (!asked.has(n)) report("warning", "answer-without-question", `an answer to question ${n}, which is not in the document`);
  if (kind === "antwoord") for (const n of asked) if (!answered.has(n)) report("warning", "answer-missing", `question ${n} has no answer`);
  if (kind === "mededeling" && content.notice === null) report("error", "notice-missing", "a Mededeling without the text of the notice");
  if (kind === "antwoord" && content.questions.length === 0) report("error", "questions-missing", "the document has no <vraag>");
}

/** Footnotes in the order of their first reference, numbered as printed; a footnote nobody refers to is kept, with a warning. */
function readFootnotes(source: StructuredSource, referenced: readonly string[], report: Report): Footnote[] {
  const footnotes: Footnote[] = [];
  const done = new Set<string>();
  for (const footnote of source.footnotes) {
    if (done.has(footnote.label)) continue;
    done.add(footnote.label);
    const number = Number(footnote.label);
    if (!Number.isInteger(number) || number < 1) {
      report("error", "footnote-label", `a footnote labelled «${footnote.label}», which is not a number`, footnote.line);
      continue;
    }
    const text = blocksToMarkdown(footnote.content, []);
    if (text === "") report("error", "footnote-empty", `footnote ${number} has no text`, footnote.line);
    if (!referenced.includes(footnote.label)) report("warning", "footnote-unused", `footnote ${number} is referred to nowhere in the text`, footnote.line);
    footnotes.push({ number, text });
  }
  return footnotes.sort((a, b) => a.number - b.number);
}

function blocksToMarkdown(blocks: readonly Block[], referenced: string[]): string {
  return blocks
    .map((block) => blockToMarkdown(block, referenced))
    .filter((text) => text !== "")
    .join("\n\n");
}

function blockToMarkdown(block: Block, referenced: string[]): string {
  switch (block.type) {
    case "paragraph":
      return inlineToMarkdown(block.content, referenced).trim();
    case "list":
      return block.items
        .map((item, i) => {
          const body = blocksToMarkdown(item.blocks, referenced).replace(/\n/gu, "\n   ");
          const numbered = item.label !== null && /^\d+[.)]?$/u.test(item.label);
          if (block.ordered || numbered) return `${numbered ? (item.label as string).replace(/[.)]?$/u, ".") : `${i + 1}.`} ${body}`;
          // A letter or a dash as printed stays the item's first word.
          const label = item.label && !/^[-–•·*]$/u.test(item.label) ? `${escapeMarkdown(item.label)} ` : "";
          return `- ${label}${body}`;
        })
        .join("\n");
    case "table": {
      const rows = block.rows.map((row) => row.map((cell) => inlineToMarkdown(cell, referenced).trim().replace(/\|/gu, "\\|")));
      const width = Math.max(...rows.map((row) => row.length), 1);
      const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? "").join(" | ")} |`;
      const [head = [], ...body] = rows;
      return [line(head), line(Array.from({ length: width }, () => "---")), ...body.map(line)].join("\n");
    }
  }
}

function inlineToMarkdown(runs: readonly Inline[], referenced: string[]): string {
  let out = "";
  for (const run of runs) {
    switch (run.type) {
      case "text":
        out += escapeMarkdown(run.text.replace(/\s+/gu, " "));
        break;
      case "emphasis": {
        const inner = inlineToMarkdown(run.children, referenced);
        const mark = run.strong ? "**" : "*";
        // Markdown emphasis cannot start or end on a space: the spaces stand outside.
        const [, before = "", text = "", after = ""] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(inner) ?? [];
        out += text === "" ? inner : `${before}${mark}${text}${mark}${after}`;
        break;
      }
      case "link": {
        const text = inlineToMarkdown(run.children, referenced).trim();
        out += `[${text || escapeMarkdown(run.href)}](${run.href.replace(/[()\s]/gu, (c) => encodeURIComponent(c))})`;
        break;
      }
      case "note":
        referenced.push(run.label);
        out += `[^${run.label}]`;
        break;
      case "break":
        out += " ";
        break;
    }
  }
  return out.replace(/ {2,}/gu, " ");
}

function first(values: readonly string[] | undefined): string | null {
  const value = values?.find((v) => v.trim() !== "");
  return value === undefined ? null : value.trim();
}
