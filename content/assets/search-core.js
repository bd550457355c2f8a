// @ts-check
/**
 * The pure part of the search page's script (./search.js): the state of a search as the address and
 * the form hold it, what to ask Pagefind for it, and the texts shown. No DOM here, so the tests import
 * this module as it is served. The texts themselves come from src/labels.ts, through the page.
 *
 * @typedef {import("../../src/site/search-fields.ts").SearchPageConfig} SearchPageConfig
 * @typedef {SearchPageConfig["texts"]} SearchTexts
 * @typedef {{ query: string, filters: Record<string, string[]>, sort: string }} SearchState
 * @typedef {{ term: string | null, options: { filters: Record<string, { any: string[] }>, sort?: Record<string, "asc" | "desc"> } }} SearchRequest
 * @typedef {{ url: string, years: [string, string] }} IndexPart
 */

const NUMBER = new Intl.NumberFormat("nl-NL");
const COLLATOR = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

/**
 * Fills `{name}` placeholders: `fill("{count} documenten", { count: "12" })` → `12 documenten`.
 * @param {string} template
 * @param {Record<string, string | number>} values
 * @returns {string}
 */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/gu, (whole, /** @type {string} */ name) => (name in values ? String(values[name]) : whole));
}

/**
 * `Geen documenten`, `1 document`, `1.234 documenten`.
 * @param {SearchTexts} texts
 * @param {number} count
 */
export function documentsText(texts, count) {
  if (count === 0) return texts.documentsNone;
  if (count === 1) return texts.documentsOne;
  return fill(texts.documentsMany, { count: NUMBER.format(count) });
}

/**
 * What is announced after a search: `12 documenten gevonden voor «woningen».` When only some years
 * were searched (see `searchedYears`), a second sentence says which, and that more results search on.
 * @param {SearchTexts} texts
 * @param {{ count: number, query: string, filtered: boolean, scope?: { years: [string, string], order: "asc" | "desc" } | null }} search
 */
export function summaryText(texts, { count, query, filtered, scope = null }) {
  const documents = documentsText(texts, count);
  const summary = query ? fill(filtered ? texts.summaryQueryFiltered : texts.summaryQuery, { documents, query }) : fill(texts.summaryFiltered, { documents });
  if (!scope) return summary;
  const [from, to] = scope.years;
  return `${summary} ${fill(scope.order === "asc" ? texts.scopeLater : texts.scopeEarlier, { years: from === to ? from : `${from}–${to}` })}`;
}

/**
 * A filter's choice with its count: `VVD (3)`.
 * @param {SearchTexts} texts
 * @param {string} value
 * @param {number} count
 */
export function optionText(texts, value, count) {
  return fill(texts.filterOption, { value, count: NUMBER.format(count) });
}

/**
 * The order in which a filter offers its values: vergaderjaren newest first, the rest alphabetically
 * the Dutch way.
 * @param {string} key
 * @param {Iterable<string>} values
 * @returns {string[]}
 */
export function sortedValues(key, values) {
  const sorted = [...values].sort(COLLATOR.compare);
  return key === "year" ? sorted.reverse() : sorted;
}

/**
 * The search the address (or the form, as URLSearchParams) describes. Unknown parameters and empty
 * values are ignored; the query's spaces are tidied.
 * @param {URLSearchParams} params
 * @param {SearchPageConfig} config
 * @returns {SearchState}
 */
export function readState(params, config) {
  /** @type {Record<string, string[]>} */
  const filters = {};
  for (const filter of config.filters) {
    const values = [...new Set(params.getAll(filter.param).filter((value) => value !== ""))];
    if (values.length > 0) filters[filter.key] = values;
  }
  const sort = params.get(config.sort.param) ?? "";
  return {
    query: (params.get("q") ?? "").replace(/\s+/gu, " ").trim(),
    filters,
    sort: config.sort.options.some((option) => option.value === sort) ? sort : "",
  };
}

/**
 * The address's query string for a search, parameters in the form's order.
 * @param {SearchState} state
 * @param {SearchPageConfig} config
 * @returns {string}
 */
export function stateQuery(state, config) {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const filter of config.filters) {
    for (const value of state.filters[filter.key] ?? []) params.append(filter.param, value);
  }
  if (state.sort) params.set(config.sort.param, state.sort);
  return params.toString();
}

/**
 * Whether there is anything to search for: a query or a filter.
 * @param {SearchState} state
 */
export function hasSearch(state) {
  return state.query !== "" || Object.keys(state.filters).length > 0;
}

/**
 * What to ask Pagefind: the query (or null to list by filters alone), each filter's values as
 * alternatives (a document of either party), filters together as conditions, and the sort order.
 * Without a query there is no relevance to rank by, so the newest come first.
 * @param {SearchState} state
 * @param {SearchPageConfig} config
 * @returns {SearchRequest}
 */
export function searchRequest(state, config) {
  /** @type {SearchRequest["options"]["filters"]} */
  const filters = {};
  for (const [key, values] of Object.entries(state.filters)) filters[key] = { any: values };
  const order = config.sort.options.find((option) => option.value === state.sort)?.order ?? (state.query ? null : "desc");
  return {
    term: state.query || null,
    options: { filters, ...(order ? { sort: { [config.sort.key]: order } } : {}) },
  };
}

/**
 * The order of a request's results by date, or null for relevance.
 * @param {SearchRequest["options"]} options
 * @returns {"asc" | "desc" | null}
 */
export function sortOrder(options) {
  return Object.values(options.sort ?? {})[0] ?? null;
}

/**
 * The parts of the index (given newest first) in the order a search sorted by date reads them. The
 * parts cover separate years, so reading them one after the other gives the results in order, and the
 * first results need only the first part.
 * @template {IndexPart} P
 * @param {readonly P[]} parts
 * @param {"asc" | "desc"} order
 * @returns {P[]}
 */
export function partsInOrder(parts, order) {
  return order === "asc" ? [...parts].reverse() : [...parts];
}

/**
 * The years the first `searched` parts of `ordered` cover, earliest and latest.
 * @param {readonly IndexPart[]} ordered
 * @param {number} searched
 * @returns {[string, string]}
 */
export function searchedYears(ordered, searched) {
  const years = ordered.slice(0, searched).flatMap((part) => part.years);
  const sorted = years.sort();
  return [sorted[0] ?? "", sorted.at(-1) ?? ""];
}

/**
 * Pagefind's excerpt as text and highlighted parts, so the page can build it without parsing HTML.
 * Pagefind escapes `<`, `>` (and sometimes `&`) in the text and marks the matches with `<mark>`.
 * @param {string} excerpt
 * @returns {Array<{ text: string, mark: boolean }>}
 */
export function excerptParts(excerpt) {
  /** @type {Array<{ text: string, mark: boolean }>} */
  const parts = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/u)) {
    if (piece === "<mark>") mark = true;
    else if (piece === "</mark>") mark = false;
    else if (piece !== "") parts.push({ text: decodeEntities(piece), mark });
  }
  return parts;
}

/** @type {Record<string, string>} */
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'", nbsp: "\u00a0" };

/**
 * @param {string} text
 * @returns {string}
 */
function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#x27);/gu, (_whole, /** @type {keyof typeof ENTITIES} */ name) => ENTITIES[name] ?? "");
}

/**
 * A search's filters without one of them: the search whose counts a filter's own choices show, since
 * choosing another value of a filter adds its documents (`any`) rather than narrowing them.
 * @param {SearchRequest["options"]["filters"]} filters
 * @param {string} key
 * @returns {SearchRequest["options"]["filters"]}
 */
export function withoutFilter(filters, key) {
  return Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));
}

/**
 * Adds Pagefind's counts per filter value (`search.filters`) of the filters `keep` accepts into
 * `into`, as the parts of the index are counted one by one.
 * @param {Record<string, Record<string, number>>} into
 * @param {Record<string, Record<string, number>> | undefined} counts
 * @param {(key: string) => boolean} keep
 */
export function addCounts(into, counts, keep) {
  for (const [key, values] of Object.entries(counts ?? {})) {
    if (!keep(key)) continue;
    const target = (into[key] ??= {});
    for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
  }
  return into;
}
