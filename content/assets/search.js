// @ts-check
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The search page (/zoeken/): searches the Pagefind index through its JavaScript API
 * (https://pagefind.app/docs/api/), with the page's own form, filters and result list. Loaded only on
 * that page, as a module from the site itself (the Content-Security-Policy allows nothing inline).
 *
 * - The form works without this script: it sends `?q=` and the filters to the same page, and this
 *   script reads them from the address on load, so a link or the header's field starts a search.
 * - A search runs on submit (Enter or the button), and when a filter or the order changes; never on
 *   every keystroke. Typing only preloads the index chunks the query will need.
 * - The number of documents found is put once per search, after the results are shown, in the
 *   polite live region (`role="status"`). Focus stays where it is: in the field after Enter, on the
 *   checkbox after Space, so the query can be refined at once; the results follow in reading order.
 * - Newest first is the default order. A large archive's index is in parts by year: sorted by date, a
 *   search reads the parts one after the other, only as far as the results shown need, so a first
 *   search loads the index of the newest years alone. Until every part is read, the announcement says
 *   which years were searched. By relevance every part is searched at once.
 * - "More results" appends the next ten (reading further parts if need be) and moves focus to the
 *   first of them.
 * - The filters' choices and their counts for the whole archive come with the page (`data-facets`).
 *   The counts for a search need every filter file of every part of the index, which at the size of
 *   the archive outweigh the rest of a first search: they are fetched after the first results are
 *   shown, and until they are there a choice shows its name without a count rather than a wrong one.
 *
 * @typedef {import("./search-core.js").SearchPageConfig} SearchPageConfig
 * @typedef {import("./search-core.js").SearchState} SearchState
 * @typedef {import("./search-core.js").SearchRequest} SearchRequest
 * @typedef {import("./search-core.js").IndexPart} IndexPart
 * @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined> }} ResultData
 * @typedef {{ id: string, data(): Promise<ResultData> }} Result
 * @typedef {{ results: Result[], totalFilters: Record<string, Record<string, number>> }} Search
 * @typedef {{
 *   options(options: { baseUrl: string }): Promise<void>,
 *   filters(): Promise<Record<string, Record<string, number>>>,
 *   search(term: string | null, options: object): Promise<Search>,
 *   preload(term: string): Promise<void>,
 *   mergeIndex(path: string): Promise<void>,
 *   createInstance(options: { basePath: string }): Pagefind,
 * }} Pagefind
 */
import {
  excerptParts,
  fill,
  hasSearch,
  joinSortedSearches,
  optionText,
  partsInOrder,
  readState,
  searchedYears,
  searchRequest,
  sortedValues,
  sortOrder,
  stateQuery,
  summaryText,
} from "./search-core.js";

/** Results shown at once, and added by "more results". */
const PAGE_SIZE = 10;
/** A select changes on every arrow key: search once the choice has settled. */
const SELECT_DELAY = 500;

const root = document.querySelector("[data-kv-search]");
if (root instanceof HTMLElement) void start(root);

/**
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @template {Element} T
 * @param {ParentNode} parent
 * @param {string} selector
 * @param {new () => T} type
 * @returns {T}
 */
function part(parent, selector, type) {
  const node = parent.querySelector(selector);
  if (!(node instanceof type)) throw new Error(`search page: ${selector} missing`);
  return node;
}

/** @param {HTMLElement} root */
async function start(root) {
  /** @type {SearchPageConfig} */
  const config = JSON.parse(root.dataset["config"] ?? "{}");
  const texts = config.texts;
  const form = part(root, "form", HTMLFormElement);
  const field = part(form, "input[name=q]", HTMLInputElement);
  const options = part(root, "[data-kv-search-options]", HTMLElement);
  const fallback = part(root, "[data-kv-search-fallback]", HTMLElement);
  const status = part(root, "[data-kv-search-status]", HTMLElement);
  const section = part(root, "[data-kv-search-results]", HTMLElement);

  const list = element("ol", "kv-list kv-results__list");
  const moreRow = element("p", "kv-results__more");
  const more = element("button", "kv-button kv-button--secondary");
  more.setAttribute("type", "button");
  moreRow.append(more);
  moreRow.hidden = true;
  section.append(list, moreRow);

  // The script runs: the message for browsers without it no longer applies.
  fallback.hidden = true;

  /** @type {Pagefind} */
  let pagefind;
  const bundle = root.dataset["bundle"] ?? "/pagefind/";
  const baseUrl = root.dataset["baseUrl"] ?? "/";
  /**
   * The parts of the index (src/site/search-parts.ts), newest first, each with the years it
   * covers; the first is the main bundle. A small archive has one.
   * @type {IndexPart[]}
   */
  const given = JSON.parse(root.dataset["parts"] ?? "[]");
  /** @type {IndexPart[]} */
  const parts = given.length > 0 ? given : [{ url: bundle, years: ["", ""] }];
  /** @type {Record<string, Record<string, number>>} Each filter's values with their count in the archive. */
  const facets = JSON.parse(root.dataset["facets"] ?? "{}");
  /** Where each filter choice shows its count, by facet and value, to update after every search. */
  /** @type {Map<string, { key: string, value: string, node: HTMLElement }>} */
  const countLabels = new Map();
  try {
    pagefind = await import(`${bundle}pagefind.js`);
    buildOptions(facets);
  } catch (error) {
    unavailable(error);
    return;
  }

  /** @type {Map<IndexPart, Promise<Pagefind>>} One Pagefind instance per part, made when first searched. */
  const partInstances = new Map();
  /** @param {IndexPart} indexPart */
  function partInstance(indexPart) {
    let instance = partInstances.get(indexPart);
    if (!instance) {
      instance = (async () => {
        const made = pagefind.createInstance({ basePath: indexPart.url });
        await made.options({ baseUrl });
        return made;
      })();
      partInstances.set(indexPart, instance);
    }
    return instance;
  }

  /** @type {Promise<Pagefind> | null} Every part merged into one instance, for a search by relevance. */
  let whole = null;
  function wholeIndex() {
    const [main, ...others] = parts;
    if (others.length === 0 && main) return partInstance(main);
    // An instance of its own: merged into, the main part's instance would no longer search that part alone.
    whole ??= (async () => {
      const made = pagefind.createInstance({ basePath: main?.url ?? bundle });
      await made.options({ baseUrl });
      for (const other of others) await made.mergeIndex(other.url);
      return made;
    })();
    return whole;
  }

  /**
   * A search and how far it has read. By relevance it searches every part at once, merged: a
   * result's rank depends on all of them. Sorted by date it reads the parts one by one in the order of
   * the sort (`partsInOrder`), only as far as the results shown need: a first search of a large
   * archive then loads the index of its newest years, not of thirty.
   * @typedef {{
   *   term: string | null,
   *   request: SearchRequest["options"],
   *   order: "asc" | "desc" | null,
   *   ordered: IndexPart[],
   *   searched: number,
   *   results: Result[],
   *   instances: Pagefind[],
   *   searches: Search[],
   *   counted: boolean,
   * }} Found
   */

  /**
   * Starts a search: reads parts until `wanted` results are there or every part is read.
   * @param {string | null} term
   * @param {SearchRequest["options"]} request
   * @param {number} wanted
   * @returns {Promise<Found>}
   */
  async function startSearch(term, request, wanted) {
    const order = sortOrder(request);
    if (!order) {
      const instance = await wholeIndex();
      const counted = filtersLoaded.has(instance);
      const search = await instance.search(term, request);
      return { term, request, order, ordered: parts, searched: parts.length, results: search.results, instances: [instance], searches: [search], counted };
    }
    /** @type {Found} */
    const found = { term, request, order, ordered: partsInOrder(parts, order), searched: 0, results: [], instances: [], searches: [], counted: true };
    await readOn(found, wanted);
    return found;
  }

  /**
   * Reads further parts of a search sorted by date until it has `wanted` results or has read them all.
   * @param {Found} found
   * @param {number} wanted
   */
  async function readOn(found, wanted) {
    while (found.results.length < wanted && found.searched < found.ordered.length) {
      const next = found.ordered[found.searched];
      if (!next) break;
      const instance = await partInstance(next);
      // Pagefind counts per filter value only with the instance's filter files in memory.
      found.counted &&= filtersLoaded.has(instance);
      const search = await instance.search(found.term, found.request);
      found.results.push(...search.results);
      found.instances.push(instance);
      found.searches.push(search);
      found.searched += 1;
    }
  }

  /** Whether a search has read every part, so that its count is the archive's. */
  const complete = (/** @type {Found} */ found) => found.searched >= found.ordered.length;

  /** Instances whose filter files are loaded, and those being loaded: their searches count per filter value. */
  const filtersLoaded = new Set();
  /** @type {Map<Pagefind, Promise<unknown>>} */
  const filtersLoading = new Map();

  /** Loads the filter files of these instances (once each). */
  function loadFilters(/** @type {Pagefind[]} */ instances) {
    return Promise.all(
      instances.map((instance) => {
        let loading = filtersLoading.get(instance);
        if (!loading) {
          loading = instance.filters().then(() => filtersLoaded.add(instance));
          filtersLoading.set(instance, loading);
        }
        return loading;
      }),
    );
  }

  /** Without the index there is no search: says so, and shows the links to the lists again. */
  function unavailable(/** @type {unknown} */ error) {
    part(fallback, "[data-kv-search-noscript]", HTMLElement).hidden = true;
    fallback.hidden = false;
    status.textContent = texts.unavailable;
    console.error(error);
  }

  /** Filters and order, from the index's own values and counts. */
  function buildOptions(/** @type {Record<string, Record<string, number>>} */ counts) {
    for (const filter of config.filters) {
      const values = sortedValues(filter.key, Object.keys(counts[filter.key] ?? {}));
      if (values.length === 0) continue;
      if (filter.control === "checkbox") {
        const fieldset = element("fieldset", "kv-search__facet");
        fieldset.append(element("legend", "kv-search__legend", filter.label));
        const choices = element("div", "kv-search__choices");
        values.forEach((value, i) => {
          const id = `filter-${filter.param}-${i + 1}`;
          const choice = element("div", "kv-search__choice");
          const input = element("input");
          Object.assign(input, { type: "checkbox", id, name: filter.param, value });
          const label = element("label", undefined, optionText(texts, value, counts[filter.key]?.[value] ?? 0));
          label.setAttribute("for", id);
          choice.append(input, label);
          choices.append(choice);
          countLabels.set(`${filter.key}\u0000${value}`, { key: filter.key, value, node: label });
        });
        fieldset.append(choices);
        options.append(fieldset);
      } else {
        const id = `filter-${filter.param}`;
        const wrapper = element("div", "kv-search__field");
        const label = element("label", "kv-search__legend", filter.label);
        label.setAttribute("for", id);
        const select = element("select", "kv-search__select");
        Object.assign(select, { id, name: filter.param });
        select.append(new Option(filter.any ?? "", ""));
        for (const value of values) {
          const option = new Option(optionText(texts, value, counts[filter.key]?.[value] ?? 0), value);
          select.append(option);
          countLabels.set(`${filter.key}\u0000${value}`, { key: filter.key, value, node: option });
        }
        wrapper.append(label, select);
        options.append(wrapper);
      }
    }
    const wrapper = element("div", "kv-search__field");
    const label = element("label", "kv-search__legend", texts.sortLabel);
    label.setAttribute("for", "volgorde");
    const select = element("select", "kv-search__select");
    Object.assign(select, { id: "volgorde", name: config.sort.param });
    for (const option of config.sort.options) select.append(new Option(option.label, option.value));
    wrapper.append(label, select);
    options.append(wrapper);
    options.hidden = false;
  }

  /** @param {Record<string, Record<string, number>> | null} counts null: not known yet, the names alone. */
  function updateCounts(counts) {
    for (const { key, value, node } of countLabels.values()) node.textContent = counts ? optionText(texts, value, counts[key]?.[value] ?? 0) : value;
  }

  /**
   * The counts of a search that has read every part, once its instances have their filter files
   * (loaded now if need be, then the search is run again from what is in memory). A search that has
   * read only some years shows the choices by name: counts of those years alone would read as the
   * archive's.
   * @param {number} mine
   * @param {Found} found
   */
  function showCounts(mine, found) {
    if (!complete(found)) {
      updateCounts(null);
      return;
    }
    if (found.counted) {
      updateCounts(joinSortedSearches(found.searches, found.order ?? "desc").totalFilters);
      return;
    }
    updateCounts(null);
    loadFilters(found.instances)
      .then(async () => {
        if (mine !== generation) return;
        const again = await Promise.all(found.instances.map((instance) => instance.search(found.term, found.request)));
        if (mine === generation) updateCounts(joinSortedSearches(again, found.order ?? "desc").totalFilters);
      })
      // Counts are extra: without them the choices still work, by name.
      .catch((error) => console.error(error));
  }

  /** Puts the form in the state the address describes. */
  function showState(/** @type {SearchState} */ state) {
    field.value = state.query;
    for (const control of form.elements) {
      if (control instanceof HTMLInputElement && control.type === "checkbox") {
        const filter = config.filters.find((f) => f.param === control.name);
        control.checked = filter ? (state.filters[filter.key] ?? []).includes(control.value) : false;
      } else if (control instanceof HTMLSelectElement) {
        const filter = config.filters.find((f) => f.param === control.name);
        const wanted = filter ? (state.filters[filter.key]?.[0] ?? "") : state.sort;
        control.value = [...control.options].some((o) => o.value === wanted) ? wanted : "";
      }
    }
  }

  /** @returns {SearchState} */
  function formState() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string") params.append(name, value);
    return readState(params, config);
  }

  /** Says something in the live region once, even when it is the same as last time. */
  function announce(/** @type {string} */ text) {
    if (status.textContent === text) {
      status.textContent = "";
      setTimeout(() => (status.textContent = text), 100);
    } else {
      status.textContent = text;
    }
  }

  /** @param {ResultData} data */
  function resultItem(data) {
    const item = element("li", "kv-list__item kv-results__item");
    const heading = element("h3", "kv-list__title");
    const link = element("a", undefined, data.meta["title"] ?? data.url);
    link.setAttribute("href", data.url);
    heading.append(link);
    item.append(heading);
    const meta = element("dl", "kv-list__meta");
    /** @param {string} term @param {Node} value */
    const row = (term, value) => {
      const div = element("div");
      const dd = element("dd");
      dd.append(value);
      div.append(element("dt", undefined, term), dd);
      meta.append(div);
    };
    if (data.meta["date"]) {
      const time = element("time", undefined, data.meta["date"]);
      if (data.meta["datetime"]) time.setAttribute("datetime", data.meta["datetime"]);
      row(texts.date, time);
    }
    if (data.meta["askers"]) row(texts.askers, document.createTextNode(data.meta["askers"]));
    if (meta.children.length > 0) item.append(meta);
    const excerpt = element("p", "kv-results__excerpt");
    for (const { text, mark } of excerptParts(data.excerpt)) {
      excerpt.append(mark ? element("mark", undefined, text) : document.createTextNode(text));
    }
    item.append(excerpt);
    return item;
  }

  /**
   * Two results with the same subject (the questions' Mededeling and, later, their answer) get their
   * id in the link's name, for a list of links read out of context (WCAG 2.4.9).
   */
  function nameRepeatedSubjects() {
    const links = [...list.querySelectorAll("h3 > a")];
    const subject = (/** @type {Element} */ link) => link.firstChild?.textContent ?? "";
    const counts = new Map();
    for (const link of links) counts.set(subject(link), (counts.get(subject(link)) ?? 0) + 1);
    for (const link of links) {
      if (counts.get(subject(link)) < 2 || link.querySelector(".kv-visually-hidden")) continue;
      const id = new URL(link.getAttribute("href") ?? "", location.href).pathname.split("/").filter(Boolean).at(-1) ?? "";
      link.append(element("span", "kv-visually-hidden", `, ${texts.documentId} ${id}`));
    }
  }

  /** The search now shown, as asked and as found, and how many of its results are on the page. */
  /** @type {{ state: SearchState | null, found: Found | null, shown: number }} */
  let current = { state: null, found: null, shown: 0 };
  let generation = 0;

  /** The sentence announced for a search: its count, and which years it has read if not all. */
  function summary(/** @type {SearchState} */ state, /** @type {Found} */ found) {
    const scope = complete(found) || !found.order ? null : { years: searchedYears(found.ordered, found.searched), order: found.order };
    return summaryText(texts, { count: found.results.length, query: state.query, filtered: Object.keys(state.filters).length > 0, scope });
  }

  /**
   * Adds the next results, reading further parts of the index if the search has not enough yet: one
   * result beyond them, so that the button for more is there only when there are more.
   * Returns the first new link, or null when this search is no longer current.
   */
  async function showNext(/** @type {number} */ wanted) {
    const { found } = current;
    if (!found) return null;
    await readOn(found, current.shown + PAGE_SIZE + 1);
    if (wanted !== generation) return null;
    const batch = found.results.slice(current.shown, current.shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (wanted !== generation) return null;
    const items = data.map(resultItem);
    list.append(...items);
    nameRepeatedSubjects();
    current.shown += items.length;
    const remaining = found.results.length - current.shown;
    moreRow.hidden = remaining <= 0;
    more.textContent = complete(found) ? fill(texts.more, { count: remaining }) : texts.moreUnknown;
    return items[0]?.querySelector("a") ?? null;
  }

  async function run(/** @type {SearchState} */ state) {
    const mine = ++generation;
    const query = stateQuery(state, config);
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}`);
    if (!hasSearch(state)) {
      list.replaceChildren();
      section.hidden = true;
      moreRow.hidden = true;
      updateCounts(facets);
      announce(texts.emptyQuery);
      return;
    }
    const { term, options: request } = searchRequest(state, config);
    /** @type {Found} */
    let found;
    try {
      found = await startSearch(term, request, PAGE_SIZE + 1);
    } catch (error) {
      // An index file that did not arrive: say so rather than leave the page waiting.
      if (mine === generation) unavailable(error);
      return;
    }
    if (mine !== generation) return;
    current = { state, found, shown: 0 };
    list.replaceChildren();
    await showNext(mine);
    if (mine !== generation) return;
    showCounts(mine, found);
    section.hidden = found.results.length === 0;
    announce(summary(state, found));
  }

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let pending;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(pending);
    void run(formState());
  });
  options.addEventListener("change", (event) => {
    clearTimeout(pending);
    pending = setTimeout(() => void run(formState()), event.target instanceof HTMLSelectElement ? SELECT_DELAY : 0);
  });
  field.addEventListener("input", () => {
    const term = field.value.trim();
    if (!term) return;
    // Only a head start, in the part (or the whole index) the search will read first: a failure here
    // shows when the search itself runs.
    const order = sortOrder(searchRequest(formState(), config).options);
    const first = order ? partsInOrder(parts, order)[0] : undefined;
    (first ? partInstance(first) : wholeIndex()).then((instance) => instance.preload(term)).catch(() => undefined);
  });
  /** Whether "more results" is still adding the ones asked for: a second press meanwhile would add them twice. */
  let adding = false;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the listener handles its own errors; the DOM ignores what it returns
  more.addEventListener("click", async () => {
    if (adding) return;
    const mine = generation;
    const { state, found } = current;
    const searchedBefore = found?.searched ?? 0;
    /** @type {HTMLAnchorElement | null} */
    let link;
    adding = true;
    try {
      link = await showNext(mine);
    } catch (error) {
      if (mine === generation) unavailable(error);
      return;
    } finally {
      adding = false;
    }
    if (mine !== generation || !found || !state) return;
    if (found.searched !== searchedBefore) {
      // More years were read: the count has grown, and may now be the archive's.
      announce(summary(state, found));
      showCounts(mine, found);
    }
    link?.focus();
  });

  const initial = readState(new URLSearchParams(location.search), config);
  showState(initial);
  if (hasSearch(initial)) await run(initial);
}
