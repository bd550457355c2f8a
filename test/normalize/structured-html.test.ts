/**
 * The publisher's two marked-up forms of one answer, ah-tk-20202021-3235, give one record: its HTML page
 * (src/ingest/official-html.ts) and its XML (src/ingest/official-xml.ts), both through normalizeFile.
 */
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";

const SAMPLE = "test/fixtures/official/ah-tk-20202021-3235/ah-tk-20202021-3235";

describe("normalizeStructured on the official HTML", () => {
  it("gives the record the XML gives, in every field but the source, the zaak and the topics", async () => {
    const xml = await normalizeFile(`${SAMPLE}.xml`);
    const html = await normalizeFile(`${SAMPLE}.html`);
    expect(xml.diagnostics).toEqual([]);
    expect(html.diagnostics).toEqual([]);
    expect(xml.record).not.toBeNull();
    expect(html.record).not.toBeNull();
    // The XML's body names neither its zaak nor its topics (its companion metadata.xml does); the HTML's meta does.
    const comparable = (record: typeof xml.record) => ({ ...record, source: undefined, zaak: undefined, topics: undefined });
    expect(comparable(html.record)).toEqual(comparable(xml.record));
    expect(html.record?.source).toEqual({ path: `${SAMPLE}.html`, format: "html" });
  });

  it("takes the zaak and the topics from the page's meta", async () => {
    const { record } = await normalizeFile(`${SAMPLE}.html`);
    expect(record?.zaak).toBe("2021Z09739");
    expect(record?.topics).toEqual(["Economie | Ondernemen", "Sociale zekerheid | Organisatie en beleid"]);
  });

  it("reads the askers, the dates and the subject from the sentences' words, which mark none of them", async () => {
    const { record } = await normalizeFile(`${SAMPLE}.html`);
    expect(record).toMatchObject({
      id: "ah-tk-20202021-3235",
      subject: "de TOZO",
      askers: [{ name: "Van Weyenberg" }, { name: "Romke de Jong" }, { name: "Kat" }],
      submitted: "2021-06-03",
      answered: "2021-06-21",
      respondents: [{ role: "Minister", name: "Koolmees", portfolio: "Sociale Zaken en Werkgelegenheid" }],
    });
    expect(record?.answers[1]?.text).toContain("[Staatsblad 2020, 118](https://zoek.officielebekendmakingen.nl/stb-2020-118.html)");
    expect(record?.answers[8]?.text.split("\n\n")).toHaveLength(2);
  });
});
