/**
 * Search markup: the filters, sort key and metadata each document gives Pagefind (under the listings'
 * names), the search page's configuration, and what the built site carries for search: the marked
 * document pages, the search page with its fallback, the header's field and the index.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBrowse, FACETS } from "../../src/site/facets.ts";
import { newestFirst } from "../../src/corpus/load.ts";
import { groupTitle } from "../../src/site/facets.ts";
import { searchFacetCounts, searchFields, searchIndexParts, searchPageConfig, SORT_KEY, sortKey } from "../../src/site/search-fields.ts";
import { facetPaths } from "../../src/site/urls.ts";
import type { KamervraagRecord } from "../../src/model.ts";
import { loadBrowseRecords } from "../fixtures/browse/records.ts";
import { dutchDate } from "../../src/site/format.ts";
import { fixtureRecord } from "../fixtures/records.ts";
import { text } from "../support/html.ts";
import { buildTestSite, type BuiltSite } from "../support/site.ts";

describe("sortKey", () => {
  it("orders documents exactly as the listings do, newest first", async () => {
    const records = await loadBrowseRecords();
    const bySortKey = [...records].sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : -1)).map((r) => r.id);
    expect(bySortKey).toEqual([...records].sort(newestFirst).map((r) => r.id));
  });

  it("falls back on the submission date, and puts a document without dates last", () => {
    const base = { sessionYear: "2023-2024", number: 12 };
    expect(sortKey({ ...base, answered: "2024-01-20", submitted: "2024-01-03" })).toBe("2024-01-20 2023-2024 000012");
    expect(sortKey({ ...base, answered: null, submitted: "2024-01-03" })).toBe("2024-01-03 2023-2024 000012");
    expect(sortKey({ ...base, answered: null, submitted: null })).toBe("0000-00-00 2023-2024 000012");
  });
});

describe("searchFields", () => {
  it("gives a document its filters, sort key and result metadata", async () => {
    const record = await fixtureRecord("ah-tk-20232024-2431");
    expect(searchFields(record, buildBrowse([record]))).toEqual({
      filters: [
        { key: "party", values: ["VVD", "GroenLinks-PvdA"] },
        { key: "member", values: ["De Vries (VVD)", "Jansen (GroenLinks-PvdA)"] },
        { key: "ministry", values: ["Ministerie van Economische Zaken en Klimaat"] },
        { key: "year", values: ["2023–2024"] },
        { key: "kind", values: ["Mededelingen"] },
      ],
      sort: { key: SORT_KEY, value: "2024-06-28 2023-2024 002431" },
      meta: [
        { key: "title", value: "Het bericht «Wachtlijst voor stroomaansluitingen van bedrijven loopt verder op»" },
        { key: "date", value: "28 juni 2024" },
        { key: "datetime", value: "2024-06-28" },
        { key: "askers", value: "De Vries (VVD) en Jansen (GroenLinks-PvdA)" },
        { key: "ministry", value: "Ministerie van Economische Zaken en Klimaat" },
        { key: "number", value: "2023–2024 nr. 2431" },
        { key: "respondents", value: "Minister Jetten (Klimaat en Energie)" },
      ],
    });
  });

  it("dates a document without an answer date by the questions, under another key", async () => {
    const record = await fixtureRecord("ah-tk-20232024-2431");
    const unanswered: KamervraagRecord = { ...record, answered: null };
    expect(searchFields(unanswered, buildBrowse([unanswered])).meta.filter((m) => /date|submitted/u.test(m.key))).toEqual([
      { key: "submitted", value: dutchDate(record.submitted ?? "") },
      { key: "submittedtime", value: record.submitted },
    ]);
  });

  it("names parties, members and ministries as the listings do, whatever the document printed", async () => {
    const record = await fixtureRecord("ah-tk-20202021-2290");
    const printedOtherwise: KamervraagRecord = { ...record, askers: record.askers.map((a) => ({ ...a, party: "GL" })) };
    const fields = searchFields(printedOtherwise, buildBrowse([printedOtherwise]));
    expect(fields.filters.find((f) => f.key === "party")?.values).toEqual(["GroenLinks"]);
    expect(fields.filters.find((f) => f.key === "member")?.values).toEqual(["Van den Nieuwenhuijzen (GroenLinks)", "Buitenweg (GroenLinks)"]);
    expect(fields.meta.find((m) => m.key === "askers")?.value).toBe("Van den Nieuwenhuijzen (GroenLinks) en Buitenweg (GroenLinks)");
  });

  it("gives every filter value of every document the name of a listing that holds it", async () => {
    const records = await loadBrowseRecords();
    const browse = buildBrowse(records);
    for (const record of records) {
      for (const { key, values } of searchFields(record, browse).filters) {
        for (const value of values) {
          const group = browse.facets[key].find((g) => (key === "ministry" || key === "kind" ? groupTitle(g) : g.name) === value);
          expect(group?.records, `${record.id} ${key} ${value}`).toContain(record);
        }
      }
    }
  });

  it("filters on a document's topics, named as their listings, and on none without", async () => {
    const record = await fixtureRecord("ah-tk-20232024-2431");
    const topical = { ...record, topics: ["Sociale zekerheid | Organisatie en beleid", "Economie | Ondernemen"] };
    const fields = searchFields(topical, buildBrowse([topical]));
    expect(fields.filters.map((f) => f.key)).toEqual(["party", "member", "ministry", "topic", "year", "kind"]);
    expect(fields.filters.find((f) => f.key === "topic")?.values).toEqual(["Sociale zekerheid: Organisatie en beleid", "Economie: Ondernemen"]);
    expect(searchFields(record, buildBrowse([record])).filters.map((f) => f.key)).not.toContain("topic");
  });

  it("leaves out what a document lacks rather than give an empty value", async () => {
    const record = await fixtureRecord("ah-tk-20232024-387");
    const bare: KamervraagRecord = { ...record, askers: [], answered: null, submitted: null };
    const fields = searchFields(bare, buildBrowse([bare]));
    expect(fields.filters.map((f) => f.key)).toEqual(["ministry", "year", "kind"]);
    expect(fields.meta.map((m) => m.key)).toEqual(["title", "ministry", "number", "respondents"]);
    expect(fields.sort.value).toBe("0000-00-00 2023-2024 000387");
  });
});

describe("searchPageConfig", () => {
  it("offers every facet as a filter, under its Dutch name and URL word, the topics only when some document has one", async () => {
    const topical = buildBrowse(await loadBrowseRecords());
    const config = searchPageConfig(topical);
    expect(config.filters.map((f) => f.key).sort()).toEqual([...FACETS].sort());
    for (const filter of config.filters) expect(filter.param).toBe(facetPaths[filter.key]);
    expect(config.filters.map((f) => `${f.label}:${f.control}`)).toEqual([
      "Partij:checkbox",
      "Kamerlid:select",
      "Ministerie:select",
      "Onderwerp:select",
      "Vergaderjaar:checkbox",
      "Soort:checkbox",
    ]);
    expect(config.filters.find((f) => f.key === "topic")).toEqual({
      key: "topic",
      param: "onderwerp",
      label: "Onderwerp",
      control: "select",
      any: "Alle onderwerpen",
    });
    expect(config.filters.filter((f) => f.control === "select").every((f) => f.any)).toBe(true);
    // No topics, no topic filter: the site of no documents, as the Nunjucks global has it.
    const plain = searchPageConfig(buildBrowse([await fixtureRecord("ah-tk-20232024-2431")]));
    expect(plain.filters.map((f) => f.key)).toEqual(["party", "member", "ministry", "year", "kind"]);
    expect(plain).toEqual(searchPageConfig());
  });

  it("sorts newest first by default, or by relevance, or oldest first, on the documents' sort key", () => {
    const { sort } = searchPageConfig();
    expect(sort.key).toBe(SORT_KEY);
    expect(sort.options.map((o) => [o.value, o.order])).toEqual([
      ["", "desc"],
      ["relevantie", null],
      ["oudste", "asc"],
    ]);
  });
});

describe("searchIndexParts", () => {
  it("names each part of the index with its URL under the path prefix and its years, newest first", async () => {
    const records = await loadBrowseRecords();
    const years = [...new Set(records.map((r) => sortKey(r).slice(0, 4)))].sort().reverse();
    expect(years.length).toBeGreaterThan(2);
    // Small archives have one part: the main bundle, with every year.
    expect(searchIndexParts(records, { pathPrefix: "/kamervragen/" })).toEqual([{ url: "/kamervragen/pagefind/", years: [years.at(-1), years[0]] }]);
    // Built with --search-part-size=1:
    const parts = searchIndexParts(records, { pathPrefix: "/" }, 1);
    // A part per year here, since each year fills a part of one.
    expect(parts.map((p) => p.years)).toEqual(years.map((y) => [y, y]));
    expect(parts.map((p) => p.url)).toEqual(["/pagefind/", ...years.slice(1).map((y) => `/pagefind/${y}-${y}/`)]);
  });
});

describe("searchFacetCounts", () => {
  it("counts each filter value once per document that has it", async () => {
    const records = await loadBrowseRecords();
    const browse = buildBrowse(records);
    const counts = searchFacetCounts(records);
    // Every document has one kind and one vergaderjaar.
    for (const facet of ["kind", "year"] as const) {
      expect(Object.values(counts[facet] ?? {}).reduce((a, b) => a + b, 0)).toBe(records.length);
    }
    for (const [facet, values] of Object.entries(counts)) {
      for (const [value, count] of Object.entries(values)) {
        const having = records.filter((r) => searchFields(r, browse).filters.some((f) => f.key === facet && f.values.includes(value)));
        expect(count, `${facet} ${value}`).toBe(having.length);
      }
    }
    expect(Object.keys(counts).sort()).toEqual(
      searchPageConfig(browse)
        .filters.map((f) => f.key)
        .sort(),
    );
    expect(Object.values(counts.topic ?? {}).reduce((a, b) => a + b, 0)).toBe(records.reduce((n, r) => n + r.topics.length, 0));
  });

  it("is empty for no documents", () => {
    expect(searchFacetCounts([])).toEqual({});
  });
});

describe("the built site", () => {
  let site: BuiltSite;
  const DOCUMENTS = ["ah-tk-20202021-2290", "ah-tk-20232024-387", "ah-tk-20232024-2431"];

  beforeAll(async () => {
    site = await buildTestSite();
  });
  afterAll(() => site?.remove());

  const pages = () => site.files.filter((f) => f.endsWith(".html")).map((f) => `/${f.replace(/index\.html$/u, "")}`);

  describe.each(DOCUMENTS)("the page of %s", (id) => {
    let page: HTMLElement;
    beforeAll(() => {
      page = site.page(`/${id}/`);
    });

    it("marks its article as what search finds, and its navigation and boilerplate as not", () => {
      const body = page.querySelectorAll("[data-pagefind-body]");
      expect(body.map((e) => e.tagName)).toEqual(["ARTICLE"]);
      // The metadata block too: its facts are the index's metadata, and excerpts are of the text.
      for (const selector of [".kv-related", ".kv-document__kicker", ".kv-data-link", ".kv-meta", ".kv-meta dt"]) {
        for (const element of page.querySelectorAll(selector)) expect(element.hasAttribute("data-pagefind-ignore"), selector).toBe(true);
      }
    });

    it("gives filters, sort key and metadata in a hidden element, not as visible duplicates", () => {
      const fields = page.querySelectorAll("[data-pagefind-filter], [data-pagefind-sort], [data-pagefind-meta]");
      expect(fields.length).toBeGreaterThan(5);
      for (const field of fields) {
        expect(field.parentNode?.hasAttribute("hidden")).toBe(true);
        expect(field.parentNode?.hasAttribute("data-pagefind-ignore")).toBe(true);
      }
      expect(page.querySelectorAll("[data-pagefind-sort]").map((e) => e.getAttribute("data-pagefind-sort"))).toEqual([SORT_KEY]);
      expect(text(page.querySelector('[data-pagefind-meta="title"]'))).toBe(text(page.querySelector("h1")));
    });

    it("stays free of JavaScript", () => {
      expect(page.querySelectorAll("script")).toHaveLength(0);
    });
  });

  it("marks no other page for search", () => {
    const marked = pages().filter((url) => site.page(url).querySelector("[data-pagefind-body]"));
    expect(marked.sort()).toEqual(DOCUMENTS.map((id) => `/${id}/`).sort());
  });

  it("has a search field in the header of every page but the search page", () => {
    for (const url of pages()) {
      const form = site.page(url).querySelector("header form");
      if (url === "/zoeken/" || url === "/404.html") {
        if (url === "/zoeken/") expect(form, url).toBeNull();
        continue;
      }
      expect(form?.getAttribute("role"), url).toBe("search");
      expect(form?.getAttribute("action")).toBe("/zoeken/");
      expect(form?.getAttribute("method")).toBe("get");
      const input = form?.querySelector("input[name=q]");
      expect(text(form?.querySelector(`label[for="${input?.id}"]`))).toBe("Zoeken in alle documenten");
      expect(text(form?.querySelector("button[type=submit]"))).toBe("Zoeken");
    }
  });

  describe("the search page", () => {
    let page: HTMLElement;
    beforeAll(() => {
      page = site.page("/zoeken/");
    });

    it("has a search form with a visible label that sends ?q= to itself", () => {
      const form = page.querySelector("main form");
      expect(form?.getAttribute("role")).toBe("search");
      expect(form?.getAttribute("action")).toBe("/zoeken/");
      expect(form?.getAttribute("method")).toBe("get");
      const input = form?.querySelector("input[name=q]");
      const label = form?.querySelector(`label[for="${input?.id}"]`);
      expect(text(label)).toBe("Zoekterm");
      expect(label?.classList.contains("kv-visually-hidden")).toBe(false);
    });

    it("loads its one script from the site, as a module", () => {
      const scripts = page.querySelectorAll("script");
      expect(scripts.map((s) => [s.getAttribute("type"), s.getAttribute("src")])).toEqual([["module", "/assets/search.js"]]);
      expect(site.fileFor("/assets/search.js")).not.toBeNull();
      expect(site.fileFor("/assets/search-core.js")).not.toBeNull();
      // Its modules, Pagefind's loader and WebAssembly load beside it rather than one after the other.
      expect(page.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute("href"))).toEqual([
        "/assets/search-core.js",
        "/assets/search-words.js",
        "/pagefind/pagefind.js",
      ]);
      for (const link of page.querySelectorAll('link[rel="modulepreload"]')) expect(site.fileFor(link.getAttribute("href") ?? "")).not.toBeNull();
      const wasm = page.querySelector('link[rel="preload"]');
      expect([wasm?.getAttribute("href"), wasm?.getAttribute("as"), wasm?.hasAttribute("crossorigin")]).toEqual(["/pagefind/wasm.nl.pagefind", "fetch", true]);
    });

    it("says what to do without JavaScript, with links to every list", () => {
      const fallback = page.querySelector("[data-kv-search-fallback]");
      expect(fallback?.hasAttribute("hidden")).toBe(false);
      expect(text(fallback?.querySelector("p"))).toContain("Zoeken werkt alleen met JavaScript");
      expect(fallback?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual([
        "/",
        "/documenten/",
        "/vergaderjaar/",
        "/partij/",
        "/lid/",
        "/ministerie/",
        "/soort/",
      ]);
    });

    it("has a polite live region for the number of results, and nothing visible that needs the script", () => {
      const status = page.querySelector("[data-kv-search-status]");
      expect(status?.getAttribute("role")).toBe("status");
      expect(status?.getAttribute("aria-live")).toBe("polite");
      expect(text(status)).toBe("");
      expect(page.querySelector("[data-kv-search-options]")?.hasAttribute("hidden")).toBe(true);
      expect(page.querySelector("[data-kv-search-results]")?.hasAttribute("hidden")).toBe(true);
    });

    it("tells the script where the index is and what to say", () => {
      const root = page.querySelector("[data-kv-search]");
      expect(root?.getAttribute("data-bundle")).toBe("/pagefind/");
      expect(root?.getAttribute("data-base-url")).toBe("/");
      expect(JSON.parse(root?.getAttribute("data-config") ?? "null")).toEqual(searchPageConfig());
    });

    it("gives the script each filter's values with their counts in the archive", () => {
      const facets = JSON.parse(page.querySelector("[data-kv-search]")?.getAttribute("data-facets") ?? "null") as Record<string, Record<string, number>>;
      const entry = JSON.parse(site.read("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
      // Every indexed document has one kind.
      expect(Object.values(facets["kind"] ?? {}).reduce((a, b) => a + b, 0)).toBe(entry.languages["nl"]?.page_count);
      expect(facets["party"]?.["GroenLinks"]).toBeGreaterThan(0);
    });
  });

  describe("the index", () => {
    it("holds the document pages only", () => {
      const entry = JSON.parse(site.read("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
      expect(Object.keys(entry.languages)).toEqual(["nl"]);
      expect(entry.languages["nl"]?.page_count).toBe(DOCUMENTS.length);
    });

    it("has the JavaScript API and leaves out Pagefind's own interfaces", () => {
      expect(site.files).toContain("pagefind/pagefind.js");
      expect(site.files).toContain("pagefind/wasm.nl.pagefind");
      expect(site.files.filter((f) => /pagefind-(?:ui|modular-ui|component-ui|highlight)/u.test(f))).toEqual([]);
      expect(existsSync(join(site.dir, "pagefind", "playground"))).toBe(false);
    });
  });
});
