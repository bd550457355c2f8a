/**
 * The two sentences that open every document, parsed by their grammar:
 * - `Vragen van het lid <Name> (<Party>) aan de <addressees> over <subject> (ingezonden <date>).`
 * - `Antwoord van <Role> <Name> (<portfolio>)[, mede namens <others>] (ontvangen <date>).`
 *   or `Mededeling van …` in its place, optionally followed by `Zie ook Aanhangsel Handelingen, …`.
 * Parsing keeps the source's wording (typos included); it only splits it.
 */
import type { PrintedAsker, Respondent } from "../model.ts";
import { parseDutchDate } from "./dates.ts";
import { PLURAL_ROLES, ROLE_PATTERN } from "./vocabulary.ts";

export interface HeaderProblem {
  code: string;
  message: string;
  hint?: string;
  severity: "error" | "warning";
}

export interface QuestionSentence {
  askers: PrintedAsker[];
  addressees: string[];
  subject: string;
  submitted: string | null;
}

export interface AnswerSentence {
  kind: "antwoord" | "mededeling";
  respondents: Respondent[];
  onBehalfOf: string[];
  answered: string | null;
}

/**
 * Where the question sentence begins: `Vragen van het lid`, `Vragen van de leden`, old spellings, and
 * `Vraag van het lid` for a document of one question.
 */
export const QUESTION_SENTENCE_START = /^Vra(?:gen|ag)\s+van\s+(?:het|de)\s+(?:Kamer)?(?:lid|leden)\b/iu;
/** Where the answer sentence begins. */
export const ANSWER_SENTENCE_START = /^(Antwoord|Mededeling)\s+van\s+/iu;

const SUBMITTED = /\(\s*(?:ingezonden|ingekomen)\s+(?:\(\s*ingezonden\s+)?([^()]*?)\s*\)\s*\.?/iu;
const RECEIVED = /\(\s*(?:ontvangen)\s+(?:\(\s*ontvangen\s+)?([^()]*?)\s*\)+\s*\.?/iu;

/** Splits the text between the two header sentences' starts: the question sentence and the rest. */
export function parseQuestionSentence(sentence: string, problems: HeaderProblem[]): QuestionSentence {
  const text = sentence.replace(/\s+/gu, " ").trim();
  const result: QuestionSentence = { askers: [], addressees: [], subject: "", submitted: null };
  const submitted = SUBMITTED.exec(text);
  let body = text;
  if (submitted) {
    body = text.slice(0, submitted.index).replace(/[\s.]+$/u, "");
    const date = parseDutchDate(submitted[1] ?? "");
    if (date.ok) result.submitted = date.iso;
    else problems.push({ severity: "error", code: "date-unreadable", message: `submission date: ${date.reason}` });
    // The older layout prints a lone «Antwoord» before the answer sentence; anything else is reported.
    const after = text.slice(submitted.index + submitted[0].length).trim();
    if (after !== "" && !/^Antwoord(?:en)?\s*:?$/iu.test(after)) {
      problems.push({
        severity: "warning",
        code: "header-leftover",
        message: `text after «(ingezonden …)» was not understood and left out: «${after.slice(0, 80)}»`,
      });
    }
  } else {
    problems.push({
      severity: "error",
      code: "submitted-missing",
      message: "the question sentence has no «(ingezonden <date>)»",
    });
  }
  const m = /^Vra(?:gen|ag)\s+van\s+(?:het|de)\s+(?:Kamer)?(?:lid|leden)\s+(.*)$/iu.exec(body);
  if (!m) {
    problems.push({ severity: "error", code: "question-sentence-unreadable", message: `cannot read «${text}»` });
    return result;
  }
  const rest = m[1]!;
  // The askers end at the last party parenthesis before « aan de|het »; the addressees at the first « over ».
  const aan = /\)\s*aan\s+(?:de|het)\s+/iu.exec(rest);
  if (!aan) {
    problems.push({
      severity: "error",
      code: "question-sentence-unreadable",
      message: `cannot find «(<party>) aan de» in «${text}»`,
    });
    return result;
  }
  result.askers = parseAskers(rest.slice(0, aan.index + 1), problems);
  const afterAan = rest.slice(aan.index + aan[0].length);
  const over = /\s+over\s+/u.exec(afterAan);
  if (!over) {
    problems.push({ severity: "error", code: "subject-missing", message: `no «over <subject>» in «${text}»` });
    result.addressees = parseAddressees(afterAan);
    return result;
  }
  result.addressees = parseAddressees(afterAan.slice(0, over.index));
  result.subject = afterAan.slice(over.index + over[0].length).trim();
  if (result.subject === "") {
    problems.push({ severity: "error", code: "subject-missing", message: `empty subject in «${text}»` });
  }
  return result;
}

/**
 * `A (VVD) en B (SP)`, `A (D66), B (GroenLinks-PvdA) en C (SP)`, `A en B (beiden GroenLinks)`,
 * `Patijn(beiden GroenLinks-PvdA)`: each party parenthesis closes a group of names.
 */
export function parseAskers(text: string, problems: HeaderProblem[]): PrintedAsker[] {
  const askers: PrintedAsker[] = [];
  const group = /([^()]+?)\s*\(\s*(?:beiden|allen|allebei)?\s*([^()]+?)\s*\)\s*(?:,|\ben\b)?\s*/giu;
  let consumed = 0;
  for (const m of text.matchAll(group)) {
    if (m.index !== consumed) break;
    consumed = m.index + m[0].length;
    const party = m[2]!.trim();
    const names = m[1]!
      .replace(/^\s*(?:,|en\s)\s*/u, "")
      .split(/\s*,\s*|\s+en\s+/u)
      .map((n) => n.trim())
      .filter((n) => n !== "");
    for (const name of names) askers.push({ name, party });
  }
  if (consumed < text.trim().length || askers.length === 0) {
    problems.push({
      severity: "error",
      code: "askers-unreadable",
      message: `cannot read the askers «${text.trim()}»`,
      hint: "expected «Name (Party)», «A (P) en B (Q)» or «A en B (beiden P)»",
    });
  }
  return askers;
}

const ROLE_SPLIT = new RegExp(`(?:\\s*,\\s*|\\s+en\\s+)(?:de|het)\\s+(?=${ROLE_PATTERN}\\b)`, "u");
const ROLE_HEAD = new RegExp(`^(${ROLE_PATTERN})(?:\\s+(.*))?$`, "u");

/**
 * Expands addressees: `de Ministers van A en van B` is two ministers; `de Staatssecretaris en de Minister
 * van C` shares `van C`; `de Minister voor D` keeps `voor`.
 */
export function parseAddressees(text: string): string[] {
  const cleaned = text
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^(?:de|het)\s+/u, "");
  if (cleaned === "") return [];
  const groups = cleaned
    .split(ROLE_SPLIT)
    .map((g) => g.trim())
    .filter((g) => g !== "");
  const parsed = groups.map((g) => {
    const m = ROLE_HEAD.exec(g);
    if (!m) return { role: null as string | null, plural: false, portfolios: [g] };
    const roleWord = m[1]!;
    const singular = PLURAL_ROLES[roleWord.toLowerCase()];
    const rest = (m[2] ?? "").trim();
    if (singular) {
      const portfolios = rest.split(/\s*,?\s+en\s+(?=(?:van|voor)\s)|\s*,\s*(?=(?:van|voor)\s)/u).filter((p) => p !== "");
      return { role: capitalize(singular), plural: true, portfolios };
    }
    return { role: roleWord, plural: false, portfolios: rest === "" ? [] : [rest] };
  });
  const result: string[] = [];
  parsed.forEach((g, i) => {
    if (g.role === null) {
      result.push(...g.portfolios);
      return;
    }
    let portfolios = g.portfolios;
    if (portfolios.length === 0) {
      // A title without a portfolio shares the next group's: «de Staatssecretaris en de Minister van VWS».
      const next = parsed.slice(i + 1).find((n) => n.portfolios.length > 0);
      portfolios = next ? [next.portfolios[next.portfolios.length - 1]!] : [];
    }
    if (portfolios.length === 0) result.push(g.role);
    for (const p of portfolios) result.push(`${g.role} ${p}`);
  });
  return result;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const RESPONDENT = new RegExp(`(${ROLE_PATTERN})\\s+([^()]+?)\\s*\\(((?:[^()]|\\([^()]*\\))*)\\)`, "gu");

/** Parses `Antwoord van Minister Kaag (BHO), mede namens … (ontvangen 9 april 2021). Zie ook …`. */
export function parseAnswerSentence(sentence: string, problems: HeaderProblem[]): AnswerSentence & { seeAlsoText: string | null } {
  const text = sentence.replace(/\s+/gu, " ").trim();
  const start = ANSWER_SENTENCE_START.exec(text);
  const kind: AnswerSentence["kind"] = start && start[1]!.toLowerCase() === "mededeling" ? "mededeling" : "antwoord";
  const result = { kind, respondents: [] as Respondent[], onBehalfOf: [] as string[], answered: null as string | null, seeAlsoText: null as string | null };
  const received = RECEIVED.exec(text);
  let body = start ? text.slice(start[0].length) : text;
  if (received) {
    body = text.slice(start ? start[0].length : 0, received.index).replace(/[\s,.]+$/u, "");
    const date = parseDutchDate(received[1] ?? "");
    if (date.ok) result.answered = date.iso;
    else problems.push({ severity: "error", code: "date-unreadable", message: `answer date: ${date.reason}` });
    const after = text.slice(received.index + received[0].length).trim();
    if (after !== "") result.seeAlsoText = after;
  } else {
    problems.push({ severity: "error", code: "answered-missing", message: "the answer sentence has no «(ontvangen <date>)»" });
  }
  let signers = body;
  let others = "";
  const mede = /,?\s*mede\s+namens\s+/iu.exec(body);
  if (mede) {
    signers = body.slice(0, mede.index);
    others = body.slice(mede.index + mede[0].length);
  }
  const open = unclosedParenthesis(signers);
  if (open !== null) {
    // A letter may leave the portfolio open: «Karremans (Volksgezondheid, Welzijn en Sport (ontvangen …)».
    signers = `${signers.trimEnd()})`;
    problems.push({
      severity: "warning",
      code: "parenthesis-unclosed",
      message: `the parenthesis «${open.trim()}» is not closed before «(ontvangen …)»; read as «${open.trim()})»`,
    });
  }
  let consumed = 0;
  for (const m of signers.matchAll(RESPONDENT)) {
    const between = signers.slice(consumed, m.index).trim();
    if (between !== "" && !/^(?:,|en|,?\s*en)$/u.test(between)) break;
    consumed = m.index + m[0].length;
    result.respondents.push({ role: m[1]!, name: m[2]!.trim(), portfolio: m[3]!.trim() });
  }
  const leftover = signers.slice(consumed).trim();
  if (result.respondents.length === 0) {
    // Older documents: «Antwoord van de Minister van Financiën (ontvangen …)», a title without a name.
    const titled = new RegExp(`^(?:de\\s+|het\\s+)?(${ROLE_PATTERN})\\s+((?:van|voor)\\s+.+)$`, "u").exec(signers.trim());
    if (titled) {
      result.respondents.push({ role: titled[1]!, name: "", portfolio: titled[2]!.replace(/^(?:van|voor)\s+/u, "") });
    } else {
      problems.push({ severity: "error", code: "respondent-unreadable", message: `cannot read who answers in «${text}»` });
    }
  } else if (leftover !== "") {
    // A source typo such as «(BZ) van Minister X» where «mede namens» was meant.
    if (others === "" && /^(?:,\s*)?(?:van|namens)\s+/u.test(leftover)) {
      others = leftover.replace(/^(?:,\s*)?(?:van|namens)\s+/u, "");
      problems.push({
        severity: "warning",
        code: "mede-namens-assumed",
        message: `read «${leftover}» as «mede namens …»`,
      });
    } else {
      problems.push({ severity: "warning", code: "answer-sentence-leftover", message: `text not understood in the answer sentence: «${leftover}»` });
    }
  }
  if (others !== "") result.onBehalfOf = parseAddressees(others);
  return result;
}

/** The text from the last «(» that no «)» closes to the end, or null when every parenthesis is closed. */
function unclosedParenthesis(text: string): string | null {
  let depth = 0;
  let openedAt = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") {
      if (depth === 0) openedAt = i;
      depth++;
    } else if (text[i] === ")" && depth > 0) depth--;
  }
  return depth === 1 ? text.slice(openedAt) : null;
}

/** `Zie ook Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 3276` → ids of the documents named. */
export function parseSeeAlso(text: string, house: string): string[] {
  const ids: string[] = [];
  const re = /vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})\s*,?\s*(?:nrs?\.?\s*)?(\d+(?:\s*(?:,|en)\s*\d+)*)/giu;
  for (const m of text.matchAll(re)) {
    for (const n of m[3]!.split(/\s*(?:,|en)\s*/u)) {
      if (n.trim() !== "") ids.push(`ah-${house}-${m[1]}${m[2]}-${Number(n)}`);
    }
  }
  return ids;
}
