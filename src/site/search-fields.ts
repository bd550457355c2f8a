/**
 * Search (Pagefind): what the index knows of each document besides its text, and what the search page
 * hands its script. Pure functions, tested without Eleventy; src/render/nunjucks.ts makes them the
 * templates' `searchPage` and filters, and src/search/ writes the index.
 *
 * A document's filters use the same groups and names as the listings (./facets.ts), so a
 * filter value in the search page is exactly the name of a listing: `GroenLinks` for `GL`, one
 * `Ministerie van Justitie en Veiligheid` however the document addressed it.
 */
import { browseOf, buildBrowse, groupTitle, shownFacets, type Browse, type Facet } from "./facets.ts";
import { joinDutch, labels } from "../labels.ts";
import type { KamervraagRecord } from "../model.ts";
import { documentHeading, dutchDate, respondentName, sessionYear } from "./format.ts";
import { partSize, searchParts, type SearchPage } from "./search-parts.ts";
import { withPathPrefix, type SiteData } from "./config.ts";
import { documentUrl, facetPaths, searchNumbersUrl, searchWordsUrl, searchZakenUrl } from "./urls.ts";

/** A facet whose filter is a select: what its first option, no choice made, says (src/labels.ts). */
type SelectFacet = keyof typeof labels.search.anyValue;

/**
 * The filters of the search page, in its order, and the control each gets; a facet the site does not
 * show (no document has a topic) has no filter (./facets.ts, `shownFacets`).
 */
export const SEARCH_FILTERS: ReadonlyArray<{ facet: SelectFacet; control: "select" } | { facet: Facet; control: "checkbox" }> = [
  { facet: "party", control: "checkbox" },
  // Long lists (every member who ever asked, every ministry, the publisher's hundreds of topics) are a
  // select: one Tab stop, type-ahead.
  { facet: "member", control: "select" },
  { facet: "ministry", control: "select" },
  { facet: "topic", control: "select" },
  { facet: "year", control: "checkbox" },
  { facet: "kind", control: "checkbox" },
];

/** The Pagefind sort key: the answer date, then the listings' tie-breakers. */
export const SORT_KEY = "date";

/** The query string parameter of the sort order, and its values. */
export const SORT_PARAM = "volgorde";

/**
 * Pagefind metadata: what a result shows (subject, answer date, or without one the date the questions
 * were sent, askers, ministry or ministries, number), and `respondents`, which only makes them
 * findable. Pagefind searches the metadata's words too, which is how a document is found by its
 * askers, ministry, number and who answered: the document page's metadata block is left out of the
 * indexed text (_includes/layouts/document.njk), so that excerpts are of the questions and answers.
 * What a date is (an answer's or a postponement notice's) the result's kind filter says: a word in
 * the metadata would be found by a search for it.
 */
export type SearchMetaKey = "title" | "date" | "datetime" | "submitted" | "submittedtime" | "askers" | "ministry" | "ministries" | "number" | "respondents";

export interface SearchFields {
  /** Pagefind filters: the facet as key, one entry per value. */
  filters: Array<{ key: Facet; values: string[] }>;
  sort: { key: string; value: string };
  /** Pagefind metadata; never empty values. */
  meta: Array<{ key: SearchMetaKey; value: string }>;
}

/** A document's vergaderjaar and number as the Handelingen cite it: `2023–2024 nr. 1771`. */
export function documentNumberText(record: Pick<KamervraagRecord, "sessionYear" | "number">): string {
  return labels.search.client.numberText.replace("{year}", sessionYear(record.sessionYear)).replace("{number}", String(record.number));
}

/**
 * The sort key of a document: its answer date (else its submission date), then vergaderjaar and number,
 * so that sorting on it gives exactly the listings' order (src/corpus/load.ts, `newestFirst`). Pagefind
 * compares the keys as text, and every indexed page has one: a page without drops out of sorted
 * results. A document without any date sorts as the oldest.
 */
export function sortKey(record: Pick<KamervraagRecord, "answered" | "submitted" | "sessionYear" | "number">): string {
  const date = record.answered ?? record.submitted ?? "0000-00-00";
  return `${date} ${record.sessionYear} ${String(record.number).padStart(6, "0")}`;
}

/** The filters, sort key and result metadata of one document, as the listings name things. */
export function searchFields(record: KamervraagRecord, browse: Browse): SearchFields {
  const groups = browse.groupsOf(record.id);
  const filters: SearchFields["filters"] = [
    { key: "party", values: groups.party.map((g) => g.name) },
    { key: "member", values: groups.member.map((g) => g.name) },
    { key: "ministry", values: groups.ministry.map(groupTitle) },
    { key: "topic", values: groups.topic.map(groupTitle) },
    { key: "year", values: groups.year.map((g) => g.name) },
    { key: "kind", values: groups.kind.map(groupTitle) },
  ];
  const askers = joinDutch(groups.member.map((g) => g.name));
  const ministries = groups.ministry.map(groupTitle);
  const respondents = joinDutch(record.respondents.map(respondentName));
  const meta: SearchFields["meta"] = [
    { key: "title", value: documentHeading(record) },
    ...(record.answered
      ? [
          { key: "date" as const, value: dutchDate(record.answered) },
          { key: "datetime" as const, value: record.answered },
        ]
      : record.submitted
        ? [
            { key: "submitted" as const, value: dutchDate(record.submitted) },
            { key: "submittedtime" as const, value: record.submitted },
          ]
        : []),
    ...(askers ? [{ key: "askers" as const, value: askers }] : []),
    ...(ministries.length > 0 ? [{ key: ministries.length === 1 ? ("ministry" as const) : ("ministries" as const), value: joinDutch(ministries) }] : []),
    { key: "number", value: documentNumberText(record) },
    ...(respondents ? [{ key: "respondents" as const, value: respondents }] : []),
  ];
  return {
    filters: filters.filter((f) => f.values.length > 0),
    sort: { key: SORT_KEY, value: sortKey(record) },
    meta,
  };
}

/** What the search page's script needs to know, handed to it as JSON in a data attribute. */
export interface SearchPageConfig {
  filters: Array<{ key: Facet; param: string; label: string; control: "checkbox" | "select"; any: string | null }>;
  sort: { key: string; param: string; options: Array<{ value: string; label: string; order: "asc" | "desc" | null }> };
  /**
   * What the page reads besides the index, root-relative (the script adds the path prefix): the words
   * for its suggestions, and the documents by number per vergaderjaar (`{year}`: `2023-2024`) and by
   * zaak (`{shard}`: `2024Z01`), src/search/.
   */
  files: { words: string; numbers: string; zaken: string };
  /** The kind filter's value of a postponement notice, whose date is the notice's (`Mededelingen`). */
  noticeKind: string;
  texts: typeof labels.search.client;
}

/**
 * The search page's configuration for a site with the groups of `browse` (by default, of no
 * documents): a filter for every facet the site shows.
 */
export function searchPageConfig(browse: Pick<Browse, "facets"> = buildBrowse([])): SearchPageConfig {
  const { client } = labels.search;
  const shown = shownFacets(browse);
  return {
    filters: SEARCH_FILTERS.filter((filter) => shown.includes(filter.facet)).map((filter) => ({
      key: filter.facet,
      param: facetPaths[filter.facet],
      label: labels.facets[filter.facet].one,
      control: filter.control,
      any: filter.control === "select" ? labels.search.anyValue[filter.facet] : null,
    })),
    sort: {
      key: SORT_KEY,
      param: SORT_PARAM,
      options: [
        // Newest first by default: a large archive's index is in parts by year, and a search sorted by
        // date needs only the newest part for its first results (assets/search.js). An address with
        // the earlier `volgorde=nieuwste` is an unknown value, so the default: the same order.
        { value: "", label: client.sortNewest, order: "desc" },
        { value: "relevantie", label: client.sortRelevance, order: null },
        { value: "oudste", label: client.sortOldest, order: "asc" },
      ],
    },
    files: { words: searchWordsUrl, numbers: searchNumbersUrl("{year}"), zaken: searchZakenUrl("{shard}") },
    noticeKind: labels.kinds.mededeling.name,
    texts: client,
  };
}

/** The pages the search index holds: every document page, with its sort key and its zaak, by which the search page finds it. */
export function searchPages(documents: readonly KamervraagRecord[]): SearchPage[] {
  return documents.map((record) => ({ url: documentUrl(record.id), sortKey: sortKey(record), zaak: record.zaak }));
}

/**
 * Every value of each search filter with the number of documents that have it, as the index holds them
 * (the same {@link searchFields}): the search page's choices and counts before any search. Pagefind's
 * own `filters()` would give the same, but only after loading the filter files of every part of the
 * index, which at 87,000 documents weigh more than the rest of a first search together.
 */
export function searchFacetCounts(documents: readonly KamervraagRecord[]): Partial<Record<Facet, Record<string, number>>> {
  const browse = browseOf(documents);
  const counts: Partial<Record<Facet, Record<string, number>>> = {};
  for (const record of documents) {
    for (const { key, values } of searchFields(record, browse).filters) {
      const facet = (counts[key] ??= {});
      for (const value of values) facet[value] = (facet[value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * The parts of the search index (./search-parts.ts) as the search page uses them: each bundle's URL
 * with the path prefix and the years it covers, newest first; the first is the main bundle.
 * `givenPartSize` is the build's `--search-part-size`, if any.
 */
export function searchIndexParts(
  documents: readonly KamervraagRecord[],
  site: Pick<SiteData, "pathPrefix">,
  givenPartSize?: number,
): Array<{ url: string; years: [string, string] }> {
  return searchParts(searchPages(documents), partSize(documents.length, givenPartSize)).map((part) => ({
    url: withPathPrefix(site.pathPrefix, part.bundleUrl),
    years: part.years,
  }));
}
