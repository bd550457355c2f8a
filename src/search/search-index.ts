/**
 * The search index: Pagefind (https://pagefind.app/docs/node-api/) over the document pages, written
 * into the output folder as `pagefind/`. A large archive is split into parts by date: Pagefind needs
 * about 0.5 MB of memory per page while it indexes, so one index of 87,000 pages would not fit the
 * machine. Each part is indexed by a fresh Pagefind process (./part.ts), two parts at a time in
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
import { pageDigest } from "../common/digest.ts";
import { removeStale } from "../common/folders.ts";
import { createProgress } from "../common/progress.ts";
import { typeScriptWorker } from "../common/worker-bootstrap.ts";
import { writeLookupFiles } from "./lookup.ts";
import { EXCLUDE_SELECTORS, readPage } from "./part.ts";
import type { PartJob, PartMessage } from "./part-worker.ts";
import { searchParts, type SearchPage, type SearchPart } from "../site/search-parts.ts";
import { searchBundleUrl } from "../site/urls.ts";
import { PART_VOCABULARY_FILE, PART_VOCABULARY_MAX, writeSiteVocabulary } from "./vocabulary.ts";

/**
 * Parts indexed at once: one Pagefind process uses about one core, and the machine this is built for
 * has two. Memory grows with it: two parts' worth.
 */
const INDEXERS = 2;

/**
 * What goes into a part besides its pages' HTML: Pagefind's version and settings, and the word counts
 * kept with it (./vocabulary.ts). Part of the cache key, so a change to any of them indexes every part again.
 */
const PART_FORMAT = JSON.stringify({
  pagefind: "1.6.0",
  language: "nl",
  exclude: EXCLUDE_SELECTORS,
  vocabulary: [PART_VOCABULARY_FILE, PART_VOCABULARY_MAX, 1],
});

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
 * The document pages as the page writer puts them on disk (src/render/manifest.ts): the index waits for
 * a part's pages, and keys the part by the digests taken as they were written, instead of reading every
 * page back (gigabytes for the whole archive).
 */
export interface WrittenPages {
  /**
   * Resolves when these pages are on disk. The parts are taken newest first, the order the pages are
   * written in, so a part is indexed while the pages of the next are still being written.
   */
  whenWritten(urls: readonly string[]): Promise<void>;
  /** The {@link pageDigest} of a page as it was written or kept; a page without one is read. */
  digestOf(url: string): Buffer | undefined;
}

export interface SearchIndexOptions {
  /** Pages per part; default {@link partSizeFor}. */
  partSize?: number;
  /** Where finished parts are kept by hash (`.cache/search`); none: no cache. */
  cacheDir?: string;
  /** The writer's record of the pages (see {@link WrittenPages}); none: every page is on disk already. */
  written?: WrittenPages;
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
      await options.written?.whenWritten(part.pages.map((page) => page.url));
      if (stop.signal.aborted) return;
      const target = join(siteDir, part.bundleUrl);
      const key = partKey(part, (url) => options.written?.digestOf(url) ?? pageDigest(readPage(siteDir, url)));
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
  // What the search page reads besides the index: the words for its suggestions and the documents by number.
  await writeSiteVocabulary(
    siteDir,
    parts.map((part) => join(siteDir, part.bundleUrl)),
  );
  await writeLookupFiles(siteDir, pages);
  // Parts this build did not use and no build used for a day go.
  if (options.cacheDir) await removeStale(options.cacheDir, CACHE_KEEP_MS, used);
  const summary = parts.length > 1 ? ` in ${parts.length} parts` : "";
  console.log(`[kamervragen] search index: ${pages.length} page(s)${summary}, ${indexed} indexed, ${pages.length - indexed} from the cache`);
  return { pages: pages.length, parts: parts.length, indexed, outputPath };
}

/**
 * Whether a part's bundle uses the main bundle's WebAssembly (./part.ts `useParentWasm`): every
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
  const hash = createHash("sha256")
    .update(PART_FORMAT)
    .update(binary)
    .update(usesParentWasm(part) ? "part" : "main");
  for (const page of part.pages) hash.update(`\0${page.url}\0`).update(digestOf(page.url));
  return hash.digest("hex").slice(0, 32);
}

/**
 * Indexes one part in a worker thread of its own (./part-worker.ts), with progress on the
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
