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
 * - The count and the results come first, the filters behind the button beside the count (a
 *   disclosure: `aria-expanded`), opening between the two, so that Tab never goes back up the page.
 * - Newest first is the default order. A large archive's index is in parts by year: sorted by date, a
 *   search reads the parts one after the other, only as far as the results shown need, so a first
 *   search loads the index of the newest years alone. Until every part is read, the announcement says
 *   which years were searched. By relevance every part is searched, and their results merged by score
 *   as Pagefind's own `mergeIndex` merges them.
 * - Pagefind, when its index has no word that starts with a query word, takes the longest word of the
 *   index that the query word starts with: `vuurwrek` finds the documents with `v`. A part of the index
 *   whose results matched so is left out (`partMatches`), and a search that finds nothing else says
 *   so and offers the nearest words the index knows (`/zoeken/woorden.json`), each a link that
 *   searches for it.
 * - A query that is a document's number, id or zaak (`2023–2024 nr. 1771`) is looked up in the
 *   build's files of numbers, and the result is a link to the document: nothing happens but what the
 *   reader asked for (WCAG 3.2.2), and the document is one Tab or click away.
 * - "More results" appends the next ten (reading further parts if need be) and moves focus to the
 *   first of them.
 * - The filters' choices and their counts for the whole archive come with the page (`data-facets`).
 *   After a search, each choice counts the results it would give with the other filters as chosen;
 *   a choice that would give none says `(0)` and is unavailable (`aria-disabled`, a select's option
 *   `disabled`), still read out with its count. The counts need every filter file of every part of the
 *   index, which at the size of the archive outweigh the rest of a first search: they are fetched after
 *   the first results are shown, and until they are there a choice shows its name without a count
 *   rather than a wrong one.
 * - Pagefind runs on the page rather than in its worker, so that its first files (the WebAssembly,
 *   preloaded by the page) and the page's own modules load side by side.
 *
 * @typedef {import("./search-core.js").SearchPageConfig} SearchPageConfig
 * @typedef {import("./search-core.js").SearchState} SearchState
 * @typedef {import("./search-core.js").SearchRequest} SearchRequest
 * @typedef {import("./search-core.js").IndexPart} IndexPart
 * @typedef {import("./search-words.js").Reference} Reference
 * @typedef {{ url: string, excerpt: string, locations: number[], raw_content?: string, meta: Record<string, string | undefined>, filters?: Record<string, string[]> }} ResultData
 * @typedef {{ id: string, score: number, data(): Promise<ResultData> }} Result
 * @typedef {Record<string, Record<string, number>>} Counts
 * @typedef {{ results: Result[], filters: Counts, totalFilters: Counts }} Search
 * @typedef {{
 *   options(options: { baseUrl: string }): Promise<void>,
 *   filters(): Promise<Counts>,
 *   search(term: string | null, options: object): Promise<Search>,
 *   preload(term: string): Promise<void>,
 *   createInstance(options: { basePath: string, noWorker?: boolean, metaCacheTag?: string }): Pagefind,
 * }} Pagefind
 */
import {
  addCounts,
  excerptParts,
  fill,
  hasSearch,
  optionText,
  partsInOrder,
  readState,
  searchedYears,
  searchRequest,
  sortedValues,
  sortOrder,
  stateQuery,
  summaryText,
  withoutFilter,
} from "./search-core.js";
import { idNumber, isPhrase, matchedWords, nearestWords, numberIds, parseReference, queryTerms, unmatchedTerms } from "./search-words.js";

/** Results shown at once, and added by "more results". */
const PAGE_SIZE = 10;
/** A select changes on every arrow key: search once the choice has settled. */
const SELECT_DELAY = 500;
/** Results of a part whose words are checked (`partMatches`) when Pagefind has no exact word of the query there. */
const RESULTS_CHECKED = 2;

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
  const toggle = part(root, "[data-kv-search-toggle]", HTMLButtonElement);
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
  /** A root-relative URL of the site (`/zoeken/woorden.json`) under its path prefix. */
  const siteUrl = (/** @type {string} */ url) => `${baseUrl}${url.replace(/^\//u, "")}`;
  /**
   * The parts of the index (src/site/search-parts.ts), newest first, each with the years it
   * covers; the first is the main bundle. A small archive has one.
   * @type {IndexPart[]}
   */
  const given = JSON.parse(root.dataset["parts"] ?? "[]");
  /** @type {IndexPart[]} */
  const parts = given.length > 0 ? given : [{ url: bundle, years: ["", ""] }];
  /** @type {Counts} Each filter's values with their count in the archive. */
  const facets = JSON.parse(root.dataset["facets"] ?? "{}");
  /**
   * Where each filter choice shows its count, by facet and value, to update after every search: the
   * text (a checkbox's label, a select's option) and the control that is unavailable at a count of 0.
   * @type {Map<string, { key: string, value: string, node: HTMLElement, control: HTMLInputElement | HTMLOptionElement }>}
   */
  const countLabels = new Map();
  const initial = readState(new URLSearchParams(location.search), config);

  /** The parts a search of `state` reads first: the first in its order, or every part by relevance. */
  function firstParts(/** @type {SearchState} */ state) {
    const order = sortOrder(searchRequest(state, config).options);
    return order ? partsInOrder(parts, order).slice(0, 1) : parts;
  }

  /**
   * Pagefind's address of a part's entry file: its own would end in the time it asks (so that no
   * browser keeps an entry of an earlier index), this one in the time the page started, the same
   * for the page and for Pagefind (`metaCacheTag`).
   */
  const entryTag = String(Date.now());
  const entryUrl = (/** @type {IndexPart} */ indexPart) => `${indexPart.url}pagefind-entry.json?ts=${entryTag}`;

  /**
   * Pagefind reads a part's entry file, then the metadata file it names, then the index: the page
   * reads the entry as soon as it runs, while Pagefind's loader is still on its way, and preloads the
   * metadata, which Pagefind then finds loaded or on its way when its own entry names it. A failure
   * here is Pagefind's to find and report.
   */
  function warm(/** @type {IndexPart} */ indexPart) {
    fetch(entryUrl(indexPart))
      .then((response) => (response.ok ? response.json() : null))
      .then((/** @type {{ languages?: Record<string, { hash?: string }> } | null} */ entry) => {
        const languages = entry?.languages ?? {};
        const hash = (languages[document.documentElement.lang] ?? Object.values(languages)[0])?.hash;
        if (!hash) return;
        const link = document.createElement("link");
        Object.assign(link, { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: `${indexPart.url}pagefind.${hash}.pf_meta` });
        document.head.append(link);
      })
      .catch(() => undefined);
  }
  // A shared link (`?q=…`) searches at once, and a reader who types will: the index the search reads
  // first starts loading now, beside the rest of the page.
  for (const first of firstParts(initial)) warm(first);

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
        // On the page: its files are then fetched by the page, where the WebAssembly preloaded.
        const made = pagefind.createInstance({ basePath: indexPart.url, noWorker: true, metaCacheTag: entryTag });
        await made.options({ baseUrl });
        return made;
      })();
      partInstances.set(indexPart, instance);
    }
    return instance;
  }

  for (const first of firstParts(initial)) void partInstance(first).catch(() => undefined);

  /**
   * Whether the results of `term` in this part of the index are matches of its words, and not of
   * Pagefind's stand-in for a word the part lacks. A word the part has exactly (Pagefind's phrase
   * search, `"vuurwerk"`, finds it) is matched; for the others, the words where Pagefind matched the
   * first results are looked at (`matchedWords`). Pagefind takes a stand-in for every result of a part
   * alike, so its first results tell for all of them. Asked once per part and term.
   * @type {Map<Pagefind, Map<string, Promise<boolean>>>}
   */
  const checked = new Map();
  function partMatches(/** @type {Pagefind} */ instance, /** @type {string | null} */ term) {
    if (term === null || isPhrase(term)) return Promise.resolve(true);
    let terms = checked.get(instance);
    if (!terms) {
      /** @type {Map<string, Promise<boolean>>} */
      const made = new Map();
      checked.set(instance, made);
      terms = made;
    }
    let answer = terms.get(term);
    if (!answer) {
      answer = (async () => {
        const unsure = [];
        for (const word of queryTerms(term)) if ((await instance.search(`"${word}"`, {})).results.length === 0) unsure.push(word);
        if (unsure.length === 0) return true;
        const { results } = await instance.search(term, {});
        if (results.length === 0) return true;
        for (const result of results.slice(0, RESULTS_CHECKED)) if (unmatchedTerms(unsure, matchedWords(await result.data())).length === 0) return true;
        return false;
      })();
      terms.set(term, answer);
    }
    return answer;
  }

  /**
   * A search and how far it has read. By relevance it searches every part at once, and merges their
   * results by score. Sorted by date it reads the parts one by one in the order of the sort
   * (`partsInOrder`), only as far as the results shown need: a first search of a large archive then
   * loads the index of its newest years, not of thirty. `searches` are the parts read, each with
   * whether its results match the query's words (`partMatches`); `leftOut` counts those that did not.
   * @typedef {{ instance: Pagefind, search: Search, matches: boolean }} PartSearch
   * @typedef {{
   *   term: string | null,
   *   request: SearchRequest["options"],
   *   order: "asc" | "desc" | null,
   *   ordered: IndexPart[],
   *   searched: number,
   *   results: Result[],
   *   searches: PartSearch[],
   *   leftOut: number,
   * }} Found
   */

  /** Searches one part, and whether its results are matches. */
  async function searchPart(/** @type {IndexPart} */ indexPart, /** @type {string | null} */ term, /** @type {SearchRequest["options"]} */ request) {
    const instance = await partInstance(indexPart);
    const search = await instance.search(term, request);
    return { instance, search, matches: await partMatches(instance, term) };
  }

  /** Adds a part's search to what was found. */
  function take(/** @type {Found} */ found, /** @type {PartSearch} */ searched) {
    found.searches.push(searched);
    if (searched.matches) found.results.push(...searched.search.results);
    else found.leftOut += searched.search.results.length;
  }

  /**
   * Starts a search: reads parts until `wanted` results are there or every part is read.
   * @param {string | null} term
   * @param {SearchRequest["options"]} request
   * @param {number} wanted
   * @returns {Promise<Found>}
   */
  async function startSearch(term, request, wanted) {
    const order = sortOrder(request);
    /** @type {Found} */
    const found = { term, request, order, ordered: order ? partsInOrder(parts, order) : parts, searched: 0, results: [], searches: [], leftOut: 0 };
    if (!order) {
      for (const searched of await Promise.all(parts.map((p) => searchPart(p, term, request)))) take(found, searched);
      found.searched = parts.length;
      // As Pagefind's mergeIndex orders a search of several indexes.
      found.results.sort((a, b) => b.score - a.score);
      return found;
    }
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
      take(found, await searchPart(next, found.term, found.request));
      found.searched += 1;
    }
  }

  /** Whether a search has read every part, so that its count is the archive's. */
  const complete = (/** @type {Found} */ found) => found.searched >= found.ordered.length;

  /** Instances whose filter files are loaded: Pagefind counts per filter value only with them in memory. */
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

  /**
   * Each filter choice's count for a search that has read every part: the documents it finds with the
   * other filters as chosen. For a filter without a choice that is Pagefind's count in the results
   * (`filters`); for one with, its count in the search without that filter, since choosing another of
   * its values adds documents (`any`). Parts whose results are no matches count nothing.
   * @param {Found} found
   * @returns {Promise<Counts>}
   */
  async function facetCounts(found) {
    /** @type {Counts} */
    const counts = {};
    const chosen = Object.keys(found.request.filters);
    for (const { instance } of found.searches.filter((s) => s.matches)) {
      const all = await instance.search(found.term, { filters: found.request.filters });
      addCounts(counts, all.filters, (key) => !chosen.includes(key));
      for (const key of chosen) {
        const others = await instance.search(found.term, { filters: withoutFilter(found.request.filters, key) });
        addCounts(counts, others.filters, (k) => k === key);
      }
    }
    return counts;
  }

  /** Without the index there is no search: says so, and shows the links to the lists again. */
  function unavailable(/** @type {unknown} */ error) {
    part(fallback, "[data-kv-search-noscript]", HTMLElement).hidden = true;
    fallback.hidden = false;
    status.textContent = texts.unavailable;
    console.error(error);
  }

  /** Filters and order, from the index's own values and counts; the controls belong to the form by its id. */
  function buildOptions(/** @type {Counts} */ counts) {
    /** @param {HTMLInputElement | HTMLSelectElement} control */
    const ofForm = (control) => control.setAttribute("form", form.id);
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
          const input = document.createElement("input");
          Object.assign(input, { type: "checkbox", id, name: filter.param, value });
          ofForm(input);
          const label = element("label", undefined, optionText(texts, value, counts[filter.key]?.[value] ?? 0));
          label.setAttribute("for", id);
          choice.append(input, label);
          choices.append(choice);
          countLabels.set(`${filter.key}\u0000${value}`, { key: filter.key, value, node: label, control: input });
        });
        fieldset.append(choices);
        options.append(fieldset);
      } else {
        const id = `filter-${filter.param}`;
        const wrapper = element("div", "kv-search__field");
        const label = element("label", "kv-search__legend", filter.label);
        label.setAttribute("for", id);
        const select = document.createElement("select");
        select.className = "kv-search__select";
        Object.assign(select, { id, name: filter.param });
        ofForm(select);
        select.append(new Option(filter.any ?? "", ""));
        for (const value of values) {
          const option = new Option(optionText(texts, value, counts[filter.key]?.[value] ?? 0), value);
          select.append(option);
          countLabels.set(`${filter.key}\u0000${value}`, { key: filter.key, value, node: option, control: option });
        }
        wrapper.append(label, select);
        options.append(wrapper);
      }
    }
    const wrapper = element("div", "kv-search__field");
    const label = element("label", "kv-search__legend", texts.sortLabel);
    label.setAttribute("for", "volgorde");
    const select = document.createElement("select");
    select.className = "kv-search__select";
    Object.assign(select, { id: "volgorde", name: config.sort.param });
    ofForm(select);
    for (const option of config.sort.options) select.append(new Option(option.label, option.value));
    wrapper.append(label, select);
    options.append(wrapper);
    options.hidden = false;
    options.toggleAttribute("data-collapsed", true);
    toggle.hidden = false;
  }

  /**
   * Puts counts on the choices; a choice that would give nothing is unavailable, unless it is chosen
   * (so that it can be undone).
   * @param {Counts | null} counts null: not known yet, the names alone.
   */
  function updateCounts(counts) {
    for (const { key, value, node, control } of countLabels.values()) {
      const count = counts ? (counts[key]?.[value] ?? 0) : null;
      node.textContent = count === null ? value : optionText(texts, value, count);
      if (control instanceof HTMLOptionElement) {
        control.disabled = count === 0 && !control.selected;
      } else {
        const none = count === 0 && !control.checked;
        if (none) control.setAttribute("aria-disabled", "true");
        else control.removeAttribute("aria-disabled");
        control.parentElement?.classList.toggle("kv-search__choice--none", none);
      }
    }
  }

  /**
   * The counts of a search that has read every part, once its instances have their filter files:
   * at once when they are in memory, else after loading them. A search that has read only some years
   * shows the choices by name: counts of those years alone would read as the archive's.
   * @param {number} mine
   * @param {Found} found
   */
  async function showCounts(mine, found) {
    if (!complete(found)) {
      updateCounts(null);
      return;
    }
    // Every part read, those that count nothing too: the next search may count them.
    const instances = found.searches.map((s) => s.instance);
    if (instances.every((instance) => filtersLoaded.has(instance))) {
      const counts = await facetCounts(found);
      if (mine === generation) updateCounts(counts);
      return;
    }
    updateCounts(null);
    loadFilters(instances)
      .then(async () => {
        if (mine !== generation) return;
        const counts = await facetCounts(found);
        if (mine === generation) updateCounts(counts);
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
    showChosen(state);
  }

  /** The disclosure's button says how many filters (and a non-default order) are chosen behind it. */
  function showChosen(/** @type {SearchState} */ state) {
    const chosen = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0) + (state.sort ? 1 : 0);
    toggle.textContent = chosen > 0 ? fill(texts.filtersChosen, { count: chosen }) : texts.filtersButton;
  }

  /** @returns {SearchState} */
  function formState() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string") params.append(name, value);
    return readState(params, config);
  }

  /**
   * Says something in the live region once, even when it is the same as last time; `links` (searches
   * for the nearest words) follow the text inside it, so that they are read out with it.
   * @param {string} text
   * @param {Array<{ query: string, href: string }>} [links]
   */
  function announce(text, links = []) {
    const content = document.createDocumentFragment();
    content.append(text);
    if (links.length > 0) {
      content.append(` ${texts.suggest} `);
      links.forEach(({ query, href }, i) => {
        if (i > 0) content.append(i === links.length - 1 ? ` ${texts.or} ` : ", ");
        const link = element("a", "kv-search__suggestion", query);
        link.setAttribute("href", href);
        link.dataset["query"] = query;
        content.append("«", link, "»");
      });
      content.append("?");
    }
    if (status.textContent === content.textContent) {
      status.replaceChildren();
      setTimeout(() => status.replaceChildren(content), 100);
    } else {
      status.replaceChildren(content);
    }
  }

  /** A result: its subject as a link, what its date is, who asked, the ministry, its number and an excerpt of its text. */
  function resultItem(/** @type {ResultData} */ data) {
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
    /** @param {string} text @param {string | undefined} datetime */
    const time = (text, datetime) => {
      const node = element("time", undefined, text);
      if (datetime) node.setAttribute("datetime", datetime);
      return node;
    };
    // The answer's date, or a postponement notice's; the questions' when neither is known.
    if (data.meta["date"])
      row(data.filters?.["kind"]?.includes(config.noticeKind) ? texts.dateNotice : texts.dateAnswered, time(data.meta["date"], data.meta["datetime"]));
    else if (data.meta["submitted"]) row(texts.dateSubmitted, time(data.meta["submitted"], data.meta["submittedtime"]));
    if (data.meta["askers"]) row(texts.askers, document.createTextNode(data.meta["askers"]));
    if (data.meta["ministry"]) row(texts.ministry, document.createTextNode(data.meta["ministry"]));
    if (data.meta["ministries"]) row(texts.ministries, document.createTextNode(data.meta["ministries"]));
    if (data.meta["number"]) row(texts.number, document.createTextNode(data.meta["number"]));
    if (meta.children.length > 0) item.append(meta);
    const excerpt = element("p", "kv-results__excerpt");
    for (const { text, mark } of excerptParts(data.excerpt)) {
      excerpt.append(mark ? element("mark", undefined, text) : document.createTextNode(text));
    }
    item.append(excerpt);
    return item;
  }

  /** A document a number or zaak names, as a result: a link to it. */
  function directItem(/** @type {string} */ id) {
    const item = element("li", "kv-list__item kv-results__item kv-results__item--direct");
    const heading = element("h3", "kv-list__title");
    const cited = idNumber(id);
    const link = element("a", undefined, fill(texts.goTo, { reference: cited ? fill(texts.numberText, { year: cited[0], number: cited[1] }) : id }));
    link.setAttribute("href", siteUrl(`/${id}/`));
    heading.append(link);
    item.append(heading);
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

  /** @type {Promise<string[]> | null} The index's words, fetched when a search first finds nothing. */
  let vocabulary = null;
  function words() {
    vocabulary ??= fetch(siteUrl(config.files.words)).then((response) => {
      if (!response.ok) throw new Error(`${response.status} fetching the words of the index`);
      return /** @type {Promise<string[]>} */ (response.json());
    });
    return vocabulary;
  }

  /**
   * Queries like this one with a word the index does not know replaced by the nearest it does: up to
   * three for one such word, one with each replaced for several. None when the words cannot be had.
   * @param {SearchState} state
   * @returns {Promise<Array<{ query: string, href: string }>>}
   */
  async function suggestions(state) {
    const terms = queryTerms(state.query);
    if (terms.length === 0 || isPhrase(state.query)) return [];
    let known;
    try {
      known = await words();
    } catch (error) {
      console.error(error);
      return [];
    }
    const nearest = terms.map((term) => nearestWords(term, known));
    const unknown = nearest.filter((alternatives) => alternatives.length > 0).length;
    if (unknown === 0) return [];
    const queries =
      unknown === 1
        ? (nearest.find((alternatives) => alternatives.length > 0) ?? []).map((word) =>
            terms.map((term, i) => ((nearest[i]?.length ?? 0) > 0 ? word : term)).join(" "),
          )
        : [terms.map((term, i) => nearest[i]?.[0] ?? term).join(" ")];
    return queries.map((query) => ({ query, href: `${location.pathname}?${stateQuery({ ...state, query }, config)}` }));
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

  /**
   * The JSON file at a root-relative URL of the site, or null when the site has none there (a
   * vergaderjaar or zaak of which it has no document).
   * @param {string} url
   * @returns {Promise<unknown>}
   */
  async function siteJson(url) {
    const response = await fetch(siteUrl(url));
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
    return response.json();
  }

  /**
   * A query that names a document: looks it up in the build's files of numbers (src/search/lookup.ts)
   * and shows a link to each document it names, or says that the site has none.
   * @param {number} mine
   * @param {Reference} reference
   */
  async function showReference(mine, reference) {
    /** @type {string[]} */
    let ids;
    try {
      if (reference.kind === "zaak") {
        const shard = /** @type {Record<string, string[]> | null} */ (await siteJson(fill(config.files.zaken, { shard: reference.zaak.slice(0, 7) })));
        ids = shard?.[reference.zaak] ?? [];
      } else {
        const numbers = /** @type {Record<string, number[]> | null} */ (await siteJson(fill(config.files.numbers, { year: reference.year })));
        ids = numberIds(reference, numbers ?? {});
      }
    } catch (error) {
      if (mine === generation) unavailable(error);
      return;
    }
    if (mine !== generation) return;
    const named =
      reference.kind === "zaak"
        ? fill(texts.zaak, { zaak: reference.zaak })
        : fill(texts.numberText, { year: reference.year.replace("-", "–"), number: reference.number });
    current = { state: null, found: null, shown: 0 };
    list.replaceChildren(...ids.map(directItem));
    nameRepeatedSubjects();
    moreRow.hidden = true;
    updateCounts(null);
    section.hidden = ids.length === 0;
    const text = ids.length === 0 ? texts.referenceMissing : ids.length === 1 ? texts.referenceFound : texts.referencesFound;
    announce(fill(text, { reference: named, count: ids.length }));
  }

  async function run(/** @type {SearchState} */ state) {
    const mine = ++generation;
    const query = stateQuery(state, config);
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}`);
    showChosen(state);
    if (!hasSearch(state)) {
      list.replaceChildren();
      section.hidden = true;
      moreRow.hidden = true;
      updateCounts(facets);
      announce(texts.emptyQuery);
      return;
    }
    const reference = parseReference(state.query);
    if (reference) {
      await showReference(mine, reference);
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
    await showCounts(mine, found);
    if (mine !== generation) return;
    section.hidden = found.results.length === 0;
    if (found.results.length > 0 || !state.query) {
      announce(summary(state, found));
      return;
    }
    // Nothing found: say whether only a stand-in for a word was, and offer the nearest words.
    const links = await suggestions(state);
    if (mine !== generation) return;
    announce(found.leftOut > 0 && complete(found) ? fill(texts.noExact, { query: state.query }) : summary(state, found), links);
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
  // A choice that would give no result stays as it is (its label or Space would otherwise check it).
  options.addEventListener("click", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.getAttribute("aria-disabled") === "true") event.preventDefault();
  });
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    options.toggleAttribute("data-collapsed", !open);
  });
  // A suggested word searches for it here, as its link would with a reload; focus goes back to the field.
  status.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-query]") : null;
    if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    field.value = link.dataset["query"] ?? "";
    field.focus();
    clearTimeout(pending);
    void run(formState());
  });
  field.addEventListener("input", () => {
    const term = field.value.trim();
    if (!term || parseReference(term)) return;
    // Only a head start, in the part (or the parts) the search will read first: a failure here shows
    // when the search itself runs.
    for (const first of firstParts(formState()))
      partInstance(first)
        .then((instance) => instance.preload(term))
        .catch(() => undefined);
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
      void showCounts(mine, found);
    }
    link?.focus();
  });

  showState(initial);
  if (hasSearch(initial)) await run(initial);
}
