import { beforeAll, describe, expect, it } from "vitest";
import { browseOf, buildBrowse, FACETS, fileLetter, shownFacets, sortName, topicParts, type Browse } from "../../src/site/facets.ts";
import type { KamervraagRecord } from "../../src/model.ts";
import { loadFixtureRecords } from "../fixtures/records.ts";
import { withCanonicalIds } from "../../src/normalize/canonical.ts";
import { generatedRecord } from "../fixtures/browse/records.ts";

let records: KamervraagRecord[];
let browse: Browse;

beforeAll(async () => {
  records = await loadFixtureRecords();
  browse = buildBrowse(records);
});

describe("buildBrowse", () => {
  it("groups the documents by vergaderjaar, newest year first", () => {
    expect(browse.facets.year.map((g) => [g.slug, g.name, g.records.map((r) => r.id)])).toEqual([
      ["2023-2024", "2023–2024", ["ah-tk-20232024-2431", "ah-tk-20232024-387"]],
      ["2020-2021", "2020–2021", ["ah-tk-20202021-2290"]],
    ]);
  });

  it("groups by party, alphabetically, a document once per party however many askers it has", () => {
    expect(browse.facets.party.map((g) => [g.slug, g.records.length])).toEqual([
      ["cda", 1],
      ["groenlinks", 1],
      ["groenlinks-pvda", 1],
      ["vvd", 1],
    ]);
  });

  it("groups by member, filed by surname without prefix, with the party in the name and the slug", () => {
    expect(browse.facets.member.map((g) => [g.slug, g.name])).toEqual([
      ["boswijk-cda", "Boswijk (CDA)"],
      ["buitenweg-groenlinks", "Buitenweg (GroenLinks)"],
      ["jansen-groenlinks-pvda", "Jansen (GroenLinks-PvdA)"],
      ["van-den-nieuwenhuijzen-groenlinks", "Van den Nieuwenhuijzen (GroenLinks)"],
      ["de-vries-vvd", "De Vries (VVD)"],
    ]);
  });

  it("groups by ministry under canonical names, from addressees, respondents and mede namens", () => {
    expect(browse.facets.ministry.map((g) => [g.slug, g.name, g.records.map((r) => r.number)])).toEqual([
      ["bz", "Buitenlandse Zaken", [387, 2290]],
      ["ezk", "Economische Zaken en Klimaat", [2431, 2290]],
      ["jenv", "Justitie en Veiligheid", [2290]],
    ]);
  });

  it("has a group for every kind, even one without documents", () => {
    expect(browse.facets.kind.map((g) => [g.slug, g.records.length])).toEqual([
      ["antwoord", 2],
      ["mededeling", 1],
    ]);
    expect(buildBrowse([]).facets.kind.map((g) => [g.slug, g.records.length])).toEqual([
      ["antwoord", 0],
      ["mededeling", 0],
    ]);
  });

  it("keeps the documents of each group newest first, in the order given", () => {
    for (const group of Object.values(browse.facets).flat()) {
      const order = group.records.map((r) => records.indexOf(r));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it("computes each group's answer-time figures", () => {
    const bz = browse.facets.ministry.find((g) => g.slug === "bz");
    // 387: 2 October → 13 November 2023 (42 days); 2290: 15 January → 9 April 2021 (84 days).
    expect(bz?.stats).toEqual({ documents: 2, measured: 2, medianDays: 63, withinDeadline: 0, shareWithinDeadline: 0 });
  });

  it("tells the groups of a document, in the document's own order", () => {
    const groups = browse.groupsOf("ah-tk-20202021-2290");
    expect(groups.member.map((g) => g.name)).toEqual(["Van den Nieuwenhuijzen (GroenLinks)", "Buitenweg (GroenLinks)"]);
    expect(groups.party.map((g) => g.name)).toEqual(["GroenLinks"]);
    expect(groups.ministry.map((g) => g.slug)).toEqual(["bz", "jenv", "ezk"]);
    expect(groups.year.map((g) => g.slug)).toEqual(["2020-2021"]);
    expect(groups.kind.map((g) => g.slug)).toEqual(["antwoord"]);
    expect(browse.groupsOf("ah-tk-19951996-1").member).toEqual([]);
  });

  it("keeps two members with the same name in different parties apart, and one member across spellings of the party", () => {
    const jansen = (party: string, i: number) => withCanonicalIds({ ...generatedRecord(i), askers: [{ name: "Jansen", party }] });
    const grouped = buildBrowse([jansen("VVD", 3), jansen("SP", 4), jansen("GL", 5), jansen("GroenLinks", 6)]);
    expect(grouped.facets.member.map((g) => [g.slug, g.records.length])).toEqual([
      ["jansen-groenlinks", 2],
      ["jansen-sp", 1],
      ["jansen-vvd", 1],
    ]);
    expect(grouped.facets.party.map((g) => g.name)).toEqual(["GroenLinks", "SP", "VVD"]);
  });

  it("lists ministry names it does not know after the known ones, each with a slug of its own", () => {
    const unknown = withCanonicalIds({ ...generatedRecord(4), addressees: ["Minister voor Digitale Weerbaarheid"], respondents: [] });
    const known = withCanonicalIds({ ...generatedRecord(1), addressees: ["Minister van Defensie"], respondents: [] });
    const grouped = buildBrowse([unknown, known]);
    expect(grouped.facets.ministry.map((g) => [g.slug, g.name, g.ministry.known])).toEqual([
      ["defensie", "Defensie", true],
      ["digitale-weerbaarheid", "Digitale Weerbaarheid", false],
    ]);
  });
});

describe("the topic facet", () => {
  const withTopics = (i: number, topics: string[]): KamervraagRecord => ({ ...generatedRecord(i), topics });
  // Newest first, as the corpus gives them.
  const topical = [
    withTopics(9, ["Sociale zekerheid | Organisatie en beleid", "Economie | Ondernemen"]),
    withTopics(8, ["Zorg en gezondheid | Organisatie en beleid"]),
    withTopics(7, []),
    // The same topic however the bar is spaced; a topic of separators only is none.
    withTopics(6, ["Sociale zekerheid|Organisatie  en beleid", " | "]),
    withTopics(5, ["Economie"]),
    withTopics(4, ["Internationaal | Europese zaken"]),
  ];
  const grouped = buildBrowse(topical);

  it("has a group per topic, named main topic: subtopic, with a slug from the printed name, filed by main topic", () => {
    expect(grouped.facets.topic.map((g) => [g.slug, g.name, g.main, g.sub, g.records.map((r) => r.number)])).toEqual([
      ["economie", "Economie", "Economie", null, [5005]],
      ["economie-ondernemen", "Economie: Ondernemen", "Economie", "Ondernemen", [5009]],
      ["internationaal-europese-zaken", "Internationaal: Europese zaken", "Internationaal", "Europese zaken", [5004]],
      ["sociale-zekerheid-organisatie-en-beleid", "Sociale zekerheid: Organisatie en beleid", "Sociale zekerheid", "Organisatie en beleid", [5009, 5006]],
      ["zorg-en-gezondheid-organisatie-en-beleid", "Zorg en gezondheid: Organisatie en beleid", "Zorg en gezondheid", "Organisatie en beleid", [5008]],
    ]);
    expect(grouped.facets.topic.find((g) => g.slug === "sociale-zekerheid-organisatie-en-beleid")?.topic).toBe("Sociale zekerheid | Organisatie en beleid");
  });

  it("puts a document without topics in no topic group, and gives each group its answer-time figures", () => {
    expect(grouped.groupsOf(topical[2]!.id).topic).toEqual([]);
    expect(grouped.facets.topic.flatMap((g) => g.records)).not.toContain(topical[2]);
    for (const group of grouped.facets.topic) expect(group.stats.documents).toBe(group.records.length);
  });

  it("tells the topics of a document in the document's own order", () => {
    expect(grouped.groupsOf(topical[0]!.id).topic.map((g) => g.slug)).toEqual(["sociale-zekerheid-organisatie-en-beleid", "economie-ondernemen"]);
    expect(grouped.groupsOf(topical[3]!.id).topic.map((g) => g.slug)).toEqual(["sociale-zekerheid-organisatie-en-beleid"]);
  });

  it("is empty, and not shown, when no document has a topic", () => {
    expect(browse.facets.topic).toEqual([]);
    expect(shownFacets(browse)).toEqual(FACETS.filter((f) => f !== "topic"));
    expect(shownFacets(buildBrowse([]))).toEqual(["year", "party", "member", "ministry", "kind"]);
    expect(shownFacets(grouped)).toEqual([...FACETS]);
  });

  it("splits a topic into main topic and subtopic, spacing made even", () => {
    expect(topicParts("Sociale zekerheid | Organisatie en beleid")).toEqual({
      key: "Sociale zekerheid | Organisatie en beleid",
      main: "Sociale zekerheid",
      sub: "Organisatie en beleid",
    });
    expect(topicParts(" Economie |Ondernemen ")).toEqual({ key: "Economie | Ondernemen", main: "Economie", sub: "Ondernemen" });
    expect(topicParts("Economie")).toEqual({ key: "Economie", main: "Economie", sub: null });
    expect(topicParts("A | B | C")).toEqual({ key: "A | B | C", main: "A", sub: "B | C" });
    expect(topicParts(" | ")).toBeNull();
  });
});

describe("browseOf", () => {
  it("builds once per records array", () => {
    expect(browseOf(records)).toBe(browseOf(records));
    expect(browseOf([...records])).not.toBe(browseOf(records));
  });
});

describe("sortName", () => {
  it("files a name under its surname, without its prefixes", () => {
    expect(sortName("Van den Nieuwenhuijzen")).toBe("Nieuwenhuijzen");
    expect(sortName("De Vries")).toBe("Vries");
    expect(sortName("van der Lee")).toBe("Lee");
    expect(sortName("Van Kooten-Arissen")).toBe("Kooten-Arissen");
  });

  it("leaves out a first name, initials and a party before and after the surname", () => {
    expect(sortName("Romke de Jong")).toBe("Jong");
    expect(sortName("S.P.R.A. van Weyenberg")).toBe("Weyenberg");
    expect(sortName("H. Kat")).toBe("Kat");
    expect(sortName("Inge van Dijk (CDA)")).toBe("Dijk");
    expect(sortName("Mona Keijzer")).toBe("Keijzer");
    expect(sortName("Bikker")).toBe("Bikker");
  });
});

describe("fileLetter", () => {
  it("is the capital of the name a member is filed under, without accents", () => {
    expect(fileLetter("Van Nispen (SP)")).toBe("N");
    expect(fileLetter("de Vries (VVD)")).toBe("V");
    expect(fileLetter("Özütok (GroenLinks)")).toBe("O");
    expect(fileLetter("Ėlmaz")).toBe("E");
    expect(fileLetter("’t Hart")).toBe("H");
    expect(fileLetter("'t Hart")).toBe("H");
    expect(fileLetter("1 Lid")).toBe("#");
  });
});
