import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/ingest/markdown.ts";

const sup = (s: string) => `\uE000${s}\uE001`;

describe("readMarkdown", () => {
  it("turns every spelling of a raised number into one marker", () => {
    const doc = readMarkdown("a<sup>1</sup> b»[2] c[3 ] d[4 5 ] e[^6] 11[e ] f [is] g", "x.md");
    expect(doc.lines[0]!.text).toBe(`a${sup("1")} b»${sup("2")} c${sup("3")} d${sup("4 5")} e${sup("6")} 11${sup("e")} f [is] g`);
  });

  it("marks a footnote definition of hand-authored markdown with the same marker", () => {
    expect(readMarkdown("[^1]: Een bron", "x.md").lines[0]!.text).toBe(`${sup("1")} Een bron`);
  });

  it("strips heading and bold-line markup but remembers it was a heading", () => {
    const doc = readMarkdown("#### Vraag 7\n**Antwoord 7**\nTekst met **vet** erin", "x.md");
    expect(doc.lines.map((l) => [l.text, l.heading ?? false])).toEqual([
      ["Vraag 7", true],
      ["Antwoord 7", true],
      ["Tekst met **vet** erin", false],
    ]);
  });

  it("counts pages at horizontal rules and keeps file line numbers", () => {
    const doc = readMarkdown("een\n\n-----\n\ntwee\n", "x.md");
    expect(doc.lines.map((l) => [l.text, l.line, l.page, l.gapBefore ?? false])).toEqual([
      ["een", 1, 1, false],
      ["twee", 5, 2, true],
    ]);
  });

  it("reads front matter", () => {
    const doc = readMarkdown('---\nsessionYear: "2023-2024"\n---\n# 12\n', "x.md");
    expect(doc.frontMatter).toEqual({ sessionYear: "2023-2024" });
    expect(doc.lines).toEqual([{ text: "12", line: 4, page: 1, heading: true }]);
  });
});
