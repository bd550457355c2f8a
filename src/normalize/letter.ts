/**
 * The ministry's own answer letter: the text a ministry sends to the Kamer before the Aanhangsel is
 * typeset. It opens with the Aanhangsel number and the Zaak number (`AH 604`, `2024Z18294`), then the
 * answer sentence as the Aanhangsel prints it, then the questions and answers under the ministry's own
 * headings, and footnotes as `1)` in the text with their texts at the end. It does not repeat the
 * question sentence: who asked, whom, about what and when is not in it.
 */
import type { UnstatedField } from "../model.ts";
import { readOfficialId, type OfficialId } from "./furniture.ts";
import { stripEmphasis } from "./repair.ts";

/**
 * `AH 604`, also `AH-604` and `AH nr. 604`. Only the letters' own abbreviation: a bare «Aanhangsel» with
 * a number is the typeset running head's word.
 */
const AANHANGSEL_NUMBER = /^AH\s*(?:[-:]\s*)?(?:nr\.?\s*)?(\d{1,5})$/u;
const ZAAK = /^(?:Zaak(?:nummer)?\s*:?\s*)?(\d{4}Z\d{5})$/iu;

export interface LetterOpening {
  /** The Aanhangsel number of `AH 604`, or null when the letter does not give it. */
  number: number | null;
  /** The Zaak number (`2024Z18294`), or null. */
  zaak: string | null;
  /** Indexes (into the texts given) of the lines read. */
  consumed: Set<number>;
}

/** Reads the lines before the answer sentence that are the letter's: `AH 604` and the Zaak number. */
export function readOpeningLines(texts: readonly string[]): LetterOpening {
  const opening: LetterOpening = { number: null, zaak: null, consumed: new Set() };
  texts.forEach((text, k) => {
    const t = stripEmphasis(text).replace(/\s+/gu, " ").trim();
    const ah = AANHANGSEL_NUMBER.exec(t);
    const zaak = ZAAK.exec(t);
    if (ah && opening.number === null) opening.number = Number(ah[1]);
    else if (zaak && opening.zaak === null) opening.zaak = zaak[1]!.toUpperCase();
    else return;
    opening.consumed.add(k);
  });
  return opening;
}

/**
 * Whether the opening is a letter's: the typeset Aanhangsel never prints `AH`; a Zaak number alone
 * counts only before an answer sentence, because the questions as asked print it too.
 */
export function isLetterOpening(opening: LetterOpening, startsWithAnswerSentence: boolean): boolean {
  return opening.number !== null || (opening.zaak !== null && startsWithAnswerSentence);
}

/** The official id in a file's name (`…/ah-tk-20242025-604.txt`), or null. */
export function officialIdOfPath(path: string): OfficialId | null {
  const name = path.split(/[\\/]/u).at(-1) ?? "";
  return readOfficialId(name.replace(/\.[^.]*$/u, ""));
}

/** What a letter without a question sentence leaves unsaid. */
export const LETTER_UNSTATED: readonly UnstatedField[] = ["subject", "askers", "addressees", "submitted"];

const FIELD_NAMES: Record<UnstatedField, string> = {
  subject: "the subject",
  askers: "the askers",
  addressees: "the addressees",
  submitted: "the submission date",
};

/** `the subject, the askers and the submission date`. */
export function describeFields(fields: readonly UnstatedField[]): string {
  const names = fields.map((f) => FIELD_NAMES[f]);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** A line of the letter that is wrapped and continues on the next: long, and not the end of a sentence. */
const SENTENCE_END = /[.?!:;][»”’"')\]]*$/u;
const STARTS_ITEM = /^(?:\d{1,2}[.)]?(?:\s|$)|[•●▪◦·■□➢►–—-]\s)/u;

/**
 * Whether `next` continues `previous` as one paragraph. The letters are not wrapped by a typesetter,
 * so a line break inside a sentence is a wrap made by hand or by the conversion; a short line (a
 * label such as `Zvw`) and a list item start lines of their own.
 */
export function continuesLine(previous: string, next: string, gapBefore: boolean): boolean {
  if (gapBefore || previous.length < 60 || next === "") return false;
  return !SENTENCE_END.test(previous.trimEnd()) && !STARTS_ITEM.test(next);
}

/**
 * A footnote marker of the letter: `1)` after a word or a sentence's end; not after «(» (`(1) de te
 * beschermen belangen`), a colon or a semicolon, where `1)` numbers a list (`twee fases: 1) …`), nor
 * the end of a number (`2024)`).
 */
const MARKER = /(?<=[\p{L}?!.»”’'")\]])\s{0,2}(?<!\d)(\d{1,2})\)(?=$|[\s,.;:?!])/gu;
/** A footnote definition of the letter: `1) Kamerstuk 19637, nr. 3203`. */
const DEFINITION = /^(\d{1,2})\)\s+(\S.*)$/u;

export interface LetterNote {
  number: number;
  /** The definition's line (an index into the texts given) and its text after the number. */
  definition: { at: number; text: string };
  /** Where the marker stands: the line, and the marker's start and end in it (the space before included). */
  marker: { at: number; start: number; end: number };
}

export interface LetterNotes {
  notes: LetterNote[];
  /** Definitions without a marker before them (or after one that has none), kept as text. */
  unmatchedDefinitions: Array<{ at: number; number: number }>;
  /** Markers at a line's end without a definition, kept as text. */
  unmatchedMarkers: Array<{ at: number; number: number }>;
}

/**
 * Finds the letter's footnotes in `lines` (indexes into `texts`, in order): definitions numbered 1, 2, …
 * at the start of a line from position `tailFrom` on (after the last heading), each with a marker before
 * it, in order. A definition whose marker is not found ends the notes, because the stages after this
 * one take definitions only in order.
 */
export function findLetterNotes(texts: readonly string[], lines: readonly number[], tailFrom: number): LetterNotes {
  const definitions = lines.slice(tailFrom).flatMap((at) => {
    const m = DEFINITION.exec(texts[at]!.trim());
    return m ? [{ at, number: Number(m[1]), text: m[2]! }] : [];
  });
  const defined = new Set(definitions.map((d) => d.at));
  const body = lines.filter((at) => !defined.has(at));
  const notes: LetterNote[] = [];
  let after = { k: 0, offset: 0 };
  let expected = 1;
  for (const definition of definitions) {
    if (definition.number !== expected) continue;
    const marker = findMarker(texts, body, definition.number, after);
    if (!marker) break;
    notes.push({ number: definition.number, definition: { at: definition.at, text: definition.text }, marker });
    after = { k: body.indexOf(marker.at), offset: marker.end };
    expected++;
  }
  const noted = new Set(notes.map((n) => n.definition.at));
  const cited = new Set(notes.map((n) => `${n.marker.at}:${n.marker.start}`));
  const unmatchedMarkers = body.flatMap((at) => {
    const text = texts[at]!;
    const last = [...text.matchAll(MARKER)].at(-1);
    if (!last || last.index + last[0].length !== text.trimEnd().length || cited.has(`${at}:${last.index}`)) return [];
    return closesParenthesis(text, last.index) ? [] : [{ at, number: Number(last[1]) }];
  });
  return {
    notes,
    unmatchedDefinitions: definitions.filter((d) => !noted.has(d.at)).map(({ at, number }) => ({ at, number })),
    unmatchedMarkers,
  };
}

function findMarker(texts: readonly string[], body: readonly number[], n: number, after: { k: number; offset: number }): LetterNote["marker"] | null {
  for (let k = after.k; k < body.length; k++) {
    const at = body[k]!;
    const text = texts[at]!;
    for (const m of text.matchAll(MARKER)) {
      if (k === after.k && m.index < after.offset) continue;
      if (Number(m[1]) !== n || closesParenthesis(text, m.index)) continue;
      return { at, start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

/** Whether the «)» of a marker found at `index` closes a parenthesis opened before it: `(nr. 12)`. */
function closesParenthesis(text: string, index: number): boolean {
  let depth = 0;
  for (const ch of text.slice(0, index)) {
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
  }
  return depth > 0;
}
