/**
 * How the search index is cut into parts (src/search/search-index.ts indexes them; the search page
 * reads them, content/search.njk): whole calendar years of the answer date, oldest first, until a part
 * holds a part size of pages. Parts do not overlap in date, so results sorted by date are the parts'
 * sorted results one after the other, and new documents (the newest years) change only the newest part.
 */
import { searchBundleUrl } from "./urls.ts";

/**
 * Pages per part, about: a part closes at the first year that takes it to this size, so at the
 * archive's 2,000 to 3,500 documents a year most parts are one year. Two parts are indexed at once,
 * each by a Pagefind process of some 1.5 GB. Small parts also keep what a search newest first loads
 * small (the index of the newest year), and what a rebuild after a new document indexes again.
 */
export const PART_SIZE = 2_500;

/**
 * The part sizes a site may get, smallest first ({@link partSizeFor}): few fixed steps rather than a
 * share of the site, so that a new document moves the parts' boundaries only when the site crosses a step.
 */
const PART_SIZES = [250, 500, 1_000, PART_SIZE] as const;

/**
 * Parts a site of fewer than 10,000 documents ({@link PART_SIZE} × this) has at most: as many as a site
 * of 10,000 has. Each part a search reads costs the reader one index chunk for each word of the query
 * (some 30 KB, whatever the part's size), so more parts would make a small site's searches heavier than
 * a larger one's. Four parts, two for each indexer, let both indexers work while the pages are written,
 * and a changed document then indexes about a quarter of the site again rather than all of it.
 */
const MAX_PARTS = 4;

/**
 * The part size for a site of `pages` document pages: the smallest of 250, 500, 1,000 and
 * {@link PART_SIZE} that makes no more than {@link MAX_PARTS} parts, and {@link PART_SIZE} for a site of
 * 10,000 pages or more. Parts hold whole years, so a site whose pages are all of one year has one part
 * whatever the size.
 */
export function partSizeFor(pages: number): number {
  return PART_SIZES.find((size) => pages <= size * MAX_PARTS) ?? PART_SIZE;
}

/**
 * The part size of a build for a site of `pages` document pages: {@link partSizeFor}, or the size the
 * build was given (`--search-part-size`), on a machine with less memory or to try parts on a small site.
 */
export function partSize(pages: number, given?: number): number {
  if (given === undefined) return partSizeFor(pages);
  if (!Number.isInteger(given) || given < 1) throw new Error(`the search part size must be a whole number above 0, not ${JSON.stringify(given)}`);
  return given;
}

export interface SearchPage {
  /** Root-relative URL of the page; its file is found from it. */
  url: string;
  /** The page's sort key (./search-fields.ts `sortKey`): it starts with the date that orders the parts. */
  sortKey: string;
  /** The document's Zaak number, by which the search page finds it (src/search/lookup.ts); none when not known. */
  zaak?: string | null;
}

export interface SearchPart {
  /** Root-relative URL of the part's bundle: `/pagefind/` for the newest, else `/pagefind/1995-2003/`. */
  bundleUrl: string;
  /** First and last calendar year of the part's sort keys. */
  years: [string, string];
  pages: SearchPage[];
}

/**
 * The parts of the index, newest first. Years are taken oldest first until a part holds
 * `size` pages (default {@link partSizeFor}), so that new documents (the newest years) change only the newest part.
 */
export function searchParts(pages: readonly SearchPage[], size = partSizeFor(pages.length)): SearchPart[] {
  const byYear = new Map<string, SearchPage[]>();
  for (const page of pages) {
    const year = page.sortKey.slice(0, 4);
    const list = byYear.get(year);
    if (list) list.push(page);
    else byYear.set(year, [page]);
  }
  const parts: Array<{ years: [string, string]; pages: SearchPage[] }> = [];
  let current: { years: [string, string]; pages: SearchPage[] } | null = null;
  for (const year of [...byYear.keys()].sort()) {
    current ??= { years: [year, year], pages: [] };
    current.years[1] = year;
    current.pages.push(...(byYear.get(year) as SearchPage[]));
    if (current.pages.length >= size) {
      parts.push(current);
      current = null;
    }
  }
  if (current) parts.push(current);
  return parts.reverse().map((part, i) => ({
    bundleUrl: i === 0 ? searchBundleUrl : `${searchBundleUrl}${part.years[0]}-${part.years[1]}/`,
    years: part.years,
    // In URL order, so the same pages give the same bundle.
    pages: [...part.pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  }));
}
