/**
 * Atom feeds (RFC 4287): the site-wide feed and one per party, member, ministry and policy topic, the
 * site-wide one also as RSS 2.0, and beside each feed a page for people that says what it is and how
 * to follow it. This module builds what each feed, entry and page says, as plain data; the layouts
 * _includes/layouts/feed.njk and rss.njk write the XML, _includes/partials/feed-entry.njk an entry's
 * content and _includes/layouts/feed-page.njk the page (src/render/corpus-pages.ts renders them for
 * each feed, with every URL of a feed absolute).
 *
 * Only the newest {@link FEED_FULL_TEXT_ENTRIES} entries of a feed carry the whole document; the others
 * carry a summary and the link, so that what a reader downloads stays bounded (docs/feeds.md).
 *
 * Ids are `tag:` URIs built from the document id and the feed's path under a fixed authority
 * (./config.ts), so they survive a move of the site. Dates are the document's own (the
 * answer, else the questions), never the time of the build.
 */
import { groupTitle, type Browse, type Facet, type Group } from "./facets.ts";
import { labels } from "../labels.ts";
import type { KamervraagRecord } from "../model.ts";
import type { DocumentView } from "./document-view.ts";
import { askerName, documentHeading, respondentName } from "./format.ts";
import { DEFAULT_FEED_IDS, siteSettings, tagUri, type FeedIds } from "./config.ts";
import type { NavigationItem } from "./navigation.ts";
import { allDocumentsUrl, documentUrl, feedPageUrl, groupFeedUrl, groupUrl, homeUrl, siteFeedUrl, siteRssUrl } from "./urls.ts";

/**
 * How many of a feed's entries, the newest, carry the whole document: a reader that follows a feed
 * reads new entries, and fifty whole documents weigh close to a megabyte (docs/feeds.md).
 */
export const FEED_FULL_TEXT_ENTRIES = 10;

/** How many of a feed's newest documents its page lists. */
export const FEED_PAGE_LATEST = 10;

export interface FeedEntry {
  /** `tag:kamervragen.example,2024:ah-tk-20232024-1771`. */
  id: string;
  title: string;
  /** The document page, site-relative. */
  url: string;
  /** When the document was answered (or, unanswered, sent); see {@link feedDate}. */
  updated: Date;
  /** The askers, as `Name (Party)`. */
  authors: string[];
  /** Who answered, as `Minister Name (portfolio)`. */
  contributors: string[];
  /** Parties, ministries, topics, vergaderjaar and kind, as shown on the site. */
  categories: string[];
  summary: string;
  /**
   * The whole document as HTML: facts, questions, answers, notice and footnotes, as a feed reader shows
   * it without the site's stylesheet (no visually hidden text). Links to the site are relative to the
   * document page (`#ah-…-voetnoot-1`, `../ah-…/`); {@link absoluteLinks} makes them absolute for a
   * feed. Null for an entry past the newest {@link FEED_FULL_TEXT_ENTRIES} of its feed.
   */
  content: string | null;
}

export interface Feed {
  /** The feed's own URL, site-relative: `/partij/vvd/feed.xml`. */
  url: string;
  /** The page the feed follows, site-relative: `/partij/vvd/`. */
  alternate: string;
  /** The feed's page for people, site-relative: `/partij/vvd/feed/`. */
  page: string;
  /** The RSS twin's URL (the site-wide feed only), else null. */
  rss: string | null;
  id: string;
  title: string;
  subtitle: string;
  /** The newest entry's date, or the date the ids were minted on for an empty feed. */
  updated: Date;
  entries: FeedEntry[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The moment an Atom date stands for a calendar date: noon UTC, which is the same day in Amsterdam and
 * in every time zone a reader is likely in, so no reader shows the day before or after.
 */
export function feedDate(isoDate: string): Date {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new TypeError(`feedDate: expected YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
}

/** The date that orders a record in a feed: its answer, else when it was sent. */
export function recordDate(record: Pick<KamervraagRecord, "answered" | "submitted" | "sessionYear">): Date {
  const date = record.answered ?? record.submitted;
  // A record without dates (never published by the corpus, but possible in principle) sorts at the start of its vergaderjaar.
  return feedDate(date ?? `${record.sessionYear.slice(0, 4)}-09-01`);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] as string);
}

/** A root-relative URL as seen from a page: from `/ah-a/`, `/ah-b/` is `../ah-b/` and `/` is `../`. */
export function relativeUrl(fromPage: string, url: string): string {
  const depth = fromPage.split("/").length - 2;
  const rest = url.slice(1);
  return depth > 0 ? `${"../".repeat(depth)}${rest}` : `./${rest}`;
}

/**
 * Makes the root-relative links of an entry's HTML relative to the document page, so that resolving
 * them against the page's absolute URL ({@link absoluteLinks}) keeps the path prefix. Fragment links
 * (`#voetnoot-1`) resolve against the page as they are.
 */
export function relativeLinks(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)([^"]*)"/g, (_match, attribute: string, rest: string) => `${attribute}="${relativeUrl(pageUrl, `/${rest}`)}"`);
}

/**
 * Every link of an entry's HTML resolved against the document page's absolute URL, as a feed reader
 * needs them (`#voetnoot-1` → `https://example.nl/ah-…/#voetnoot-1`); unparseable ones stay as they
 * are. The HTML is this project's own (src/markdown/), whose attributes are always double-quoted.
 */
export function absoluteLinks(html: string, base: string): string {
  return html.replace(/\b(href|src)="([^"]*)"/g, (match, attribute: string, value: string) => {
    try {
      return `${attribute}="${new URL(value.trim(), base).toString()}"`;
    } catch {
      return match;
    }
  });
}

/**
 * One record as a feed entry; `content` is the entry's HTML as the layouts render it from the view
 * (`_includes/partials/feed-entry.njk`), with site-relative links, or null for an entry of summary
 * and link only.
 */
export function buildFeedEntry(record: KamervraagRecord, view: DocumentView, content: string | null, ids: FeedIds = DEFAULT_FEED_IDS): FeedEntry {
  const url = documentUrl(record.id);
  return {
    id: tagUri(record.id, ids),
    title: documentHeading(record),
    url,
    updated: recordDate(record),
    authors: record.askers.map(askerName),
    contributors: record.respondents.map(respondentName),
    categories: view.related.filter((row) => row.term !== labels.asker && row.term !== labels.askers).flatMap((row) => row.links.map((link) => link.text)),
    summary: view.description,
    content: content === null ? null : relativeLinks(content, url),
  };
}

export interface FeedMeta {
  url: string;
  alternate: string;
  page: string;
  rss: string | null;
  title: string;
  subtitle: string;
  /** What the feed follows, for its id: `feed`, `feed/party/vvd`. */
  name: string;
}

/** What a feed is about and which records it follows (newest first), before its entries are made. */
export interface FeedSource {
  meta: FeedMeta;
  records: readonly KamervraagRecord[];
  /**
   * Where the feed's page leads to all the documents the feed follows; apart from `meta`, which keys
   * the feed's file (src/render/corpus-pages.ts), since the feed does not show it.
   */
  back: { url: string; text: string };
}

/** The records a feed carries: the newest `limit` of those it follows (given newest first). */
export function feedRecords(records: readonly KamervraagRecord[], limit: number = siteSettings.feedEntries): readonly KamervraagRecord[] {
  return records.slice(0, limit);
}

/** The records whose entries carry the whole document in a feed of `records`: its newest ones. */
export function fullTextRecords(
  records: readonly KamervraagRecord[],
  limit: number = siteSettings.feedEntries,
  fullText: number = FEED_FULL_TEXT_ENTRIES,
): readonly KamervraagRecord[] {
  return feedRecords(records, Math.min(limit, fullText));
}

/**
 * A feed of the newest records (given newest first). `entryOf` makes an entry (usually
 * {@link buildFeedEntry}), told whether it carries the whole document; a caller that writes many feeds
 * can hand out the same entry to each of them. Entries past the newest `fullText` keep no content.
 */
export function buildFeed(
  meta: FeedMeta,
  records: readonly KamervraagRecord[],
  entryOf: (record: KamervraagRecord, fullText: boolean) => FeedEntry,
  limit: number = siteSettings.feedEntries,
  fullText: number = FEED_FULL_TEXT_ENTRIES,
  ids: FeedIds = DEFAULT_FEED_IDS,
): Feed {
  const entries = feedRecords(records, limit).map((record, i) => {
    const entry = entryOf(record, i < fullText);
    return i < fullText ? entry : { ...entry, content: null };
  });
  const newest = entries.reduce<Date | null>((max, entry) => (max === null || entry.updated > max ? entry.updated : max), null);
  const { name, ...rest } = meta;
  return {
    ...rest,
    // The id names what the feed follows, not where it lives, so it survives a change of URLs.
    id: tagUri(name, ids),
    updated: newest ?? feedDate(`${ids.date.slice(0, 4)}-01-01`),
    entries,
  };
}

/** The facets that have a feed per group. */
export const FEED_FACETS = ["party", "member", "ministry", "topic"] as const satisfies readonly Facet[];

/**
 * What a group's feed is called, its subtitle, the title of the link to it and the text of its page's
 * link to the listing. A topic's name has a colon of its own (`Sociale zekerheid: Organisatie en
 * beleid`), so its feed is `Kamervragen over …` rather than `Kamervragen: …`.
 */
export function groupFeedTitles(group: Group): { title: string; subtitle: string; linkTitle: string; back: string } {
  const title = groupTitle(group);
  return group.facet === "topic"
    ? {
        title: labels.feeds.topicTitle(title),
        subtitle: labels.feeds.topicSubtitle(title),
        linkTitle: labels.feeds.topicLinkTitle(title),
        back: labels.feeds.topicPageBack(title),
      }
    : {
        title: labels.feeds.groupTitle(title),
        subtitle: labels.feeds.groupSubtitle(title),
        linkTitle: labels.feeds.linkTitle(title),
        back: labels.feeds.pageBack(title),
      };
}

/** What the feed of a group that has one (party, member, ministry, topic) follows, or null. */
export function groupFeedSource(group: Group): FeedSource | null {
  if (!(FEED_FACETS as readonly Facet[]).includes(group.facet)) return null;
  const { title, subtitle, back } = groupFeedTitles(group);
  const url = groupFeedUrl(group.facet, group.slug);
  return {
    meta: {
      url,
      alternate: groupUrl(group.facet, group.slug),
      page: feedPageUrl(url),
      rss: null,
      title,
      subtitle,
      name: `feed/${group.facet}/${group.slug}`,
    },
    records: group.records,
    back: { url: groupUrl(group.facet, group.slug), text: back },
  };
}

/** Every feed of the site: the site-wide one first, then one per party, member, ministry and topic. */
export function feedSources(browse: Browse): FeedSource[] {
  const site: FeedSource = {
    meta: {
      url: siteFeedUrl,
      alternate: homeUrl,
      page: feedPageUrl(siteFeedUrl),
      rss: siteRssUrl,
      title: labels.feeds.siteTitle,
      subtitle: labels.feeds.siteSubtitle,
      name: "feed",
    },
    records: browse.records,
    back: { url: allDocumentsUrl(), text: labels.allDocumentsLink(browse.records.length) },
  };
  const groups = FEED_FACETS.flatMap((facet) => browse.facets[facet] as Group[]);
  return [site, ...groups.map(groupFeedSource).filter((source): source is FeedSource => source !== null)];
}

/** Every feed of the site with its entries (see {@link buildFeed} for `entryOf`). */
export function buildFeeds(browse: Browse, entryOf: (record: KamervraagRecord, fullText: boolean) => FeedEntry): Feed[] {
  return feedSources(browse).map((source) => buildFeed(source.meta, source.records, entryOf));
}

/** What a feed's page shows (_includes/layouts/feed-page.njk). */
export interface FeedPage {
  /** The page's own URL: `/partij/vvd/feed/`. */
  url: string;
  /** The feed's URL, site-relative; the page shows it absolute, to be copied. */
  feedUrl: string;
  rssUrl: string | null;
  title: string;
  subtitle: string;
  /** How many entries the feed carries at most, and how many of them whole. */
  entries: number;
  fullText: number;
  /** The newest documents of the feed, newest first. */
  latest: readonly KamervraagRecord[];
  back: { url: string; text: string };
  navigation: NavigationItem[];
}

/** The page of one feed, with the site's main navigation (./navigation.ts). */
export function feedPage(source: FeedSource, navigation: NavigationItem[]): FeedPage {
  return {
    url: source.meta.page,
    feedUrl: source.meta.url,
    rssUrl: source.meta.rss,
    title: source.meta.title,
    subtitle: source.meta.subtitle,
    entries: siteSettings.feedEntries,
    fullText: Math.min(FEED_FULL_TEXT_ENTRIES, siteSettings.feedEntries),
    latest: source.records.slice(0, FEED_PAGE_LATEST),
    back: source.back,
    navigation,
  };
}
