/**
 * Print furniture: the masthead of the first page and what every page repeats (official id, ISSN, place
 * and year, running head, page number). It is not content; the official id and the vergaderjaar are read
 * from it, the rest is dropped.
 */
import { stripEmphasis } from "./repair.ts";

export type FurnitureKind = "id" | "issn" | "place" | "running-head" | "page-number";

const OFFICIAL_ID = /^ah-(tk|ek)-(\d{4})(\d{4})-(\d+)$/iu;
/** Some converters lose the `a` and the dashes: `h tk 20232024 387`. */
const DAMAGED_ID = /^a?h[\s-]+(tk|ek)[\s-]+(\d{4})(\d{4})[\s-]+(\d+)$/iu;
/** The id in the footer of the questions as asked (`kv-tk-2024Z18793`), which names no Aanhangsel. */
const QUESTIONS_ID = /^kv-(?:tk|ek)-\d{4}Z\d+$/iu;
const ISSN = /^ISSN\s*\d{4}\s*-\s*\d{3}[\dX]$/iu;
const PLACE = /^[’'‘`]?s[-\s]?Gravenhage,?\s+\d{4}$/iu;
/** The series is `Aanhangsel` for the answered questions, `Vragen` for the questions as asked. */
const RUNNING_HEAD = /^(Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4}),\s+(?:Aanhangsel|Vragen)(?:\s+(\d+))?$/iu;
const PAGE_NUMBER = /^\d{1,3}$/u;

export interface OfficialId {
  house: "tk" | "ek";
  sessionYear: string;
  number: number;
}

/** Reads an official id (`ah-tk-20232024-1771`) from a furniture line, undamaged or damaged. */
export function readOfficialId(text: string): OfficialId | null {
  const t = stripEmphasis(text).trim();
  const m = OFFICIAL_ID.exec(t) ?? DAMAGED_ID.exec(t);
  if (!m) return null;
  return { house: m[1]!.toLowerCase() as "tk" | "ek", sessionYear: `${m[2]}-${m[3]}`, number: Number(m[4]) };
}

/** Reads the vergaderjaar from a running head (`Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel`). */
export function readRunningHead(text: string): { house: "tk" | "ek"; sessionYear: string } | null {
  const m = RUNNING_HEAD.exec(stripEmphasis(text).trim());
  if (!m) return null;
  return { house: m[1]!.toLowerCase().startsWith("t") ? "tk" : "ek", sessionYear: `${m[2]}-${m[3]}` };
}

/**
 * The page number a running head carries (`…, Aanhangsel 2` closes page 2 in extractions that glue the
 * number on), null for a running head without one, undefined for a line that is no running head.
 */
export function runningHeadPage(text: string): number | null | undefined {
  const m = RUNNING_HEAD.exec(stripEmphasis(text).trim());
  if (!m) return undefined;
  return m[4] === undefined ? null : Number(m[4]);
}

/** The kind of furniture a line is, judged by the line alone (page numbers need their neighbours). */
export function furnitureKind(text: string): FurnitureKind | null {
  const t = stripEmphasis(text).trim();
  if (readOfficialId(t) || QUESTIONS_ID.test(t)) return "id";
  if (ISSN.test(t)) return "issn";
  if (PLACE.test(t)) return "place";
  if (RUNNING_HEAD.test(t)) return "running-head";
  return null;
}

/**
 * Marks the furniture of one page: official id, ISSN, place and running head wherever they stand
 * (extractions in reading order put the footer between the note numbers and the notes), and the bare
 * page number beside them at the page's top and bottom. Returns the indexes (into `texts`).
 */
export function pageFurniture(texts: readonly string[]): Set<number> {
  const result = new Set<number>();
  texts.forEach((t, i) => {
    if (furnitureKind(t)) result.add(i);
  });
  const isPageNumber = (i: number) => PAGE_NUMBER.test(stripEmphasis(texts[i] ?? "").trim());
  // The page number stands right before or after the running head, at the page's top or bottom; one
  // per page, so that a footnote number next to the footer is not taken for it.
  const runningHeads = texts.map((t, i) => (furnitureKind(t) === "running-head" ? i : -1)).filter((i) => i >= 0);
  for (const head of runningHeads) {
    for (const i of [head + 1, head - 1]) {
      if (i >= 0 && i < texts.length && isPageNumber(i) && !result.has(i)) {
        const atEdge = texts.slice(i + 1).every((_, k) => result.has(i + 1 + k)) || texts.slice(0, i).every((_, k) => result.has(k));
        if (atEdge) {
          result.add(i);
          return result;
        }
      }
    }
  }
  return result;
}

/** The house's logo is a `2` (or `1`) beside its name, which some extractions glue on: `Staten-Generaal2`. */
const HOUSE_LINE = /^(Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal\s*[12]?$/iu;
const SESSION = /Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})/iu;
const SERIES_WORDS = "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden";
const APPENDIX = /Aanhangsel\s+van\s+de\s+Handelingen/iu;

export interface Masthead {
  house: "tk" | "ek" | null;
  sessionYear: string | null;
  number: number | null;
  /** Indexes (into the lines given) that are masthead or the number. */
  consumed: Set<number>;
  /** Indexes of lines that are neither, to be reported. */
  unknown: number[];
}

/**
 * Reads the masthead zone (everything before the question sentence): house, vergaderjaar, the series
 * title (dropped) and the Aanhangsel number, which is the last bare number after the series title (the
 * house's logo `2` stands before it).
 */
export function readMasthead(texts: readonly string[]): Masthead {
  const result: Masthead = { house: null, sessionYear: null, number: null, consumed: new Set(), unknown: [] };
  const plain = texts.map((t) => stripEmphasis(t).replace(/\s+/gu, " ").trim());
  // The series title may be wrapped over several lines: find the lines whose joined text is part of it.
  const series = SERIES_WORDS.toLowerCase();
  let seriesEnd = -1;
  for (let i = 0; i < plain.length; i++) {
    const t = plain[i]!;
    const house = HOUSE_LINE.exec(t);
    if (house) {
      result.house = house[1]!.toLowerCase().startsWith("t") ? "tk" : "ek";
      result.consumed.add(i);
      continue;
    }
    let rest = t;
    const session = SESSION.exec(rest);
    if (session) {
      result.sessionYear = `${session[1]}-${session[2]}`;
      rest = rest.replace(SESSION, "").trim();
    }
    rest = rest.replace(APPENDIX, "").trim();
    if (rest !== "" && rest.length > 3 && series.includes(rest.toLowerCase())) {
      seriesEnd = i;
      rest = "";
    }
    if (rest === "") {
      result.consumed.add(i);
      continue;
    }
    if (/^\d{1,5}$/u.test(rest)) {
      result.consumed.add(i);
      continue;
    }
    result.unknown.push(i);
  }
  // The number: the last bare number, after the series title when there is one.
  for (let i = plain.length - 1; i > seriesEnd; i--) {
    if (/^\d{1,5}$/u.test(plain[i]!)) {
      result.number = Number(plain[i]);
      break;
    }
  }
  return result;
}
