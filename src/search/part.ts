/**
 * One part of the search index through Pagefind (https://pagefind.app/docs/node-api/): its pages
 * added to a fresh index, the bundle written to a folder. Pagefind's Node API starts one indexing
 * service per loaded module, which works through one index at a time; the build indexes two parts at
 * once by running this in two worker threads (./part-worker.ts), each loading its own.
 */
import { readFileSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { fileOfUrl } from "../site/urls.ts";
import { pageWords, WordCounts, writePartVocabulary } from "./vocabulary.ts";

/**
 * Markup inside the indexed content that is not text of the document: footnote references and back
 * links (`Voetnoot 1`, `Terug naar verwijzing 1`, rendered by src/markdown/footnotes.ts) and the
 * footnote list's heading. The templates mark their own navigation and boilerplate with
 * `data-pagefind-ignore`; the markdown renderer's output is also the feeds', so it is left alone.
 */
export const EXCLUDE_SELECTORS = [".kv-footnote-ref", ".kv-footnote-backref", ".kv-footnotes > h2"];

/** Pages handed to Pagefind before the first of them is answered. */
const PAGES_IN_FLIGHT = 16;

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

/**
 * A page of the site, read without waiting for the thread pool: the index runs beside the page writer,
 * whose writes fill the pool, and an asynchronous read (open, stat, read, close, each queued behind
 * them) made indexing wait until all pages were written. A page is a few KB: the thread barely pauses.
 */
export function readPage(siteDir: string, url: string): Buffer {
  return readFileSync(fileOfUrl(siteDir, url));
}

/**
 * Makes the bundle in `bundleDir` use the WebAssembly of the bundle one folder up (the main bundle),
 * and drops its own copies. In the browser each part of the index is a Pagefind instance of its own,
 * which fetches `<its folder>/wasm.<name>.pagefind`, the name from its entry file: every part's copy
 * is the same file (same Pagefind, same language) under another address, so a search that reads ten
 * years of parts would fetch it ten times (60 KB each). The name becomes `/../../wasm.nl`, which makes
 * that address `<part>/wasm./../../wasm.nl.pagefind`: the main bundle's file, as the browser resolves
 * the dots, fetched once and then cached. Pagefind is pinned; the search tests read parts with it.
 */
export async function useParentWasm(bundleDir: string): Promise<void> {
  const entryPath = join(bundleDir, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(entryPath, "utf8")) as { languages: Record<string, { wasm?: string }> };
  for (const language of Object.values(entry.languages)) {
    if (language.wasm && !language.wasm.startsWith("/")) language.wasm = `/../../wasm.${language.wasm}`;
  }
  await writeFile(entryPath, JSON.stringify(entry));
  const files = await readdir(bundleDir);
  await Promise.all(files.filter((name) => /^wasm\..+\.pagefind$/u.test(name)).map((name) => rm(join(bundleDir, name))));
}

/**
 * The pages at `urls` of `siteDir` through a fresh Pagefind index, written as a bundle into
 * `outputPath`; `onPage` hears the number of pages done. A part other than the main bundle uses the
 * main bundle's WebAssembly (`useParentWasm`). The service is stopped afterwards, so that its memory
 * goes with it and the next part starts a fresh one, also after a crash.
 */
export async function indexPart(
  siteDir: string,
  urls: readonly string[],
  outputPath: string,
  { onPage = () => undefined, parentWasm = false }: { onPage?: (done: number) => void; parentWasm?: boolean } = {},
): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  try {
    // One language for the whole index: Dutch stemming, whatever a page might say.
    const { index, errors } = await answerWithin(pagefind.createIndex({ forceLanguage: "nl", excludeSelectors: EXCLUDE_SELECTORS }), 120, "starting the index");
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join("; ")}`);
    try {
      // Several pages in flight: the service parses them on all its threads instead of one at a time.
      const inFlight = new Set<Promise<void>>();
      let done = 0;
      // The words of the pages, for the search page's suggestions (./vocabulary.ts): counted while
      // Pagefind's own process indexes the pages, on this thread, which otherwise waits for it.
      const words = new WordCounts();
      for (const url of urls) {
        const html = readPage(siteDir, url).toString("utf8");
        if (!BODY_MARKER.test(html)) throw new Error(`the page ${url} has no data-pagefind-body: nothing of it would be found`);
        words.addPage(pageWords(html));
        const job = answerWithin(index.addHTMLFile({ url, content: html }), 120, `indexing ${url}`).then((added) => {
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join("; ")}`);
          onPage(++done);
        });
        inFlight.add(job);
        void job.then(
          () => inFlight.delete(job),
          () => undefined,
        );
        if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      const written = await answerWithin(index.writeFiles({ outputPath }), 3600, "writing the index");
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(outputPath, name), { force: true })));
      if (parentWasm) await useParentWasm(outputPath);
      await writePartVocabulary(outputPath, words);
    } finally {
      // After a crash of the service this fails too; the error that matters is the one above.
      await index.deleteIndex().catch(() => undefined);
    }
  } finally {
    await pagefind.close();
  }
}
