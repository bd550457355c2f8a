/**
 * The search page's words (content/assets/search-words.js), imported as it is served: which words of
 * a result are the query's rather than Pagefind's stand-in for a word its index lacks, the nearest
 * words of the index, and a query that names a document.
 */
import { describe, expect, it } from "vitest";
import {
  editDistance,
  foldWord,
  idNumber,
  isPhrase,
  matchedWords,
  matchesTerm,
  nearestWords,
  numberIds,
  parseReference,
  queryTerms,
  unmatchedTerms,
} from "../../content/assets/search-words.js";

describe("the words of a query", () => {
  it("are made as Pagefind makes them: punctuation dropped, split at spaces, lower case, no accents", () => {
    expect(queryTerms("  Vuurwerk-opslag  Ministeriële, «Gemeenten»? ")).toEqual(["vuurwerkopslag", "ministeriele", "gemeenten"]);
    expect(queryTerms('"vuurwerk"')).toEqual(["vuurwerk"]);
    expect(queryTerms("")).toEqual([]);
    expect(isPhrase('"vuurwerk opslag"')).toBe(true);
    expect(isPhrase("vuurwerk")).toBe(false);
  });

  it("compare to a text's words without their punctuation", () => {
    expect(foldWord("(Gemeenten).")).toBe("gemeenten");
    expect(foldWord("«IJsselmeer»")).toBe("ijsselmeer");
    expect(foldWord("café")).toBe("cafe");
  });
});

describe("a word Pagefind matched", () => {
  it("is the query word's when it starts as the word's stem does: another form, or a longer word", () => {
    expect(matchesTerm("gemeenten", "gemeente")).toBe(true);
    expect(matchesTerm("gemeenten", "gemeenten")).toBe(true);
    expect(matchesTerm("vergunningen", "vergunning")).toBe(true);
    expect(matchesTerm("handhaven", "handhaving")).toBe(true);
    expect(matchesTerm("vuurwerk", "vuurwerkopslag")).toBe(true);
    expect(matchesTerm("vuurwerk", "vuurwerk-opslagen")).toBe(true);
    expect(matchesTerm("opslag", "vuurwerk-opslagen")).toBe(true);
    expect(matchesTerm("gevraagd", "vraag")).toBe(true);
    expect(matchesTerm("huawei", "huawei")).toBe(true);
    expect(matchesTerm("vuurw", "vuurwerk")).toBe(true);
    expect(matchesTerm("1771", "1771")).toBe(true);
    expect(matchesTerm("eu", "eu-lidstaten")).toBe(true);
  });

  it("is a stand-in when it is only the start of the query word: a typo is no match of `v` or `vuur`", () => {
    expect(matchesTerm("vuurwrek", "v")).toBe(false);
    expect(matchesTerm("vuurwrek", "vuur")).toBe(false);
    expect(matchesTerm("vurwerk", "v")).toBe(false);
    expect(matchesTerm("sp", "s")).toBe(false);
    expect(matchesTerm("vuurwerkopslagplaatsen", "vuurwerkopslag")).toBe(false);
  });

  it("is read from the result's text at Pagefind's locations, and from its metadata", () => {
    const data = {
      raw_content: "Vraag 1. Bent u bekend met (gemeenten) en V, nr. 43?",
      locations: [6, 8],
      meta: { askers: "Van Nispen (SP)", title: undefined },
    };
    expect(matchedWords(data)).toEqual(["gemeenten", "v", "van", "nispen", "sp"]);
    expect(unmatchedTerms(["gemeenten", "nispen", "vuurwrek"], matchedWords(data))).toEqual(["vuurwrek"]);
  });
});

describe("the nearest words of the index", () => {
  const vocabulary = ["ministerie", "vuurwerk", "vuurwerkopslag", "vuren", "bijwoner", "gemeente", "gemeenten", "recht", "terecht"];

  it("measures one step for a letter missed, added, changed or two swapped", () => {
    expect(editDistance("vuurwrek", "vuurwerk", 3)).toBe(1);
    expect(editDistance("vurwerk", "vuurwerk", 3)).toBe(1);
    expect(editDistance("vuurwerk", "vuurwerk", 3)).toBe(0);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  it("suggests the index's word for a typo, the most widespread first", () => {
    expect(nearestWords("vuurwrek", vocabulary)).toEqual(["vuurwerk"]);
    expect(nearestWords("vurwerk", vocabulary)).toEqual(["vuurwerk"]);
    expect(nearestWords("gemeentn", vocabulary)).toEqual(["gemeente", "gemeenten"]);
    expect(nearestWords("ministrie", vocabulary)).toEqual(["ministerie"]);
  });

  it("knows that ij is one letter in Dutch, and that accents do not count", () => {
    expect(nearestWords("bywoner", vocabulary)).toEqual(["bijwoner"]);
    expect(nearestWords("ministérye", ["ministerie"])).toEqual(["ministerie"]);
  });

  it("suggests nothing for a word the index has, the start of one, a short word or one too far from any", () => {
    expect(nearestWords("vuurwerk", vocabulary)).toEqual([]);
    expect(nearestWords("vuurw", vocabulary)).toEqual([]);
    expect(nearestWords("vur", vocabulary)).toEqual([]);
    expect(nearestWords("utrecht", vocabulary)).toEqual([]);
    expect(nearestWords("qwertyuiop", vocabulary)).toEqual([]);
  });

  it("is quick enough over a vocabulary of the size the site publishes", () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `woord${i.toString(36)}abc`);
    const started = performance.now();
    nearestWords("woordxyzab", words);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("a query that names a document", () => {
  it("is its id, its vergaderjaar and number however written, or its zaak", () => {
    const number = { kind: "number", house: null, year: "2023-2024", number: 1771 };
    expect(parseReference("ah-tk-20232024-1771")).toEqual({ ...number, house: "tk" });
    expect(parseReference(" AH-EK-20232024-12 ")).toEqual({ kind: "number", house: "ek", year: "2023-2024", number: 12 });
    for (const query of ["2023–2024 nr. 1771", "2023-2024 nr 1771", "2023-2024 nr.1771", "2023/2024 1771", "2023 - 2024, nr. 1771", "2023-2024 nummer 1771"]) {
      expect(parseReference(query), query).toEqual(number);
    }
    expect(parseReference("2024Z01234")).toEqual({ kind: "zaak", zaak: "2024Z01234" });
    expect(parseReference("2024z01234")).toEqual({ kind: "zaak", zaak: "2024Z01234" });
  });

  it("is not a search for words or for years", () => {
    for (const query of ["vuurwerk", "2023 2024", "2023-2025 nr. 12", "2023-2024", "1771", "2024Z0123", "ah-tk-2023-1771", "2023-2024 nr. 0"]) {
      expect(parseReference(query), query).toBeNull();
    }
  });

  it("finds the ids of a number in the vergaderjaar's file, of the Kamer named or of each", () => {
    const numbers = { tk: [302, 1771], ek: [12, 1771] };
    expect(numberIds({ kind: "number", house: "tk", year: "2023-2024", number: 1771 }, numbers)).toEqual(["ah-tk-20232024-1771"]);
    expect(numberIds({ kind: "number", house: null, year: "2023-2024", number: 1771 }, numbers)).toEqual(["ah-tk-20232024-1771", "ah-ek-20232024-1771"]);
    expect(numberIds({ kind: "number", house: null, year: "2023-2024", number: 9999 }, numbers)).toEqual([]);
    expect(idNumber("ah-tk-20232024-1771")).toEqual(["2023–2024", "1771"]);
    expect(idNumber("kv-tk-2024Z01234")).toBeNull();
  });
});
