/**
 * The publisher's metadata of a document (src/ingest/metadata.ts): the real `metadata.xml` and
 * `metadata_owms.xml` of one answer read into the same fields, the OWMS form of other documents, and
 * metadata that is malformed or hostile refused by name and line, as a document would be.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_METADATA_BYTES, readMetadataXml } from "../../src/ingest/metadata.ts";

const FOLDER = "test/fixtures/official/ah-tk-20202021-3235";
const bytes = (text: string) => new TextEncoder().encode(text);

function fields(path: string): Record<string, string[]> {
  const result = readMetadataXml(readFileSync(path), path);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("; "));
  expect(result.diagnostics).toEqual([]);
  return result.fields;
}

function refusal(text: string, path = "broken/metadata.xml") {
  const result = readMetadataXml(bytes(text), path);
  if (result.ok) throw new Error("the metadata was read");
  expect(result.diagnostics).toHaveLength(1);
  return result.diagnostics[0]!;
}

/** What the record needs of the metadata of ah-tk-20202021-3235, as both of its files give it. */
const EXPECTED = {
  "DC.identifier": ["ah-tk-20202021-3235"],
  "OVERHEIDop.indiener": ["S.P.R.A. van Weyenberg", "R.H. (Romke) de Jong", "H. Kat"],
  "OVERHEIDop.ontvanger": ["W. Koolmees"],
  "OVERHEIDop.vraagnummer": ["2021Z09739"],
  "OVERHEIDop.aanhangselNummer": ["3235"],
  "OVERHEIDop.vergaderjaar": ["2020-2021"],
  "OVERHEIDop.datumOntvangst": ["2021-06-21"],
  "OVERHEID.category": ["Economie | Ondernemen", "Sociale zekerheid | Organisatie en beleid"],
  "DC.creator": ["Tweede Kamer der Staten-Generaal"],
  "DC.title": ["Antwoord op vragen van de leden Van Weyenberg, Romke de Jong en Kat over de Tozo"],
  "DCTERMS.issued": ["2021-06-21"],
  "DCTERMS.available": ["2021-06-21"],
  "DCTERMS.language": ["nl"],
};

describe("readMetadataXml on the publisher's files", () => {
  it("reads metadata.xml (<metadata_gegevens>): every value of a name, in the file's order", () => {
    const read = fields(`${FOLDER}/metadata.xml`);
    expect(read).toMatchObject(EXPECTED);
    expect(read["DC.type"]).toEqual(["officiële publicatie", "Antwoord", "Aanhangsel van de Handelingen"]);
    expect(read["OVERHEIDop.documentStatus"]).toEqual(["Opgemaakt na onopgemaakt"]);
  });

  it("reads metadata_owms.xml (<owms-metadata>) into the same names as metadata.xml", () => {
    const read = fields(`${FOLDER}/metadata_owms.xml`);
    expect(read).toMatchObject(EXPECTED);
    expect(read["DC.type"]).toEqual(["Antwoord", "Aanhangsel van de Handelingen"]);
    // The publisher's <dcterms.modified>, with a dot for the colon, is the element it means.
    expect(read["DCTERMS.modified"]).toEqual(["2021-06-21"]);
    // Every value both files carry, they carry alike.
    const gegevens = fields(`${FOLDER}/metadata.xml`);
    for (const [name, values] of Object.entries(read)) if (name !== "DC.type" && gegevens[name]) expect([name, values]).toEqual([name, gegevens[name]]);
  });

  it("reads the OWMS metadata of an Eerste Kamer answer and of a question, whatever its numbers look like", () => {
    const ek = fields("test/fixtures/official/sru/metadata_owms-ah.xml");
    expect(ek["DC.identifier"]).toEqual(["ah-ek-20192020-10"]);
    expect(ek["OVERHEIDop.vraagnummer"]).toEqual(["219200007"]);
    expect(ek["OVERHEIDop.indiener"]).toEqual(["Van Rooijen"]);
    const question = fields("test/fixtures/official/sru/metadata_owms-kv-ek.xml");
    expect(question["OVERHEIDop.indiener"]).toContain("Dijk, D.J.H. van");
    expect(question["OVERHEIDop.aanhangsel"]).toEqual(["ah-ek-20152016-3"]);
    expect(question["DC.type"]).toEqual(["Schriftelijke vragen", "Kamervragen zonder Antwoord"]);
  });

  it("resolves OWMS prefixes by the namespaces the file declares, not by their spelling", () => {
    const read = readMetadataXml(
      bytes(
        '<owms-metadata xmlns:x="http://purl.org/dc/terms/" xmlns:op="http://standaarden.overheid.nl/oep/meta/">' +
          "<owmskern><x:identifier> ah-tk-20202021-3235 </x:identifier><x:issued>2021-06-21</x:issued></owmskern>" +
          "<oep><op:vraagnummer>2021Z09739</op:vraagnummer><op:indiener></op:indiener></oep></owms-metadata>",
      ),
      "metadata_owms.xml",
    );
    expect(read).toEqual({
      ok: true,
      fields: { "DC.identifier": ["ah-tk-20202021-3235"], "DCTERMS.issued": ["2021-06-21"], "OVERHEIDop.vraagnummer": ["2021Z09739"] },
      diagnostics: [],
    });
  });

  it("warns of a <metadata> element without a name, with its line, and reads the rest", () => {
    const read = readMetadataXml(
      bytes('<metadata_gegevens>\n<metadata content="lost"/>\n<metadata name="DC.identifier" content="ah-tk-20202021-3235"/>\n</metadata_gegevens>'),
      "metadata.xml",
    );
    expect(read.ok && read.fields).toEqual({ "DC.identifier": ["ah-tk-20202021-3235"] });
    expect(read.diagnostics).toEqual([expect.objectContaining({ file: "metadata.xml", line: 2, severity: "warning", code: "metadata-unnamed" })]);
  });
});

describe("readMetadataXml on metadata it cannot read", () => {
  it("refuses malformed metadata with an error naming the file and the line", () => {
    // The real file with one attribute's quotes taken away, on its 13th line.
    const text = readFileSync(`${FOLDER}/metadata.xml`, "utf8").replace('name="OVERHEIDop.vraagnummer"', "name=OVERHEIDop.vraagnummer");
    expect(text.split("\n")[12]).toContain("name=OVERHEIDop.vraagnummer");
    const d = refusal(text);
    expect(d).toEqual({
      file: "broken/metadata.xml",
      line: 13,
      severity: "error",
      code: "metadata-malformed",
      message: "the metadata cannot be read: unquoted attribute value.",
    });
  });

  it("refuses an element left open with the line where the file goes wrong", () => {
    const text = readFileSync(`${FOLDER}/metadata.xml`, "utf8").replace('content="2021Z09739"/>', 'content="2021Z09739">');
    const d = refusal(text);
    expect(d).toMatchObject({ code: "metadata-malformed", line: text.trimEnd().split("\n").length });
    expect(d.message).toContain("close tag");
  });

  it("refuses a file that ends inside an element, and one that is not XML at all, with a line", () => {
    const truncated = refusal('<?xml version="1.0"?>\n<metadata_gegevens>\n<metadata name="DC.identifier" content="ah-');
    expect(truncated).toMatchObject({ code: "metadata-malformed", line: 3 });
    expect(refusal("not xml")).toMatchObject({ code: "metadata-malformed", line: 1 });
  });

  it("refuses hostile XML as the document reader does: a DTD is never read", () => {
    const d = refusal('<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<metadata_gegevens>&x;</metadata_gegevens>');
    expect(d).toMatchObject({ code: "metadata-malformed", line: 2 });
    expect(d.message).toContain("DTD");
  });

  it("refuses XML that is not the publisher's metadata, and a file too large to be", () => {
    expect(refusal('<?xml version="1.0"?>\n<officiele-publicatie/>')).toMatchObject({ code: "metadata-not-metadata", line: 2 });
    const large = refusal(`<metadata_gegevens>${" ".repeat(MAX_METADATA_BYTES)}</metadata_gegevens>`);
    expect(large).toMatchObject({ code: "too-large", file: "broken/metadata.xml" });
  });
});
