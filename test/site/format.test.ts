import { describe, expect, it } from "vitest";
import { askerNames, documentHeading, dutchDate, repeatedHeadings, respondentName, sessionYear, upperFirst } from "../../src/site/format.ts";
import { documentUrl, officialUrl, seeAlsoUrl } from "../../src/site/urls.ts";

describe("dutchDate", () => {
  it.each([
    ["2021-04-09", "9 april 2021"],
    ["2021-01-15", "15 januari 2021"],
    ["2023-11-13", "13 november 2023"],
    // The nights the clocks change, and the turn of the year: the calendar date never shifts.
    ["2024-03-31", "31 maart 2024"],
    ["2023-10-29", "29 oktober 2023"],
    ["2023-12-31", "31 december 2023"],
    ["2024-01-01", "1 januari 2024"],
    ["2024-02-29", "29 februari 2024"],
  ])("writes %s as %s", (iso, dutch) => {
    expect(dutchDate(iso)).toBe(dutch);
  });

  it.each(["2021-02-30", "9 april 2021", "2021-4-9", "2021-04-09T00:00:00Z", ""])("refuses %j", (value) => {
    expect(() => dutchDate(value)).toThrow(TypeError);
  });
});

describe("names and numbers", () => {
  it("writes the vergaderjaar with an en dash", () => {
    expect(sessionYear("2020-2021")).toBe("2020–2021");
  });

  it("joins askers with their party the Dutch way", () => {
    expect(
      askerNames([
        { name: "Van den Nieuwenhuijzen", party: "GroenLinks" },
        { name: "Buitenweg", party: "GroenLinks" },
      ]),
    ).toBe("Van den Nieuwenhuijzen (GroenLinks) en Buitenweg (GroenLinks)");
    expect(
      askerNames([
        { name: "A", party: "VVD" },
        { name: "B", party: "SP" },
        { name: "C", party: "D66" },
      ]),
    ).toBe("A (VVD), B (SP) en C (D66)");
  });

  it("writes a respondent with role and portfolio", () => {
    expect(respondentName({ role: "Minister", name: "Kaag", portfolio: "Buitenlandse Handel en Ontwikkelingssamenwerking" })).toBe(
      "Minister Kaag (Buitenlandse Handel en Ontwikkelingssamenwerking)",
    );
    expect(respondentName({ role: "Staatssecretaris", name: "Van Rij", portfolio: null })).toBe("Staatssecretaris Van Rij");
  });

  it("capitalizes a subject for a title, IJ included, and leaves guillemets alone", () => {
    expect(upperFirst("het bericht dat")).toBe("Het bericht dat");
    expect(upperFirst("ijsvrij")).toBe("IJsvrij");
    expect(upperFirst("«Gratis lunch»")).toBe("«Gratis lunch»");
  });

  it("finds the titles that more than one document of a list has", () => {
    const doc = (subject: string | null, number = 1) => ({ subject, kind: "antwoord" as const, number, sessionYear: "2024-2025" });
    const records = [doc("a"), doc("b"), doc("a"), doc("c"), doc("a"), doc(null, 604), doc(null, 605)];
    expect(repeatedHeadings(records)).toEqual(["A"]);
    expect(repeatedHeadings([])).toEqual([]);
  });

  it("names a document whose source does not say its subject by what it is and its number", () => {
    expect(documentHeading({ subject: "het bericht", kind: "antwoord", number: 604, sessionYear: "2024-2025" })).toBe("Het bericht");
    expect(documentHeading({ subject: null, kind: "antwoord", number: 604, sessionYear: "2024-2025" })).toBe(
      "Antwoord op schriftelijke vragen, Aanhangsel nr. 604 (2024–2025)",
    );
  });
});

describe("URLs", () => {
  it("derives the permanent page URL and the official URL from the id", () => {
    expect(documentUrl("ah-tk-20202021-2290")).toBe("/ah-tk-20202021-2290/");
    expect(officialUrl("ah-tk-20202021-2290")).toBe("https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2290.html");
  });

  it("links another document to its page when the site has it, else to the official publication", () => {
    const site = new Set(["ah-tk-20232024-387"]);
    expect(seeAlsoUrl("ah-tk-20232024-387", site)).toBe("/ah-tk-20232024-387/");
    expect(seeAlsoUrl("ah-tk-20232024-594", site)).toBe("https://zoek.officielebekendmakingen.nl/ah-tk-20232024-594.html");
  });
});
