// @ts-check
/**
 * The search page's words (./search.js), pure: which query words a result really contains, the nearest
 * words of the index for a word it does not know, and a query that is a document's number. No DOM, so
 * the tests import this module as it is served.
 *
 * Pagefind finds a query word by its stem and every longer word that starts with it, and when the index
 * has no such word it takes the longest word of the index that the stem starts with instead: a typo
 * (`vuurwrek`) then finds the documents with `v` or `vuur`, counted and shown as if they were hits.
 * Its JavaScript API does not say which words it matched, only where (a result's `locations` in its
 * text): `matchesTerm` decides from the words at those places whether they are the query word's.
 *
 * @typedef {{ locations: number[], raw_content?: string, content?: string, meta: Record<string, string | undefined> }} MatchedData
 * @typedef {{ kind: "number", house: "tk" | "ek" | null, year: string, number: number } | { kind: "zaak", zaak: string }} Reference
 */

/** Punctuation Pagefind drops from a query before it splits it into words (its `search`), `_` excepted. */
const QUERY_PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/**
 * `Gemeenten,` → `gemeenten`, `Ministeriële` → `ministeriele`: lower case the Dutch way, without
 * accents (Pagefind matches without them), and without the punctuation around a word in the text.
 * @param {string} word
 */
export function foldWord(word) {
  return word
    .toLocaleLowerCase("nl")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/**
 * The words Pagefind searches a query for, as it makes them: punctuation dropped (`vuurwerk-opslag`
 * is one word, `vuurwerkopslag`), split at spaces, folded.
 * @param {string} query
 * @returns {string[]}
 */
export function queryTerms(query) {
  return query
    .replace(/_/gu, "\u0000")
    .replace(QUERY_PUNCTUATION, "")
    .replace(/\u0000/gu, "_")
    .split(/\s+/u)
    .map(foldWord)
    .filter((term) => term !== "");
}

/** Whether Pagefind reads the query as a phrase (`"…"`), which it matches exactly, never by a shorter word. */
export function isPhrase(/** @type {string} */ query) {
  return /^\s*".+"\s*$/u.test(query);
}

/**
 * Endings Dutch stemming takes off a word, the longest first: a word found by its stem shares with the
 * query word at least what is left, and one letter less where the stem loses a doubled consonant.
 */
const ENDINGS = ["heden", "ingen", "ende", "heid", "lijk", "baar", "ing", "end", "ene", "ens", "en", "es", "er", "se", "s", "e"];

/** How much of a folded word its stem keeps, about. */
function stemLength(/** @type {string} */ word) {
  for (const ending of ENDINGS) if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.length - ending.length;
  return word.length;
}

function commonPrefix(/** @type {string} */ a, /** @type {string} */ b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The forms of a folded word to compare: the word, its parts at a hyphen or slash and the word without
 * them (Pagefind indexes `vuurwerk-opslag` as all three), and without a leading `ge` (Dutch stemming
 * takes it off a participle, so that `gevraagd` finds `vraag`).
 * @param {string} word
 */
function forms(word) {
  const found = new Set([word, word.replace(/[-/]/gu, ""), ...word.split(/[-/]/u)]);
  for (const form of [...found]) if (form.startsWith("ge") && form.length > 4) found.add(form.slice(2));
  found.delete("");
  return [...found];
}

/**
 * Whether `word` (folded, from the text of a result where Pagefind matched the query) is a match of the
 * query word `term` (folded) rather than Pagefind's stand-in for a word the index lacks: it starts as
 * the term does, as far as the term's stem goes (one letter short of it for an undoubled consonant),
 * three letters at least. `gemeenten` matches `gemeente` and `gemeenten.`, `vuurwerk` matches
 * `vuurwerkopslag`; `vuurwrek` does not match `v` or `vuur`.
 * @param {string} term
 * @param {string} word
 */
export function matchesTerm(term, word) {
  for (const t of forms(term)) {
    const needed = Math.max(Math.min(3, t.length), stemLength(t) - 1);
    for (const w of forms(word)) if (commonPrefix(t, w) >= needed) return true;
  }
  return false;
}

/**
 * The folded words of a result where Pagefind matched the query (its `locations`, counted in words of
 * its text as Pagefind splits it) and of its metadata, which Pagefind searches too.
 * @param {MatchedData} data
 * @returns {string[]}
 */
export function matchedWords(data) {
  const text = (data.raw_content ?? data.content ?? "").split(/[\r\n\s]+/gu);
  const words = data.locations.map((location) => text[location] ?? "");
  for (const value of Object.values(data.meta)) if (value) words.push(...value.split(/\s+/u));
  return words.map(foldWord).filter((word) => word !== "");
}

/**
 * The query words (`terms`, folded) that none of `words` matches.
 * @param {readonly string[]} terms
 * @param {readonly string[]} words
 */
export function unmatchedTerms(terms, words) {
  return terms.filter((term) => !words.some((word) => matchesTerm(term, word)));
}

/**
 * A word as the edit distance compares it: folded, and `ij` as `y`, one letter in Dutch, so that
 * `bywoner` is one step from nothing but `bijwoner` and `vrijheid` one step from `vryheid`.
 * @param {string} word
 */
function distanceForm(word) {
  return foldWord(word).replace(/ij/gu, "y");
}

/**
 * The optimal string alignment distance (Levenshtein with the swap of two neighbours as one step:
 * `vuurwrek` is one from `vuurwerk`), or `max + 1` as soon as it is known to be more than `max`.
 * @param {string} a
 * @param {string} b
 * @param {number} max
 */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  /** @type {number[]} */
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/**
 * How far a suggestion may be from a word of this length: most typos are one step (a letter missed,
 * doubled, swapped or mistyped), and two or three steps make a short word another word altogether
 * (`utrecht` is two from `recht`); none for a word of three letters.
 */
function allowedDistance(/** @type {number} */ length) {
  if (length < 4) return 0;
  if (length < 8) return 1;
  if (length < 12) return 2;
  return 3;
}

/** @type {WeakMap<readonly string[], { folded: string[], compared: string[] }>} Each vocabulary's words folded and as the distance compares them, made once. */
const prepared = new WeakMap();

/**
 * The words of `vocabulary` (the index's, most widespread first, src/search/vocabulary.ts) nearest to
 * `term`, at most `count`: those at the smallest distance found and one step further, the more
 * widespread first. None for a word of the vocabulary itself, or a start of one (Pagefind finds those).
 * @param {string} term
 * @param {readonly string[]} vocabulary
 * @param {number} [count]
 * @returns {string[]}
 */
export function nearestWords(term, vocabulary, count = 3) {
  const target = distanceForm(term);
  const max = allowedDistance(target.length);
  if (max === 0) return [];
  let forms = prepared.get(vocabulary);
  if (!forms) {
    const folded = vocabulary.map(foldWord);
    forms = { folded, compared: folded.map(distanceForm) };
    prepared.set(vocabulary, forms);
  }
  const folded = foldWord(term);
  if (forms.folded.some((word) => word.startsWith(folded))) return [];
  /** @type {Array<{ word: string, distance: number, rank: number }>} */
  const found = [];
  forms.compared.forEach((form, rank) => {
    const distance = editDistance(target, form, max);
    const word = vocabulary[rank];
    if (distance <= max && word !== undefined) found.push({ word, distance, rank });
  });
  const best = Math.min(...found.map((f) => f.distance));
  return found
    .filter((f) => f.distance <= best + 1)
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, count)
    .map((f) => f.word);
}

/**
 * A query that names a document rather than searches for words: its id (`ah-tk-20232024-1771`), its
 * vergaderjaar and number (`2023–2024 nr. 1771`, `2023-2024 nr 1771`, `2023/2024 1771`) or its Zaak
 * number (`2024Z01234`); null for any other query. The years of a vergaderjaar follow each other.
 * @param {string} query
 * @returns {Reference | null}
 */
export function parseReference(query) {
  const text = query.trim().replace(/\s+/gu, " ");
  const zaak = /^(\d{4}) ?z ?(\d{5})$/iu.exec(text);
  if (zaak) return { kind: "zaak", zaak: `${zaak[1]}Z${zaak[2]}` };
  const id = /^ah-(tk|ek)-(\d{4})(\d{4})-(\d+)$/iu.exec(text);
  const cited = id ? null : /^(?:(tk|ek) )?(\d{4}) ?[-–—/] ?(\d{4})[ ,]*(?:(?:nr|no|nummer)\.? ?)?(\d+)$/iu.exec(text);
  const [, house, first, second, number] = id ?? cited ?? [];
  if (!first || !second || !number || Number(second) !== Number(first) + 1 || Number(number) < 1) return null;
  return {
    kind: "number",
    house: house ? /** @type {"tk" | "ek"} */ (house.toLowerCase()) : null,
    year: `${first}-${second}`,
    number: Number(number),
  };
}

/**
 * The ids of the documents a number refers to, from the vergaderjaar's file of numbers per Kamer
 * (src/search/lookup.ts): a number without a Kamer is each Kamer's that has it.
 * @param {Extract<Reference, { kind: "number" }>} reference
 * @param {Record<string, number[]>} numbers
 * @returns {string[]}
 */
export function numberIds(reference, numbers) {
  const houses = reference.house ? [reference.house] : Object.keys(numbers).sort().reverse();
  return houses
    .filter((house) => numbers[house]?.includes(reference.number))
    .map((house) => `ah-${house}-${reference.year.replace("-", "")}-${reference.number}`);
}

/**
 * The vergaderjaar and number of a document id: `ah-tk-20232024-1771` → `["2023–2024", "1771"]`;
 * null for an id of another form.
 * @param {string} id
 * @returns {[string, string] | null}
 */
export function idNumber(id) {
  const match = /^ah-(?:tk|ek)-(\d{4})(\d{4})-(\d+)$/u.exec(id);
  return match ? [`${match[1]}–${match[2]}`, match[3] ?? ""] : null;
}
