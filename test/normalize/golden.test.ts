/**
 * Every sample document against what a person read from it (test/fixtures/expected, written from the
 * PDFs where there is one), and against its complete record (test/fixtures/golden) so that any change
 * of output is seen. Regenerate the complete records with `UPDATE_GOLDEN=1 npx vitest run golden` and
 * review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";
import { recordSchema, type KamervraagRecord } from "../../src/model.ts";
import { ungluedName } from "../../src/normalize/glued-names.ts";
import { fingerprint, withoutLost } from "../support/fingerprint.ts";

const documents = readdirSync("content/documents")
  .filter((f) => /\.(md|txt|pdf)$/u.test(f))
  .sort();

describe("sample documents", () => {
  it("include the fifteen real documents: twelve official PDFs and three markdown conversions", () => {
    expect(documents.filter((f) => f.endsWith(".pdf"))).toHaveLength(12);
    expect(documents.filter((f) => f.endsWith(".md"))).toHaveLength(3);
  });

  for (const file of documents) {
    const id = file.replace(/\.\w+$/u, "");
    describe(file, async () => {
      const { record, diagnostics } = await normalizeFile(`content/documents/${file}`);

      it("normalizes without errors to a valid record", () => {
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(record).not.toBeNull();
        expect(recordSchema.safeParse(record).success).toBe(true);
      });

      it("says what a person read from the document", () => {
        const expected = JSON.parse(readFileSync(`test/fixtures/expected/${id}.json`, "utf8")) as Record<string, unknown>;
        delete expected["notes"];
        const actual = fingerprint(record!) as unknown as Record<string, unknown>;
        const [e, a] = withoutLost(expected, actual);
        expect(a).toEqual(e);
      });

      it("matches its complete golden record", () => {
        const path = `test/fixtures/golden/${id}.json`;
        const json = `${JSON.stringify(record, null, 2)}\n`;
        if (process.env["UPDATE_GOLDEN"] || !existsSync(path)) writeFileSync(path, json);
        expect(json).toBe(readFileSync(path, "utf8"));
      });
    });
  }
});

describe("the original sample ah-tk-20202021-2290.md", async () => {
  const { record } = await normalizeFile("content/documents/ah-tk-20202021-2290.md");

  it("has 9 questions, 9 answers and 5 footnotes", () => {
    expect(record!.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(record!.answers.map((a) => a.questions)).toEqual([[1], [2], [3], [4], [5], [6], [7], [8], [9]]);
    expect(record!.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("derives the vergaderjaar from the dates, because the conversion lost the masthead", () => {
    expect(record!.id).toBe("ah-tk-20202021-2290");
    expect(record!.sessionYear).toBe("2020-2021");
  });

  it("reads askers, dates and the respondent", () => {
    expect(record!.askers).toEqual([
      { name: "Van den Nieuwenhuijzen", party: "GroenLinks", canonicalParty: "GroenLinks" },
      { name: "Buitenweg", party: "GroenLinks", canonicalParty: "GroenLinks" },
    ]);
    expect(record!.submitted).toBe("2021-01-15");
    expect(record!.answered).toBe("2021-04-09");
    expect(record!.respondents).toEqual([{ role: "Minister", name: "Kaag", portfolio: "Buitenlandse Handel en Ontwikkelingssamenwerking" }]);
  });

  it("keeps footnote 1 as its bare URL and cites it in question 1", () => {
    expect(record!.footnotes[0]!.text).toBe(
      "<https://www.volkskrant.nl/nieuws-achtergrond/onderzoeksbureau-chinese-techbedrijven-bezig-met-etnisch-profileren-oeigoeren-zijn-doelwit~bc8f6317/?referrer=https%3A%2F%2Fwww.google.com%2F>",
    );
    expect(record!.questions[0]!.text).toMatch(/van 14 januari 2020\?\[\^1\]$/u);
  });
});

describe("the text extractions of each official PDF", () => {
  // The PDF's own Subject puts back the space of a name whose particle the text layer glued
  // (src/normalize/stages/document-info.ts); a text extraction does not carry the document
  // information, so its names may lack exactly that space, and nothing else.
  const withoutSource = ({ source: _source, doubts: _doubts, ...rest }: KamervraagRecord, pdf?: KamervraagRecord) => ({
    ...rest,
    askers: rest.askers.map((asker, i) => (pdf?.askers[i] && ungluedName(asker.name) === pdf.askers[i].name ? { ...asker, name: pdf.askers[i].name } : asker)),
  });
  for (const file of documents.filter((f) => f.endsWith(".pdf"))) {
    const id = file.replace(/\.pdf$/u, "");
    it(`${id}: pdftotext -layout gives the same record as the PDF`, async () => {
      const fromPdf = (await normalizeFile(`content/documents/${file}`)).record!;
      const fromText = (await normalizeFile(`test/fixtures/pdftotext-layout/${id}.txt`)).record!;
      expect(withoutSource(fromText, fromPdf)).toEqual(withoutSource(fromPdf));
    });

    it(`${id}: plain pdftotext gives the same record, but for what it lost (line-end hyphens, line widths)`, async () => {
      const fromPdf = (await normalizeFile(`content/documents/${file}`)).record!;
      const fromText = (await normalizeFile(`test/fixtures/pdftotext/${id}.txt`)).record!;
      // pdftotext joins every line-end hyphen away (in URLs, `ENTSO-E-verband`, `aanloop- en` too) and
      // moves the joined word parts up a line, so that line lengths no longer show where paragraphs end
      // (`aanloop- en` became `aanloopen`). Every other character must be equal, in order.
      const withoutHyphensAndBreaks = (r: KamervraagRecord) =>
        JSON.parse(
          JSON.stringify(withoutSource(r, fromPdf))
            .replaceAll("-", "")
            .replace(/(?:\\n|\s)+/gu, ""),
        ) as unknown;
      expect(withoutHyphensAndBreaks(fromText)).toEqual(withoutHyphensAndBreaks(fromPdf));
    });
  }
});
