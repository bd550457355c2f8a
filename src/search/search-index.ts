/**
 * The search index: Pagefind (https://pagefind.app/docs/node-api/) over the document pages, written
 * into the output folder as `pagefind/`. A large archive is split into parts by date: Pagefind needs
 * about 0.5 MB of memory per page while it indexes, so one index of 87,000 pages would not fit the
 * machine. Each part is indexed by a fresh Pagefind process (./search-part.ts), two parts at a time in
 * worker threads (one Pagefind process works through one index at a time, on about one core), written
 * as a bundle of its own, and kept in a cache under the hash of its pages, so an unchanged part is
 * linked instead of indexed again. The newest part is the main bundle (`pagefind/`), the others
 * `pagefind/1995-1996/` and so on; the search page reads them newest first, or merges them with
 * Pagefind's `mergeIndex` to rank by relevance.
 *
 * Parts cover whole calendar years of the sort key (the answer date): they do not overlap in date,
 * so results sorted by date are the parts' sorted results one after the other.
 */
import { createHash } from "node:crypto";
import { copyFileSync, linkSync, mkdirSync, readdirSync, utimesSync } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { removeStale } from "../common/folders.ts";
import { createProgress } from "../common/progress.ts";
import { typeScriptWorker } from "../common/worker-bootstrap.ts";
import { EXCLUDE_SELECTORS, readPage } from "./part.ts";
import type { PartJob, PartMessage } from "./part-worker.ts";
import { searchBundleUrl } from "../site/urls.ts";

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
 * Parts indexed at once: one Pagefind process uses about one core, and the machine this is built for
 * has two. Memory grows with it: two parts' worth.
 */
const INDEXERS = 2;

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
 * The part size of this build for a site of `pages` document pages: {@link partSizeFor}, or
 * `--search-part-size` (the environment variable KAMERVRAGEN_SEARCH_PART_SIZE) on a machine with less
 * memory, or to try parts on a small site.
 */
export function partSize(pages: number): number {
  const given = process.env["KAMERVRAGEN_SEARCH_PART_SIZE"];
  if (given === undefined || given === "") return partSizeFor(pages);
  const size = Number(given);
  if (!Number.isInteger(size) || size < 1) throw new Error(`the search part size must be a whole number above 0, not ${JSON.stringify(given)}`);
  return size;
}

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
 * `size` pages (default {@link partSize}), so that new documents (the newest years) change only the newest part.
 */
export function searchParts(pages: readonly SearchPage[], size = partSize(pages.length)): SearchPart[] {
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

export interface SearchIndexReport {
  /** Pages in the index. */
  pages: number;
  parts: number;
  /** Pages indexed in this run; the others were in cached parts. */
  indexed: number;
  /** Where the bundle was written. */
  outputPath: string;
}

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
  /**
   * The {@link pageDigest} of a page as it was written, when the writer kept it: the part's cache key
   * is made from these instead of reading every page back (gigabytes for the whole archive). A page
   * without one is read.
   */
  digestOf?: (url: string) => Buffer | undefined;
}

/** The digest of a page's HTML that the cache key of its part is made from. */
export function pageDigest(html: string | Buffer): Buffer {
  return createHash("sha256").update(html).digest();
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
  // Parts are taken in order (newest first, as the pages are written) by whichever indexer is free.
  let next = 0;
  const stop = new AbortController();
  const indexer = async (): Promise<void> => {
    for (let part = parts[next++]; part && !stop.signal.aborted; part = parts[next++]) {
      await options.ready?.(part.pages);
      if (stop.signal.aborted) return;
      const target = join(siteDir, part.bundleUrl);
      const key = partKey(part, (url) => options.digestOf?.(url) ?? pageDigest(readPage(siteDir, url)));
      used.add(key);
      const cached = options.cacheDir ? join(options.cacheDir, key) : null;
      if (cached && (await isDirectory(cached))) {
        linkBundle(cached, target);
        continue;
      }
      const written = cached ? `${cached}.${process.pid}.tmp` : target;
      await indexInWorker(siteDir, part, written, stop.signal);
      indexed += part.pages.length;
      if (cached) {
        // Another build may have finished the same part meanwhile: then its copy is as good as this one.
        await rename(written, cached).catch(() => rm(written, { recursive: true, force: true }));
        linkBundle(cached, target);
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(INDEXERS, parts.length) }, () =>
      indexer().catch((error: unknown) => {
        // The first failure fails the index: the other indexer stops too, its worker ended.
        stop.abort();
        throw error;
      }),
    ),
  );
  // Parts this build did not use and no build used for a day go.
  if (options.cacheDir) await removeStale(options.cacheDir, CACHE_KEEP_MS, used);
  const summary = parts.length > 1 ? ` in ${parts.length} parts` : "";
  console.log(`[kamervragen] search index: ${pages.length} page(s)${summary}, ${indexed} indexed, ${pages.length - indexed} from the cache`);
  return { pages: pages.length, parts: parts.length, indexed, outputPath };
}

/**
 * Whether a part's bundle uses the main bundle's WebAssembly (./search-part.ts `useParentWasm`): every
 * part but the main bundle, which keeps its own.
 */
function usesParentWasm(part: SearchPart): boolean {
  return part.bundleUrl !== searchBundleUrl;
}

/**
 * The cache key of a part: its pages' URLs and the digests of their HTML, with Pagefind's version and
 * settings and whether it uses the main bundle's WebAssembly (so a part that stops being the newest is
 * indexed again once). A Pagefind other than the installed one (the environment variables its Node
 * API obeys) may write other bundles: its path is part of the key.
 */
function partKey(part: SearchPart, digestOf: (url: string) => Buffer): string {
  const binary = `${process.env["PAGEFIND_BINARY_PATH"] ?? ""}\0${process.env["PAGEFIND_EXTENDED_BINARY_PATH"] ?? ""}`;
  const hash = createHash("sha256").update(PART_FORMAT).update(binary).update(usesParentWasm(part) ? "part" : "main");
  for (const page of part.pages) hash.update(`\0${page.url}\0`).update(digestOf(page.url));
  return hash.digest("hex").slice(0, 32);
}

/**
 * Indexes one part in a worker thread of its own (./search-part-worker.ts), with progress on the
 * terminal for a large part. Rejects with the worker's error, or when `signal` stops the build.
 */
function indexInWorker(siteDir: string, part: SearchPart, outputPath: string, signal: AbortSignal): Promise<void> {
  const progress = part.pages.length >= 500 ? createProgress(`search index ${part.years[0]}–${part.years[1]}`, part.pages.length) : null;
  const job: PartJob = { siteDir, urls: part.pages.map((page) => page.url), outputPath, parentWasm: usesParentWasm(part) };
  const worker = typeScriptWorker(new URL("./part-worker.ts", import.meta.url), { workerData: job });
  return new Promise<void>((resolve, reject) => {
    // The worker is left to end by itself once its part is done: ended from here while its Pagefind
    // process was still exiting, that process was never reaped (a zombie per part until the build ends).
    let outcome: { error: Error | null } | null = null;
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (error) reject(error);
      else {
        progress?.tick(part.pages.length);
        progress?.finish();
        resolve();
      }
    };
    const onAbort = () => {
      void worker.terminate();
      settle(new Error("the search index was stopped"));
    };
    signal.addEventListener("abort", onAbort);
    worker.on("message", (message: PartMessage) => {
      if (message.type === "pages") progress?.tick(message.done);
      else outcome ??= { error: message.type === "error" ? new Error(message.message) : null };
    });
    worker.on("error", (error) => (outcome ??= { error }));
    worker.on("exit", (code) =>
      settle(outcome ? outcome.error : new Error(`the search index's worker for ${part.years[0]}–${part.years[1]} stopped (exit code ${code})`)),
    );
  });
}

async function isDirectory(path: string): Promise<boolean> {
  return readdir(path).then(
    () => true,
    () => false,
  );
}

/**
 * Puts a cached part into the site, and marks it as used now (see {@link CACHE_KEEP_MS}). Its files are
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
