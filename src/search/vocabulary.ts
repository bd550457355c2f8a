/**
 * The words of the search index, for the search page's spelling suggestions: when a query finds no
 * document with its words (a typo, `vuurwrek`), the page offers the nearest words the index knows
 * (`vuurwerk`), by edit distance (content/assets/search-words.js). Pagefind's index holds stems
 * (`gemeent`), not words a reader would want suggested, so the words are taken from the same HTML
 * Pagefind reads: each part counts its pages' words while it indexes them (./part.ts) and keeps them
 * in its bundle, cached with it; the build joins the parts' counts into one list, the most widespread
 * first and bounded in size, published at `/zoeken/woorden.json`.
 */
import { readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { searchWordsUrl } from "../site/urls.ts";

/** The file with a part's word counts, in the part's bundle until the build has joined the parts. */
export const PART_VOCABULARY_FILE = "vocabulary.json";

/**
 * Words a part keeps, the most widespread in it first: enough to hold every word a part's best
 * candidates share with the site's, few enough that a cached part of 2,500 documents stays small.
 */
export const PART_VOCABULARY_MAX = 40_000;

/**
 * Words in the published list: some 250 KB of JSON (60 KB compressed), fetched only when a search
 * found nothing. At 87,000 documents they are the words of some 30 documents or more, which is where
 * the words a reader would search for are.
 */
export const VOCABULARY_MAX = 20_000;

/** Shorter words are not worth suggesting (`wet` for `wer`), and longer ones are not words (URLs, codes). */
const MIN_LENGTH = 4;
const MAX_LENGTH = 40;

/** Letters (with their accents), the only characters of a word suggested. */
const WORD = /[\p{L}\p{M}]+/gu;

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** What an element does to the words inside it. */
interface Open {
  tag: string;
  /** Outside the searchable text: ignored by Pagefind, or one of the selectors ./part.ts leaves out. */
  ignored: boolean;
  /** A `data-pagefind-meta` element: Pagefind searches its text even inside an ignored one. */
  meta: boolean;
  footnotes: boolean;
}

const ATTRIBUTE = (name: string) => new RegExp(`(?:^|\\s)${name}(?:\\s*=|\\s|$)`, "u");
const HAS_IGNORE = ATTRIBUTE("data-pagefind-ignore");
const HAS_META = ATTRIBUTE("data-pagefind-meta");
const HAS_BODY = ATTRIBUTE("data-pagefind-body");
const CLASS = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')/u;

/** Classes left out of the index by selector (./part.ts `EXCLUDE_SELECTORS`): footnote references and back links. */
const EXCLUDED_CLASSES = ["kv-footnote-ref", "kv-footnote-backref"];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The distinct words of a document page that Pagefind finds it by: the text of its
 * `data-pagefind-body` element without what is marked `data-pagefind-ignore` or left out by selector,
 * and the text of its `data-pagefind-meta` elements; lower case, letters only, 4 to 40 of them. A scan
 * of the tags rather than a parser: the pages are the site's own templates, and a parser would cost
 * more than indexing them.
 */
export function pageWords(html: string): Set<string> {
  const words = new Set<string>();
  const stack: Open[] = [];
  let inBody = false;
  const add = (text: string) => {
    for (const [word] of decode(text).matchAll(WORD)) {
      if (word.length >= MIN_LENGTH && word.length <= MAX_LENGTH) words.add(word.normalize("NFC").toLocaleLowerCase("nl"));
    }
  };
  const tags = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--[\s\S]*?-->/gu;
  let last = 0;
  for (const match of html.matchAll(tags)) {
    const top = stack.at(-1);
    if (inBody && top && (!top.ignored || top.meta)) add(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, name, attributes = ""] = match;
    if (!name) continue;
    const tag = name.toLowerCase();
    if (closing) {
      const at = stack.findLastIndex((open) => open.tag === tag);
      if (at >= 0) stack.length = at;
      if (stack.length === 0) inBody = false;
      continue;
    }
    if (tag === "script" || tag === "style") {
      // Their text is no text of the page.
      const end = html.indexOf(`</${tag}`, last);
      last = end < 0 ? html.length : end;
      continue;
    }
    if (!inBody) {
      if (!HAS_BODY.test(attributes)) continue;
      inBody = true;
    }
    const classes = (
      CLASS.exec(attributes)
        ?.slice(1)
        .find((c) => c !== undefined) ?? ""
    ).split(/\s+/u);
    const parent = stack.at(-1);
    const ignored =
      (parent?.ignored ?? false) ||
      HAS_IGNORE.test(attributes) ||
      classes.some((c) => EXCLUDED_CLASSES.includes(c)) ||
      (tag === "h2" && (parent?.footnotes ?? false));
    const open: Open = { tag, ignored, meta: (parent?.meta ?? false) || HAS_META.test(attributes), footnotes: classes.includes("kv-footnotes") };
    if (!VOID_ELEMENTS.has(tag) && !attributes.trimEnd().endsWith("/")) stack.push(open);
  }
  return words;
}

/** Counts in how many pages each word occurs. */
export class WordCounts {
  private readonly counts = new Map<string, number>();

  addPage(words: Iterable<string>): void {
    for (const word of words) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
  }

  add(word: string, pages: number): void {
    this.counts.set(word, (this.counts.get(word) ?? 0) + pages);
  }

  /** The `max` most widespread words with their counts, most widespread first, then alphabetically (so the same pages give the same list). */
  top(max: number): Array<[string, number]> {
    return [...this.counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).slice(0, max);
  }
}

/** Writes a part's word counts into its bundle (`outputPath`), with the part, so that a cached part has them too. */
export async function writePartVocabulary(outputPath: string, counts: WordCounts): Promise<void> {
  await writeFile(join(outputPath, PART_VOCABULARY_FILE), JSON.stringify(counts.top(PART_VOCABULARY_MAX)));
}

/**
 * Joins the word counts of the parts whose bundles are in `bundleDirs` of `siteDir` into the site's
 * word list (`/zoeken/woorden.json`: a JSON array, the most widespread word first), and takes the
 * parts' own files out of the site (they stay in the cache). A part without its file (an index made
 * by another tool) adds nothing.
 */
export async function writeSiteVocabulary(siteDir: string, bundleDirs: readonly string[]): Promise<number> {
  const counts = new WordCounts();
  for (const dir of bundleDirs) {
    const file = join(dir, PART_VOCABULARY_FILE);
    let words: Array<[string, number]>;
    try {
      words = JSON.parse(await readFile(file, "utf8")) as Array<[string, number]>;
    } catch {
      continue;
    }
    for (const [word, pages] of words) counts.add(word, pages);
    // A hard link into the cache: removing it leaves the cached part whole.
    await rm(file, { force: true });
  }
  const list = counts.top(VOCABULARY_MAX).map(([word]) => word);
  const target = join(siteDir, searchWordsUrl);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, JSON.stringify(list));
  return list.length;
}
