/**
 * The pure part of the search page's script (content/assets/search-core.js), imported as it is
 * served, with the texts of src/labels.ts as the page hands them over.
 */
import { describe, expect, it } from "vitest";
import {
  addCounts,
  documentsText,
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
} from "../../content/assets/search-core.js";
import { searchPageConfig } from "../../src/site/search-fields.ts";

const config = searchPageConfig();
const texts = config.texts;

describe("fill", () => {
  it("puts values in their placeholders and leaves unknown ones as they are", () => {
    expect(fill("{count} documenten voor {query} {other}", { count: 3, query: "x" })).toBe("3 documenten voor x {other}");
  });
});

describe("the results summary", () => {
  it("counts documents the Dutch way", () => {
    expect(documentsText(texts, 0)).toBe("Geen documenten");
    expect(documentsText(texts, 1)).toBe("1 document");
    expect(documentsText(texts, 12)).toBe("12 documenten");
    expect(documentsText(texts, 1234)).toBe("1.234 documenten");
  });

  it("names the query, and says when filters narrowed it", () => {
    expect(summaryText(texts, { count: 12, query: "woningen", filtered: false })).toBe("12 documenten gevonden voor «woningen».");
    expect(summaryText(texts, { count: 1, query: "woningen", filtered: true })).toBe("1 document gevonden voor «woningen» met de gekozen filters.");
    expect(summaryText(texts, { count: 0, query: "xyz", filtered: false })).toBe("Geen documenten gevonden voor «xyz».");
  });

  it("speaks of the filters alone when there is no query", () => {
    expect(summaryText(texts, { count: 3, query: "", filtered: true })).toBe("3 documenten met de gekozen filters.");
  });

  it("says which years a search has read so far, and in which direction more results search on", () => {
    expect(summaryText(texts, { count: 14, query: "stikstof", filtered: false, scope: { years: ["2021", "2026"], order: "desc" } })).toBe(
      "14 documenten gevonden voor «stikstof». Doorzocht zijn de documenten uit 2021–2026; «Meer resultaten tonen» zoekt verder in eerdere jaren.",
    );
    expect(summaryText(texts, { count: 0, query: "", filtered: true, scope: { years: ["1995", "1995"], order: "asc" } })).toBe(
      "Geen documenten met de gekozen filters. Doorzocht zijn de documenten uit 1995; «Meer resultaten tonen» zoekt verder in latere jaren.",
    );
    expect(summaryText(texts, { count: 2, query: "a", filtered: false, scope: null })).toBe("2 documenten gevonden voor «a».");
  });
});

describe("filter choices", () => {
  it("show their count", () => {
    expect(optionText(texts, "VVD", 3)).toBe("VVD (3)");
  });

  it("come alphabetically the Dutch way, vergaderjaren newest first", () => {
    expect(sortedValues("party", ["VVD", "BBB", "GroenLinks-PvdA", "CDA"])).toEqual(["BBB", "CDA", "GroenLinks-PvdA", "VVD"]);
    expect(sortedValues("member", ["van Dijk (SP)", "Aartsen (VVD)", "Van Nispen (SP)"])).toEqual(["Aartsen (VVD)", "van Dijk (SP)", "Van Nispen (SP)"]);
    expect(sortedValues("year", ["2020–2021", "2023–2024", "2005–2006"])).toEqual(["2023–2024", "2020–2021", "2005–2006"]);
  });
});

describe("the state of a search", () => {
  it("is read from the address with the filters' Dutch parameter names", () => {
    const params = new URLSearchParams("q=++woningen++bouw &partij=VVD&partij=SP&partij=VVD&lid=&ministerie=Ministerie+van+Financi%C3%ABn&volgorde=oudste&x=1");
    expect(readState(params, config)).toEqual({
      query: "woningen bouw",
      filters: { party: ["VVD", "SP"], ministry: ["Ministerie van Financiën"] },
      sort: "oudste",
    });
  });

  it("ignores an unknown order: the default, newest first (also what an older address's `volgorde=nieuwste` meant)", () => {
    expect(readState(new URLSearchParams("q=a&volgorde=willekeurig"), config).sort).toBe("");
    const old = readState(new URLSearchParams("q=a&volgorde=nieuwste"), config);
    expect(sortOrder(searchRequest(old, config).options)).toBe("desc");
  });

  it("is written back to the address in the form's order, without empty values", () => {
    const state = { query: "vuurwerk opslag", filters: { year: ["2023–2024"], party: ["SP"] }, sort: "oudste" };
    expect(stateQuery(state, config)).toBe("q=vuurwerk+opslag&partij=SP&vergaderjaar=2023%E2%80%932024&volgorde=oudste");
    expect(readState(new URLSearchParams(stateQuery(state, config)), config)).toEqual(state);
    expect(stateQuery({ query: "", filters: {}, sort: "" }, config)).toBe("");
  });

  it("needs a query or a filter to search", () => {
    expect(hasSearch({ query: "", filters: {}, sort: "nieuwste" })).toBe(false);
    expect(hasSearch({ query: "a", filters: {}, sort: "" })).toBe(true);
    expect(hasSearch({ query: "", filters: { kind: ["Mededelingen"] }, sort: "" })).toBe(true);
  });
});

describe("the request to Pagefind", () => {
  it("puts the newest first unless another order is chosen, and offers a filter's values as alternatives", () => {
    expect(searchRequest({ query: "woningen", filters: { party: ["VVD", "SP"] }, sort: "" }, config)).toEqual({
      term: "woningen",
      options: { filters: { party: { any: ["VVD", "SP"] } }, sort: { date: "desc" } },
    });
    expect(searchRequest({ query: "woningen", filters: {}, sort: "relevantie" }, config)).toEqual({
      term: "woningen",
      options: { filters: {} },
    });
    expect(searchRequest({ query: "woningen", filters: {}, sort: "oudste" }, config)).toEqual({
      term: "woningen",
      options: { filters: {}, sort: { date: "asc" } },
    });
  });

  it("lists by filters alone newest first when there is no query, even if relevance was chosen", () => {
    expect(searchRequest({ query: "", filters: { kind: ["Mededelingen"] }, sort: "" }, config)).toEqual({
      term: null,
      options: { filters: { kind: { any: ["Mededelingen"] } }, sort: { date: "desc" } },
    });
    expect(searchRequest({ query: "", filters: { kind: ["Mededelingen"] }, sort: "relevantie" }, config).options.sort).toEqual({ date: "desc" });
  });

  it("has an order by date, or none for relevance", () => {
    expect(sortOrder({ filters: {}, sort: { date: "asc" } })).toBe("asc");
    expect(sortOrder({ filters: {} })).toBeNull();
  });
});

describe("reading the index's parts in the order of a search", () => {
  const parts = [
    { url: "/pagefind/", years: ["2022", "2026"] as [string, string] },
    { url: "/pagefind/2010-2021/", years: ["2010", "2021"] as [string, string] },
    { url: "/pagefind/1995-2009/", years: ["1995", "2009"] as [string, string] },
  ];

  it("reads the newest part first for newest first, the oldest first for oldest first", () => {
    expect(partsInOrder(parts, "desc").map((p) => p.url)).toEqual(["/pagefind/", "/pagefind/2010-2021/", "/pagefind/1995-2009/"]);
    expect(partsInOrder(parts, "asc").map((p) => p.url)).toEqual(["/pagefind/1995-2009/", "/pagefind/2010-2021/", "/pagefind/"]);
    // The list it was given is left as it was.
    expect(parts[0]?.url).toBe("/pagefind/");
  });

  it("names the years of the parts read so far", () => {
    expect(searchedYears(partsInOrder(parts, "desc"), 1)).toEqual(["2022", "2026"]);
    expect(searchedYears(partsInOrder(parts, "desc"), 2)).toEqual(["2010", "2026"]);
    expect(searchedYears(partsInOrder(parts, "asc"), 2)).toEqual(["1995", "2021"]);
  });
});

describe("the counts of the filter choices", () => {
  it("asks for a filter's own counts without its choice, which would otherwise count only what is chosen", () => {
    const filters = { party: { any: ["SP"] }, year: { any: ["2023–2024"] } };
    expect(withoutFilter(filters, "party")).toEqual({ year: { any: ["2023–2024"] } });
    expect(withoutFilter(filters, "kind")).toEqual(filters);
  });

  it("adds up each part's counts of the filters asked for", () => {
    const counts = addCounts({}, { party: { VVD: 2, SP: 0 }, year: { "2023–2024": 2 } }, (key) => key !== "year");
    addCounts(counts, { party: { VVD: 1, SP: 1 } }, () => true);
    expect(counts).toEqual({ party: { VVD: 3, SP: 1 } });
  });
});

describe("excerptParts", () => {
  it("splits Pagefind's excerpt into text and highlighted words, and decodes what it escaped", () => {
    expect(excerptParts("De <mark>gemeenten?</mark> &lt;script&gt; &amp; de <mark>gemeente</mark>")).toEqual([
      { text: "De ", mark: false },
      { text: "gemeenten?", mark: true },
      { text: " <script> & de ", mark: false },
      { text: "gemeente", mark: true },
    ]);
  });

  it("keeps a bare ampersand and unknown entities as text", () => {
    expect(excerptParts("A & B &copy;")).toEqual([{ text: "A & B &copy;", mark: false }]);
  });
});
