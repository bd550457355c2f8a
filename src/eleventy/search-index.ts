/**
 * The search index: Pagefind (https://pagefind.app/docs/node-api/) over the document pages, written
 * into the output folder as `pagefind/`. A large archive is split into parts by date: Pagefind needs
 * about 0.3 MB of memory per page while it indexes, so one index of 87,000 pages would not fit the
 * machine. Each part is indexed by a fresh Pagefind process, written as a bundle of its own, and kept
 * in a cache under the hash of its pages, so an unchanged part is copied instead of indexed again.
 * The newest part is the main bundle (`pagefind/`); the search page merges the others
 * (`pagefind/1995-2003/`, …) with Pagefind's `mergeIndex`.
 *
 * Parts cover whole calendar years of the sort key (the answer date): they do not overlap in date,
 * so results sorted by date are the parts' sorted results one after the other.
 */
import { createHash } from "node:crypto";
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { createProgress } from "../progress.ts";
import { fileOfUrl } from "./corpus-pages/files.ts";
import { searchBundleUrl } from "./urls.ts";

/**
 * Markup inside the indexed content that is not text of the document: footnote references and back
 * links (`Voetnoot 1`, `Terug naar verwijzing 1`, rendered by src/markdown/footnotes.ts) and the
 * footnote list's heading. The templates mark their own navigation and boilerplate with
 * `data-pagefind-ignore`; the markdown renderer's output is also the feeds', so it is left alone.
 */
export const EXCLUDE_SELECTORS = [".kv-footnote-ref", ".kv-footnote-backref", ".kv-footnotes > h2"];

/**
 * Pages per part, about: a part closes at the first year that takes it to this size. Pagefind then
 * needs some 3 GB, and a first query loads one metadata file per part.
 */
export const PART_SIZE = 8_000;

/**
 * The part size of this build: {@link PART_SIZE}, or `--search-part-size` (the environment variable
 * KAMERVRAGEN_SEARCH_PART_SIZE) on a machine with less memory, or to try parts on a small site.
 */
export function partSize(): number {
  const given = process.env["KAMERVRAGEN_SEARCH_PART_SIZE"];
  if (given === undefined || given === "") return PART_SIZE;
  const size = Number(given);
  if (!Number.isInteger(size) || size < 1) throw new Error(`the search part size must be a whole number above 0, not ${JSON.stringify(given)}`);
  return size;
}

/** Pages handed to Pagefind before the first of them is answered. */
const PAGES_IN_FLIGHT = 16;

/**
 * What goes into a part besides its pages' HTML: Pagefind's version and settings. Part of the cache
 * key, so a change to any of them indexes every part again.
 */
const PART_FORMAT = JSON.stringify({ pagefind: "1.6.0", language: "nl", exclude: EXCLUDE_SELECTORS });

export interface SearchPage {
  /** Root-relative URL of the page; its file is found from it. */
  url: string;
  /** The page's sort key (./search.ts `sortKey`): it starts with the date that orders the parts. */
  sortKey: string;
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
 * `partSize` pages, so that new documents (the newest years) change only the newest part.
 */
export function searchParts(pages: readonly SearchPage[], size = partSize()): SearchPart[] {
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

/** Pagefind writes its own search interfaces too; the site uses its JavaScript API only. */
const UNUSED_BUNDLE_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

const BODY_MARKER = /<[^>]+\sdata-pagefind-body[\s>=]/u;

export interface SearchIndexReport {
  /** Pages in the index. */
  pages: number;
  parts: number;
  /** Pages indexed in this run; the others were in cached parts. */
  indexed: number;
  /** Where the bundle was written. */
  outputPath: string;
}

/**
 * Pagefind's Node API talks to a child process and never answers if that process dies without a
 * word: every call gets a deadline, so that a build fails with a message instead of hanging.
 */
export function answerWithin<T>(promise: Promise<T>, seconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Pagefind did not answer within ${seconds} s while ${what}`)), seconds * 1000);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Unique for a process: the Pagefind service is shared, and closed when no index is being built. */
let building = 0;

export interface SearchIndexOptions {
  /** Pages per part; default {@link partSize}. */
  partSize?: number;
  /** Where finished parts are kept by hash (`.cache/search`); none: no cache. */
  cacheDir?: string;
  /**
   * Resolves when these pages are on disk. The parts are taken newest first, the order the pages are
   * written in, so a part is indexed while the pages of the next are still being written.
   */
  ready?: (pages: readonly SearchPage[]) => Promise<void>;
}

/**
 * Indexes the given pages of `siteDir` in parts (see {@link searchParts}) and writes the bundles under
 * `siteDir/pagefind/`, replacing what was there. Rejects on any Pagefind error.
 */
export async function writeSearchIndex(siteDir: string, pages: readonly SearchPage[], options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const outputPath = join(siteDir, searchBundleUrl);
  await rm(outputPath, { recursive: true, force: true });
  const parts = searchParts(pages, options.partSize);
  let indexed = 0;
  const used = new Set<string>();
  for (const part of parts) {
    await options.ready?.(part.pages);
    const target = join(siteDir, part.bundleUrl);
    // The pages are read twice (to hash, then to index) rather than held: a part is hundreds of MB.
    // A Pagefind other than the installed one (the environment variables its Node API obeys) may write
    // other bundles: its path is part of the key.
    const binary = `${process.env["PAGEFIND_BINARY_PATH"] ?? ""}\0${process.env["PAGEFIND_EXTENDED_BINARY_PATH"] ?? ""}`;
    const hash = createHash("sha256").update(PART_FORMAT).update(binary);
    for (const page of part.pages) hash.update(`\0${page.url}\0`).update(readPage(siteDir, page));
    const key = hash.digest("hex").slice(0, 32);
    used.add(key);
    const cached = options.cacheDir ? join(options.cacheDir, key) : null;
    if (cached && (await isDirectory(cached))) {
      linkBundle(cached, target);
      continue;
    }
    const written = cached ? `${cached}.${process.pid}.tmp` : target;
    await indexPart(siteDir, part, written);
    indexed += part.pages.length;
    if (cached) {
      // Another build may have finished the same part meanwhile: then its copy is as good as this one.
      await rename(written, cached).catch(() => rm(written, { recursive: true, force: true }));
      linkBundle(cached, target);
    }
  }
  if (options.cacheDir) await pruneCache(options.cacheDir, used);
  const summary = parts.length > 1 ? ` in ${parts.length} parts` : "";
  console.log(`[kamervragen] search index: ${pages.length} page(s)${summary}, ${indexed} indexed, ${pages.length - indexed} from the cache`);
  return { pages: pages.length, parts: parts.length, indexed, outputPath };
}

/**
 * A page of the site, read without waiting for the thread pool: the index runs beside the page writer,
 * whose writes fill the pool, and an asynchronous read (open, stat, read, close, each queued behind
 * them) made indexing wait until all pages were written. A page is a few KB: the thread barely pauses.
 */
function readPage(siteDir: string, page: SearchPage): Buffer {
  return readFileSync(fileOfUrl(siteDir, page.url));
}

async function isDirectory(path: string): Promise<boolean> {
  return readdir(path).then(
    () => true,
    () => false,
  );
}

/**
 * Puts a cached part into the site, and marks it as used now (see {@link pruneCache}). Its files are
 * hard links to the cached ones where the file system allows, copies where not (a cache on another
 * disk): a part is thousands of files, and an unchanged archive of 87,000 documents would otherwise
 * copy its whole index at every build. Neither the site nor the cache ever changes a file in place (a
 * build writes a new site and a new part is renamed into the cache), so the two may share them.
 * Synchronously, for the reason pages are read so ({@link readPage}).
 */
function linkBundle(from: string, to: string): void {
  const now = new Date();
  utimesSync(from, now, now);
  linkTree(from, to);
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** How long a cached part nobody used is kept: builds of other sites or settings may share the cache. */
const CACHE_KEEP_MS = 24 * 60 * 60 * 1000;

/** Drops cached parts that this build did not use and no build used for a day. */
async function pruneCache(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(cacheDir).catch(() => [] as string[]);
  const cutoff = Date.now() - CACHE_KEEP_MS;
  await Promise.all(
    entries
      .filter((name) => !used.has(name))
      .map(async (name) => {
        const path = join(cacheDir, name);
        const info = await stat(path).catch(() => null);
        if (info && info.mtimeMs < cutoff) await rm(path, { recursive: true, force: true });
      }),
  );
}

/** One part through a fresh Pagefind process, into `outputPath`. */
async function indexPart(siteDir: string, part: SearchPart, outputPath: string): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  const { pages } = part;
  const progress = pages.length >= 500 ? createProgress(`search index ${part.years[0]}–${part.years[1]}`, pages.length) : null;
  building++;
  try {
    // One language for the whole index: Dutch stemming, whatever a page might say.
    const { index, errors } = await answerWithin(
      pagefind.createIndex({ forceLanguage: "nl", excludeSelectors: EXCLUDE_SELECTORS }),
      120,
      "starting the index",
    );
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join("; ")}`);
    try {
      // Several pages in flight: the service parses them on all its threads instead of one at a time.
      const inFlight = new Set<Promise<void>>();
      let done = 0;
      for (const page of pages) {
        const html = readPage(siteDir, page).toString("utf8");
        if (!BODY_MARKER.test(html)) throw new Error(`the page ${page.url} has no data-pagefind-body: nothing of it would be found`);
        const job = answerWithin(index.addHTMLFile({ url: page.url, content: html }), 120, `indexing ${page.url}`).then((added) => {
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join("; ")}`);
          progress?.tick(++done);
        });
        inFlight.add(job);
        void job.then(() => inFlight.delete(job), () => undefined);
        if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      const written = await answerWithin(index.writeFiles({ outputPath }), 3600, "writing the index");
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(outputPath, name), { force: true })));
      progress?.finish();
    } finally {
      // After a crash of the service this fails too; the error that matters is the one above.
      await index.deleteIndex().catch(() => undefined);
    }
  } finally {
    // The service is a child process: stopped after each part, so that its memory goes with it and the
    // next part (or build) starts a fresh one, also after a crash.
    if (--building === 0) await pagefind.close();
  }
}
