/**
 * The corpus stage, after Eleventy's: every page there is one or more of per document (document pages,
 * listings, feeds, records, open data, sitemap; src/render/corpus-pages.ts), and beside it the search
 * index (src/search/), which indexes each part as soon as the writer's manifest says its pages are on
 * disk. Built beside the published site, the files whose inputs did not change since that site's own
 * build are kept from it; built in place (`npm start`), everything is made.
 */
import { join } from "node:path";
import type nunjucks from "nunjucks";
import type { KamervraagRecord } from "../model.ts";
import { writeCorpusPages } from "../render/corpus-pages.ts";
import { createPageManifest } from "../render/manifest.ts";
import { readPreviousSite, writeSiteRecord, type MadeFile } from "../render/previous-site.ts";
import { renderVersion } from "../render/render-version.ts";
import { writeSearchIndex } from "../search/search-index.ts";
import type { SiteData } from "../site/config.ts";
import { searchPages } from "../site/search-fields.ts";
import { partSize } from "../site/search-parts.ts";

export interface CorpusStageOptions {
  /** The folder being built. */
  output: string;
  /** The site that folder replaces when the build succeeds; null when the site is built in place. */
  published: string | null;
  /** The layouts folder (`_includes`), for the render version. */
  includes: string;
  env: nunjucks.Environment;
  site: SiteData;
  documents: readonly KamervraagRecord[];
  /** The pages Eleventy wrote, for the sitemap. */
  eleventyPages: ReadonlyArray<{ url?: string | false; outputPath?: string | false }>;
  cacheDir: string;
  searchPartSize?: number | undefined;
}

export async function writeCorpus(options: CorpusStageOptions): Promise<void> {
  const started = performance.now();
  const { documents, site } = options;
  // What a build made is recorded per published folder, so that the next build can keep it.
  const siteRecords = join(options.cacheDir, "sites");
  const version = await renderVersion({ includes: options.includes, site });
  const previous = options.published === null ? null : await readPreviousSite(siteRecords, options.published, version);
  const manifest = createPageManifest();
  const pages = searchPages(documents);
  const indexing = writeSearchIndex(options.output, pages, {
    cacheDir: join(options.cacheDir, "search"),
    partSize: partSize(pages.length, options.searchPartSize),
    written: manifest,
  }).then(
    (report) => ({ report, error: null }),
    (error: unknown) => ({ report: null, error }),
  );
  let made: ReadonlyMap<string, MadeFile> = new Map();
  try {
    const report = await writeCorpusPages({
      outputDir: options.output,
      env: options.env,
      site,
      documents,
      eleventyPages: options.eleventyPages,
      manifest,
      scratchDir: options.cacheDir,
      previous,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const kept = previous ? `, ${report.kept} unchanged kept from the previous build` : "";
    console.log(
      `[kamervragen] corpus pages: ${report.files} file(s)${kept} for ${report.documents} document(s), ${report.listings} listing page(s) and ${report.feeds} feed(s) in ${seconds} s`,
    );
    made = report.made;
  } catch (error) {
    // Let the index stop before the build fails, so nothing writes into a folder being removed.
    manifest.fail(error);
    await indexing;
    throw error;
  }
  // A failed index fails the build: nothing is published, and no index outlives the pages it was made from.
  const { error } = await indexing;
  if (error) throw error;
  await writeSiteRecord(siteRecords, options.published ?? options.output, options.output, version, made);
}
