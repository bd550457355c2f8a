/**
 * The documents: the global `documents` (every publishable record, newest first; ./corpus-data.ts),
 * the `labels` global, `content/documents/` kept out of the templates (those are source files), and
 * after Eleventy has written the site's own pages, the pages of the corpus (./corpus-pages/write.ts)
 * and the search index (./search-index.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { labels } from "../labels.ts";
import type { KamervraagRecord } from "../model.ts";
import { loadDocuments } from "./corpus-data.ts";
import { createCountGate } from "./corpus-pages/count-gate.ts";
import { writeCorpusPages } from "./corpus-pages/write.ts";
import { searchPages } from "./search.ts";
import { pageDigest, writeSearchIndex, type SearchPage } from "./search-index.ts";
import { siteOf } from "./site.ts";

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
    // The search index runs beside the writer: Pagefind (a process of its own) indexes each part as
    // soon as its pages are on disk, while the next pages are rendered.
    const pages = searchPages(documents);
    const position = new Map(pages.map((page, i) => [page.url, i]));
    const written = createCountGate();
    const ready = (part: readonly SearchPage[]) => written.until(part.reduce((last, page) => Math.max(last, (position.get(page.url) ?? 0) + 1), 0));
    // Each document page's digest, taken as it is written, so the index need not read it back to key its parts.
    const digests = new Map<string, Buffer>();
    const indexing = writeSearchIndex(directories.output, pages, { cacheDir: ".cache/search", ready, digestOf: (url) => digests.get(url) }).then(
      (report) => ({ report, error: null }),
      (error: unknown) => ({ report: null, error }),
    );
    try {
      const report = await writeCorpusPages({
        outputDir: directories.output,
        includes: directories.includes,
        site,
        documents,
        eleventyPages: results,
        onWritten: (count) => written.advance(count),
        onDocumentPage: (url, html) => void digests.set(url, pageDigest(html)),
        scratchDir: ".cache",
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `[kamervragen] corpus pages: ${report.files} file(s) for ${report.documents} document(s), ${report.listings} listing page(s) and ${report.feeds} feed(s) in ${seconds} s`,
      );
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
  });
}

Object.defineProperty(documentsPlugin, "eleventyPluginOptions", { value: { unique: true } });
