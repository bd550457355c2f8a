/**
 * The pages of the corpus, written straight into the output folder after Eleventy has written the
 * site's own pages: a page and a JSON record per document, every listing page, every feed, the open
 * data per vergaderjaar and the sitemap. Each is rendered from the layouts in `_includes/`, written and
 * let go, so memory stays flat however many documents there are, and long stages report progress.
 */
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import nunjucks from "nunjucks";
import { browseOf } from "../../browse/facets.ts";
import { createMarkdown, FootnoteError } from "../../markdown/index.ts";
import type { KamervraagRecord } from "../../model.ts";
import { createProgress } from "../../progress.ts";
import { buildDocumentView, type DocumentView } from "../document-view.ts";
import { absoluteLinks, buildFeed, buildFeedEntry, escapeHtml, feedRecords, feedSources, type FeedEntry } from "../feeds.ts";
import { listingPages } from "../listings.ts";
import { recordsPerYear } from "../open-data.ts";
import { searchFields } from "../search.ts";
import { absoluteUrl, type SiteData } from "../site.ts";
import { documentJsonUrl, documentUrl, recordsYearUrl } from "../urls.ts";
import { createPageFiles } from "./files.ts";
import { sitemapFiles, sitemapUrls } from "./sitemap.ts";
import { createTemplateRenderer } from "./templates.ts";
import { createTextStore } from "./text-store.ts";

export interface CorpusPagesOptions {
  outputDir: string;
  /** The layouts folder (`_includes`). */
  includes: string;
  site: SiteData;
  /** Every publishable record, newest first. */
  documents: readonly KamervraagRecord[];
  /** The pages Eleventy wrote itself, for the sitemap. */
  eleventyPages: ReadonlyArray<{ url?: string | false; outputPath?: string | false }>;
  /**
   * Told how many documents (in the order given) have their page and record on disk: every
   * {@link CHECKPOINT} documents and after the last, so the search index can start on them.
   */
  onWritten?: (documents: number) => void;
  /**
   * Where the feed entries wait for the feeds (./text-store.ts), hundreds of MB for the whole archive;
   * default the system's temporary folder, which may be memory.
   */
  scratchDir?: string;
  /** Hears each document page's URL and HTML as it is handed to be written. */
  onDocumentPage?: (url: string, html: string) => void;
}

export interface CorpusPagesReport {
  files: number;
  documents: number;
  listings: number;
  feeds: number;
}

/** Documents between two reports to `onWritten`. */
const CHECKPOINT = 500;

/** Stages of fewer items than this say nothing: a small site builds in a second. */
const QUIET_BELOW = 500;

function progressOf(label: string, total: number) {
  const progress = total >= QUIET_BELOW ? createProgress(label, total) : null;
  return { tick: (done: number) => progress?.tick(done), finish: () => progress?.finish() };
}

export async function writeCorpusPages(options: CorpusPagesOptions): Promise<CorpusPagesReport> {
  const { documents, site } = options;
  const browse = browseOf(documents);
  const md = createMarkdown();
  const siteDocuments = new Map(documents.map((record) => [record.id, record]));
  const viewOf = (record: KamervraagRecord): DocumentView => {
    try {
      return buildDocumentView(record, { md, siteDocuments, browse });
    } catch (error) {
      // The message names the source file and the footnote; a stack trace would only bury it.
      console.error(error instanceof FootnoteError ? error.message : `${record.source.path}: ${String(error)}`);
      throw error;
    }
  };
  const templates = createTemplateRenderer({
    includes: options.includes,
    site,
    extraFilters: {
      searchFields: (record: KamervraagRecord) => searchFields(record, browse),
      dateToRfc3339,
    },
  });
  const files = createPageFiles(options.outputDir);
  const htmlUrls: string[] = [];
  // Feeds: an entry is the same in every feed that carries it, so it is made once, from the view its
  // document's page is rendered with, its content (the whole document) made absolute and escaped for
  // XML then, and kept on disk until the feeds are written (./text-store.ts).
  const sources = feedSources(browse);
  const inFeeds = new Set(sources.flatMap((source) => feedRecords(source.records).map((record) => record.id)));
  const entryFields = new Map<string, Omit<FeedEntry, "content">>();
  const entryTexts = createTextStore(options.scratchDir);
  try {
    // Documents: the page and the record as JSON.
    const documentProgress = progressOf("document pages", documents.length);
    for (const [i, record] of documents.entries()) {
      const view = viewOf(record);
      const url = documentUrl(record.id);
      const html = templates.page("layouts/document.njk", url, { record, view });
      options.onDocumentPage?.(url, html);
      await files.write(url, html);
      await files.write(documentJsonUrl(record.id), `${JSON.stringify(record, null, 2)}\n`);
      if (inFeeds.has(record.id)) {
        const { content, ...fields } = buildFeedEntry(record, view);
        entryTexts.put(record.id, escapeHtml(absoluteLinks(content, absoluteUrl(site, fields.url))));
        entryFields.set(record.id, fields);
      }
      htmlUrls.push(url);
      documentProgress.tick(i + 1);
      if ((i + 1) % CHECKPOINT === 0 || i + 1 === documents.length) {
        await files.flush();
        options.onWritten?.(i + 1);
      }
    }
    documentProgress.finish();

    // Listings: every page of every group.
    const listings = listingPages(browse);
    const listingProgress = progressOf("listing pages", listings.length);
    for (const [i, listing] of listings.entries()) {
      await files.write(listing.url, templates.page("layouts/listing.njk", listing.url, { listing }));
      htmlUrls.push(listing.url);
      listingProgress.tick(i + 1);
    }
    listingProgress.finish();

    // Feeds, from the entries made with the document pages.
    const entryOf = (record: KamervraagRecord): FeedEntry => {
      const fields = entryFields.get(record.id);
      if (!fields) throw new Error(`${record.id} is in a feed but got no feed entry`);
      return { ...fields, content: new nunjucks.runtime.SafeString(entryTexts.get(record.id)) as unknown as string };
    };
    const feedProgress = progressOf("feeds", sources.length);
    for (const [i, source] of sources.entries()) {
      const feed = buildFeed(source.meta, source.records, entryOf);
      await files.write(feed.url, templates.text("layouts/feed.njk", { feed }));
      feedProgress.tick(i + 1);
    }
    feedProgress.finish();

    // Open data per vergaderjaar, newest first: one file at a time, since a year of records is tens of MB.
    for (const year of recordsPerYear(documents)) {
      await files.write(recordsYearUrl(year.sessionYear), `${JSON.stringify(year.records, null, 1)}\n`);
      await files.flush();
    }

    for (const file of sitemapFiles([...sitemapUrls(options.eleventyPages), ...htmlUrls], site)) {
      await files.write(file.url, file.content);
    }
    await files.flush();
    return { files: files.count, documents: documents.length, listings: listings.length, feeds: sources.length };
  } finally {
    entryTexts.close();
  }
}
