import { describe, expect, it } from "vitest";
import { readText } from "../../src/ingest/text.ts";

describe("readText", () => {
  it("splits pages at form feeds and keeps file line numbers", () => {
    const doc = readText("een\ntwee\n\fdrie\n", "x.txt");
    expect(doc.lines.map((l) => [l.text, l.line, l.page])).toEqual([
      ["een", 1, 1],
      ["twee", 2, 1],
      ["drie", 3, 2],
    ]);
  });

  it("splits regions that a layout extraction put on one line", () => {
    const doc = readText("’s-Gravenhage 2024       Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel          1\n", "x.txt");
    expect(doc.lines.map((l) => l.text)).toEqual(["’s-Gravenhage 2024", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", "1"]);
  });

  it("measures indentation from the page's margin and marks gaps", () => {
    const doc = readText("    1. Alle producten\n          gaasverpakking\n\n    Bovenstaande\n", "x.txt");
    expect(doc.lines.map((l) => [l.text, l.indent ?? 0, l.gapBefore ?? false])).toEqual([
      ["1. Alle producten", 0, false],
      ["gaasverpakking", 6, false],
      ["Bovenstaande", 0, true],
    ]);
  });
});
