/**
 * The search index: Pagefind (https://pagefind.app/docs/node-api/) over the built pages, written into
 * the output folder as `pagefind/`. Only pages that mark their content with `data-pagefind-body` (the
 * document pages) are given to Pagefind, one by one, so that what is indexed is decided here and could
 * later be prepared text (`addCustomRecord`) or split over several indexes.
 */
import { readFile, readdir, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import * as pagefind from "pagefind";
import { searchBundleUrl } from "./urls.ts";

/**
 * Markup inside the indexed content that is not text of the document: footnote references and back
 * links (`Voetnoot 1`, `Terug naar verwijzing 1`, rendered by src/markdown/footnotes.ts) and the
 * footnote list's heading. The templates mark their own navigation and boilerplate with
 * `data-pagefind-ignore`; the markdown renderer's output is also the feeds', so it is left alone.
 */
export const EXCLUDE_SELECTORS = [".kv-footnote-ref", ".kv-footnote-backref", ".kv-footnotes > h2"];

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
  /** Pages indexed. */
  pages: number;
  /** Where the bundle was written. */
  outputPath: string;
}

/** The site URL of an HTML file, as the page links to it: `ah-…/index.html` → `/ah-…/`. */
export function pageUrl(file: string): string {
  const path = file.split("\\").join("/");
  return `/${path.replace(/(^|\/)index\.html$/u, "$1")}`;
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

/**
 * Indexes every page under `siteDir` that has `data-pagefind-body`, in path order (so the same site
 * gives the same index), and writes the bundle to `siteDir/pagefind/`. Rejects on any Pagefind error.
 */
export async function writeSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const outputPath = join(siteDir, searchBundleUrl);
  await rm(outputPath, { recursive: true, force: true });
  const files = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)))
    .sort();

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
      let pages = 0;
      for (const file of files) {
        const content = await readFile(join(siteDir, file), "utf8");
        if (!BODY_MARKER.test(content)) continue;
        const added = await answerWithin(index.addHTMLFile({ url: pageUrl(file), content }), 120, `indexing ${file}`);
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join("; ")}`);
        pages++;
      }
      const written = await answerWithin(index.writeFiles({ outputPath }), 3600, "writing the index");
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(outputPath, name), { force: true })));
      console.log(`[kamervragen] search index: ${pages} page(s)`);
      return { pages, outputPath };
    } finally {
      // After a crash of the service this fails too; the error that matters is the one above.
      await index.deleteIndex().catch(() => undefined);
    }
  } finally {
    // The service is a child process: stop it when no index is being built, so that the next build
    // starts a fresh one (also after a crash).
    if (--building === 0) await pagefind.close();
  }
}
