import { describe, expect, it } from "vitest";
import { parseNumberList, readBlockHeading, splitInlineHeadings } from "../../src/normalize/headings.ts";

describe("readBlockHeading", () => {
  it("reads the Aanhangsel's headings, grouped or not", () => {
    expect(readBlockHeading("Vraag 1")).toEqual({ type: "vraag", numbers: [1], bare: false });
    expect(readBlockHeading("Vragen 5 en 6")).toEqual({ type: "vraag", numbers: [5, 6], bare: false });
    expect(readBlockHeading("Antwoorden 5 en 6")).toEqual({ type: "antwoord", numbers: [5, 6], bare: false });
    expect(readBlockHeading("Antwoord 5:")).toEqual({ type: "antwoord", numbers: [5], bare: false });
  });

  it("reads the ministries' headings", () => {
    expect(readBlockHeading("Antwoord op vraag 1")?.numbers).toEqual([1]);
    expect(readBlockHeading("Antwoord vraag 1:")?.numbers).toEqual([1]);
    expect(readBlockHeading("Antwoord op vraag 3 en 4 ")?.numbers).toEqual([3, 4]);
    expect(readBlockHeading("Antwoord vraag 4-7:")?.numbers).toEqual([4, 5, 6, 7]);
    expect(readBlockHeading("Antwoord vragen 1,2,3,4 en 5")?.numbers).toEqual([1, 2, 3, 4, 5]);
    expect(readBlockHeading("Antwoord op vragen 9 t/m 14")?.numbers).toEqual([9, 10, 11, 12, 13, 14]);
  });

  it("keeps the printed order of a group out of order", () => {
    expect(readBlockHeading("Vraag 1 en 4")?.numbers).toEqual([1, 4]);
  });

  it("reads a bare «Vraag» or «Antwoord», and a Mededeling", () => {
    expect(readBlockHeading("Antwoord")).toEqual({ type: "antwoord", numbers: [], bare: true });
    expect(readBlockHeading("Vraag:")).toEqual({ type: "vraag", numbers: [], bare: true });
    expect(readBlockHeading("Mededeling")).toEqual({ type: "mededeling", numbers: [], bare: false });
  });

  it("reads no sentence as a heading", () => {
    expect(readBlockHeading("Vraag van het lid Jansen (SP) aan de Minister van Financiën")).toBeNull();
    expect(readBlockHeading("Antwoord van Minister Van Rij (Financiën) (ontvangen 20 januari 2024).")).toBeNull();
    expect(readBlockHeading("Vraag 2 en 3 gaan over hetzelfde.")).toBeNull();
  });
});

describe("splitInlineHeadings", () => {
  it("splits a ministry's heading run together with the answer's first words", () => {
    const lines = splitInlineHeadings([{ text: "Antwoord op vraag 2: Ja, dat klopt.", line: 4, page: 1, gapBefore: true }]);
    expect(lines).toEqual([
      { text: "Antwoord op vraag 2", line: 4, page: 1, gapBefore: true, heading: true },
      { text: "Ja, dat klopt.", line: 4, page: 1 },
    ]);
  });
});

describe("parseNumberList", () => {
  it("reads lists without spaces and ranges with a hyphen", () => {
    expect(parseNumberList("1,2,3,4 en 5")).toEqual([1, 2, 3, 4, 5]);
    expect(parseNumberList("9-14")).toEqual([9, 10, 11, 12, 13, 14]);
  });
});
