/**
 * Repairs the damage that converting a printed page to text does: hard-wrapped lines, end-of-line
 * hyphenation, URLs broken across lines, soft hyphens, ligatures, words glued where a line-end hyphen
 * was dropped. It never changes the official wording: only what the conversion did is undone.
 */
import { dutchLexicon, type WordList } from "./lexicon.ts";
import { holdsGluedLines, learnPrintedWidth } from "./printed-width.ts";

/** Characters conversions leave that are not the document's text. */
export function normalizeCharacters(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u00AD/gu, "") // soft hyphen
    .replace(/[\u00A0\u2007\u202F]/gu, " ")
    .replace(/\uFB00/gu, "ff")
    .replace(/\uFB01/gu, "fi")
    .replace(/\uFB02/gu, "fl")
    .replace(/\uFB03/gu, "ffi")
    .replace(/\uFB04/gu, "ffl")
    .replace(/\u200B|\uFEFF/gu, "")
    .replace(/\t/gu, " ");
}

/** Removes markdown emphasis and escapes, for reading the grammar of a line rather than its markup. */
export function stripEmphasis(text: string): string {
  // Most lines have no markup at all, and the furniture checks strip every line more than once.
  if (!/[*_\\]/u.test(text)) return text;
  return text
    .replace(/(\*\*|__)(.+?)\1/gu, "$2")
    .replace(/(?<![\w*\\])([*_])(?!\s)(.+?)(?<![\s\\])\1(?![\w*])/gu, "$2")
    .replace(/(?<!\\)(?:\*\*|__)/gu, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>&|])/gu, "$1");
}

/** Words after which a hyphen at a line end is a suspended one (`kwaliteits- en transporteisen`). */
export const SUSPENDED_HYPHEN_FOLLOWERS: ReadonlySet<string> = new Set(["en", "of", "tot", "als", "noch", "dan", "en/of"]);
const URL_TOKEN = /(?:https?:\/\/|www\.)\S*$/iu;

/** Whether `end` (the end of a line, see {@link lastToken}) is a URL that the line break interrupted. */
export function urlContinues(end: string, right: string): boolean {
  const m = URL_TOKEN.exec(end);
  if (!m) return false;
  const token = m[0];
  const next = right.split(/\s/u)[0] ?? "";
  if (next === "") return false;
  if (/[/\-_=?&.%#~:]$/u.test(token)) return /^[\w%~#/?=&.-]/u.test(next);
  // A URL rarely ends in a plain word followed by a line starting with URL characters and a slash.
  return /^[\w.-]*[/?#=&][\w%~#/?=&.()-]*/u.test(next) && !/^[A-Z][a-z]+$/u.test(next);
}

/**
 * Joins hard-wrapped lines into one string, undoing end-of-line hyphenation: `opgeno-` + `men` →
 * `opgenomen`, but `kwaliteits-` + `en` keeps its suspended hyphen, `EU-` + `lidstaten` and
 * `Noord-` + `Holland` keep theirs, and a word printed hyphenated elsewhere in the document
 * (`hyphenated`) keeps its hyphen. With `words` (by default the ones `hyphenated` carries, see
 * {@link collectHyphenated}) the lexicon decides first where it can: `hypotheti-` + `sche` is
 * `hypothetische` even where a glued line printed `hypotheti-sche`, and `e-` + `mail` stays `e-mail`.
 */
export function joinLines(lines: readonly string[], hyphenated: ReadonlySet<string> = new Set(), words?: WordList): string {
  const lexicon = words ?? (hyphenated instanceof HyphenatedWords ? (hyphenated.words ?? undefined) : undefined);
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (out === "") {
      out = line;
      continue;
    }
    out = joinPair(out, line, hyphenated, lexicon);
  }
  return out;
}

/**
 * The text after the last white space of `text`: a URL or a hyphenated word broken at the line end lies
 * within it. Looking only at it keeps joining a paragraph linear: a pattern anchored at the end of the
 * whole paragraph so far is tried from every position of it, at every line.
 */
export function lastToken(text: string): string {
  let i = text.length;
  while (i > 0 && !/\s/u.test(text[i - 1]!)) i--;
  return text.slice(i);
}

function joinPair(left: string, right: string, hyphenated: ReadonlySet<string>, words: WordList | undefined): string {
  const token = lastToken(left);
  if (urlContinues(token, right)) return left + right;
  // A letter before the hyphen: a dash standing alone (`woord -`) is no broken word.
  const hy = /(\p{L}+)-$/u.exec(token);
  if (hy) {
    const before = hy[1]!;
    const nextWord = /^[\p{L}\p{N}'’]+/u.exec(right)?.[0] ?? "";
    if (nextWord === "") return `${left} ${right}`;
    if (SUSPENDED_HYPHEN_FOLLOWERS.has(nextWord.toLowerCase()) && /^\p{Ll}/u.test(nextWord)) return `${left} ${right}`;
    return keepsLineEndHyphen(before, nextWord, hyphenated, words) ? left + right : left.slice(0, -1) + right;
  }
  return `${left} ${right}`;
}

/**
 * Whether a hyphen between `before` at a line end and `next` at the start of the next line is part of
 * the word. Beside a capital or a digit it always is (`EU-lidstaten`, `Noord-Holland`). Else the lexicon,
 * when given, tells a hyphenated word (`e-mail`, `re-integratie`) and a word that was only broken
 * (`hypotheti-sche`); where it knows neither, a word printed hyphenated in the document keeps it.
 */
export function keepsLineEndHyphen(before: string, next: string, hyphenated: ReadonlySet<string>, words?: WordList): boolean {
  if (/^[\p{Lu}\p{N}]/u.test(next) || /[\p{Lu}\p{N}]$/u.test(before)) return true;
  if (words) {
    if (words.has(`${before}-${next}`) || words.has(`${before}-${next}`.toLowerCase())) return true;
    if (words.has(before + next) || words.has((before + next).toLowerCase())) return false;
    if (vowelsClash(before, next)) return true;
  }
  return hyphenated.has(`${before}-${next}`.toLowerCase());
}

/**
 * Whether joining `before` and `next` would run vowels together that Dutch spelling keeps apart with a
 * hyphen (`zee-egel`, `auto-ongeluk`, `energie-efficiëntie`).
 */
export function vowelsClash(before: string, next: string): boolean {
  return /[aeiouyáéíóúäëïöü]$/iu.test(before) && /^[aeiouyáéíóúäëïöü]/iu.test(next);
}

/**
 * The lower-cased hyphenated pairs a document prints inside its lines, and the words that decide a
 * line-end hyphen where those pairs cannot be trusted (see {@link collectHyphenated}).
 */
export class HyphenatedWords extends Set<string> {
  words: WordList | null = null;
}

/** Full printed lines a text needs before its glued lines are trusted to be glued. */
const GLUED_TEXT_SAMPLES = 10;

/**
 * Lower-cased hyphenated words (`kwaliteits-eisen`, `Nagorno-Karabach`) printed inside lines. In a
 * hard-wrapped text whose hyphenated words stand in lines that a conversion glued together, some of
 * them are line-end hyphens left in (`hypotheti-sche`), not the document's spelling: then the lexicon and
 * the document's own words come along, for {@link joinLines} to decide by first. Loading the lexicon
 * costs (see lexicon.ts), so other texts never need it.
 */
export function collectHyphenated(lines: readonly string[]): HyphenatedWords {
  const set = new HyphenatedWords(hyphenatedPairs(lines));
  const width =
    lines.length >= GLUED_TEXT_SAMPLES
      ? learnPrintedWidth(
          lines.map((text) => ({ text })),
          GLUED_TEXT_SAMPLES,
        )
      : null;
  const inGluedLine = width !== null && lines.some((line) => /\p{Ll}-\p{Ll}/u.test(line) && holdsGluedLines(line, width));
  if (inGluedLine) set.words = withDocumentWords(dutchLexicon(), lines);
  return set;
}

/** Lower-cased hyphenated pairs (`kwaliteits-eisen`, `nagorno-karabach`) printed inside `lines`. */
export function hyphenatedPairs(lines: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const line of lines) {
    if (!line.includes("-")) continue;
    // From the start of a word only: tried from inside every word too, the pattern costs the square of its length.
    for (const m of line.matchAll(/(?<!\p{L})\p{L}+(?:-\p{L}+)+/gu)) {
      const parts = m[0].split("-");
      for (let i = 0; i + 1 < parts.length; i++) set.add(`${parts[i]}-${parts[i + 1]}`.toLowerCase());
    }
  }
  return set;
}

/** The lexicon, together with the words (letters only, so no hyphenated form) that `lines` print. */
function withDocumentWords(lexicon: WordList, lines: readonly string[]): WordList {
  const printed = new Set<string>();
  for (const line of lines) for (const m of line.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) printed.add(m[0].toLowerCase());
  return { has: (word) => lexicon.has(word) || printed.has(word.toLowerCase()) };
}

/**
 * Re-inserts hyphens a converter dropped at line ends, where the word is glued with a capital inside
 * (`NagornoKarabach`) and the document prints it hyphenated elsewhere (`Nagorno-Karabach`).
 */
export function repairGluedWords(text: string, hyphenated: ReadonlySet<string>): string {
  // A glued word has a capital right after a small letter: most paragraphs have none, and this test is cheaper.
  if (hyphenated.size === 0 || !/\p{Ll}\p{Lu}/u.test(text)) return text;
  const lower = text.toLowerCase();
  // Lower-casing kept every offset (it nearly always does): only the words holding a glued form of a
  // pair the document prints hyphenated can change, and only they are read. Else the whole text is.
  if (lower.length !== text.length) return repairGluedIn(text, hyphenated);
  const words = new Map<number, number>(); // start → end of each word to read
  for (const pair of hyphenated) {
    const glued = pair.replace("-", "");
    for (let at = lower.indexOf(glued); at !== -1; at = lower.indexOf(glued, at + 1)) {
      let start = at;
      let end = at + glued.length;
      while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
      while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
      words.set(start, end);
    }
  }
  if (words.size === 0) return text;
  let out = "";
  let done = 0;
  for (const [start, end] of [...words].sort((a, b) => a[0] - b[0])) {
    out += text.slice(done, start) + repairGluedIn(text.slice(start, end), hyphenated);
    done = end;
  }
  return out + text.slice(done);
}

/**
 * A character that a glued word can hold, or that makes its edge no word boundary (`\b` reads only
 * ASCII word characters, and every one of them is one of these): so a glued word never crosses
 * any other character, and the pattern reads the same inside such a run as inside the whole text.
 */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function repairGluedIn(text: string, hyphenated: ReadonlySet<string>): string {
  return text.replace(/\b(\p{Lu}?\p{Ll}+)(\p{Lu}\p{Ll}+)\b/gu, (whole, a: string, b: string) =>
    hyphenated.has(`${a}-${b}`.toLowerCase()) ? `${a}-${b}` : whole,
  );
}

/** Escapes plain text so that markdown renders it literally (used for text and PDF sources). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/([\\`*<[\]])/gu, "\\$1")
      // Underscores only emphasise at word edges; inside words and URLs they stay as they are.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
      .replace(/&(?=#?\w+;)/gu, "\\&")
      .replace(/^(\s*)([#+=>])/u, "$1\\$2")
      .replace(/^(\s*\d+)([.)])(?=\s)/u, "$1\\$2")
      .replace(/^(\s*)-(?=\s)/u, "$1\\-")
  );
}
