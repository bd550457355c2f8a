import { describe, expect, it } from "vitest";
import { buildBrowse } from "../../src/site/facets.ts";
import { documentContext, relatedRows } from "../../src/site/document-context.ts";
import { searchFields } from "../../src/site/search-fields.ts";
import { fixtureRecord, loadFixtureRecords } from "../fixtures/records.ts";

describe("documentContext", () => {
  it("holds the subjects of the documents named under Zie ook that the site has, the listings and the search fields", async () => {
    const records = await loadFixtureRecords();
    const browse = buildBrowse(records);
    const record = await fixtureRecord("ah-tk-20232024-2431");
    const other = await fixtureRecord("ah-tk-20232024-387");
    const context = documentContext(record, { siteDocuments: new Map([[other.id, other]]), browse });
    expect(context.seeAlso).toEqual([
      { id: "ah-tk-20232024-387", subject: other.subject },
      { id: "ah-tk-20232024-2100", subject: null },
    ]);
    expect(context.related).toEqual(relatedRows(record, browse));
    expect(context.search).toEqual(searchFields(record, browse));
  });

  it("changes when a document it names changes its subject, and only then", async () => {
    const record = await fixtureRecord("ah-tk-20232024-2431");
    const other = await fixtureRecord("ah-tk-20232024-387");
    const browse = buildBrowse([record, other]);
    const before = documentContext(record, { siteDocuments: new Map([[other.id, other]]), browse });
    const same = documentContext(record, { siteDocuments: new Map([[other.id, { ...other }]]), browse });
    const renamed = documentContext(record, { siteDocuments: new Map([[other.id, { ...other, subject: "iets anders" }]]), browse });
    expect(JSON.stringify(same)).toBe(JSON.stringify(before));
    expect(JSON.stringify(renamed)).not.toBe(JSON.stringify(before));
  });
});

describe("relatedRows", () => {
  it("links a document to its askers, parties, ministries, vergaderjaar and kind", async () => {
    const records = await loadFixtureRecords();
    const rows = relatedRows(await fixtureRecord("ah-tk-20232024-2431"), buildBrowse(records));
    expect(rows.map((row) => [row.term, row.links.map((l) => `${l.text} ${l.href}`)])).toEqual([
      ["Vragenstellers", ["De Vries (VVD) /lid/de-vries-vvd/", "Jansen (GroenLinks-PvdA) /lid/jansen-groenlinks-pvda/"]],
      ["Partijen", ["VVD /partij/vvd/", "GroenLinks-PvdA /partij/groenlinks-pvda/"]],
      ["Ministerie", ["Ministerie van Economische Zaken en Klimaat /ministerie/ezk/"]],
      ["Vergaderjaar", ["2023–2024 /vergaderjaar/2023-2024/"]],
      ["Soort", ["Mededelingen /soort/mededeling/"]],
    ]);
  });
});
