/**
 * The relines stage in the normalizer: glued PyPDF2 text reads as the printed text, line numbers and
 * roles stay with their lines, and joining consults the lexicon for line-end hyphens.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";
import { readText } from "../../src/ingest/text.ts";
import { normalizeDocument } from "../../src/normalize/index.ts";
import { dutchLexicon } from "../../src/normalize/lexicon.ts";
import { collectHyphenated, joinLines } from "../../src/normalize/repair.ts";

const PYPDF = "test/fixtures/third-party/pypdf";

describe("a PyPDF2 extraction normalizes to the words a reader sees", () => {
  it("ah-tk-20242025-546: glued words apart, line-end hyphens out, paragraphs found", async () => {
    const { record } = await normalizeFile(`${PYPDF}/ah-tk-20242025-546.txt`);
    const answer1 = record!.answers[0]!.text;
    expect(answer1).toContain("voorafgaand aan het tweeminutendebat Gevangeniswezen");
    expect(answer1).toContain("geen contact geweest met de Telegraaf");
    expect(answer1).toContain("van de motie Van Dijk (PVV)");
    expect(answer1).toContain("in detentie. Nadat ik mijn appreciatie met uw Kamer heb gedeeld is de media hier op gewezen.");
    const question2 = record!.questions[1]!.text;
    expect(question2).toContain("aan kon kondigen? Is dat puur toeval geweest?");
    expect(question2).toContain("over kleding bij het tweeminutendebat");
    expect(record!.answers[5]!.text).toContain("werkbezoeken afgelegd aan verschillende PI’s");
    // A real hyphen stays: `PVV-Kamerlid`.
    expect(record!.questions[0]!.text).toContain("door het PVV-Kamerlid?");
  });

  it("ah-tk-20242025-581: `hypotheti-sche` is one word again, `Non-Proliferatie` keeps its hyphen", async () => {
    const { record } = await normalizeFile(`${PYPDF}/ah-tk-20242025-581.txt`);
    const answers = record!.answers.map((a) => a.text).join("\n");
    expect(answers).toContain("speculeert niet over hypothetische situaties");
    expect(answers).not.toContain("hypotheti-sche");
    expect(answers).toContain("het Non-Proliferatie Verdrag");
  });

  it("keeps the file line of every printed line and a role for each", () => {
    const path = `${PYPDF}/ah-tk-20242025-563.txt`;
    const result = normalizeDocument(readText(readFileSync(path, "utf8"), path));
    expect(result.roles).toHaveLength(result.lines.length);
    const fileLines = readFileSync(path, "utf8").split("\n");
    // Each line of the file is its lines, in order, with only spaces put in between.
    const byLine = new Map<number, string[]>();
    for (const l of result.lines) byLine.set(l.line, [...(byLine.get(l.line) ?? []), l.text]);
    for (const [n, texts] of byLine) {
      const squeeze = (t: string) => t.replace(/[\s\u00a0]+/gu, "");
      expect(squeeze(texts.join(""))).toBe(squeeze(fileLines[n - 1]!.replace(/ {4,}/gu, "")));
    }
    expect([...byLine.values()].some((texts) => texts.length > 3)).toBe(true);
  });
});

describe("joinLines with the lexicon", () => {
  const lexicon = dutchLexicon();

  it("undoes a line-end hyphen the document also printed inside a glued line", () => {
    const polluted = collectHyphenated(["Het kabinet speculeert niet over hypotheti-sche situaties."]);
    expect(joinLines(["over hypotheti-", "sche situaties"], polluted)).toBe("over hypotheti-sche situaties");
    expect(joinLines(["over hypotheti-", "sche situaties"], polluted, lexicon)).toBe("over hypothetische situaties");
  });

  it("keeps hyphens beside capitals, suspended hyphens, hyphenated words and vowels that would meet", () => {
    expect(joinLines(["door het PVV-", "Kamerlid"], new Set(), lexicon)).toBe("door het PVV-Kamerlid");
    expect(joinLines(["aan de kwaliteits-", "en transporteisen"], new Set(), lexicon)).toBe("aan de kwaliteits- en transporteisen");
    expect(joinLines(["per e-", "mail"], new Set(), lexicon)).toBe("per e-mail");
    expect(joinLines(["de energie-", "efficiëntie"], new Set(), lexicon)).toBe("de energie-efficiëntie");
    expect(joinLines(["aan kon kondi-", "gen?"], new Set(), lexicon)).toBe("aan kon kondigen?");
  });

  it("is consulted only for a glued hard-wrapped text: clean texts keep the plain rules and never load it", () => {
    const wrapped = readFileSync("test/fixtures/pdftotext/ah-tk-20232024-1771.txt", "utf8").split("\n");
    expect(collectHyphenated(wrapped).words).toBeNull();
    // The same text with a paragraph left glued, a line-end hyphen inside it.
    const glued = [
      ...wrapped,
      "De Minister heeft dit eerder gemeld.Zij verwacht dat de hypotheti-sche gevallen zeldzaam zijn.Het kabinet komt erop terug in de brief.",
    ];
    expect(collectHyphenated(glued).words).not.toBeNull();
  });
});
