/**
 * Every URL pattern of the site, in one place. Site URLs are root-relative (`/ah-…/`): the path prefix
 * is added to every root-relative link of an HTML page when the site is published under a sub-path
 * (src/render/path-prefix.ts), and feeds and the sitemap make them absolute with the site's URL.
 */
import { join } from "node:path";
import type { Facet } from "./facets.ts";

/** The home page. */
export const homeUrl = "/";

/** The permanent URL of a document page, derived from its id: `/ah-tk-20202021-2290/`. */
export function documentUrl(id: string): string {
  return `/${id}/`;
}

/** A document's record as JSON, next to its page: `/ah-tk-20202021-2290/record.json`. */
export function documentJsonUrl(id: string): string {
  return `${documentUrl(id)}record.json`;
}

/** The official publication of a document: `https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2290.html`. */
export function officialUrl(id: string): string {
  return `https://zoek.officielebekendmakingen.nl/${id}.html`;
}

/** Where a link to another document goes: its page when the site has it, else the official publication. */
export function seeAlsoUrl(id: string, siteIds: { has(id: string): boolean }): string {
  return siteIds.has(id) ? documentUrl(id) : officialUrl(id);
}

/** The first folder of each facet's URLs, in Dutch: `/partij/…`. */
export const facetPaths: Readonly<Record<Facet, string>> = {
  year: "vergaderjaar",
  party: "partij",
  member: "lid",
  ministry: "ministerie",
  topic: "onderwerp",
  kind: "soort",
};

/** Page `n` of a paginated listing whose first page is `firstPage`: `/partij/vvd/pagina/2/`. */
export function pagedUrl(firstPage: string, n: number): string {
  return n <= 1 ? firstPage : `${firstPage}pagina/${n}/`;
}

/** Every document, newest first: `/documenten/`, `/documenten/pagina/2/`. */
export function allDocumentsUrl(n = 1): string {
  return pagedUrl("/documenten/", n);
}

/** The index of a facet: `/partij/`. */
export function facetIndexUrl(facet: Facet): string {
  return `/${facetPaths[facet]}/`;
}

/**
 * A group's listing: `/vergaderjaar/2023-2024/`, `/lid/van-nispen-sp/pagina/2/`,
 * `/onderwerp/sociale-zekerheid-organisatie-en-beleid/`.
 */
export function groupUrl(facet: Facet, slug: string, n = 1): string {
  return pagedUrl(`${facetIndexUrl(facet)}${slug}/`, n);
}

/** A group's Atom feed, beside its listing: `/partij/vvd/feed.xml`. */
export function groupFeedUrl(facet: Facet, slug: string): string {
  return `${groupUrl(facet, slug)}feed.xml`;
}

/** The site-wide Atom feed. */
export const siteFeedUrl = "/feed.xml";

/** The RSS 2.0 twin of the site-wide feed, for readers that take no Atom. */
export const siteRssUrl = "/rss.xml";

/**
 * The page that says what a feed is and how to follow it, beside the feed: `/feed.xml` → `/feed/`,
 * `/partij/vvd/feed.xml` → `/partij/vvd/feed/`. A browser shows a feed itself as bare XML (or saves
 * it), so the site links people to this page and feed readers to the feed.
 */
export function feedPageUrl(feedUrl: string): string {
  if (!feedUrl.endsWith("/feed.xml")) throw new Error(`not a feed's URL: ${feedUrl}`);
  return `${feedUrl.slice(0, -".xml".length)}/`;
}

/** The page that explains the open data to whoever reuses it. */
export const openDataUrl = "/open-data/";

/** The JSON Schema of a published record. */
export const recordsSchemaUrl = "/records.schema.json";

/** The index of the open data: which vergaderjaren there are, and where their records are. */
export const recordsIndexUrl = "/records.json";

/**
 * Every record of one vergaderjaar in one JSON array: one file for all 87,000 records would weigh a
 * gigabyte, a vergaderjaar's a few dozen megabytes.
 */
export function recordsYearUrl(sessionYear: string): string {
  return `/records/${sessionYear}.json`;
}

export const sitemapUrl = "/sitemap.xml";
export const robotsUrl = "/robots.txt";
export const notFoundUrl = "/404.html";
export const stylesheetUrl = "/assets/style.css";

/** How to report an error in a document, linked from every page's footer. */
export const reportErrorUrl = "/fout-melden/";

/** The accessibility statement (toegankelijkheidsverklaring), linked from every page's footer. */
export const accessibilityUrl = "/toegankelijkheid/";

/** The search page; the header's search field sends its query here as `?q=`. */
export const searchUrl = "/zoeken/";

/** The search page's script, the only script on the site. */
export const searchScriptUrl = "/assets/search.js";

/**
 * The modules the search page's script imports: the page preloads them with it, so that they load side
 * by side instead of each after the one that imports it.
 */
export const searchModuleUrls = ["/assets/search-core.js", "/assets/search-words.js"] as const;

/** Pagefind's search bundle (index and its loader), written after the pages. */
export const searchBundleUrl = "/pagefind/";

/** Pagefind's loader in the main bundle, which the search page imports. */
export const searchLoaderUrl = `${searchBundleUrl}pagefind.js`;

/** The main bundle's Dutch WebAssembly (its name is Pagefind's for the language), which every part uses (src/search/part.ts). */
export const searchWasmUrl = `${searchBundleUrl}wasm.nl.pagefind`;

/** The words of the index, most widespread first, for the search page's spelling suggestions (src/search/vocabulary.ts). */
export const searchWordsUrl = "/zoeken/woorden.json";

/** The folder of the numbers of the documents per vergaderjaar, for finding a document by its number (src/search/lookup.ts). */
export const searchNumbersFolderUrl = "/zoeken/nummers/";

/** The numbers of one vergaderjaar's documents: `/zoeken/nummers/2023-2024.json`. */
export function searchNumbersUrl(sessionYear: string): string {
  return `${searchNumbersFolderUrl}${sessionYear}.json`;
}

/** The folder of the documents by Zaak number (src/search/lookup.ts). */
export const searchZakenFolderUrl = "/zoeken/zaken/";

/** The documents of a hundred Zaak numbers: `/zoeken/zaken/2024Z01.json` for 2024Z01000 to 2024Z01999. */
export function searchZakenUrl(shard: string): string {
  return `${searchZakenFolderUrl}${shard}.json`;
}

/**
 * The file that serves a root-relative URL under `outputDir`, as a static web server finds it: `/ah-…/`
 * is `ah-…/index.html`, `/feed.xml` is `feed.xml`.
 */
export function fileOfUrl(outputDir: string, url: string): string {
  if (!url.startsWith("/") || url.includes("..")) throw new Error(`not a root-relative site URL: ${url}`);
  return join(outputDir, url.endsWith("/") ? `${url}index.html` : url);
}
