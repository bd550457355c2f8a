/**
 * From a read source (lines with page and style) to the one validated record. The stages, in order:
 * furniture → masthead → footnote definitions → header sentences → Vraag/Antwoord blocks → footnote
 * references → paragraphs and text repair → record and schema. Every line of the source gets exactly one
 * role, so that nothing is dropped without a diagnostic saying so.
 */
import { MARK, type SourceDocument, type SourceLine } from "../ingest/source.ts";
import {
  recordSchema,
  type Answer,
  type Diagnostic,
  type Footnote,
  type KamervraagRecord,
  type Question,
  type Severity,
} from "../model.ts";
import { sessionYearOf } from "./dates.ts";
import { BLOCK_HEADING, findBareMarkers, findDefinitions, type FootnoteDefinition, type WorkLine } from "./footnotes.ts";
import { pageFurniture, readMasthead, readOfficialId, readRunningHead } from "./furniture.ts";
import {
  ANSWER_SENTENCE_START,
  QUESTION_SENTENCE_START,
  parseAnswerSentence,
  parseQuestionSentence,
  parseSeeAlso,
  type HeaderProblem,
} from "./header.ts";
import { findOlderLayout, itemText } from "./layout.ts";
import { checkMarkup } from "./markup.ts";
import { splitParagraphs, wrapWidth, type Paragraph } from "./paragraphs.ts";
import {
  collectHyphenated,
  escapeMarkdown,
  joinLines,
  normalizeCharacters,
  repairGluedWords,
  stripEmphasis,
} from "./repair.ts";
import { isKnownParty } from "./vocabulary.ts";

export type LineRole = "furniture" | "masthead" | "header" | "heading" | "body" | "footnote";

export interface NormalizedDocument {
  record: KamervraagRecord | null;
  diagnostics: Diagnostic[];
  /** The lines the normalizer read: the source's, with inline headings split off their text. */
  lines: SourceLine[];
  /** The role each of those lines got, parallel to `lines`. */
  roles: LineRole[];
}

interface Block {
  type: "vraag" | "antwoord" | "mededeling" | "preamble";
  numbers: number[];
  headingIndex: number | null;
  lines: number[];
}

/** Normalizes one read document. Never throws for bad input: problems come back as diagnostics. */
export function normalizeDocument(source: SourceDocument): NormalizedDocument {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Severity, code: string, message: string, at?: WorkLine | null, hint?: string) => {
    diagnostics.push({
      file: source.path,
      ...(at ? (source.format === "pdf" ? { page: at.page, line: at.line } : { line: at.line }) : {}),
      severity,
      code,
      message,
      ...(hint ? { hint } : {}),
    });
  };
  const sourceLines = splitInlineHeadings(source.lines);
  const lines: WorkLine[] = sourceLines.map((l) => ({
    text: normalizeCharacters(l.text).trim(),
    line: l.line,
    page: l.page,
    gapBefore: l.gapBefore ?? false,
    indent: l.indent ?? 0,
    heading: l.heading ?? false,
  }));
  const roles: LineRole[] = lines.map(() => "body");
  if (source.inlineMarkdown) {
    lines.forEach((l, i) => {
      const { text, findings } = checkMarkup(l.text);
      for (const f of findings) report("warning", f.code, f.message, l);
      lines[i] = { ...l, text };
    });
  }
  const result = (record: KamervraagRecord | null): NormalizedDocument => ({ record, diagnostics, lines: sourceLines, roles });

  if (lines.length === 0) {
    report("error", "empty", "the file holds no text");
    return result(null);
  }

  // Furniture, page by page; the footer's official id and running head are read on the way.
  let officialId: ReturnType<typeof readOfficialId> = null;
  let runningHead: ReturnType<typeof readRunningHead> = null;
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    const page = byPage.get(l.page);
    if (page) page.push(i);
    else byPage.set(l.page, [i]);
  });
  for (const indexes of byPage.values()) {
    const furniture = pageFurniture(indexes.map((i) => lines[i]!.text));
    for (const k of furniture) {
      const i = indexes[k]!;
      roles[i] = "furniture";
      officialId ??= readOfficialId(lines[i]!.text);
      runningHead ??= readRunningHead(lines[i]!.text);
    }
  }

  // The question sentence opens the document proper; a Mededeling may open it instead.
  const plain = (i: number) => stripEmphasis(lines[i]!.text).trim();
  let start = lines.findIndex((_, i) => roles[i] !== "furniture" && QUESTION_SENTENCE_START.test(plain(i)));
  if (start < 0) start = lines.findIndex((_, i) => roles[i] !== "furniture" && ANSWER_SENTENCE_START.test(plain(i)));
  if (start < 0) {
    report(
      "error",
      "not-kamervragen",
      "no «Vragen van het lid …» or «Antwoord/Mededeling van …» sentence: this does not look like a Kamervragen document",
      null,
      "expected the Aanhangsel's question sentence, e.g. «Vragen van het lid X (Partij) aan de Minister van … over … (ingezonden 1 januari 2024).»",
    );
    return result(null);
  }

  const mastheadIndexes = lines.map((_, i) => i).filter((i) => i < start && roles[i] !== "furniture");
  const masthead = readMasthead(mastheadIndexes.map((i) => lines[i]!.text));
  mastheadIndexes.forEach((i, k) => {
    roles[i] = "masthead";
    if (masthead.unknown.includes(k)) {
      report("warning", "unknown-text", `text before the question sentence is not part of the masthead and was left out: «${lines[i]!.text}»`, lines[i]);
    }
  });

  // The older layout numbers its items with bare numbers, which must not be taken for footnotes.
  const older = findOlderLayout(lines, lines.map((_, i) => i).filter((i) => i >= start && roles[i] === "body"));

  // Footnote definitions anywhere after the start.
  const candidates = new Set(lines.map((_, i) => i).filter((i) => i >= start && roles[i] === "body" && !older?.items.has(i)));
  const found = findDefinitions(lines, candidates);
  for (const def of found) for (const i of def.lines) roles[i] = "footnote";
  const definitions = found.filter((d) => !d.duplicate);
  for (const d of found.filter((f) => f.duplicate)) {
    report("error", "footnote-duplicate", `footnote ${d.number} is defined twice; this second definition is left out: «${d.firstText.slice(0, 60)}»`, lines[d.lines[0]!], "give each footnote its own number");
  }

  // The header sentences: from the start to «(ontvangen …)» and an optional «Zie ook …».
  const flow = lines.map((_, i) => i).filter((i) => i >= start && roles[i] === "body");
  const isHeading = (i: number) => BLOCK_HEADING.test(plain(i).replace(/^#+\s*/u, ""));
  const headerLines: number[] = [];
  const questionZone = new Set(older?.questionZone ?? []);
  let k = 0;
  for (; k < flow.length; k++) {
    const i = flow[k]!;
    if (questionZone.has(i)) continue;
    if (isHeading(i) || older?.items.has(i)) break;
    headerLines.push(i);
    const joined = joinLines(headerLines.map(plain));
    const received = /\(\s*ontvangen\s+(?:\(\s*ontvangen\s+)?[^()]*\)+\s*\.?/iu.exec(joined);
    if (received && ANSWER_SENTENCE_START.test(joined.slice(joined.search(/\b(?:Antwoord|Mededeling)\s+van\s/u)))) {
      const after = joined.slice(received.index + received[0].length).trim();
      if (after === "" || /^Zie\s+ook\b/iu.test(after)) {
        const complete = after === "" || /vergaderjaar\s+\d{4}\s*[–-]\s*\d{4}\s*,?\s*(?:nrs?\.?\s*)?\d+(?:\s*(?:,|en)\s*\d+)*\s*\.?$/iu.test(after);
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
  for (const i of headerLines) roles[i] = "header";
  const headerText = joinLines(headerLines.map(plain));
  const problems: HeaderProblem[] = [];
  const answerAt = headerText.search(/\b(?:Antwoord|Mededeling)\s+van\s/u);
  const questionPart = answerAt >= 0 ? headerText.slice(0, answerAt) : headerText;
  const answerPart = answerAt >= 0 ? headerText.slice(answerAt) : "";
  const firstHeaderLine = lines[headerLines[0] ?? start] ?? null;
  let question = QUESTION_SENTENCE_START.test(questionPart.trim())
    ? parseQuestionSentence(questionPart, problems)
    : null;
  if (!question && questionPart.trim() !== "") {
    report("error", "question-sentence-unreadable", `cannot read «${questionPart.trim()}»`, firstHeaderLine);
  }
  let answer: ReturnType<typeof parseAnswerSentence> | null = null;
  if (answerPart !== "") answer = parseAnswerSentence(answerPart, problems);
  else {
    report("error", "answer-sentence-missing", "no «Antwoord van …» or «Mededeling van …» sentence after the questions' sentence", firstHeaderLine, "expected e.g. «Antwoord van Minister X (Portefeuille) (ontvangen 1 februari 2024).»");
  }
  for (const p of problems) report(p.severity, p.code, p.message, firstHeaderLine, p.hint);

  let seeAlsoText: string | null = null;
  let trailingHeaderText: string | null = null;
  if (answer?.seeAlsoText) {
    const m = /^(Zie\s+ook\b.*?(?:vergaderjaar\s+\d{4}\s*[–-]\s*\d{4}\s*,?\s*(?:nrs?\.?\s*)?\d+(?:\s*(?:,|en)\s*\d+)*)\s*\.?)\s*(.*)$/isu.exec(answer.seeAlsoText);
    if (m) {
      seeAlsoText = m[1]!;
      trailingHeaderText = m[2]!.trim() || null;
    } else trailingHeaderText = answer.seeAlsoText;
  }

  // Identity: the footer's official id, else the masthead, else derived from the dates.
  const house = officialId?.house ?? masthead.house ?? runningHead?.house ?? "tk";
  const number = masthead.number ?? officialId?.number ?? null;
  if (masthead.number !== null && officialId && officialId.number !== masthead.number) {
    report("error", "number-mismatch", `the masthead says number ${masthead.number} but the footer says ${officialId.number}`);
  }
  const derivedFrom = answer?.answered ?? question?.submitted ?? null;
  const sessionYear =
    source.frontMatter?.["sessionYear"] ??
    masthead.sessionYear ??
    officialId?.sessionYear ??
    runningHead?.sessionYear ??
    (derivedFrom ? sessionYearOf(derivedFrom) : null);
  if (number === null) report("error", "number-missing", "no Aanhangsel number found (a number on its own line before the question sentence, or an official id like ah-tk-20232024-1234)");
  if (sessionYear === null) report("error", "session-year-missing", "no vergaderjaar printed and no date to derive it from");

  // Blocks: Vraag/Antwoord/Mededeling headings split the rest; in the older layout the questions
  // stand between the two header sentences and bare item numbers split both zones.
  const rest = [...(older?.questionZone ?? []), ...flow.slice(k)].filter((i) => roles[i] !== "header");
  const blocks: Block[] = [];
  let currentBlock: Block = { type: "preamble", numbers: [], headingIndex: null, lines: [] };
  blocks.push(currentBlock);
  for (const i of rest) {
    const item = older?.items.get(i);
    if (item !== undefined) {
      const type = questionZone.has(i) ? "vraag" : "antwoord";
      const text = itemText(lines[i]!.text);
      if (text === "") roles[i] = "heading";
      else lines[i] = { ...lines[i]!, text };
      currentBlock = { type, numbers: [item], headingIndex: text === "" ? i : null, lines: text === "" ? [] : [i] };
      blocks.push(currentBlock);
      continue;
    }
    const m = isHeading(i) ? BLOCK_HEADING.exec(plain(i).replace(/^#+\s*/u, "")) : null;
    if (m) {
      roles[i] = "heading";
      const type = m[3] ? "mededeling" : /^vra/iu.test(m[1]!) ? "vraag" : "antwoord";
      currentBlock = { type, numbers: m[2] ? parseNumberList(m[2]) : [], headingIndex: i, lines: [] };
      blocks.push(currentBlock);
    } else {
      currentBlock.lines.push(i);
    }
  }

  // References: explicit raised numbers first, then bare digits for notes still without one.
  const bodyIndexes = rest.filter((i) => roles[i] === "body");
  const defined = new Map(definitions.map((d) => [d.number, d]));
  const referenced = new Set<number>();
  for (const i of bodyIndexes) {
    for (const m of lines[i]!.text.matchAll(new RegExp(`${MARK.supOpen}([^${MARK.supClose}]*)${MARK.supClose}`, "gu"))) {
      for (const n of (m[1] ?? "").match(/\d+/gu) ?? []) referenced.add(Number(n));
    }
  }
  const unreferenced = definitions.filter((d) => !referenced.has(d.number));
  if (unreferenced.length > 0) {
    const markers = findBareMarkers(lines, bodyIndexes, unreferenced);
    const byLine = new Map<number, typeof markers>();
    for (const m of markers) byLine.set(m.lineIndex, [...(byLine.get(m.lineIndex) ?? []), m]);
    for (const [li, ms] of byLine) {
      let text = lines[li]!.text;
      for (const m of [...ms].sort((a, b) => b.start - a.start)) {
        text = text.slice(0, m.start) + MARK.supOpen + m.numbers.join(" ") + MARK.supClose + text.slice(m.end);
        for (const n of m.numbers) referenced.add(n);
      }
      lines[li] = { ...lines[li]!, text };
    }
  }

  // Text assembly.
  const hyphenated = collectHyphenated(lines.filter((_, i) => roles[i] !== "furniture").map((l) => l.text));
  // Header lines are wrapped at the same column as the body: they help short documents.
  const width = wrapWidth([...headerLines, ...bodyIndexes].map((i) => lines[i]!));
  const usedNotes = new Set<number>();
  const toMarkdown = (indexes: number[]): string => {
    const paragraphs = splitParagraphs(indexes.map((i) => lines[i]!), width, source.inlineMarkdown);
    return renderParagraphs(paragraphs, hyphenated, (text, paragraph) => finishText(text, paragraph));
  };
  const finishText = (text: string, paragraph: readonly WorkLine[]): string => {
    const lineOf = (n: string) =>
      paragraph.find((l) => new RegExp(`${MARK.supOpen}[^${MARK.supClose}]*\\b${n}\\b`, "u").test(l.text)) ?? paragraph[0]!;
    let out = repairGluedWords(text, hyphenated);
    if (!source.inlineMarkdown) out = escapeMarkdown(out);
    return out.replace(new RegExp(`\\s*${MARK.supOpen}([^${MARK.supClose}]*)${MARK.supClose}`, "gu"), (whole, inner: string) => {
      const numbers = inner.match(/\d+/gu);
      if (!numbers || !/^[\d\s,]+$/u.test(inner.trim())) return inner.trim(); // a raised ordinal: 11e
      return numbers
        .map((n) => {
          const value = Number(n);
          if (defined.has(value)) {
            usedNotes.add(value);
            return `[^${value}]`;
          }
          report("error", "footnote-undefined", `footnote ${value} is referenced but never defined`, lineOf(n), "add its definition, or remove the reference");
          return n;
        })
        .join("");
    });
  };

  const questions: Question[] = [];
  const answers: Answer[] = [];
  let notice: string | null = null;
  const preamble = blocks[0]!;
  const kind = answer?.kind ?? "antwoord";
  const noticeParts: string[] = [];
  if (trailingHeaderText) noticeParts.push(source.inlineMarkdown ? trailingHeaderText : escapeMarkdown(trailingHeaderText));
  if (preamble.lines.length > 0) {
    if (kind === "mededeling") noticeParts.push(toMarkdown(preamble.lines));
    else {
      const first = lines[preamble.lines[0]!]!;
      report("error", "unplaced-text", `text after the answer sentence and before «Vraag 1» belongs to no question: «${first.text.slice(0, 60)}…»`, first);
    }
  } else if (trailingHeaderText && kind !== "mededeling") {
    report("error", "unplaced-text", `text after the answer sentence belongs to no question: «${trailingHeaderText.slice(0, 60)}»`, firstHeaderLine);
  }
  const questionNumbers = new Set<number>();
  const questionHeading = new Map<number, WorkLine | null>();
  const answerHeading: (WorkLine | null)[] = [];
  for (let b = 1; b < blocks.length; b++) {
    const block = blocks[b]!;
    const heading = block.headingIndex !== null ? lines[block.headingIndex]! : null;
    if (block.type === "mededeling") {
      noticeParts.push(toMarkdown(block.lines));
      continue;
    }
    if (block.type === "antwoord") {
      // A conversion that lost «Vraag N» at a page break leaves the question inside the previous answer.
      const missing = block.numbers.filter((n) => !questionNumbers.has(n));
      const previous = answers.length > 0 && blocks[b - 1]?.type === "antwoord" ? blocks[b - 1]! : null;
      if (missing.length > 0 && previous && missing[0] === Math.max(...questionNumbers) + 1) {
        const pages = previous.lines.map((i) => lines[i]!.page);
        const cut = pages.findIndex((p) => p !== pages[0]);
        if (cut > 0) {
          const moved = previous.lines.splice(cut);
          answers[answers.length - 1]!.text = toMarkdown(previous.lines);
          const first = lines[moved[0]!]!;
          report("warning", "heading-lost", `«Vraag ${missing[0]}» is missing; the text after the page break at line ${first.line} was read as question ${missing[0]}`, first, "the conversion probably lost a line at the page break");
          questions.push({ number: missing[0]!, text: toMarkdown(moved) });
          questionNumbers.add(missing[0]!);
          questionHeading.set(missing[0]!, first);
        }
      }
    }
    if (block.lines.length === 0) {
      report("error", block.type === "vraag" ? "question-empty" : "answer-empty", `«${heading ? plain(block.headingIndex!) : block.type}» has no text`, heading);
    }
    const text = toMarkdown(block.lines);
    if (block.type === "vraag") {
      const expected = questionNumbers.size === 0 ? 1 : Math.max(...questionNumbers) + 1;
      for (const n of block.numbers) {
        if (questionNumbers.has(n)) report("error", "question-duplicate", `question ${n} appears twice`, heading);
      }
      if (block.numbers[0] !== expected && !block.numbers.some((n) => questionNumbers.has(n))) {
        report("warning", "question-order", `«Vraag ${block.numbers[0]}» follows question ${expected - 1}; expected «Vraag ${expected}»`, heading);
      }
      block.numbers.forEach((n) => {
        questionNumbers.add(n);
        questionHeading.set(n, heading);
      });
      questions.push({ number: block.numbers[0]!, ...(block.numbers.length > 1 ? { covers: block.numbers } : {}), text });
    } else {
      answers.push({ questions: block.numbers, text });
      answerHeading.push(heading);
    }
  }
  if (noticeParts.length > 0) notice = noticeParts.join("\n\n");
  // A notice that the answers are postponed (an uitstelmededeling) has no question sentence of its
  // own: it names the questions in its text, «De vragen van het lid … (ingezonden …) kunnen niet …».
  if (!question && kind === "mededeling" && notice) {
    const named = /\bvragen\s+van\s+(?:het|de)\s+(?:Kamer)?(?:lid|leden)\b.*?\(\s*(?:ingezonden|ingekomen)\s+[^()]*\)/isu.exec(stripEmphasis(notice).replace(/\\(?=\S)/gu, ""));
    if (named) question = parseQuestionSentence(`V${named[0].slice(1)}`, []);
  }

  // Pairing checks.
  const answeredBy = new Map<number, number>();
  answers.forEach((a, index) => {
    const at = answerHeading[index] ?? null;
    for (const n of a.questions) {
      if (!questionNumbers.has(n)) report("error", "answer-without-question", `answer ${a.questions.join(" en ")} answers question ${n}, which is not in the document`, at);
      if (answeredBy.has(n)) report("error", "answer-duplicate", `question ${n} is answered twice`, at);
      answeredBy.set(n, index);
    }
  });
  if (kind === "antwoord") {
    for (const n of [...questionNumbers].sort((a, b) => a - b)) {
      if (!answeredBy.has(n)) report("error", "answer-missing", `question ${n} has no answer`, questionHeading.get(n) ?? null, `expected a heading «Antwoord ${n}» after the question`);
    }
  } else if (notice === null) {
    report("error", "notice-missing", "a Mededeling without the text of the notice");
  }
  if (questions.length === 0 && kind === "antwoord") report("error", "questions-missing", "no «Vraag 1» heading found");

  // Footnotes.
  const footnotes: Footnote[] = definitions.map((d) => ({ number: d.number, text: footnoteText(d) }));
  function footnoteText(d: FootnoteDefinition): string {
    const texts = d.lines.map((i, n) => (n === 0 ? d.firstText : lines[i]!.text));
    let text = joinLines(texts.filter((t) => t !== ""));
    text = text.replace(new RegExp(`[${MARK.supOpen}${MARK.supClose}]`, "gu"), "");
    if (!source.inlineMarkdown) text = escapeMarkdown(text);
    if (text.trim() === "") report("error", "footnote-empty", `footnote ${d.number} has no text`, lines[d.lines[0]!]);
    return text.trim() === "" ? "(leeg)" : text;
  }
  for (const d of definitions) {
    if (!usedNotes.has(d.number)) {
      report("error", "footnote-unused", `footnote ${d.number} is defined but never referenced`, lines[d.lines[0]!]);
    }
  }

  for (const a of question?.askers ?? []) {
    if (!isKnownParty(a.party)) {
      report("warning", "party-unknown", `party «${a.party}» of ${a.name} is not a known party spelling`, firstHeaderLine, "kept as printed; check for a typo");
    }
  }
  if (question?.submitted && answer?.answered && answer.answered < question.submitted) {
    report("error", "dates-order", `answered (${answer.answered}) before submitted (${question.submitted})`, firstHeaderLine);
  }

  if (number === null || sessionYear === null) return result(null);
  const [y1, y2] = sessionYear.split("-");
  const candidate = {
    id: `ah-${house}-${y1}${y2}-${number}`,
    house,
    sessionYear,
    number,
    kind,
    subject: question?.subject ?? "",
    askers: question?.askers ?? [],
    addressees: question?.addressees ?? [],
    submitted: question?.submitted ?? null,
    answered: answer?.answered ?? null,
    respondents: answer?.respondents ?? [],
    onBehalfOf: answer?.onBehalfOf ?? [],
    questions,
    answers,
    notice,
    footnotes,
    seeAlso: seeAlsoText ? parseSeeAlso(seeAlsoText, house) : [],
    source: { path: source.path, format: source.format },
  };
  if (officialId && candidate.id !== `ah-${officialId.house}-${officialId.sessionYear.replace("-", "")}-${officialId.number}`) {
    report("error", "id-mismatch", `the footer's id does not agree with the masthead (${candidate.id})`);
  }
  const parsed = recordSchema.safeParse(candidate);
  if (!parsed.success) {
    // An error reported above already explains an incomplete record; the schema speaks when none did.
    const explained = diagnostics.some((d) => d.severity === "error");
    for (const issue of explained ? [] : parsed.error.issues) {
      report("error", "schema", `${issue.path.join(".") || "record"}: ${issue.message}`);
    }
    return result(null);
  }
  return result(parsed.data);
}

/**
 * Some conversions put a heading and its first words on one line: `**Vraag 1:** Bent u …` or
 * `Antwoord 2: Ja.`. Such a line becomes two, the heading and the text, with the same line number. Only
 * a bold label or a label with a colon counts: a wrapped line may well begin with «Vraag 2 en 3 …».
 */
const INLINE_HEADING =
  /^(?:(?:\*\*|__)((?:Vraag|Vragen|Antwoord|Antwoorden)\s+\d{1,3}(?:\s*(?:,|en|t\/m|tot\s+en\s+met|[–-])\s*\d{1,3})*)\s*[:.]?\s*(?:\*\*|__)\s*[:.]?|((?:Vraag|Antwoord)\s+\d{1,3}(?:\s*(?:,|en)\s*\d{1,3})*)\s*:)\s+(\S.*)$/u;

export function splitInlineHeadings(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((l) => {
    const m = INLINE_HEADING.exec(l.text);
    if (!m) return [l];
    const { gapBefore: _gap, heading: _heading, ...rest } = l;
    return [
      { ...l, text: (m[1] ?? m[2])!, heading: true },
      { ...rest, text: m[3]! },
    ];
  });
}

/** `4 en 5` → [4, 5]; `4, 5 en 6` → [4, 5, 6]; `2 t/m 4` → [2, 3, 4]. */
export function parseNumberList(text: string): number[] {
  const numbers: number[] = [];
  const parts = text.split(/\s*(?:,|\ben\b)\s*/u).filter((p) => p.trim() !== "");
  for (const part of parts) {
    const range = /^(\d+)\s*(?:t\/m|tot\s+en\s+met|[–-])\s*(\d+)$/u.exec(part.trim());
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 100; n++) numbers.push(n);
    } else if (/^\d+$/u.test(part.trim())) numbers.push(Number(part));
  }
  return numbers;
}

function renderParagraphs(
  paragraphs: Paragraph[],
  hyphenated: ReadonlySet<string>,
  finish: (text: string, paragraph: readonly WorkLine[]) => string,
): string {
  const out: string[] = [];
  paragraphs.forEach((p, index) => {
    if (p.kind === "table") {
      out.push(`${index === 0 ? "" : "\n\n"}${p.lines.map((l) => finish(l.text, [l])).join("\n")}`);
      return;
    }
    const text = finish(joinLines(p.lines.map((l) => l.text), hyphenated), p.lines);
    if (p.kind === "li") {
      const prev = paragraphs[index - 1];
      const sep = index === 0 ? "" : prev?.kind === "li" ? "\n" : "\n\n";
      out.push(`${sep}${p.marker} ${text}`);
    } else {
      out.push(`${index === 0 ? "" : "\n\n"}${text}`);
    }
  });
  return out.join("");
}
