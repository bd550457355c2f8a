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
import { writeCorpusPages } from "./corpus-pages/write.ts";
import { searchPages } from "./search.ts";
import { writeSearchIndex } from "./search-index.ts";
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
    const written = await writeCorpusPages({
      outputDir: directories.output,
      includes: directories.includes,
      site: siteOf(eleventyConfig),
      documents,
      eleventyPages: results,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `[kamervragen] corpus pages: ${written.files} file(s) for ${written.documents} document(s), ${written.listings} listing page(s) and ${written.feeds} feed(s) in ${seconds} s`,
    );
    // `npm run build` writes into a staging folder that replaces the site only when the build, index
    // included, succeeded (./build.ts): a failed index never publishes, and no index outlives its pages.
    await writeSearchIndex(directories.output, searchPages(documents), { cacheDir: ".cache/search" });
  });
}

Object.defineProperty(documentsPlugin, "eleventyPluginOptions", { value: { unique: true } });
