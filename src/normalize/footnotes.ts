/**
 * Footnotes as print scatters them: definitions at the foot of each page (so in a linear conversion in
 * the middle of the text, with the number apart from the text or glued to it: `1NOS, 22 oktober …`),
 * references as superscripts, `[1 ]`, bare digits glued to a word, or bare digits at the start of the
 * line after the word they follow. Numbers run 1..n through the document, and a note is printed on the
 * page that cites it: both facts are used to tell a footnote marker from a number that is part of the
 * text (`20224` is 2022 + note 4; `CO2` is not a note; `22023 Annual report` is note 2).
 */
import { MARK } from "../ingest/source.ts";
import { lineStartMarker } from "./line-start-markers.ts";

/** A line of the document as the normalizer sees it. */
export interface WorkLine {
  text: string;
  line: number;
  page: number;
  gapBefore: boolean;
  indent: number;
  heading: boolean;
}

export interface FootnoteDefinition {
  number: number;
  /** Indexes of the lines holding it; the first starts with the number. */
  lines: number[];
  page: number;
  /** The text of its first line, without the number. */
  firstText: string;
  /** A second definition with a number already defined: reported, not used. */
  duplicate?: true;
  /**
   * Printed with its number glued to the text (`1NOS, 22 oktober …`), as PyPDF2 extracts the foot of a
   * page: the same extraction puts the markers of these notes at line starts and on lines of their own.
   */
  glued?: true;
}

const SUP_NUMBER = new RegExp(`^${MARK.supOpen}\\s*(\\d{1,3})\\s*${MARK.supClose}\\s*(.*)$`, "u");
const BARE_NUMBER = /^(\d{1,3})(?:\s+(\S.*))?$/u;

/** A Vraag/Antwoord/Mededeling heading, judged by its words whatever the markup. */
export const BLOCK_HEADING =
  /^(Vraag|Vragen|Antwoord|Antwoorden)\s+(\d{1,3}(?:\s*(?:,|en|t\/m|tot\s+en\s+met|[–-])\s*\d{1,3})*)\s*[:.]?$|^(Mededeling)\s*[:.]?$/iu;

/**
 * Finds the footnote definitions. A definition written as a raised number (`<sup>1</sup> …`, `[^1]: …`)
 * runs to the end of its paragraph; a definition written as a bare number (`1 Kamerstuk …`, or `1` alone
 * on a line with the text below it) is part of a footnote area that runs to the end of the page. Numbers
 * must follow each other; the first expected number starts each area.
 */
export function findDefinitions(lines: readonly WorkLine[], candidates: ReadonlySet<number>): FootnoteDefinition[] {
  const defs: FootnoteDefinition[] = [];
  let expected = 1;
  let i = 0;
  while (i < lines.length) {
    if (!candidates.has(i)) {
      i++;
      continue;
    }
    const line = lines[i]!;
    const sup = SUP_NUMBER.exec(line.text);
    const afterDefinition = defs.length > 0 && defs[defs.length - 1]!.lines.at(-1) === i - 1;
    const startsParagraph = line.gapBefore || i === 0 || lines[i - 1]!.page !== line.page || afterDefinition;
    const isDuplicate = sup !== null && Number(sup[1]) < expected && defs.some((d) => d.number === Number(sup[1]));
    if (sup && (Number(sup[1]) === expected || isDuplicate) && startsParagraph) {
      const def: FootnoteDefinition = {
        number: Number(sup[1]),
        lines: [i],
        page: line.page,
        firstText: sup[2] ?? "",
        ...(isDuplicate ? { duplicate: true as const } : {}),
      };
      let j = i + 1;
      while (j < lines.length && candidates.has(j) && !lines[j]!.gapBefore && lines[j]!.page === line.page && !SUP_NUMBER.test(lines[j]!.text)) {
        def.lines.push(j);
        j++;
      }
      defs.push(def);
      if (!isDuplicate) expected++;
      i = j;
      continue;
    }
    if (gluedNumber(line.text, expected, () => markerEvidence(lines, candidates, i, expected)) !== null) {
      const area = readGluedArea(lines, candidates, i, expected);
      if (area) {
        defs.push(...area);
        expected += area.length;
        i = area[area.length - 1]!.lines.at(-1)! + 1;
        continue;
      }
    }
    const bare = BARE_NUMBER.exec(line.text);
    // A number alone on its line may start an area without a gap: extractions in reading order
    // (`pdftotext` without -layout) put the note's number on a line of its own right after the body.
    if (bare && Number(bare[1]) === expected && (startsParagraph || bare[2] === undefined)) {
      const area = readFootnoteArea(lines, candidates, i, expected);
      if (area) {
        defs.push(...area);
        expected += area.length;
        i = area[area.length - 1]!.lines.at(-1)! + 1;
        continue;
      }
    }
    i++;
  }
  return defs;
}

/**
 * Reads the footnote area that starts at `start` and runs to the end of its page, or fails. Numbers
 * followed by text (`1 Kamerstuk …`) must follow each other. Numbers alone on their line may come in
 * another order, as extractions in reading order print them (`9`, texts, `11`, `12`, `10`), as long as
 * together they are the next numbers without a gap; their texts are then dealt out by `distributeTexts`.
 */
function readFootnoteArea(lines: readonly WorkLine[], candidates: ReadonlySet<number>, start: number, first: number): FootnoteDefinition[] | null {
  const page = lines[start]!.page;
  const alone = BARE_NUMBER.exec(lines[start]!.text)![2] === undefined;
  const area: number[] = [];
  for (let j = start; j < lines.length && lines[j]!.page === page; j++) {
    // Lines that are not candidates here are the page's furniture, which may stand between the notes.
    if (!candidates.has(j)) continue;
    if (lines[j]!.heading || BLOCK_HEADING.test(lines[j]!.text.replace(/[*_#]/gu, "").trim())) return null;
    area.push(j);
  }
  // A number alone before the same number glued to a text is that note's marker on a line of its own,
  // as PyPDF2 prints it after the question it ends, not the note.
  if (alone && area.some((j) => j !== start && gluedNumber(lines[j]!.text, first, () => true) !== null)) return null;
  // Which lines start a note.
  const starts = new Map<number, number>();
  if (alone) {
    const seen = new Map<number, number>();
    for (const j of area) {
      const bare = BARE_NUMBER.exec(lines[j]!.text);
      const n = bare && bare[2] === undefined ? Number(bare[1]) : NaN;
      if (n >= first && n < first + 50 && !seen.has(n)) seen.set(n, j);
    }
    for (let n = first; seen.has(n); n++) starts.set(seen.get(n)!, n);
  } else {
    let expected = first;
    for (const j of area) {
      const bare = BARE_NUMBER.exec(lines[j]!.text);
      if (bare && bare[2] !== undefined && Number(bare[1]) === expected) starts.set(j, expected++);
    }
  }
  const defs: FootnoteDefinition[] = [];
  for (const j of area) {
    const n = starts.get(j);
    if (n !== undefined) {
      defs.push({ number: n, lines: [j], page, firstText: BARE_NUMBER.exec(lines[j]!.text)![2] ?? "" });
    } else {
      if (defs.length === 0) return null;
      defs[defs.length - 1]!.lines.push(j);
    }
  }
  if (defs.length === 0) return null;
  distributeTexts(lines, defs);
  // A definition without any text is not one (a stray number).
  if (defs.some((d) => d.firstText === "" && d.lines.length === 1)) return null;
  return defs.sort((a, b) => a.number - b.number);
}

/**
 * The text after note number `n` when a line starts with it glued on (`1NOS`, `2https://`, `22023 Annual
 * report` for note 2), else null. Text that merely starts with digits is no note: a decimal or amount
 * (`1.500`, `1,5`), an ordinal (`2e`), a word with a digit (`5G-netwerk` would need the sequence to say
 * so), and digits after the number only when the body cites note `n` on the page (`evidence`) and they
 * do not start with 0 (`2024` is no note 2 with `024`).
 */
function gluedNumber(text: string, n: number, evidence: () => boolean): string | null {
  const key = String(n);
  if (!text.startsWith(key)) return null;
  const rest = text.slice(key.length);
  if (rest.length < 2 || /^(?:e|ste|de)(?![\p{L}])/u.test(rest)) return null;
  if (/^[\p{L}«"“‘'(‹[]/u.test(rest)) return /^\p{Lu}[-\d]/u.test(rest) && !/^\p{Lu}\d{2,}/u.test(rest) ? null : rest;
  // A year or a case number (`2023 Annual report`, `2024Z15585`), not any number (`11. Op welke`).
  if (/^[1-9]\d{3}/u.test(rest) && evidence()) return rest;
  return null;
}

/** Whether note `n` may be cited on the page of line `at`, before it: its number glued after a word or punctuation, or alone at a line start. */
function markerEvidence(lines: readonly WorkLine[], candidates: ReadonlySet<number>, at: number, n: number): boolean {
  const page = lines[at]!.page;
  const cited = new RegExp(`(?:[\\p{L}»”’"')?!.,;:]${n}|^${n})(?![\\d\\p{L}])`, "u");
  for (let j = at - 1; j >= 0 && lines[j]!.page === page; j--) {
    if (candidates.has(j) && !lines[j]!.heading && cited.test(lines[j]!.text)) return true;
  }
  return false;
}

/**
 * Reads the footnotes whose numbers are glued to their texts, from `start` to the page's furniture (its
 * footer): PyPDF2 writes them after the page's text and before its footer. A later note starts
 * with the next number glued on; every other line continues the note before it. Fails when a heading
 * stands in the area (it is body text, not notes), or when a later line starts the same note in
 * another form (`3 Kamerstuk`), which is then the note.
 */
function readGluedArea(lines: readonly WorkLine[], candidates: ReadonlySet<number>, start: number, first: number): FootnoteDefinition[] | null {
  const page = lines[start]!.page;
  const area: number[] = [];
  let j = start;
  for (; j < lines.length && lines[j]!.page === page && candidates.has(j); j++) {
    if (lines[j]!.heading || BLOCK_HEADING.test(lines[j]!.text.replace(/[*_#]/gu, "").trim())) return null;
    area.push(j);
  }
  // The notes end where the page's footer starts; text that runs to the end without one is no foot of a page.
  if (j >= lines.length || (lines[j]!.page === page && candidates.has(j))) return null;
  const defs: FootnoteDefinition[] = [];
  let expected = first;
  for (const at of area) {
    const evidence = () => markerEvidence(lines, candidates, start, expected);
    const text = at === start ? gluedNumber(lines[at]!.text, expected, () => true) : gluedNumber(lines[at]!.text, expected, evidence);
    if (text !== null) {
      defs.push({ number: expected, lines: [at], page, firstText: text, glued: true });
      expected++;
    } else if (at !== start && new RegExp(`^${first}(?:\\s|$)`, "u").test(lines[at]!.text)) {
      return null;
    } else {
      defs[defs.length - 1]!.lines.push(at);
    }
  }
  return defs;
}

const isEmpty = (d: FootnoteDefinition) => d.firstText === "" && d.lines.length === 1;

/** Where a note's text lines may be cut in two: after a line that ends a sentence or falls short. */
function cuts(lines: readonly WorkLine[], texts: readonly number[]): number[] {
  const width = Math.max(...texts.map((t) => lines[t]!.text.length));
  const result: number[] = [];
  for (let k = 1; k < texts.length; k++) {
    const previous = lines[texts[k - 1]!]!.text;
    if (/[.)»”]$/u.test(previous) || previous.length < width * 0.85) result.push(k);
  }
  return result;
}

/**
 * Extractions in reading order sometimes print note numbers apart from their texts: a page's numbers
 * first and the texts after them (`1`, `2`, then both texts), or a number after the text of the note
 * before it. Texts are dealt out in order, a new note starting after a line that ends a sentence or
 * falls short of the column.
 */
function distributeTexts(lines: readonly WorkLine[], defs: FootnoteDefinition[]): void {
  // Numbers first: a run of empty notes followed by one that holds all their texts.
  for (let i = 0; i < defs.length; i++) {
    let end = i;
    while (end < defs.length - 1 && isEmpty(defs[end]!)) end++;
    const group = defs.slice(i, end + 1);
    const last = group[group.length - 1]!;
    const texts = last.firstText === "" ? last.lines.slice(1) : [];
    if (group.length > 1 && texts.length >= group.length) {
      const at = [0, ...cuts(lines, texts)].slice(0, group.length);
      for (let k = 1; at.length < group.length; k++) if (!at.includes(k)) at.push(k);
      at.sort((a, b) => a - b);
      last.lines = [last.lines[0]!];
      group.forEach((def, g) => def.lines.push(...texts.slice(at[g], at[g + 1] ?? texts.length)));
    }
    i = end;
  }
  // A number printed apart from its text: the note before it holds two texts; the second is its own.
  for (const def of defs.filter(isEmpty)) {
    const donor = defs.find((d) => d.number === def.number - 1 && d.lines.length > 2);
    if (!donor) continue;
    const texts = donor.lines.slice(1);
    // Without a line that visibly ends the first note, each note is taken to be one line.
    const at = cuts(lines, texts).at(-1) ?? texts.length - 1;
    donor.lines = [donor.lines[0]!, ...texts.slice(0, at)];
    def.lines.push(...texts.slice(at));
  }
}

/** Letters that may stand right before a glued footnote number. */
const BEFORE_MARKER = /[\p{L}»”’"'“)\].,;:?!…]/u;

export interface MarkerPosition {
  lineIndex: number;
  start: number;
  end: number;
  numbers: number[];
  /** The marker starts its line and belongs to the end of the body line before it (see line-start-markers.ts). */
  atLineStart?: true;
}

/**
 * Finds where each footnote is cited in plain text, where markers are bare digits glued to the text.
 * Footnote k is looked for on the page of its definition, after the marker of footnote k-1, as digits
 * ending in k right after a letter or punctuation (`ADR.2`, `»?1`, `burstpercentage5`) or after a year
 * (`20224`). Acronyms with a digit (`CO2`, `F3`), decimals (`1.4`) and numbers in words (`CO2-buis`) are
 * not markers. For notes printed with their numbers glued on, a marker may also start a body line or
 * stand alone on it, and then belongs to the end of the line before (line-start-markers.ts). Returns
 * the positions found; footnotes without one are left out.
 */
export function findBareMarkers(lines: readonly WorkLine[], bodyIndexes: readonly number[], defs: readonly FootnoteDefinition[]): MarkerPosition[] {
  const found: MarkerPosition[] = [];
  const defPage = new Map(defs.map((d) => [d.number, d.page]));
  let after = { order: -1, offset: -1 };
  const order = new Map(bodyIndexes.map((li, k) => [li, k]));
  const handled = new Set<number>();
  for (const def of defs) {
    if (handled.has(def.number)) continue;
    const k = def.number;
    const onPage = bodyIndexes.filter((li) => lines[li]!.page === def.page);
    const searchIn = onPage.length > 0 ? onPage : bodyIndexes;
    // The extraction that glues a note's number to its text puts markers at line starts too.
    const atLineStart: LineStartSearch | null = def.glued
      ? (li, o) => {
          const previous = bodyIndexes[o - 1];
          if (previous !== li - 1) return null;
          return lineStartMarker(lines[li]!.text, lines[previous]!.text, k, (n) => defPage.get(n) === def.page && !handled.has(n));
        }
      : null;
    // Strict first; when the page has no strict candidate, a marker glued to other digits (`NIS24`
    // is NIS2 with note 4) is accepted as the only place the note can be cited.
    const hit = searchMarker(lines, searchIn, order, after, k, true, atLineStart) ?? searchMarker(lines, searchIn, order, after, k, false, null);
    if (!hit) continue;
    for (const n of hit.numbers) handled.add(n);
    // Several notes cited at one place: «»?1, 2», «?2, 3 en 4».
    let tail = lines[hit.lineIndex]!.text.slice(hit.end);
    let next = k + 1;
    // PyPDF2 separates raised numbers by spaces only: «»?1 2 3».
    const list = def.glued ? /^(?:,\s?|\s+en\s+|\s+)(\d{1,3})(?=$|[\s,.;:?!)])/u : /^(?:,\s?|\s+en\s+)(\d{1,3})(?=$|[\s,.;:?!)])/u;
    for (let m = hit.atLineStart ? null : list.exec(tail); m && Number(m[1]) === next && defPage.get(next) === def.page; m = list.exec(tail)) {
      hit.numbers.push(next);
      handled.add(next);
      hit.end += m[0].length;
      tail = tail.slice(m[0].length);
      next++;
    }
    found.push(hit);
    after = { order: order.get(hit.lineIndex)!, offset: hit.end };
  }
  return found;
}

/** A marker at the start of body line `li` (the `o`th body line), or null. */
type LineStartSearch = (li: number, o: number) => { numbers: number[]; end: number } | null;

function searchMarker(
  lines: readonly WorkLine[],
  searchIn: readonly number[],
  order: ReadonlyMap<number, number>,
  after: { order: number; offset: number },
  k: number,
  strict: boolean,
  atLineStart: LineStartSearch | null,
): MarkerPosition | null {
  const key = String(k);
  for (const li of searchIn) {
    const o = order.get(li)!;
    if (o < after.order) continue;
    const text = lines[li]!.text;
    // A marker at the line's start comes before any in the line.
    const opening = o > after.order ? atLineStart?.(li, o) : null;
    if (opening) return { lineIndex: li, start: 0, end: opening.end, numbers: opening.numbers, atLineStart: true };
    for (const m of text.matchAll(/\d+/gu)) {
      const digits = m[0];
      const start = m.index;
      const end = start + digits.length;
      if (o === after.order && start < after.offset) continue;
      if (!digits.endsWith(key)) continue;
      const next = text.charAt(end);
      if (next !== "" && !/[\s,.;:?!)\]»”’"']/u.test(next)) continue;
      const prefix = digits.slice(0, -key.length);
      const markerStart = end - key.length;
      const before = text.charAt(start - 1);
      if (prefix !== "") {
        if (strict) {
          // Only a year may carry a glued marker: «uit 20224» is 2022 with note 4.
          if (!/^(?:1[89]|20)\d\d$/u.test(prefix)) continue;
          if (start > 0 && /[\p{L}\d]/u.test(before)) continue;
        } else if (!/\p{L}/u.test(before)) continue;
      } else {
        if (start === 0 || !BEFORE_MARKER.test(before)) continue;
        if (/[.,]/u.test(before) && /\d/u.test(text.charAt(start - 2))) continue; // a decimal: 1.4
        const word = /[\p{L}\d]+$/u.exec(text.slice(0, start))?.[0] ?? "";
        if (strict && word !== "" && /^[\p{Lu}\d]{1,3}$/u.test(word)) continue; // an acronym with a digit: CO2, F3
      }
      return { lineIndex: li, start: markerStart, end, numbers: [k] };
    }
  }
  return null;
}
