/**
 * The pure part of the search page's script (content/assets/search-core.js), imported as it is
 * served, with the texts of src/labels.ts as the page hands them over.
 */
import { describe, expect, it } from "vitest";
import {
  joinSortedSearches,
  documentsText,
  excerptParts,
  fill,
  hasSearch,
  optionText,
  readState,
  searchRequest,
  sortedValues,
  stateQuery,
  summaryText,
} from "../../content/assets/search-core.js";
import { searchPageConfig } from "../../src/eleventy/search.ts";

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
    const params = new URLSearchParams("q=++woningen++bouw &partij=VVD&partij=SP&partij=VVD&lid=&ministerie=Ministerie+van+Financi%C3%ABn&volgorde=nieuwste&x=1");
    expect(readState(params, config)).toEqual({
      query: "woningen bouw",
      filters: { party: ["VVD", "SP"], ministry: ["Ministerie van Financiën"] },
      sort: "nieuwste",
    });
  });

  it("ignores an unknown order", () => {
    expect(readState(new URLSearchParams("q=a&volgorde=willekeurig"), config).sort).toBe("");
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
  it("ranks by relevance unless an order is chosen, and offers a filter's values as alternatives", () => {
    expect(searchRequest({ query: "woningen", filters: { party: ["VVD", "SP"] }, sort: "" }, config)).toEqual({
      term: "woningen",
      options: { filters: { party: { any: ["VVD", "SP"] } } },
    });
    expect(searchRequest({ query: "woningen", filters: {}, sort: "oudste" }, config)).toEqual({
      term: "woningen",
      options: { filters: {}, sort: { date: "asc" } },
    });
  });

  it("lists by filters alone, newest first, when there is no query", () => {
    expect(searchRequest({ query: "", filters: { kind: ["Mededelingen"] }, sort: "" }, config)).toEqual({
      term: null,
      options: { filters: { kind: { any: ["Mededelingen"] } }, sort: { date: "desc" } },
    });
  });
});

describe("joinSortedSearches", () => {
  const newer = { results: ["n1", "n2"], totalFilters: { party: { VVD: 2 } } };
  const older = { results: ["o1"], totalFilters: { party: { VVD: 1, SP: 1 } } };

  it("puts the newest part's sorted results first for newest first, the oldest part's for oldest first", () => {
    expect(joinSortedSearches([newer, older], "desc").results).toEqual(["n1", "n2", "o1"]);
    expect(joinSortedSearches([newer, older], "asc").results).toEqual(["o1", "n1", "n2"]);
  });

  it("adds up the filter counts of every part", () => {
    expect(joinSortedSearches([newer, older], "desc").totalFilters).toEqual({ party: { VVD: 3, SP: 1 } });
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
