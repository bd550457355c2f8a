/**
 * The words of one document as a reader would take them: the Dutch lexicon together with what the
 * document itself prints. Names (`Lahlah`, `Coenradie`), acronyms and the productive compounds that no
 * dictionary holds (`tweeminutendebat`, `gevangenispersoneel`) are words because the document prints them
 * as words elsewhere. A glued line holds glued pairs among its words (`endat`, `hettweeminutendebat`):
 * what it prints counts only where it cannot be such a pair.
 */
import type { WordList } from "./lexicon.ts";
import { KNOWN_PARTIES } from "./vocabulary.ts";

export interface DocumentWords {
  /** Whether `part` (letters only) reads as a word on its own: a part of a glued pair. */
  isWord(part: string): boolean;
  /**
   * Whether `form` (letters only) is a word as it stands, so that nothing is glued inside it: in the
   * lexicon, a party's name, or printed as it stands where it cannot be a glued pair, also as the start
   * of a longer word (`Hoofdlijnen` of `Hoofdlijnenakkoord`).
   */
  isKnownForm(form: string): boolean;
  /** Whether `form` is in the lexicon or printed as it stands in a line that is not glued. */
  isSureWord(form: string): boolean;
  /** Whether the document prints `part` as a word of its own where it cannot be a glued pair. */
  isPrinted(part: string): boolean;
  /**
   * Whether `part` is a word that stands on its own, not only as the first part of a compound: the
   * lexicon takes `kabinets` and `personeels` for words, but `kabinets|besluit` is one word.
   */
  standsAlone(part: string): boolean;
  /** Whether `part` is a word, or a compound of two words of four letters or more (`sturingsinstrumenten`). */
  isWordOrCompound(part: string): boolean;
}

/**
 * Rare words of the lexicon that in parliamentary text are two words glued far more often: `inde` (of
 * innen) is `in de`, `voorde` (a ford) is `voor de`.
 */
const RARELY_ONE_WORD = new Set(["inde", "voorde"]);

/** Two-letter words: the lexicon also holds letters, abbreviations and names of two letters. */
const TWO_LETTER_WORDS = new Set(["al", "af", "de", "en", "er", "ik", "in", "is", "ja", "je", "na", "nu", "of", "om", "op", "te", "uw", "we", "ze", "zo"]);

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** A word as printed between spaces, without the punctuation around it. */
const OUTER_PUNCTUATION = /^[«“‘„("'[]+|[.,;:?!»”’")\]…]+$/gu;
const PLAIN_WORD = /^[\p{L}\p{M}]+$/u;

/** Letters of the parties' names as printed (`GroenLinks`, `ChristenUnie`, `PvdD`): never glued pairs. */
const PARTY_WORDS = new Set(KNOWN_PARTIES.flatMap((p) => p.match(/[\p{L}\p{M}]+/gu) ?? []));

/**
 * `lines` are the document's lines; `printed` tells the ones that are printed lines as they stand (not
 * glued), whose words are all words.
 */
export function collectDocumentWords(lines: readonly string[], printed: (text: string) => boolean, lexicon: WordList): DocumentWords {
  const inLexicon = (w: string) => !RARELY_ONE_WORD.has(w.toLowerCase()) && (lexicon.has(w) || (!INNER_CAPITAL.test(w) && lexicon.has(w.toLowerCase())));
  // A word of a glued line may be a glued pair itself (`endat`, `heeftop`): it counts when no cut makes
  // one of running text's small words and a word of it. Two other words glued are as often a compound.
  const gluedPair = (w: string) => {
    for (let k = 1; k < w.length; k++) {
      const [a, b] = [w.slice(0, k), w.slice(k)];
      if ((FUNCTION_WORDS.has(a) && inLexicon(b)) || (FUNCTION_WORDS.has(b) && inLexicon(a))) return true;
    }
    return false;
  };
  const exact = new Set<string>();
  const fromGlued = new Map<string, number>(); // lower-cased, with how often
  for (const text of lines) {
    const reliable = printed(text);
    for (const chunk of text.split(/\s+/u)) {
      const word = chunk.replace(OUTER_PUNCTUATION, "");
      if (!PLAIN_WORD.test(word)) continue;
      if (reliable) exact.add(word);
      else fromGlued.set(word.toLowerCase(), (fromGlued.get(word.toLowerCase()) ?? 0) + 1);
    }
  }
  const lower = new Set([...exact].map((w) => w.toLowerCase()));
  const counts = new Map<string, boolean>();
  /** Whether a word of a glued line printed `times` times or more counts as a word. */
  const printedInGlued = (key: string, times: number) => {
    if ((fromGlued.get(key) ?? 0) < times) return false;
    let known = counts.get(key);
    if (known === undefined) {
      known = inLexicon(key) || !gluedPair(key);
      counts.set(key, known);
    }
    return known;
  };
  const isPrinted = (w: string) => lower.has(w.toLowerCase()) || printedInGlued(w.toLowerCase(), 1);
  // The start of a longer word printed anywhere: taking a glued pair for one only leaves a pair glued.
  const sorted = [...new Set([...lower, ...fromGlued.keys()])].sort();
  const startsLongerWord = (w: string) => {
    const prefix = w.toLowerCase();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(prefix);
  };
  const isWord = (part: string) => {
    if (FUNCTION_WORDS.has(part.toLowerCase())) return true;
    if (part.length === 1) return false;
    if (part.length === 2) return TWO_LETTER_WORDS.has(part.toLowerCase()) || isAcronym(part);
    // Three letters in the lexicon are also abbreviations and English (`res`, `cue`): the document must print them.
    if (part.length === 3) return isPrinted(part);
    return inLexicon(part) || isPrinted(part);
  };
  return {
    isWord,
    isKnownForm(form) {
      if (inLexicon(form) || exact.has(form) || PARTY_WORDS.has(form)) return true;
      // A glued line prints a glued form once: printed twice, it is the document's word.
      const key = form.toLowerCase();
      return !INNER_CAPITAL.test(form) && (lower.has(key) || printedInGlued(key, 2) || (form.length >= 4 && startsLongerWord(form)));
    },
    isSureWord(form) {
      return inLexicon(form) || lower.has(form.toLowerCase());
    },
    isPrinted,
    standsAlone(part) {
      return isWord(part) && (!isLinkingForm(part) || isPrinted(part));
    },
    isWordOrCompound(part) {
      if (isWord(part)) return true;
      for (let k = 4; k <= part.length - 4; k++) if (isWord(part.slice(0, k)) && isWord(part.slice(k))) return true;
      return false;
    },
  };
}

/**
 * Whether `part` is a word followed by the `s` that links it to the next part of a compound
 * (`kabinets`, `veiligheids`), not a plural in `-s` (`acties`, `regels`, `cijfers`).
 */
function isLinkingForm(part: string): boolean {
  return /s$/u.test(part) && !/(?:[^e]e|[^e]el|en|[^e]er|em|ie|[aiouyé])s$/u.test(part);
}

/** `VWS`, `EU`, `PVV`: capitals only, as acronyms are printed. */
export function isAcronym(part: string): boolean {
  return part.length >= 2 && /^\p{Lu}+$/u.test(part);
}

/**
 * Words that make up most of running text and rarely a compound's part: a glued pair with one of them
 * on either side is two words (`plannenom`, `contactgeweest`), while two other words glued are as often
 * a compound that no dictionary holds (`graantransporten`).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "de het een en of maar want dus dat die dit deze wat wie welke hoe waar wanneer waarom van in op te met voor aan bij tot naar " +
    "over door uit om onder tegen tussen na sinds zonder per via vanuit binnen buiten is zijn was waren wordt worden werd werden " +
    "heeft hebben had hadden heb hebt ben bent kan kunnen kon konden zal zullen zou zouden wil willen moet moeten mag mogen geweest " +
    "gaat gaan komt komen niet geen ook al nog wel er hier daar nu dan als zo zeer meer veel minder u uw ik wij we zij ze hij hun " +
    "mijn ons onze men reeds steeds alle ieder elke iets niets mee toe af alleen andere ander eerder echter omdat indien terwijl " +
    "zodat hierbij daarbij hiervan daarvan hiervoor daarvoor hierover daarover erop ervan ermee eraan weer even daarom verder " +
    "vooral altijd nooit vaak soms tevens inmiddels namelijk immers bovendien zelf ten ter ga eigen doen laten mogelijk"
  ).split(" "),
);
