/**
 * The browse pages as plain data for the layouts: one object per output page of every listing
 * (all documents, and each vergaderjaar, party, member, ministry, topic and kind, paginated), one per
 * facet index the site shows, and the home page's ways in. Built from the groups of ./facets.ts; texts
 * from src/labels.ts; URLs from ./urls.ts.
 */
import { FACETS, fileLetter, groupTitle, shownFacets, type Browse, type Facet, type Group, type TopicGroup } from "./facets.ts";
import { pageWindow, paginate } from "./pagination.ts";
import { labels } from "../labels.ts";
import type { KamervraagRecord } from "../model.ts";
import { FEED_FACETS, groupFeedTitles } from "./feeds.ts";
import { siteSettings } from "./config.ts";
import { navigation, type NavigationItem } from "./navigation.ts";
import { assignSlugs, slugify } from "./slug.ts";
import { allDocumentsUrl, facetIndexUrl, groupFeedUrl, groupUrl, pagedUrl } from "./urls.ts";

export { navigation, type NavigationItem } from "./navigation.ts";

export interface PaginationLink {
  /** The page number, or null for a gap (`…`). */
  number: number | null;
  url: string | null;
  current: boolean;
}

export interface PaginationView {
  previous: string | null;
  next: string | null;
  links: PaginationLink[];
}

export interface StatRow {
  term: string;
  value: string;
}

export interface ListingPage {
  /** This page's URL. */
  url: string;
  /** The index this listing belongs to, for the breadcrumb-like kicker link. */
  section: { text: string; url: string } | null;
  heading: string;
  /** A sentence under the heading (what a kind means, or that a ministry name is kept as printed). */
  intro: string | null;
  pageTitle: string;
  /** The page's meta description. */
  description: string;
  summary: string;
  stats: StatRow[];
  feed: { url: string; title: string } | null;
  records: KamervraagRecord[];
  /** Null when the listing has one page. */
  pagination: PaginationView | null;
  /** The site's main navigation (./navigation.ts). */
  navigation: NavigationItem[];
}

export interface IndexEntry {
  text: string;
  url: string;
  detail: string;
}

export interface IndexPage {
  url: string;
  facet: Facet;
  heading: string;
  intro: string;
  summary: string;
  pageTitle: string;
  entries: IndexEntry[];
  /**
   * The entries in sections, each with its heading and the heading's id: the members' by initial
   * letter, for an index as long as theirs (a thousand names over 30 years), the topics' by main topic.
   * null for the other indexes.
   */
  sections: Array<{ heading: string; id: string; entries: IndexEntry[] }> | null;
  /**
   * The name of the links to each section above them (`Naar beginletter`), or null for none: the
   * topics' index has its main topics as headings only, since a link named `Economie` to its heading
   * would share its name with the link to the listing of the main topic `Economie` alone.
   */
  jumpLabel: string | null;
}

/** The pagination bar of page `current` of `count`, for a listing whose first page is `firstPage`. */
export function paginationView(firstPage: string, current: number, count: number): PaginationView | null {
  if (count <= 1) return null;
  return {
    previous: current > 1 ? pagedUrl(firstPage, current - 1) : null,
    next: current < count ? pagedUrl(firstPage, current + 1) : null,
    links: pageWindow(current, count).map((n) =>
      n === "gap" ? { number: null, url: null, current: false } : { number: n, url: pagedUrl(firstPage, n), current: n === current },
    ),
  };
}

/** The answer-time figures of a group, as rows; only the document count when nothing was measured. */
export function statRows(group: Pick<Group, "stats">): StatRow[] {
  const { documents, measured, medianDays, withinDeadline, shareWithinDeadline } = group.stats;
  const rows: StatRow[] = [{ term: labels.stats.documents, value: String(documents) }];
  if (medianDays !== null && shareWithinDeadline !== null) {
    rows.push({ term: labels.stats.median, value: labels.days(medianDays) });
    rows.push({ term: labels.stats.withinDeadline, value: labels.stats.withinDeadlineValue(withinDeadline, measured, shareWithinDeadline) });
  }
  return rows;
}

function groupIntro(group: Group): string | null {
  if (group.facet === "kind") return labels.kinds[group.kind].description;
  if (group.facet === "topic") return labels.topicIntro;
  if (group.facet === "ministry" && !group.ministry.known) return labels.unknownMinistry;
  return null;
}

function pagesOf(
  records: readonly KamervraagRecord[],
  firstPage: string,
  make: (page: {
    url: string;
    number: number;
    count: number;
    first: number;
    last: number;
    total: number;
  }) => Omit<ListingPage, "url" | "records" | "pagination" | "summary" | "description" | "navigation">,
  menu: NavigationItem[],
  describe: (heading: string, summary: string) => string = (heading, summary) => `${heading}: ${summary}`,
): ListingPage[] {
  return paginate(records, siteSettings.pageSize).map((page) => {
    const made = make({ ...page, url: pagedUrl(firstPage, page.number) });
    const summary = labels.listingSummary(page.total, page.first, page.last, page.count);
    return {
      ...made,
      url: pagedUrl(firstPage, page.number),
      records: page.items,
      description: describe(made.heading, summary),
      summary,
      pagination: paginationView(firstPage, page.number, page.count),
      navigation: menu,
    };
  });
}

/** Every page of every listing. */
export function listingPages(browse: Browse): ListingPage[] {
  const menu = navigation(browse);
  const all = pagesOf(
    browse.records,
    allDocumentsUrl(),
    (page) => ({
      section: null,
      heading: labels.allDocuments,
      intro: null,
      pageTitle: labels.listingTitle(labels.allDocuments, null, page.number, page.count),
      stats: [],
      feed: null,
    }),
    menu,
  );
  const groups = FACETS.flatMap((facet) =>
    (browse.facets[facet] as Group[]).flatMap((group) => {
      const heading = groupTitle(group);
      const hasFeed = (FEED_FACETS as readonly Facet[]).includes(facet);
      return pagesOf(
        group.records,
        groupUrl(facet, group.slug),
        (page) => ({
          section: { text: labels.facets[facet].many, url: facetIndexUrl(facet) },
          heading,
          intro: groupIntro(group),
          pageTitle: labels.listingTitle(heading, labels.facets[facet].many, page.number, page.count),
          stats: statRows(group),
          feed: hasFeed ? { url: groupFeedUrl(facet, group.slug), title: groupFeedTitles(group).linkTitle } : null,
        }),
        menu,
        // A topic's name has a colon of its own.
        facet === "topic" ? labels.topicDescription : undefined,
      );
    }),
  );
  return [...all, ...groups];
}

function indexEntry(group: Group): IndexEntry {
  const url = groupUrl(group.facet, group.slug);
  const { documents, medianDays, shareWithinDeadline } = group.stats;
  switch (group.facet) {
    case "member":
      // The party is part of the link text: two members may share a name (WCAG 2.4.4).
      return { text: group.name, url, detail: labels.documentCount(documents) };
    case "kind":
      return { text: labels.kinds[group.kind].name, url, detail: `${labels.documentCount(documents)}. ${labels.kinds[group.kind].description}` };
    case "ministry":
      return { text: groupTitle(group), url, detail: labels.stats.summary(documents, medianDays, shareWithinDeadline) };
    default:
      return { text: group.name, url, detail: labels.stats.summary(documents, medianDays, shareWithinDeadline) };
  }
}

/** The index page of every facet the site shows. */
export function indexPages(browse: Browse): IndexPage[] {
  return shownFacets(browse).map((facet) => {
    const groups = browse.facets[facet] as Group[];
    const { many, count } = labels.facets[facet];
    const entries = groups.map(indexEntry);
    let summary = `${count(groups.length)}.`;
    if (facet === "topic") {
      // A document without topics is in none of these lists: say so, or the index looks like the whole archive.
      const without = browse.records.filter((record) => browse.groupsOf(record.id).topic.length === 0).length;
      if (without > 0) summary = `${summary} ${labels.withoutTopic(without, browse.records.length)}`;
    }
    return {
      url: facetIndexUrl(facet),
      facet,
      heading: many,
      intro: labels.facetIntro[facet],
      summary,
      pageTitle: `${many} — Kamervragen`,
      entries,
      sections: facet === "member" ? letterSections(groups, entries) : facet === "topic" ? topicSections(browse.facets.topic, entries) : null,
      jumpLabel: facet === "member" ? labels.letters : null,
    };
  });
}

/** The entries of groups (sorted as filed) in sections by the letter each group's name is filed under. */
function letterSections(groups: readonly Group[], entries: readonly IndexEntry[]): NonNullable<IndexPage["sections"]> {
  return sectionsBy(groups, entries, (group) => {
    const letter = fileLetter(group.name);
    return { heading: letter, id: `letter-${letter === "#" ? "overig" : letter.toLowerCase()}` };
  });
}

/** The entries of the topics (sorted by main topic) in a section per main topic. */
function topicSections(groups: readonly TopicGroup[], entries: readonly IndexEntry[]): NonNullable<IndexPage["sections"]> {
  const ids = assignSlugs(groups.map((group) => ({ key: group.main, slug: slugify(group.main) })));
  return sectionsBy(groups, entries, (group) => ({ heading: group.main, id: `hoofdonderwerp-${ids.get(group.main) ?? ""}` }));
}

/** Consecutive groups with the same heading in one section. */
function sectionsBy<G extends Group>(
  groups: readonly G[],
  entries: readonly IndexEntry[],
  sectionOf: (group: G) => { heading: string; id: string },
): NonNullable<IndexPage["sections"]> {
  const sections: NonNullable<IndexPage["sections"]> = [];
  for (const [i, group] of groups.entries()) {
    const { heading, id } = sectionOf(group);
    let section = sections.at(-1);
    if (section?.heading !== heading) {
      section = { heading, id, entries: [] };
      sections.push(section);
    }
    section.entries.push(entries[i]!);
  }
  return sections;
}

/** The home page's ways in: every listing index the site shows, with how much it holds. */
export function waysIn(browse: Browse): IndexEntry[] {
  return [
    { text: labels.allDocuments, url: allDocumentsUrl(), detail: labels.documentCount(browse.records.length) },
    ...shownFacets(browse).map((facet) => ({
      text: labels.facets[facet].by,
      url: facetIndexUrl(facet),
      detail: labels.facets[facet].count(browse.facets[facet].length),
    })),
  ];
}
