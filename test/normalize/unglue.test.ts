/**
 * Lines that PyPDF2 glued from the printed lines of the typeset PDFs, cut back into those lines. The
 * expected printed lines were written by reading the fixtures (test/fixtures/third-party/pypdf), where
 * each printed line met the next without a space.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/ingest/markdown.ts";
import { readText } from "../../src/ingest/text.ts";
import { findGluedLines, gatherEvidence } from "../../src/normalize/stages/relines.ts";
import { findGluePoints } from "../../src/normalize/glue-points.ts";
import { splitGluedLine } from "../../src/normalize/unglue.ts";
import { createWorkDocument } from "../../src/normalize/work.ts";

const PYPDF = "test/fixtures/third-party/pypdf";

function workLines(path: string) {
  const text = readFileSync(path, "utf8");
  const source = path.endsWith(".md") ? readMarkdown(text, path) : readText(text, path);
  return { work: createWorkDocument(source), format: source.format };
}

/** The printed lines the line at file line `line` of `file` is cut into, or null when it is kept. */
function cutLine(file: string, line: number): string[] | null {
  const { work, format } = workLines(`${PYPDF}/${file}`);
  const glued = findGluedLines(work.lines, format);
  const index = work.lines.findIndex((l) => l.line === line);
  return glued?.pieces.get(index) ?? null;
}

describe("a glued paragraph is cut back into its printed lines", () => {
  it("at words glued to words, to capitals and after a sentence", () => {
    expect(cutLine("ah-tk-20242025-546.txt", 15)).toEqual([
      "Er is door het Ministerie van Justitie en Veiligheid voorafgaand aan het",
      "tweeminutendebat Gevangeniswezen en tbs op 23 oktober 2024 geen contact",
      "geweest met de Telegraaf of een ander medium ten aanzien van de plannen",
      "om merkkleding in detentie te beperken. In mijn appreciatie van de motie Van",
      "Dijk (PVV) omtrent uniformen in detentie heb ik aangegeven dat ik bezig ben",
      "met plannen voor het beperken van het dragen van merkkleding in detentie.",
      "Nadat ik mijn appreciatie met uw Kamer heb gedeeld is de media hier op",
      "gewezen.",
    ]);
  });

  it("after line-end hyphens, which later joining takes out again", () => {
    expect(cutLine("ah-tk-20242025-546.txt", 17)).toEqual([
      "Hoe komt het dat er een motie door de PVV-fractie is ingediend over kleding",
      "bij het tweeminutendebat gevangeniswezen, waar het in het hele commissie-",
      "debat niet over is gegaan, waarna u uw «plan van aanpak» aan kon kondi-",
      "gen? Is dat puur toeval geweest?",
    ]);
    expect(cutLine("ah-tk-20242025-546.txt", 54)?.slice(0, 2)).toEqual([
      "Ja, ik heb de afgelopen maanden veel werkbezoeken afgelegd aan verschil-",
      "lende PI’s en daar gesproken met het personeel van DJI. Daarbij zijn diverse",
    ]);
  });

  it("where the lexicon tells the likelier of two readings (`betreffendemotie`) and a number follows a word", () => {
    expect(cutLine("ah-tk-20242025-546.txt", 19)?.slice(0, 3)).toEqual([
      "Ik ga niet over de moties die politieke partijen indienen. Het is mij ook niet",
      "bekend wat voor de PVV-fractie aanleiding is geweest om de betreffende",
      "motie op dat moment in te dienen. Ik ga wel over mijn eigen reactie op",
    ]);
    expect(cutLine("ah-tk-20242025-581.txt", 14)).toEqual([
      "President Zelensky sprak op 17 oktober jl. in Brussel over het Boedapest",
      "Memorandum, dat 30 jaar geleden werd gesloten, en over de Oekraïense",
      "wens om lid te worden van de NAVO. In die context sprak hij ook over",
      "kernwapens. Later die dag stelde President Zelensky in een persconferentie",
      "met SG NAVO Mark Rutte expliciet dat Oekraïne geen kernwapens nastreeft.",
      "Het Oekraïense Ministerie van Buitenlandse Zaken heeft dit eveneens op",
      "17 oktober in een verklaring",
    ]);
  });

  it("keeps a footnote with an address, the page footer and a line with no clear glue point as they are", () => {
    // The footnote's address and the footer's ISSN and place run together, but nothing in them is a
    // glue point of two printed lines of the column.
    expect(cutLine("ah-tk-20242025-546.txt", 21)).toBeNull();
    expect(cutLine("ah-tk-20242025-546.txt", 25)).toBeNull();
    expect(cutLine("ah-tk-20242025-546.txt", 20)).toBeNull();
  });

  it("never cuts inside an address, a number or a word the lexicon knows", () => {
    const { work } = workLines(`${PYPDF}/ah-tk-20242025-546.txt`);
    const texts = work.lines.map((l) => l.text);
    const evidence = gatherEvidence(texts, (t) => t.length <= 86);
    const width = { typical: 72, min: 58, max: 86 };
    const line =
      "Zie de brief van 1 oktober (https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024Z15585&did=2024D37938), waarin 2.500 plaatsenvoor 3,5 miljoen euro worden genoemd, en voortgangsbrief 29 279 van het ministerie.";
    const points = findGluePoints(line, evidence);
    const url = /\(https:\S+\),/u.exec(line)!;
    for (const p of points) {
      expect(p.end <= url.index || p.end >= url.index + url[0].length).toBe(true);
      expect(/\d[.,]?$/u.test(line.slice(0, p.end)) && /^[.,]?\d/u.test(line.slice(p.next))).toBe(false);
    }
    // `voortgangsbrief` is a word of the lexicon: `voortgang|sbrief` is never a glue point.
    const word = line.indexOf("voortgangsbrief");
    expect(points.some((p) => p.end > word && p.end < word + "voortgangsbrief".length)).toBe(false);
    // The one glue point, `plaatsen|voor`, is found; a single cut of a line is kept only when it is strong.
    const glue = line.indexOf("plaatsenvoor") + "plaatsen".length;
    expect(points.find((p) => p.end === glue)?.score).toBeGreaterThan(0);
    expect(splitGluedLine(line, points, width)).toBeNull();
  });
});

describe("documents that are not glued stay exactly as they are", () => {
  const cases = [
    ...readdirSync("test/fixtures/third-party/docx").map((f) => `test/fixtures/third-party/docx/${f}`),
    ...readdirSync("test/fixtures/pdftotext").map((f) => `test/fixtures/pdftotext/${f}`),
    ...readdirSync("test/fixtures/pdftotext-layout").map((f) => `test/fixtures/pdftotext-layout/${f}`),
    ...readdirSync("content/documents")
      .filter((f) => f.endsWith(".md"))
      .map((f) => `content/documents/${f}`),
    ...readdirSync("test/fixtures/documents").map((f) => `test/fixtures/documents/${f}`),
  ].filter((f) => /\.(txt|md)$/u.test(f));

  for (const file of cases) {
    it(file, () => {
      const { work, format } = workLines(file);
      expect(findGluedLines(work.lines, format)?.pieces.size ?? 0).toBe(0);
    });
  }
});

describe("every PyPDF2 extraction", () => {
  for (const file of readdirSync(PYPDF).filter((f) => f.endsWith(".txt"))) {
    it(`${file}: is cut only where the pieces join back to its text, at a glue point or a space`, () => {
      const { work, format } = workLines(`${PYPDF}/${file}`);
      const glued = findGluedLines(work.lines, format);
      expect(glued?.pieces.size ?? 0).toBeGreaterThan(0);
      for (const [i, pieces] of glued!.pieces) {
        const text = work.lines[i]!.text;
        // Nothing is lost or changed: only spaces come in, at cuts that had none.
        expect(pieces.join("").replace(/\s+/gu, "")).toBe(text.replace(/\s+/gu, ""));
        for (const piece of pieces) expect(piece).toBe(piece.trim());
        expect(pieces.every((p) => p !== "")).toBe(true);
      }
    });
  }
});
