/**
 * The pages of the corpus, written straight into the output folder after Eleventy has written the
 * site's own pages: a page and a JSON record per document, every listing page, every feed, the open
 * data per vergaderjaar and the sitemap. Each is rendered from the layouts in `_includes/`, written and
 * let go, so memory stays flat however many documents there are, and long stages report progress.
 */
import { dateToRfc822 } from "@11ty/eleventy-plugin-rss";
import nunjucks from "nunjucks";
import { pageDigest } from "../common/digest.ts";
import { createProgress } from "../common/progress.ts";
import { createMarkdown, FootnoteError } from "../markdown/index.ts";
import type { KamervraagRecord } from "../model.ts";
import { absoluteUrl, type SiteData } from "../site/config.ts";
import { documentContext, type DocumentContext } from "../site/document-context.ts";
import { buildDocumentView, type DocumentView } from "../site/document-view.ts";
import { browseOf } from "../site/facets.ts";
import {
  absoluteLinks,
  buildFeed,
  buildFeedEntry,
  escapeHtml,
  feedPage,
  feedRecords,
  feedSources,
  fullTextRecords,
  type Feed,
  type FeedEntry,
} from "../site/feeds.ts";
import { listingPages, navigation } from "../site/listings.ts";
import { openDataRecord, recordsPerYear } from "../site/open-data.ts";
import { sitemapFiles, sitemapUrls } from "../site/sitemap.ts";
import { documentJsonUrl, documentUrl, recordsYearUrl } from "../site/urls.ts";
import { createPageFiles } from "./files.ts";
import { inputKey } from "./input-key.ts";
import type { PageManifest } from "./manifest.ts";
import { createTemplateRenderer } from "./nunjucks.ts";
import type { MadeFile, PreviousSite } from "./previous-site.ts";
import { createTextStore } from "./text-store.ts";

export interface CorpusPagesOptions {
  outputDir: string;
  /** The site's Nunjucks environment (./nunjucks.ts), the one Eleventy rendered its pages with. */
  env: nunjucks.Environment;
  site: SiteData;
  /** Every publishable record, newest first. */
  documents: readonly KamervraagRecord[];
  /** The pages Eleventy wrote itself, for the sitemap. */
  eleventyPages: ReadonlyArray<{ url?: string | false; outputPath?: string | false }>;
  /**
   * Hears each document page's URL and the digest of its HTML as it is written or kept, and that they
   * are on disk every {@link CHECKPOINT} documents and after the last, so the search index can start
   * on them (src/search/).
   */
  manifest?: PageManifest;
  /**
   * Where the feed entries wait for the feeds (./text-store.ts), hundreds of MB for the whole archive;
   * default the system's temporary folder, which may be memory.
   */
  scratchDir?: string;
  /**
   * The published site of the build before, when it recorded what it made with the same render version
   * (./render-version.ts): its document pages, records, feeds and open data whose inputs are unchanged
   * are kept rather than made again (./files.ts).
   */
  previous?: PreviousSite | null;
}

export interface CorpusPagesReport {
  files: number;
  /** Files kept from the previous build. */
  kept: number;
  /** The files made with a key or kept, for the next build's `previous` (./previous-site.ts). */
  made: ReadonlyMap<string, MadeFile>;
  documents: number;
  listings: number;
  feeds: number;
}

/** Documents between two commits of the manifest. */
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
  const contextOf = (record: KamervraagRecord): DocumentContext => documentContext(record, { siteDocuments, browse });
  const published = (record: KamervraagRecord) => openDataRecord(record, browse, (url) => absoluteUrl(site, url));
  const viewOf = (record: KamervraagRecord, context: DocumentContext, markdown = md): DocumentView => {
    try {
      return buildDocumentView(record, { md: markdown, context });
    } catch (error) {
      // The message names the source file and the footnote; a stack trace would only bury it.
      console.error(error instanceof FootnoteError ? error.message : `${record.source.path}: ${String(error)}`);
      throw error;
    }
  };
  const templates = createTemplateRenderer(options.env, site);
  const files = createPageFiles(options.outputDir, { previous: options.previous ?? null });
  const htmlUrls: string[] = [];
  // What each document's files are made from (./input-key.ts): its record as JSON for the record's file
  // and the open data, that and its context for its page and the feeds that carry it.
  const recordKeys = new Map<string, string>();
  const pageKeys = new Map<string, string>();
  // Feeds: an entry is the same in every feed that carries it, so it is made once, with its document's
  // page. Its content (the whole document) is made only for a document among the newest of some feed
  // (fullTextRecords), from a view of the same record and context made with the feed's footnotes (a
  // reader shows no visually hidden text), made absolute and escaped for XML then, and kept on disk
  // until the feeds are written (./text-store.ts). A document whose page was kept gets its entry only
  // if a feed that carries it must be made again.
  const sources = feedSources(browse);
  const inFeeds = new Set(sources.flatMap((source) => feedRecords(source.records).map((record) => record.id)));
  const inFullText = new Set(sources.flatMap((source) => fullTextRecords(source.records).map((record) => record.id)));
  const feedMarkdown = createMarkdown({ mode: "feed" });
  const entryFields = new Map<string, Omit<FeedEntry, "content">>();
  const entryTexts = createTextStore(options.scratchDir);
  const keepEntry = (record: KamervraagRecord, context: DocumentContext, pageView: DocumentView | null) => {
    const fullText = inFullText.has(record.id);
    const view = fullText ? viewOf(record, context, feedMarkdown) : (pageView ?? viewOf(record, context));
    const { content, ...fields } = buildFeedEntry(record, view, fullText ? templates.text("partials/feed-entry.njk", { view }) : null, site.feedIds);
    if (content !== null) entryTexts.put(record.id, escapeHtml(absoluteLinks(content, absoluteUrl(site, fields.url))));
    entryFields.set(record.id, fields);
  };
  try {
    // Documents: the page and the record as JSON.
    const documentProgress = progressOf("document pages", documents.length);
    for (const [i, record] of documents.entries()) {
      const url = documentUrl(record.id);
      const context = contextOf(record);
      // The record's file as it is published, which is also what its key is made from.
      const recordJson = `${JSON.stringify(published(record), null, 2)}\n`;
      const recordKey = inputKey(recordJson);
      const pageKey = inputKey(url, recordKey, JSON.stringify(context));
      recordKeys.set(record.id, recordKey);
      pageKeys.set(record.id, pageKey);
      const kept = await files.keep(url, pageKey);
      if (kept) {
        // Without a digest (never so for a document page) the search index reads the page instead.
        if (kept.digest) options.manifest?.add(url, Buffer.from(kept.digest, "hex"));
      } else {
        const view = viewOf(record, context);
        const html = templates.page("layouts/document.njk", url, { view, search: context.search });
        const digest = pageDigest(html);
        options.manifest?.add(url, digest);
        await files.write(url, html, { key: pageKey, digest: digest.toString("hex") });
        if (inFeeds.has(record.id)) keepEntry(record, context, view);
      }
      const jsonUrl = documentJsonUrl(record.id);
      if (!(await files.keep(jsonUrl, recordKey))) await files.write(jsonUrl, recordJson, { key: recordKey });
      htmlUrls.push(url);
      documentProgress.tick(i + 1);
      if ((i + 1) % CHECKPOINT === 0 || i + 1 === documents.length) {
        await files.flush();
        options.manifest?.commit();
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

    // Feeds, from the entries made with the document pages; a feed whose entries all have the pages
    // they had in the build before is that build's feed (its entries' keys in order, since the order
    // decides which entries carry the whole text), and so is its RSS twin. Each feed's page is written
    // anew, as the listings are: it shows the site's navigation and its newest documents.
    const keyOf = (keys: ReadonlyMap<string, string>, record: KamervraagRecord): string => {
      const key = keys.get(record.id);
      if (key === undefined) throw new Error(`${record.id} is not a document of this build`);
      return key;
    };
    const entryOf = (record: KamervraagRecord, fullText: boolean): FeedEntry => {
      if (!entryFields.has(record.id)) keepEntry(record, contextOf(record), null);
      const fields = entryFields.get(record.id) as Omit<FeedEntry, "content">;
      return { ...fields, content: fullText ? (new nunjucks.runtime.SafeString(entryTexts.get(record.id)) as unknown as string) : null };
    };
    // RSS dates in UTC: the filter's default, the build machine's time zone, would make the file depend on it.
    const rfc822 = (date: Date) => dateToRfc822(date, "UTC");
    const menu = navigation(browse);
    const feedProgress = progressOf("feeds", sources.length);
    for (const [i, source] of sources.entries()) {
      const key = inputKey(JSON.stringify(source.meta), JSON.stringify(site.feedIds), ...feedRecords(source.records).map((record) => keyOf(pageKeys, record)));
      let feed: Feed | null = null;
      const feedOf = () => (feed ??= buildFeed(source.meta, source.records, entryOf, undefined, undefined, site.feedIds));
      if (!(await files.keep(source.meta.url, key))) {
        await files.write(source.meta.url, templates.text("layouts/feed.njk", { feed: feedOf() }), { key });
      }
      if (source.meta.rss !== null && !(await files.keep(source.meta.rss, key))) {
        await files.write(source.meta.rss, templates.text("layouts/rss.njk", { feed: feedOf(), rfc822 }), { key });
      }
      const page = feedPage(source, menu);
      await files.write(page.url, templates.page("layouts/feed-page.njk", page.url, { feedPage: page }));
      htmlUrls.push(page.url);
      feedProgress.tick(i + 1);
    }
    feedProgress.finish();

    // Open data per vergaderjaar, newest first: one file at a time, since a year of records is tens of MB.
    for (const year of recordsPerYear(documents)) {
      const url = recordsYearUrl(year.sessionYear);
      const key = inputKey(url, ...year.records.map((record) => keyOf(recordKeys, record)));
      if (!(await files.keep(url, key))) {
        const file = { sessionYear: year.sessionYear, count: year.records.length, records: year.records.map(published) };
        await files.write(url, `${JSON.stringify(file, null, 1)}\n`, { key });
      }
      await files.flush();
    }

    for (const sitemap of sitemapFiles([...sitemapUrls(options.eleventyPages), ...htmlUrls])) {
      await files.write(sitemap.url, templates.text("layouts/sitemap.njk", { sitemap }));
    }
    await files.flush();
    return {
      files: files.count,
      kept: files.kept,
      made: files.made,
      documents: documents.length,
      listings: listings.length,
      feeds: sources.length,
    };
  } finally {
    entryTexts.close();
  }
}
