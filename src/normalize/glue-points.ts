/**
 * The places where a line that a conversion glued from printed lines may be cut back, each with how
 * strongly it reads as a glue point. A conversion that glues printed lines drops nothing but the break
 * itself, so a glue point is where two things meet that do not meet inside a printed line: punctuation
 * and the next word (`detentie.Nadat`, `is,op`), a small letter and a capital (`uwKamer`, `VanDijk`),
 * two words that are not one (`contactgeweest`), a word and a number (`op17`), a line-end hyphen and the
 * rest of its word (`kondi-gen`). A space may have been a line end too (the printed line ended at it), so
 * cutting there changes nothing and scores nothing. Cutting is never allowed inside a URL, an address, a
 * number or a word the document or the lexicon knows.
 */
import { FUNCTION_WORDS, isAcronym, type DocumentWords } from "./document-words.ts";
import { keepsLineEndHyphen, lastToken, SUSPENDED_HYPHEN_FOLLOWERS, urlContinues, vowelsClash } from "./repair.ts";
import type { WordList } from "./lexicon.ts";
import { MARK } from "../ingest/source.ts";

export interface GluePoint {
  /** The printed line before the cut ends here (exclusive) … */
  end: number;
  /** … and the next one starts here: after the spaces of a cut at a space, else at `end`. */
  next: number;
  /** How strongly the place reads as a glue point; 0 for a space. */
  score: number;
  /** Whether a paragraph may end here, so that the printed line before it may be short. */
  paragraphEnd: boolean;
}

export interface GlueEvidence {
  words: DocumentWords;
  /** The lexicon alone, for hyphenated forms (`e-mail`) that the document's words do not tell. */
  lexicon: WordList;
  /** Hyphenated pairs the document prints inside its lines that are not glued (see collectHyphenated). */
  hyphenated: ReadonlySet<string>;
  /** Hyphenated pairs the document prints anywhere, glued lines included. */
  printedHyphenated: ReadonlySet<string>;
}

/** Scores: a cut is chosen where the most evidence lies; these are its grades. */
export const STRONG = 3;
export const GOOD = 2;
const FAIR = 1;
/** Two plain words: more than a space (CUT_COST in ./unglue.ts), less than any other sign. */
const PLAIN = 0.3;

const LETTER = /[\p{L}\p{M}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/u;
const SPACE = /\s/u;
/** Punctuation that ends a sentence, possibly followed by closing quotes or brackets. */
const SENTENCE_PUNCT = /[.?!:]/u;
const CLOSING = /[»”"')\]]/u;
const OPENING = /[«“‘("[]/u;
/** Abbreviations that end in a full stop without ending a sentence. */
// A word list, packed by hand rather than one word a line.
// prettier-ignore
const ABBREVIATIONS = new Set([
  "art", "bijv", "blz", "bv", "ca", "dhr", "dr", "drs", "etc", "ing", "ir", "jl", "lid", "mevr", "mr", "nr", "nrs", "prof", "resp", "vs", "zgn",
]);
/**
 * A token that is or holds a web address or an e-mail address, also the rest of one broken over lines
 * (`…-a4871367#:~:text=Honderden%20Turkse`): never cut inside it.
 */
const ADDRESS =
  /https?:\/\/|www\.|@[\p{L}\d-]+\.|[\p{L}\d-]\.(?:nl|com|org|net|eu|int|gov|edu|be|de|uk|fr|info|io|nu)(?![\p{L}\d])|%[\dA-Fa-f]{2}|[=#~]|\/.*\/|\/[\w-]+\.\w/u;
/** Ordinal and similar endings glued to a number: `2e`, `3de`, `20ste`, `80er`. */
const NUMBER_SUFFIX = /^(?:e|de|ste|er|ers|en)$/u;
/** What later stages read at the start of a line as a list item. */
const ITEM_START = /^(?:[•●▪◦·■□➢►–—-]\s|\d{1,2}[.)]\s)/u;

/** Every place in `text` where it may be cut, in order of position. */
export function findGluePoints(text: string, evidence: GlueEvidence): GluePoint[] {
  const points: GluePoint[] = [];
  const protectedAt = protectedPositions(text);
  let i = 1;
  while (i < text.length) {
    if (SPACE.test(text[i]!)) {
      let next = i;
      while (next < text.length && SPACE.test(text[next]!)) next++;
      if (next < text.length && !protectedAt[i] && spaceMayEndLine(text, i, next)) points.push({ end: i, next, score: 0, paragraphEnd: false });
      i = next + 1;
      continue;
    }
    if (!protectedAt[i] && !SPACE.test(text[i - 1]!)) {
      const point = scoreJoint(text, i, evidence);
      if (point) points.push(point);
    }
    i++;
  }
  return points;
}

/**
 * Whether the printed line may have ended at the spaces `[at, next)`: the text after the cut joins back
 * to the same words, so a cut there is harmless, unless it splits a number (`29 279`, `0921 - 7398`),
 * leaves a hyphen that joining would take for a line-end hyphen, or starts a line as a list item.
 */
function spaceMayEndLine(text: string, at: number, next: number): boolean {
  const before = text[at - 1]!;
  const after = text[next]!;
  if (DIGIT.test(before) && DIGIT.test(after)) return false;
  if (/\d\s*[–-]$/u.test(text.slice(Math.max(0, at - 3), at)) && DIGIT.test(after)) return false;
  if (DIGIT.test(before) && /^[–-]\s*\d/u.test(text.slice(next, next + 3))) return false;
  const right = text.slice(next, next + 40);
  if (ITEM_START.test(right)) return false;
  const left = lastToken(text.slice(Math.max(0, at - 300), at));
  if (/\p{L}-$/u.test(left)) {
    const word = /^[\p{L}\p{N}'’]+/u.exec(right)?.[0] ?? "";
    if (!(SUSPENDED_HYPHEN_FOLLOWERS.has(word.toLowerCase()) && LOWER.test(word[0] ?? ""))) return false;
  }
  return !urlContinues(left, right);
}

/** Marks the positions inside addresses and raised text, where no cut may fall. */
function protectedPositions(text: string): boolean[] {
  const marks = new Array<boolean>(text.length + 1).fill(false);
  for (const m of text.matchAll(/\S+/gu)) {
    if (ADDRESS.test(m[0])) for (let k = m.index + 1; k < m.index + m[0].length; k++) marks[k] = true;
  }
  for (const m of text.matchAll(new RegExp(`${MARK.supOpen}[^${MARK.supClose}]*${MARK.supClose}?`, "gu"))) {
    for (let k = m.index + 1; k <= m.index + m[0].length && k < marks.length; k++) marks[k] = true;
  }
  // Markdown links and code keep their syntax whole.
  for (const m of text.matchAll(/\[[^\]]*\]\([^)]*\)|`[^`]*`|<[^>\s]+>/gu)) {
    for (let k = m.index + 1; k < m.index + m[0].length; k++) marks[k] = true;
  }
  return marks;
}

/** The letters around position `i` on either side: the run `[start, end)` that a cut at `i` splits. */
function letterRun(text: string, i: number): { start: number; end: number } {
  let start = i;
  let end = i;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  while (end < text.length && LETTER.test(text[end]!)) end++;
  return { start, end };
}

/** The letters right after position `at`, after opening punctuation. */
function wordAfter(text: string, at: number): string {
  let k = at;
  while (k < text.length && OPENING.test(text[k]!)) k++;
  return /^[\p{L}\p{M}]*/u.exec(text.slice(k, k + 60))![0];
}

/** The letters right before position `at`, before closing punctuation. */
function wordBefore(text: string, at: number): string {
  let k = at;
  while (k > 0 && CLOSING.test(text[k - 1]!)) k--;
  return /[\p{L}\p{M}]*$/u.exec(text.slice(Math.max(0, k - 60), k))![0];
}

/** The joint between `text[i - 1]` and `text[i]`, neither a space, as a glue point, or null. */
function scoreJoint(text: string, i: number, evidence: GlueEvidence): GluePoint | null {
  const x = text[i - 1]!;
  const y = text[i]!;
  const { words } = evidence;
  const cut = (score: number, paragraphEnd = false): GluePoint => ({ end: i, next: i, score, paragraphEnd });

  if (LETTER.test(x) && LETTER.test(y)) return scoreLetters(text, i, evidence);
  if (x === "-") return scoreHyphen(text, i, evidence);
  // A word glued to a number: `op17 oktober`, `in2023`.
  if (LETTER.test(x) && DIGIT.test(y)) return scoreWordThenNumber(text, i, words);
  if (!LETTER.test(y) && !OPENING.test(y)) return null;
  const after = wordAfter(text, i);
  if (!words.isWord(after)) return null;
  // A word or number glued to opening punctuation: `andere(daarmee`, `2024(Kamerstuk`; not `functie(s)`.
  if (OPENING.test(y) && (LETTER.test(x) || DIGIT.test(x))) {
    if (after.length < 3 || (LETTER.test(x) && !words.isWord(wordBefore(text, i)))) return null;
    return cut(GOOD);
  }
  if (DIGIT.test(x)) return scoreNumberThenWord(text, i, after, words);
  if (LETTER.test(x)) return null;
  // Punctuation glued to the next word. `.` and `?` before a capital: a sentence ended the printed
  // line, and perhaps its paragraph.
  const sentence = endsSentence(text, i);
  if (sentence === true && UPPER.test(after[0]!)) return cut(STRONG, true);
  if (sentence === "abbreviation" && UPPER.test(after[0]!)) return cut(GOOD);
  if (/[,;]/u.test(x) && !DIGIT.test(text[i - 2] ?? "")) return cut(STRONG);
  // Not after a part of a word in brackets: `(wijk)verpleegkundigen`, `(her)beoordeling`.
  if (x === ")" && /(?:^|[^\p{L}\p{N}])\(\p{Ll}[\p{L}\p{M}]*\)$/u.test(text.slice(Math.max(0, i - 40), i))) return null;
  if (/[?!:]/u.test(x) || CLOSING.test(x) || x === "%") return cut(GOOD);
  if (x === "." && LOWER.test(y) && wordBefore(text, i - 1).length >= 2 && after.length >= 2) return cut(FAIR);
  return null;
}

/**
 * Whether the text before `i` ends a sentence: `.`, `?`, `!` or `:` after a word or number, perhaps with
 * closing quotes. `abbreviation` when the word is one (`bv.`), which ends no paragraph.
 */
function endsSentence(text: string, i: number): boolean | "abbreviation" {
  let k = i;
  while (k > 0 && CLOSING.test(text[k - 1]!)) k--;
  if (k === 0 || !SENTENCE_PUNCT.test(text[k - 1]!)) return false;
  const before = text[k - 2] ?? "";
  if (DIGIT.test(before)) return true;
  const word = wordBefore(text, k - 1);
  if (word.length === 0) return /[»”")\]]/u.test(before);
  if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) return "abbreviation";
  return true;
}

/** Two-letter words that may follow a glued word: not `en`, `er`, `de`, `te`, which also end words. */
const SHORT_WORDS_AFTER = new Set(["om", "in", "op", "is", "zo", "al", "nu", "na", "of", "uw", "ze", "we", "ik", "af", "ja"]);

/** Of two readings of a glued pair, the one whose words the document prints elsewhere is the likelier. */
const PRINTED_PART = 0.25;

/** Two letters meet: a glue point if both sides read as words and together they are not one. */
function scoreLetters(text: string, i: number, evidence: GlueEvidence): GluePoint | null {
  const { words } = evidence;
  const x = text[i - 1]!;
  const y = text[i]!;
  const run = letterRun(text, i);
  const left = text.slice(run.start, i);
  const right = text.slice(i, run.end);
  if (words.isKnownForm(text.slice(run.start, run.end)) || insideBrokenWord(text, run, words)) return null;
  // A pair the document prints with a hyphen lost it at a line end (`NagornoKarabach`): repairGluedWords puts it back.
  if (evidence.printedHyphenated.has(`${left}-${right}`.toLowerCase())) return null;
  const cut = (score: number): GluePoint => ({ end: i, next: i, score, paragraphEnd: false });
  // Before a hyphen the right part is the first part of a compound: never a two-letter word (`te-korten`),
  // unless the lexicon knows it so (`re-integratie`).
  const hyphenatedWord = text[run.end] === "-" && startsHyphenatedWord(text, i, run.end, evidence.lexicon);
  if (text[run.end] === "-" && right.length < 3 && !isAcronym(right) && !hyphenatedWord) return null;
  if (LOWER.test(x) && UPPER.test(y)) {
    // `uwKamer`, `VanDijk`, `hetPVV`; a name in its own spelling (`DiCaprio`) is a known form above.
    // After one of running text's small words any capitalised word starts anew (`deMobiliteitsalliantie`).
    const small = FUNCTION_WORDS.has(left.toLowerCase());
    const rightWord = isAcronym(right) || words.isWord(right) || (small && right.length >= 3);
    if (!words.isWord(left) || !rightWord) return null;
    // Two capitalised words may be one name (`BoedapestMemorandum`, `NagornoKarabach`): less sure.
    return cut(UPPER.test(left[0]!) && !small ? GOOD : STRONG);
  }
  if (UPPER.test(x) && isAcronym(left)) {
    // `VWSmomenteel`, `VWSHet`: an acronym glued to a word. Not `PVVer`: `er` is its ending.
    if (LOWER.test(y) && right.length >= 3 && words.isWord(right) && (words.isSureWord(left) || words.isPrinted(left))) return cut(GOOD);
    // `VWSHet`, not `CD|Adelen` where `CDA|delen` reads as well.
    if (UPPER.test(y) && LOWER.test(text[i + 1] ?? "") && words.isWord(right) && !words.isWord(right.slice(1))) return cut(GOOD);
    return null;
  }
  if (LOWER.test(x) && LOWER.test(y)) {
    // After an acronym the glue point is where its capitals end (`SP|ervoor`), not further on.
    if (/^\p{Lu}{2}/u.test(left)) return null;
    // Before a line-end hyphen left in, the letters are the start of a broken word (`besparingsop-gaven`).
    if (/^-\p{Ll}/u.test(text.slice(run.end, run.end + 2)) && !hyphenatedWord) return null;
    // A cut a few letters away may read better: `gesprekken|iets`, not `gesprekke|niets`. Where both
    // read as well (`Van|uitwerking`, `Vanuit|werking`), it is unsure where the glue is: left as it is.
    if (shiftedReading(left, right, words)) return null;
    const bonus = (words.isPrinted(left) ? PRINTED_PART : 0) + (words.isPrinted(right) ? PRINTED_PART : 0);
    // One of running text's small words and a word, or a compound no dictionary holds: two words
    // (`contactgeweest`, `plannenom`, `Deeltu`, `alsstelselverantwoordelijke`). Not where the small
    // word starts or ends a longer one: `Daarnaastonderstreept` is `Daarnaast onderstreept`.
    const rightWord = hyphenatedWord || words.isWord(right);
    if (FUNCTION_WORDS.has(left.toLowerCase()) && (rightWord || words.isWordOrCompound(right)) && !extendsLeft(left, right, words)) {
      return cut(GOOD + bonus);
    }
    if (
      FUNCTION_WORDS.has(right.toLowerCase()) &&
      (right.length >= 3 || SHORT_WORDS_AFTER.has(right.toLowerCase())) &&
      (words.standsAlone(left) || (words.isWordOrCompound(left) && !isLinkedPart(left, words))) &&
      !extendsRight(left, right, words)
    ) {
      return cut(GOOD + bonus);
    }
    // Two other words are as often a compound (`hulpvraag`): only an inflected adjective and a word
    // are taken for two (`economischeconsequenties`), and with less weight.
    if (/e$/u.test(left) && left.length >= 5 && words.standsAlone(left) && (words.isWord(right) || words.isWordOrCompound(right))) {
      return cut(FAIR);
    }
    // Any two words that stand alone, neither the linking part of a compound: a cut worth a little more
    // than a space, so that where a printed line must end and nothing better is near, the glue is undone
    // (`zeggen|onderzoekers`, `kern|positief`); a compound elsewhere in the line is never cut for it,
    // since every cut must also fall where a printed line can end.
    if (left.length >= 4 && right.length >= 4 && words.standsAlone(left) && !isLinkedPart(left, words) && words.isWord(right)) {
      return cut(PLAIN);
    }
  }
  return null;
}

/** Whether a word of the lexicon starts at `start` and runs over the hyphen at `hyphen` (`re-integratie…`). */
function startsHyphenatedWord(text: string, start: number, hyphen: number, lexicon: WordList): boolean {
  const after = /^[\p{L}\p{M}]+/u.exec(text.slice(hyphen + 1, hyphen + 41))?.[0] ?? "";
  for (let k = after.length; k >= 3; k--) if (lexicon.has(`${text.slice(start, hyphen)}-${after.slice(0, k)}`.toLowerCase())) return true;
  return false;
}

/**
 * Whether the small word `left` and the start of `right` make a word and the rest of `right` is one,
 * the likelier reading unless the document prints `right` and not that rest: then the glue point lies
 * there (`daar|naastonderstreept` is `daarnaast onderstreept`, `ter|mijnbedrijven` is `termijn bedrijven`,
 * but `een|resolutie` stays).
 */
function extendsLeft(left: string, right: string, words: DocumentWords): boolean {
  for (let k = 2; k <= right.length - 3; k++) {
    const rest = right.slice(k);
    if (words.isSureWord(left + right.slice(0, k)) && isSure(rest, words) && (words.isPrinted(rest) || !words.isPrinted(right))) return true;
  }
  return false;
}

/** Whether the end of `left` and the small word `right` make a word and the rest of `left` is one (`…waar` + `mee`). */
function extendsRight(left: string, right: string, words: DocumentWords): boolean {
  for (let k = 3; k <= left.length - 3; k++) {
    const rest = left.slice(0, k);
    if (words.isSureWord(left.slice(k) + right) && isSure(rest, words) && (words.isPrinted(rest) || !words.isPrinted(left))) return true;
  }
  return false;
}

/** A word of the lexicon or of the document's unglued lines, or one of running text's small words. */
function isSure(part: string, words: DocumentWords): boolean {
  return FUNCTION_WORDS.has(part.toLowerCase()) || (part.length >= 3 && words.isSureWord(part));
}

/**
 * Whether moving the cut between `left` and `right` by up to three letters reads at least as well: two
 * sure words where these are not both sure, where either reading is two small words, or as many words
 * the document prints.
 */
function shiftedReading(left: string, right: string, words: DocumentWords): boolean {
  const sure = isSure(left, words) && isSure(right, words);
  // Two small words glued (`dezeer`: `de zeer` or `deze er`) are told apart by nothing but their sense.
  const small = (a: string, b: string) => FUNCTION_WORDS.has(a.toLowerCase()) && FUNCTION_WORDS.has(b.toLowerCase());
  const printed = (a: string, b: string) => Number(words.isPrinted(a)) + Number(words.isPrinted(b));
  const here = printed(left, right);
  const better = (a: string, b: string) => isSure(a, words) && isSure(b, words) && (!sure || small(left, right) || small(a, b) || printed(a, b) >= here);
  for (let k = 1; k <= 3; k++) {
    if (k < right.length && better(left + right.slice(0, k), right.slice(k))) return true;
    if (k < left.length && better(left.slice(0, -k), left.slice(-k) + right)) return true;
  }
  return false;
}

/** Whether `left` ends in a compound's linking `s` (`kabinets`): then the word goes on after it. */
function isLinkedPart(left: string, words: DocumentWords): boolean {
  return words.isWord(left) && !words.standsAlone(left);
}

/**
 * Whether the letters `run` belong to a word that a line-end hyphen broke and that is known joined:
 * `bovenge-noemde` is `bovengenoemde`, `Rijkswater-staat` is `Rijkswaterstaat`; nothing is glued inside.
 */
function insideBrokenWord(text: string, run: { start: number; end: number }, words: DocumentWords): boolean {
  const before = text[run.start - 1] === "-" ? (/[\p{L}\p{M}]+$/u.exec(text.slice(Math.max(0, run.start - 60), run.start - 1))?.[0] ?? "") : "";
  const after = text[run.end] === "-" ? (/^[\p{L}\p{M}]+/u.exec(text.slice(run.end + 1, run.end + 61))?.[0] ?? "") : "";
  if (before === "" && after === "") return false;
  const joined = before + text.slice(run.start, run.end) + after;
  return words.isKnownForm(joined) || words.isPrinted(joined);
}

/**
 * A hyphen inside a glued line: either printed in the word (`PVV-Kamerlid`) or a line-end hyphen left
 * in (`kondi-gen`). A cut after it is a glue point when the word joined is a word and joining the lines
 * will take the hyphen out again; where joining keeps a hyphen beside a capital or digit anyway, a cut
 * there is as harmless as one at a space.
 */
function scoreHyphen(text: string, i: number, evidence: GlueEvidence): GluePoint | null {
  const before = wordBefore(text, i - 1);
  const next = /^[\p{L}\p{N}'’]+/u.exec(text.slice(i, i + 60))?.[0] ?? "";
  if (before === "" || next === "" || !LETTER.test(text[i]!)) return null;
  const cut = (score: number): GluePoint => ({ end: i, next: i, score, paragraphEnd: false });
  if (UPPER.test(before.at(-1)!) || /^[\p{Lu}\p{N}]/u.test(next)) return cut(0);
  if (SUSPENDED_HYPHEN_FOLLOWERS.has(next.toLowerCase())) return null;
  const { words, lexicon, hyphenated } = evidence;
  const joined = before + next;
  if (!(words.isKnownForm(joined) || words.isWordOrCompound(joined)) || lexicon.has(`${before}-${next}`)) return null;
  // Vowels that would run together keep their hyphen (`energie-efficiëntie`): left in the line as printed.
  if (vowelsClash(before, next) && !lexicon.has(joined)) return null;
  if (keepsLineEndHyphen(before, next, hyphenated, lexicon)) return null;
  return cut(words.isWord(before) ? GOOD : STRONG);
}

/** A word glued to the number after it: `op17 oktober`, `in2023`, but not a footnote marker (`artikel1 Herkent`). */
function scoreWordThenNumber(text: string, i: number, words: DocumentWords): GluePoint | null {
  const before = wordBefore(text, i);
  if (before.length < 2 || !LOWER.test(before[0]!) || !words.isWord(before)) return null;
  const number = /^\d[\d.,]*/u.exec(text.slice(i, i + 30))![0];
  const rest = text.slice(i + number.length, i + number.length + 3);
  // A short number followed by a capital, a sentence end or nothing is a footnote marker glued to its word.
  if (number.length <= 2 && !/^\s\p{Ll}|^%/u.test(rest)) return null;
  return { end: i, next: i, score: GOOD, paragraphEnd: false };
}

/** A number glued to the word after it: `57jaar`, `2024Tweede`, not `2e` or `80er`. */
function scoreNumberThenWord(text: string, i: number, after: string, words: DocumentWords): GluePoint | null {
  if (after.length < 2 || NUMBER_SUFFIX.test(after) || !words.isWord(after) || !LETTER.test(text[i]!)) return null;
  let start = i;
  while (start > 0 && /[\d.,]/u.test(text[start - 1]!)) start--;
  // Codes such as `2024D42030` or `BWBR0035951` have letters and digits in turn.
  if (start > 0 && LETTER.test(text[start - 1]!)) return null;
  return { end: i, next: i, score: GOOD, paragraphEnd: false };
}
