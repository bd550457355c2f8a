/**
 * The PDF reader on the twelve official PDFs (lines, markers, footnotes, and the normalized record
 * against what a person read from each), on a hand-made PDF with the layout cases one by one, and on bad
 * files. The fixtures and how they were made: test/fixtures/pdf/README.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf, readPdfLayout, fontStyle, type PdfReadResult } from "../../src/ingest/pdf.ts";
import { MARK, type SourceDocument, type SourceLine } from "../../src/ingest/source.ts";
import { readText } from "../../src/ingest/text.ts";
import { findDefinitions, type WorkLine } from "../../src/normalize/footnotes.ts";
import { ungluedName } from "../../src/normalize/glued-names.ts";
import { normalizeDocument } from "../../src/normalize/index.ts";
import { recordSchema, type KamervraagRecord } from "../../src/model.ts";
import { fingerprint, withoutLost } from "../support/fingerprint.ts";

/** The official PDFs are the site's sample content; the made-up bad files are fixtures. */
const SAMPLES = "content/documents";
const DIR = "test/fixtures/pdf";
const samples = readdirSync(SAMPLES)
  .filter((f) => /^ah-.*\.pdf$/u.test(f))
  .sort();
const dirOf = (name: string) => (/^ah-.*\.pdf$/u.test(name) ? SAMPLES : DIR);
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${dirOf(name)}/${name}`));
const MARKER = new RegExp(`${MARK.supOpen}([^${MARK.supClose}]*)${MARK.supClose}`, "gu");

async function read(name: string): Promise<SourceDocument> {
  const result = await readPdf(bytesOf(name), `${dirOf(name)}/${name}`);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.diagnostics)}`);
  return result.source;
}

function failure(result: PdfReadResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.diagnostics;
}

const withoutSource = (r: KamervraagRecord | null) => (r ? { ...r, source: null } : null);

describe("the official PDFs", () => {
  it("are all here", () => {
    expect(samples).toHaveLength(12);
  });

  for (const file of samples) {
    const id = file.replace(/\.pdf$/u, "");
    const number = Number(id.split("-").at(-1));
    const [, , years] = id.split("-");
    const vergaderjaar = `${years!.slice(0, 4)}–${years!.slice(4)}`;

    describe(file, () => {
      let source: SourceDocument;
      let lines: SourceLine[];
      const expected = JSON.parse(readFileSync(`test/fixtures/expected/${id}.json`, "utf8")) as {
        footnotes: { number: number; first: string }[];
      } & Record<string, unknown>;

      beforeAll(async () => {
        source = await read(file);
        lines = source.lines;
      });

      it("is a pdf source of plain text with pages and running line numbers", () => {
        expect(source.format).toBe("pdf");
        expect(source.inlineMarkdown).toBe(false);
        expect(lines[0]!.line).toBe(1);
        expect(lines[0]!.page).toBe(1);
        for (let i = 1; i < lines.length; i++) {
          expect(lines[i]!.line).toBeGreaterThanOrEqual(lines[i - 1]!.line);
          expect(lines[i]!.line - lines[i - 1]!.line).toBeLessThanOrEqual(1);
          expect(lines[i]!.page - lines[i - 1]!.page).toBeGreaterThanOrEqual(0);
        }
        expect(lines.every((l) => l.text !== "" && l.text === l.text.trim())).toBe(true);
      });

      it("reads the masthead and the number as lines of their own", () => {
        const texts = lines.filter((l) => l.page === 1).map((l) => l.text);
        expect(texts.slice(0, 2)).toEqual(["Tweede Kamer der Staten-Generaal", "2"]);
        expect(texts).toContain(`Vergaderjaar ${vergaderjaar}`);
        expect(texts).toContain("Aanhangsel van de Handelingen");
        expect(texts).toContain("Vragen gesteld door de leden der Kamer, met de daarop door de");
        const numberAt = texts.indexOf(String(number));
        const questionAt = texts.findIndex((t) => t.startsWith("Vragen van "));
        expect(numberAt).toBeGreaterThan(0);
        expect(questionAt).toBe(numberAt + 1);
        // The side-by-side regions of the masthead share a line number.
        const vj = lines.find((l) => l.text === `Vergaderjaar ${vergaderjaar}`)!;
        const ah = lines.find((l) => l.text === "Aanhangsel van de Handelingen")!;
        expect(ah.line).toBe(vj.line);
        expect(ah.gapBefore).toBe(true);
      });

      it("puts «Vraag 1» on its own line after a gap", () => {
        const vraag = lines.find((l) => l.text === "Vraag 1");
        expect(vraag).toBeDefined();
        expect(vraag!.gapBefore).toBe(true);
        expect(vraag!.indent ?? 0).toBe(0);
      });

      it("keeps the footer's official id and the running head as lines of their own", () => {
        const footer = lines
          .filter((l) => l.page === 1)
          .slice(-5)
          .map((l) => l.text);
        expect(footer).toEqual([
          id,
          "ISSN 0921 - 7398",
          expect.stringMatching(/^’s-Gravenhage \d{4}$/u),
          `Tweede Kamer, vergaderjaar ${vergaderjaar}, Aanhangsel`,
          "1",
        ]);
      });

      it("marks every footnote reference as raised text, in order", () => {
        const cited = lines.flatMap((l) => [...l.text.matchAll(MARKER)].flatMap((m) => m[1]!.match(/\d+/gu) ?? []).map(Number));
        expect(cited).toEqual(expected.footnotes.map((f) => f.number));
      });

      it("starts each footnote definition with its number, the first after a gap", () => {
        const pagesWithNotes = new Set<number>();
        for (const note of expected.footnotes) {
          // (The start only: a URL may run on to the next line.)
          const line = lines.find((l) => l.text.startsWith(`${note.number} ${note.first.slice(0, 12)}`));
          expect(line, `footnote ${note.number}`).toBeDefined();
          expect(line!.text).not.toContain(MARK.supOpen);
          // The first definition of each page opens its footnote area: a gap separates it from the body.
          if (!pagesWithNotes.has(line!.page)) expect(line!.gapBefore, `footnote ${note.number}`).toBe(true);
          pagesWithNotes.add(line!.page);
        }
      });

      it("normalizes without errors to what a person read from the document", () => {
        const { record, diagnostics } = normalizeDocument(source);
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(record).not.toBeNull();
        expect(recordSchema.safeParse(record).success).toBe(true);
        expect(record!.source).toEqual({ path: `${SAMPLES}/${file}`, format: "pdf" });
        const wanted = { ...expected };
        delete wanted["notes"];
        const [e, a] = withoutLost(wanted, fingerprint(record!) as unknown as typeof wanted);
        expect(a).toEqual(e);
      });

      it("gives the same record as the text extraction of the same document, but for what only the PDF's document information says", () => {
        const textFile = `test/fixtures/pdftotext-layout/${id}.txt`;
        expect(existsSync(textFile)).toBe(true);
        const fromText = normalizeDocument(readText(readFileSync(textFile, "utf8"), textFile)).record;
        const fromPdf = normalizeDocument(source).record;
        // The PDF's Subject puts back the space of a name whose particle the text layer glued
        // (src/normalize/stages/document-info.ts); a text extraction does not carry it.
        const askers = fromText?.askers.map((asker, i) =>
          fromPdf?.askers[i] && ungluedName(asker.name) === fromPdf.askers[i].name ? { ...asker, name: fromPdf.askers[i].name } : asker,
        );
        expect(withoutSource(fromPdf)).toEqual(withoutSource(fromText && { ...fromText, askers: askers ?? [] }));
      });
    });
  }
});

describe("markers the text extraction can only guess", () => {
  it("NIS2 followed by raised 4 (ah-tk-20232024-1178)", async () => {
    const { lines } = await read("ah-tk-20232024-1178.pdf");
    expect(lines.map((l) => l.text)).toContain(`Zo geeft NIS2${MARK.supOpen}4${MARK.supClose} (Network and Information Security Directive) aan dat «state of`);
  });

  it("CO2 is plain text, the two footnotes are raised (ah-tk-20232024-2210)", async () => {
    const { lines } = await read("ah-tk-20232024-2210.pdf");
    const co2 = lines.filter((l) => l.text.includes("CO2"));
    expect(co2.length).toBeGreaterThanOrEqual(4);
    for (const l of co2) expect(l.text).not.toMatch(new RegExp(`CO${MARK.supOpen}`, "u"));
    expect(lines.filter((l) => l.text.includes(MARK.supOpen)).map((l) => [...l.text.matchAll(MARKER)].map((m) => m[1]))).toEqual([["1"], ["2"]]);
  });

  it("a marker glued before a question mark (ah-tk-20232024-1893)", async () => {
    const { lines } = await read("ah-tk-20232024-1893.pdf");
    expect(lines.some((l) => l.text.includes(`»${MARK.supOpen}1${MARK.supClose}?`))).toBe(true);
  });

  it("a marker after a guillemet and question mark (ah-tk-20232024-1771)", async () => {
    const { lines } = await read("ah-tk-20232024-1771.pdf");
    expect(lines.map((l) => l.text)).toContain(`vuurwerk opgeslagen: «Dat is 400 keer heel gevaarlijk»»?${MARK.supOpen}1${MARK.supClose} Wat is uw reactie`);
  });

  it("list continuations are indented from the page margin (ah-tk-20232024-1178)", async () => {
    const { lines } = await read("ah-tk-20232024-1178.pdf");
    const bullet = lines.findIndex((l) => l.text.startsWith("• «HAPKIDO"));
    expect(lines[bullet]!.indent ?? 0).toBe(0);
    expect(lines[bullet + 1]!.text).toBe("Development for Organisations)»");
    expect(lines[bullet + 1]!.indent).toBeGreaterThan(0);
  });
});

describe("layout cases (layout.pdf, written by hand)", () => {
  let lines: SourceLine[];
  let texts: string[];
  beforeAll(async () => {
    lines = (await read("layout.pdf")).lines;
    texts = lines.map((l) => l.text);
  });
  const sup = (s: string) => `${MARK.supOpen}${s}${MARK.supClose}`;

  it("splits regions that share a baseline into cells of one line", () => {
    expect(lines.slice(0, 2).map((l) => [l.text, l.line, l.gapBefore ?? false])).toEqual([
      ["Vergaderjaar 2023–2024", 1, false],
      ["Aanhangsel van de Handelingen", 1, true],
    ]);
  });

  it("composes a letter and an accent drawn over it, spells out ligatures", () => {
    expect(texts).toContain("Vragen van het lid Kostić (SP) over de finale fluit");
    expect(texts).toContain("Een accent ervoor: Kostić, een quantumwoord en een gat.");
    // An acute accent that is not drawn over a letter stays (used as an apostrophe).
    expect(texts.some((t) => t.endsWith("Het auto´s-verbod"))).toBe(true);
  });

  it("joins items that split a word, separates items that leave a word's room", () => {
    expect(texts.some((t) => t.includes("quantumwoord en een gat."))).toBe(true);
  });

  it("tells raised markers from lowered subscripts by baseline and size", () => {
    expect(texts).toContain(`De uitstoot van CO2 daalt, zegt het rapport${sup("1")}. Het auto´s-verbod`);
    expect(texts).toContain(`Tweede regel van de alinea met het 11${sup("e")} punt.`);
    expect(texts).toContain(`Zo gevaarlijk»»?${sup("2, 3")} Wat vindt u van de noot${sup("4")}?`);
  });

  it("indents continuation lines and marks paragraph gaps", () => {
    const item = lines.find((l) => l.text === "• Een opsomming die doorloopt op")!;
    const continuation = lines.find((l) => l.text === "de volgende regel.")!;
    expect(item.indent ?? 0).toBe(0);
    expect(continuation.indent).toBeGreaterThan(0);
    expect(lines.find((l) => l.text.startsWith("Een accent ervoor"))!.gapBefore).toBe(true);
    expect(lines.find((l) => l.text.startsWith("Tweede regel"))!.gapBefore).toBeUndefined();
  });

  it("writes footnote definitions as «number text» after a gap, as the normalizer finds them", () => {
    const at = texts.indexOf("1 Het rapport, 2024.");
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at, at + 5)).toEqual([
      "1 Het rapport, 2024.",
      "2 Nederlands Dagblad, 29 september 2023, https://www.nd.nl/nieuws/",
      "dat-is-400-keer-gevaarlijk.html",
      "3 Derde noot.",
      "4 Vierde noot.",
    ]);
    expect(lines[at]!.gapBefore).toBe(true);
    expect(lines[at + 1]!.gapBefore).toBeUndefined();
    const work: WorkLine[] = lines.map((l) => ({
      text: l.text,
      line: l.line,
      page: l.page,
      gapBefore: l.gapBefore ?? false,
      indent: l.indent ?? 0,
      heading: l.heading ?? false,
    }));
    const defs = findDefinitions(work, new Set(work.map((_, i) => i).filter((i) => i < at + 5)));
    expect(defs.map((d) => [d.number, d.firstText, d.lines.length])).toEqual([
      [1, "Het rapport, 2024.", 1],
      [2, "Nederlands Dagblad, 29 september 2023, https://www.nd.nl/nieuws/", 2],
      [3, "Derde noot.", 1],
      [4, "Vierde noot.", 1],
    ]);
  });

  it("keeps text that does not run left to right", () => {
    expect(texts.at(-1)).toBe("Zijtekst");
  });

  it("reads weight and style from the fonts' real names", async () => {
    const result = await readPdfLayout(bytesOf("layout.pdf"), "layout.pdf");
    if (!result.ok) throw new Error("layout.pdf unreadable");
    const runs = result.layout.lines.flatMap((l) => l.runs).map((r) => ({ ...r, text: r.text.trim() }));
    expect(runs.find((r) => r.text === "Kostić")).toMatchObject({ bold: true, italic: false });
    expect(runs.find((r) => r.text === "de finale fluit")).toMatchObject({ bold: false, italic: true });
    // Kamerschrift-Heavy and Kamerschrift-Italic: a family no list could know.
    expect(runs.find((r) => r.text === "Zwaar")).toMatchObject({ bold: true, italic: false });
    expect(runs.find((r) => r.text === "schuin")).toMatchObject({ bold: false, italic: true });
    expect(runs.find((r) => r.text === "4")).toMatchObject({ raised: true });
    expect(result.layout.lines.find((l) => l.text === "Aanhangsel van de Handelingen")).toMatchObject({ bold: true });
  });

  it("leaves the caller's bytes usable", async () => {
    const bytes = bytesOf("layout.pdf");
    const size = bytes.length;
    await readPdf(bytes, "layout.pdf");
    expect(bytes.length).toBe(size);
    expect((await readPdf(bytes, "layout.pdf")).ok).toBe(true);
  });
});

describe("fontStyle", () => {
  it.each([
    ["HCAGCO+Univers-Black", true, false],
    ["HCAGDA+Univers", false, false],
    ["HCAGDD+Univers-Oblique", false, true],
    ["Arial-BoldItalicMT", true, true],
    ["TimesNewRomanPS-BoldMT", true, false],
    ["MyriadPro-Semibold", true, false],
    ["Calibri-Italic", false, true],
    ["Frutiger-Heavy", true, false],
    ["Garamond,Bold", true, false],
    ["Helvetica-Light", false, false],
    ["Helvetica-BoldOblique", true, true],
    ["Arial,BoldItalic", true, true],
    ["ArialBlack", true, false],
    ["Futura-Demi", true, false],
    ["Futura-DemiLight", false, false],
    ["Academia-Regular", false, false],
    ["Garamond-It", false, true],
    ["Univers-Medium", false, false],
  ])("%s: bold %s, italic %s", (name, bold, italic) => {
    expect(fontStyle(name)).toEqual({ bold, italic });
  });
});

describe("bad PDFs get a diagnostic, never an exception", () => {
  const path = (name: string) => `${DIR}/${name}`;

  it("a file that is not a PDF: pdf-invalid", async () => {
    const [d] = failure(await readPdf(bytesOf("not-a-pdf.pdf"), path("not-a-pdf.pdf")));
    expect(d).toMatchObject({ file: path("not-a-pdf.pdf"), severity: "error", code: "pdf-invalid" });
    expect(d!.hint).toBeTruthy();
  });

  it("an empty file and random bytes: pdf-invalid", async () => {
    expect(failure(await readPdf(new Uint8Array(), "empty.pdf"))[0]).toMatchObject({ code: "pdf-invalid", file: "empty.pdf" });
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    expect(failure(await readPdf(noise, "noise.pdf"))[0]).toMatchObject({ code: "pdf-invalid" });
  });

  it("a PDF cut short: pdf-corrupt", async () => {
    const [d] = failure(await readPdf(bytesOf("truncated.pdf"), path("truncated.pdf")));
    expect(d).toMatchObject({ severity: "error", code: "pdf-corrupt" });
  });

  it("a PDF whose objects are damaged: pdf-corrupt, with the page", async () => {
    const [d] = failure(await readPdf(bytesOf("damaged.pdf"), path("damaged.pdf")));
    expect(d).toMatchObject({ severity: "error", code: "pdf-corrupt", page: 1 });
  });

  it("a PDF header with no structure behind it: pdf-corrupt", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\nnothing here\n%%EOF\n");
    expect(failure(await readPdf(bytes, "x.pdf"))[0]).toMatchObject({ code: "pdf-corrupt" });
  });

  it("an encrypted PDF that needs a password: pdf-encrypted", async () => {
    const [d] = failure(await readPdf(bytesOf("encrypted.pdf"), path("encrypted.pdf")));
    expect(d).toMatchObject({ severity: "error", code: "pdf-encrypted" });
    expect(d!.hint).toMatch(/password/u);
  });

  it("an encrypted PDF with only an owner password opens", async () => {
    const result = await readPdf(bytesOf("owner-only.pdf"), path("owner-only.pdf"));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.source.lines.map((l) => l.text)).toContain("Zijtekst");
  });

  it("a PDF without a text layer: pdf-no-text, with a hint to run OCR", async () => {
    const [d] = failure(await readPdf(bytesOf("no-text.pdf"), path("no-text.pdf")));
    expect(d).toMatchObject({ severity: "error", code: "pdf-no-text" });
    expect(d!.hint).toMatch(/OCR/u);
  });
});
