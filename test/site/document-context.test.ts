import { describe, expect, it } from "vitest";
import { buildBrowse } from "../../src/site/facets.ts";
import { documentContext, relatedRows } from "../../src/site/document-context.ts";
import { upperFirst } from "../../src/site/format.ts";
import { navigation } from "../../src/site/navigation.ts";
import { searchFields } from "../../src/site/search-fields.ts";
import { fixtureRecord, loadFixtureRecords } from "../fixtures/records.ts";

describe("documentContext", () => {
  it("holds the titles of the documents named under Zie ook that the site has, the listings and the search fields", async () => {
    const records = await loadFixtureRecords();
    const browse = buildBrowse(records);
    const record = await fixtureRecord("ah-tk-20232024-2431");
    const other = await fixtureRecord("ah-tk-20232024-387");
    const context = documentContext(record, { siteDocuments: new Map([[other.id, other]]), browse });
    expect(context.seeAlso).toEqual([
      { id: "ah-tk-20232024-387", title: upperFirst(other.subject!) },
      { id: "ah-tk-20232024-2100", title: null },
    ]);
    expect(context.related).toEqual(relatedRows(record, browse));
    expect(context.search).toEqual(searchFields(record, browse));
    expect(context.navigation).toEqual(navigation(browse));
  });

  it("changes for every document when the site gains its first topic, since the navigation names the topics' index then", async () => {
    const record = await fixtureRecord("ah-tk-20232024-2431");
    const other = await fixtureRecord("ah-tk-20232024-387");
    const options = (browse: ReturnType<typeof buildBrowse>) => ({ siteDocuments: new Map([[other.id, other]]), browse });
    const before = documentContext(record, options(buildBrowse([record, other])));
    const after = documentContext(record, options(buildBrowse([record, { ...other, topics: ["Economie | Ondernemen"] }])));
    expect(before.navigation.map((n) => n.url)).not.toContain("/onderwerp/");
    expect(after.navigation.map((n) => n.url)).toContain("/onderwerp/");
    expect(after.related).toEqual(before.related);
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
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

  it("links a document with topics to each, after its ministries, named Onderwerp or Onderwerpen", async () => {
    const record = await fixtureRecord("ah-tk-20232024-2431");
    const one = { ...record, topics: ["Economie | Ondernemen"] };
    const rows = relatedRows(one, buildBrowse([one]));
    expect(rows.map((row) => row.term)).toEqual(["Vragenstellers", "Partijen", "Ministerie", "Onderwerp", "Vergaderjaar", "Soort"]);
    expect(rows[3]?.links).toEqual([{ text: "Economie: Ondernemen", href: "/onderwerp/economie-ondernemen/" }]);
    const two = { ...record, topics: ["Sociale zekerheid | Organisatie en beleid", "Economie | Ondernemen"] };
    expect(
      relatedRows(two, buildBrowse([two]))
        .find((row) => row.term === "Onderwerpen")
        ?.links.map((l) => l.text),
    ).toEqual(["Sociale zekerheid: Organisatie en beleid", "Economie: Ondernemen"]);
    // None without topics.
    expect(relatedRows(record, buildBrowse([record])).map((row) => row.term)).not.toContain("Onderwerp");
  });
});
