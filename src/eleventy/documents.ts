/**
 * The documents: the global `documents` (every publishable record, newest first; ./corpus-data.ts),
 * the `labels` global, `content/documents/` kept out of the templates (those are source files), and
 * after Eleventy has written the site's own pages, the pages of the corpus (./corpus-pages/write.ts)
 * and the search index (./search-index.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { labels } from "../labels.ts";
import type { KamervraagRecord } from "../model.ts";
import { loadDocuments } from "../build/load-documents.ts";
import { createCountGate } from "../render/count-gate.ts";
import { readPreviousSite, writeSiteRecord, type MadeFile } from "../render/previous-site.ts";
import { renderVersion } from "../render/render-version.ts";
import { writeCorpusPages } from "../render/corpus-pages.ts";
import { searchPages } from "../site/search-fields.ts";
import { writeSearchIndex, type SearchPage } from "../search/search-index.ts";
import { siteOf } from "../site/config.ts";
import { siteOfStagingFolder } from "../build/staging.ts";

/** Where a build records what it made, for the next build to keep what has not changed. */
const SITE_RECORDS = ".cache/sites";

export interface DocumentsPluginOptions {
  /** Where the records come from; default the sources of the build (./corpus-data.ts). Tests give their own. */
  load?: () => Promise<KamervraagRecord[]>;
}

/**
 * The plugin is unique: the first `addPlugin` wins, so a configuration that adds it with its own
 * `load` before running the site's configuration (the test fixtures) replaces the corpus.
 */
export default function documentsPlugin(eleventyConfig: UserConfig, options: DocumentsPluginOptions = {}): void {
  const load = options.load ?? loadDocuments;
  eleventyConfig.ignores.add("content/documents/**");
  eleventyConfig.addWatchTarget("content/documents/");
  eleventyConfig.addGlobalData("labels", labels);

  // The records of the running build: loaded once with the data, then used by the pages written after.
  let documents: KamervraagRecord[] | null = null;
  eleventyConfig.addGlobalData("documents", async () => (documents = await load()));

  eleventyConfig.on("eleventy.after", async ({ directories, outputMode, results }) => {
    if (outputMode !== "fs" || documents === null) return;
    const started = performance.now();
    const site = siteOf(eleventyConfig);
    // Built beside the published site (./build.ts), the corpus's files whose inputs did not change
    // since the site's own build are kept from it; built in place (`npm start`), everything is made.
    const published = siteOfStagingFolder(directories.output);
    const version = await renderVersion({ includes: directories.includes, site });
    const previous = published === null ? null : await readPreviousSite(SITE_RECORDS, published, version);
    // The search index runs beside the writer: Pagefind (a process of its own) indexes each part as
    // soon as its pages are on disk, while the next pages are rendered.
    const pages = searchPages(documents);
    const position = new Map(pages.map((page, i) => [page.url, i]));
    const written = createCountGate();
    const ready = (part: readonly SearchPage[]) => written.until(part.reduce((last, page) => Math.max(last, (position.get(page.url) ?? 0) + 1), 0));
    // Each document page's digest, taken as it is written (or kept with the page), so the index need not
    // read it back to key its parts.
    const digests = new Map<string, Buffer>();
    const indexing = writeSearchIndex(directories.output, pages, { cacheDir: ".cache/search", ready, digestOf: (url) => digests.get(url) }).then(
      (report) => ({ report, error: null }),
      (error: unknown) => ({ report: null, error }),
    );
    let made: ReadonlyMap<string, MadeFile> = new Map();
    try {
      const report = await writeCorpusPages({
        outputDir: directories.output,
        includes: directories.includes,
        site,
        documents,
        eleventyPages: results,
        onWritten: (count) => written.advance(count),
        onDocumentPage: (url, digest) => void digests.set(url, digest),
        scratchDir: ".cache",
        previous,
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const kept = previous ? `, ${report.kept} unchanged kept from the previous build` : "";
      console.log(
        `[kamervragen] corpus pages: ${report.files} file(s)${kept} for ${report.documents} document(s), ${report.listings} listing page(s) and ${report.feeds} feed(s) in ${seconds} s`,
      );
      made = report.made;
    } catch (error) {
      // Let the index stop before the build fails, so nothing writes into a staging folder being removed.
      written.fail(error);
      await indexing;
      throw error;
    }
    // `npm run build` writes into a staging folder that replaces the site only when the build, index
    // included, succeeded (./build.ts): a failed index never publishes, and no index outlives its pages.
    const { error } = await indexing;
    if (error) throw error;
    await writeSiteRecord(SITE_RECORDS, published ?? directories.output, directories.output, version, made);
  });
}

Object.defineProperty(documentsPlugin, "eleventyPluginOptions", { value: { unique: true } });
