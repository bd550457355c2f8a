/**
 * The publisher's structured forms to the record (src/normalize/structured.ts): the official XML of
 * ah-tk-20202021-3235, and the three fragments' footnotes in the question or answer they stand in.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";
import { readOfficialXml } from "../../src/ingest/official-xml.ts";
import { normalizeStructured } from "../../src/normalize/structured.ts";

const SAMPLE = "test/fixtures/official/ah-tk-20202021-3235/ah-tk-20202021-3235.xml";

describe("normalizeStructured on the official XML", () => {
  it("gives the record of ah-tk-20202021-3235 from the elements", async () => {
    const { record, diagnostics } = await normalizeFile(SAMPLE);
    expect(diagnostics).toEqual([]);
    expect(record).toMatchObject({
      id: "ah-tk-20202021-3235",
      house: "tk",
      sessionYear: "2020-2021",
      number: 3235,
      kind: "antwoord",
      subject: "de TOZO",
      askers: [
        { name: "Van Weyenberg", party: "D66", canonicalParty: "D66" },
        { name: "Romke de Jong", party: "D66", canonicalParty: "D66" },
        { name: "Kat", party: "D66", canonicalParty: "D66" },
      ],
      addressees: ["Minister van Sociale Zaken en Werkgelegenheid"],
      submitted: "2021-06-03",
      answered: "2021-06-21",
      respondents: [{ role: "Minister", name: "Koolmees", portfolio: "Sociale Zaken en Werkgelegenheid" }],
      onBehalfOf: [],
      ministries: [expect.objectContaining({ id: "szw" })],
      notice: null,
      footnotes: [],
      seeAlso: [],
      source: { path: SAMPLE, format: "xml" },
    });
    expect(record?.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(record?.answers.map((a) => a.questions)).toEqual([[1], [2], [3], [4], [5], [6], [7], [8], [9]]);
    expect(record?.questions[0]?.text).toBe(
      "Klopt het dat de Tijdelijke overbruggingsregeling zelfstandig ondernemers (TOZO) en het Besluit bijstandverlening zelfstandigen (BBZ)-krediet beide voor zelfstandige ondernemers bedoeld zijn, beide een lening zijn uitgevoerd door gemeenten, maar beide wel een ander rentepercentage kennen?",
    );
    expect(record?.answers[1]?.text).toContain("[Staatsblad 2020, 118](https://zoek.officielebekendmakingen.nl/stb-2020-118.html)");
    expect(record?.answers[8]?.text.split("\n\n")).toHaveLength(2);
  });
});

/**
 * A fragment (the `<vraag>`/`<antwoord>` of a real answer) inside a document whose masthead and header
 * sentences are synthetic, made from the fragment's metadata: the fragments carry neither.
 */
function wrapped(id: string): string {
  const fragment = readFileSync(`test/fixtures/official/fragments/${id}.fragment.xml`, "utf8").replace(/^<fragment>|<\/fragment>\s*$/gu, "");
  const [, year1, year2, number] = /^ah-tk-(\d{4})(\d{4})-(\d+)$/u.exec(id) ?? [];
  return (
    `<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><kamervragen><kamervraagkop><tekstregel inhoud="vergaderjaar">Vergaderjaar ${year1}-${year2}</tekstregel>` +
    `<tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel></kamervraagkop><kamervraagnummer>${number}</kamervraagnummer>` +
    `<kamervraagomschrijving type="vraag">Vragen van het lid Jansen (VVD) aan de Minister van Justitie en Veiligheid over een onderwerp (ingezonden 1 september ${year1}).</kamervraagomschrijving>` +
    `<kamervraagomschrijving type="antwoord">Antwoord van Minister De Vries (Justitie en Veiligheid) (ontvangen 1 december ${year1}).</kamervraagomschrijving>` +
    `${fragment}</kamervragen></officiele-publicatie>`
  );
}

function recordOf(id: string) {
  const read = readOfficialXml(new TextEncoder().encode(wrapped(id)), `${id}.xml`);
  if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join("; "));
  return normalizeStructured(read.source);
}

/** Where each footnote is referred to: `vraag 1`, `antwoord 3`. */
function placesOf(id: string): Record<number, string[]> {
  const { record } = recordOf(id);
  const places: Record<number, string[]> = {};
  const note = (text: string, place: string) => {
    for (const match of text.matchAll(/\[\^(\d+)\]/gu)) (places[Number(match[1])] ??= []).push(place);
  };
  for (const q of record?.questions ?? []) note(q.text, `vraag ${q.number}`);
  for (const a of record?.answers ?? []) note(a.text, `antwoord ${a.questions.join("+")}`);
  return places;
}

/** Read from the fragment itself: which <vraag> or <antwoord> holds each <noot.nr>. */
function expectedPlaces(source: string): Record<number, string[]> {
  const expected: Record<number, string[]> = {};
  for (const part of source.matchAll(/<(vraag|antwoord)\b[\s\S]*?<nr[^>]*>(?:Vraag|Antwoord)(?:en)? ([^<]+)<\/nr>([\s\S]*?)<\/\1>/gu)) {
    const numbers = part[2]!
      .trim()
      .split(/\s*(?:,|\ben\b)\s*/u)
      .join("+");
    for (const nr of part[3]!.matchAll(/<noot\.nr>(\d+)<\/noot\.nr>/gu)) (expected[Number(nr[1])] ??= []).push(`${part[1]} ${numbers}`);
  }
  return expected;
}

describe("normalizeStructured on the fragments' footnotes", () => {
  it("puts each footnote of ah-tk-20202021-876 in the question or answer its <noot> stands in, with its links", () => {
    const { record, diagnostics } = recordOf("ah-tk-20202021-876");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const source = readFileSync("test/fixtures/official/fragments/ah-tk-20202021-876.fragment.xml", "utf8");
    const expected = expectedPlaces(source);
    expect(Object.keys(expected).length).toBe(record?.footnotes.length);
    expect(placesOf("ah-tk-20202021-876")).toEqual(expected);
    const texts = Object.fromEntries(record?.footnotes.map((f) => [f.number, f.text]) ?? []);
    expect(texts[1]).toContain("(https://ec.europa.eu/commission/presscorner/detail/en/ip_20_1340)");
    expect(texts[2]).toBe("Aanhangsel Handelingen II, vergaderjaar 2019–2020, nr. [3975](https://zoek.officielebekendmakingen.nl/ah-tk-20192020-3975.html)");
    expect(texts[3]).toContain("[96, item 7](https://zoek.officielebekendmakingen.nl/h-tk-20192020-96-7.html)");
  });

  for (const id of ["ah-tk-20222023-2824", "ah-tk-20232024-260"]) {
    it(`puts each footnote of ${id} where its <noot> stands, and keeps every link`, () => {
      const { record, diagnostics } = recordOf(id);
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const source = readFileSync(`test/fixtures/official/fragments/${id}.fragment.xml`, "utf8");
      expect(placesOf(id)).toEqual(expectedPlaces(source));
      const links = [...source.matchAll(/<extref[^>]*doc="([^"]+)"/gu)].map((m) => m[1]!);
      const all = JSON.stringify(record);
      for (const doc of links) expect(all).toContain(doc.startsWith("http") ? doc : `https://zoek.officielebekendmakingen.nl/${doc}.html`);
    });
  }
});
