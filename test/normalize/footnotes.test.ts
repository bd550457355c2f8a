import { describe, expect, it } from "vitest";
import { findBareMarkers, findDefinitions, type WorkLine } from "../../src/normalize/footnotes.ts";

function page(texts: string[], pageNumber = 1, gaps: number[] = []): WorkLine[] {
  return texts.map((text, i) => ({ text, line: i + 1, page: pageNumber, gapBefore: gaps.includes(i), indent: 0, heading: false }));
}

function markersIn(texts: string[], defs: { number: number; at: number }[]) {
  const lines = page([...texts, ...defs.map((d) => `${d.number} noot`)], 1, [texts.length]);
  const definitions = findDefinitions(lines, new Set(lines.map((_, i) => i)));
  const body = texts.map((_, i) => i);
  return findBareMarkers(lines, body, definitions).map((m) => ({ text: lines[m.lineIndex]!.text.slice(m.start, m.end), numbers: m.numbers }));
}

describe("findDefinitions", () => {
  it("reads a footnote area at the foot of a page, numbers alone or with text", () => {
    const lines = page(["Vraag 1", "Tekst?1", "1", "EenVandaag, 28 maart 2024,", "2", "Accord Européen"], 1, [2]);
    const defs = findDefinitions(lines, new Set(lines.map((_, i) => i)));
    expect(defs.map((d) => ({ number: d.number, lines: d.lines }))).toEqual([
      { number: 1, lines: [2, 3] },
      { number: 2, lines: [4, 5] },
    ]);
  });

  it("does not take a paragraph that starts with a number for a footnote when the number is not the next one", () => {
    const lines = page(["Tekst.", "3 dagen per jaar mag vuurwerk worden verkocht."], 1, [1]);
    expect(findDefinitions(lines, new Set([0, 1]))).toEqual([]);
  });

  it("reads a raised-number definition as one paragraph in the middle of the text", () => {
    const lines = page(["\uE0001\uE001 https://example.org/a", "Vraag 3", "Tekst"], 1, [0, 1]);
    const defs = findDefinitions(lines, new Set([0, 1, 2]));
    expect(defs).toEqual([{ number: 1, lines: [0], page: 1, firstText: "https://example.org/a" }]);
  });
});

describe("findBareMarkers", () => {
  it("finds markers glued to punctuation, quotes and words", () => {
    expect(
      markersIn(
        ["heel gevaarlijk»»?1 Wat is uw reactie", "in de ADR.2"],
        [
          { number: 1, at: 0 },
          { number: 2, at: 0 },
        ],
      ),
    ).toEqual([
      { text: "1", numbers: [1] },
      { text: "2", numbers: [2] },
    ]);
  });

  it("finds a marker glued to a year", () => {
    expect(markersIn(["naar aanleiding van de signaalrapportage uit 20221 waaruit"], [{ number: 1, at: 0 }])).toEqual([{ text: "1", numbers: [1] }]);
  });

  it("does not take CO2 or a decimal for a marker", () => {
    expect(
      markersIn(
        ["vervoer van CO2 en klasse 1.2 vuurwerk, zie de brief van 29 juni 20222"],
        [
          { number: 1, at: 0 },
          { number: 2, at: 0 },
        ],
      ).at(-1),
    ).toEqual({
      text: "2",
      numbers: [2],
    });
    expect(markersIn(["vervoer van CO2 en klasse 1.2 vuurwerk"], [{ number: 2, at: 0 }])).toEqual([]);
  });

  it("accepts a marker glued to an acronym's digit when the page offers no other place", () => {
    const lines = page(["Zo geeft NIS24 (Network and Information Security Directive) aan", "", "1 a", "2 b", "3 c", "4 d"], 1, [2]);
    const defs = findDefinitions(
      lines.filter((l) => l.text !== ""),
      new Set([0, 1, 2, 3, 4]),
    );
    const found = findBareMarkers(
      lines.filter((l) => l.text !== ""),
      [0],
      defs.filter((d) => d.number === 4),
    );
    expect(found).toEqual([{ lineIndex: 0, start: 13, end: 14, numbers: [4] }]);
  });

  it("reads several notes cited at one place", () => {
    expect(
      markersIn(
        ["is dat zo»?1, 2 Wat"],
        [
          { number: 1, at: 0 },
          { number: 2, at: 0 },
        ],
      ),
    ).toEqual([{ text: "1, 2", numbers: [1, 2] }]);
  });
});
