import { describe, expect, it } from "vitest";
import { knownMinistries, ministryById, ministryOf, recordMinistries, respondentMinistry } from "../../src/normalize/ministries.ts";

/** The id of the ministry a title maps to. */
const id = (title: string, date?: string) => ministryOf(title, date)?.id;

describe("ministryOf", () => {
  it.each([
    ["Minister van Justitie en Veiligheid", "jenv"],
    ["Minister van Financiën", "financien"],
    ["Staatssecretaris van Volksgezondheid, Welzijn en Sport", "vws"],
    ["Minister van Binnenlandse Zaken en Koninkrijksrelaties", "bzk"],
    ["Staatssecretaris van Economische Zaken en Klimaat", "ezk"],
    ["Minister van Buitenlandse Zaken", "bz"],
    ["Minister van Defensie", "defensie"],
    ["Minister van Onderwijs, Cultuur en Wetenschap", "ocw"],
    ["Minister van Sociale Zaken en Werkgelegenheid", "szw"],
    ["Minister van Landbouw, Natuur en Voedselkwaliteit", "lnv"],
    ["Minister van Infrastructuur en Waterstaat", "ienw"],
    ["Minister van Algemene Zaken", "az"],
    ["Minister-President", "az"],
    ["Minister-president, Minister van Algemene Zaken", "az"],
  ])("maps the title %s to %s", (title, expected) => {
    expect(id(title)).toBe(expected);
  });

  it.each([
    ["BZ", "bz"],
    ["BZK", "bzk"],
    ["VWS", "vws"],
    ["JenV", "jenv"],
    ["J&V", "jenv"],
    ["IenW", "ienw"],
    ["I&W", "ienw"],
    ["EZK", "ezk"],
    ["OCW", "ocw"],
    ["OC&W", "ocw"],
    ["SZW", "szw"],
    ["LNV", "lnv"],
    ["Financiën", "financien"],
    ["Financien", "financien"],
    ["Defensie", "defensie"],
    ["AZ", "az"],
    ["KGG", "kgg"],
  ])("reads the abbreviation or short name %s as %s", (name, expected) => {
    expect(id(name)).toBe(expected);
  });

  it.each([
    ["Minister voor Klimaat en Energie", "2024-06-18", "ezk"],
    ["Minister voor Klimaat en Energie", "2024-07-02", "kgg"],
    ["Minister voor Langdurige Zorg en Sport", "2023-10-03", "vws"],
    ["Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", "2021-01-15", "bz"],
    ["Minister voor Buitenlandse Handel en Ontwikkelingshulp", "2024-09-01", "bz"],
    ["Minister voor Rechtsbescherming", "2023-01-01", "jenv"],
    ["Minister voor Natuur en Stikstof", "2023-01-01", "lnv"],
    ["Minister voor Primair en Voortgezet Onderwijs", "2023-01-01", "ocw"],
    ["Minister voor Armoedebeleid, Participatie en Pensioenen", "2023-01-01", "szw"],
    ["Minister voor Volkshuisvesting en Ruimtelijke Ordening", "2023-01-01", "bzk"],
    ["Minister van Volkshuisvesting en Ruimtelijke Ordening", "2024-09-01", "vro"],
    ["Minister van Klimaat en Groene Groei", "2024-07-02", "kgg"],
    ["Minister van Asiel en Migratie", "2024-09-01", "aenm"],
  ])("files %s (as of %s) under the ministry it belonged to: %s", (title, date, expected) => {
    expect(id(title, date)).toBe(expected);
  });

  it("files a respondent's portfolio by its date where the same name was a portfolio and later a ministry", () => {
    expect(id("Volkshuisvesting en Ruimtelijke Ordening", "2023-05-01")).toBe("bzk");
    expect(id("Volkshuisvesting en Ruimtelijke Ordening", "2024-10-01")).toBe("vro");
  });

  it.each([
    ["Financiën – Fiscaliteit en Belastingdienst", "financien"],
    ["Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport", "vws"],
    ["Staatssecretaris van Financiën - Toeslagen en Douane", "financien"],
    ["Binnenlandse Zaken en Koninkrijksrelaties (Koninkrijksrelaties en Digitalisering)", "bzk"],
  ])("maps the portfolio %s to the ministry before the dash: %s", (portfolio, expected) => {
    expect(id(portfolio)).toBe(expected);
  });

  it("gives one canonical name whatever the spelling", () => {
    const names = ["Minister van Justitie en Veiligheid", "JenV", "J&V", "Minister voor Rechtsbescherming", "justitie en veiligheid"].map(
      (title) => ministryOf(title, "2023-01-01")?.name,
    );
    expect(new Set(names)).toEqual(new Set(["Justitie en Veiligheid"]));
    expect(ministryOf("Financien")).toEqual({ id: "financien", name: "Financiën", abbreviation: "Fin", known: true });
  });

  it("tolerates a missing preposition, extra spaces, a trailing period and lower case", () => {
    expect(id("Minister Justitie en Veiligheid")).toBe("jenv");
    expect(id("  Minister   van  Financiën. ")).toBe("financien");
    expect(id("de staatssecretaris van infrastructuur en waterstaat")).toBe("ienw");
    expect(id("Ministerie van Defensie")).toBe("defensie");
  });

  it("keeps a name it does not know as its own entry, named as printed", () => {
    expect(ministryOf("Minister voor Digitale Weerbaarheid")).toEqual({
      id: "?digitaleweerbaarheid",
      name: "Digitale Weerbaarheid",
      abbreviation: null,
      known: false,
    });
    expect(ministryOf("Digitale  weerbaarheid")?.id).toBe("?digitaleweerbaarheid");
  });

  it("gives nothing for a bare role or an empty text", () => {
    expect(ministryOf("Minister")).toBeNull();
    expect(ministryOf("Staatssecretaris")).toBeNull();
    expect(ministryOf("")).toBeNull();
    expect(ministryOf(" – ")).toBeNull();
  });
});

describe("respondentMinistry", () => {
  it("maps a respondent by portfolio, and the Minister-President without one to AZ", () => {
    expect(respondentMinistry({ role: "Minister", portfolio: "Klimaat en Groene Groei" }, "2024-07-17")?.id).toBe("kgg");
    expect(respondentMinistry({ role: "Minister", portfolio: "Klimaat en Energie" }, "2024-06-28")?.id).toBe("ezk");
    expect(respondentMinistry({ role: "Minister-President", portfolio: null })?.id).toBe("az");
    expect(respondentMinistry({ role: "Minister", portfolio: null })).toBeNull();
  });
});

describe("recordMinistries", () => {
  const base = { addressees: [], respondents: [], onBehalfOf: [], submitted: null, answered: null };

  it("lists addressees, respondents and those answered for, each ministry once", () => {
    const record = {
      ...base,
      addressees: [
        "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
        "Minister van Justitie en Veiligheid",
        "Staatssecretaris van Economische Zaken en Klimaat",
      ],
      respondents: [{ role: "Minister", portfolio: "Buitenlandse Handel en Ontwikkelingssamenwerking" }],
      onBehalfOf: ["Minister van Justitie en Veiligheid", "Staatssecretaris van Economische Zaken en Klimaat"],
      submitted: "2021-01-15",
      answered: "2021-04-09",
    };
    expect(recordMinistries(record).map((m) => m.id)).toEqual(["bz", "jenv", "ezk"]);
  });

  it("dates an addressee by the questions and a respondent by the answer", () => {
    // ah-tk-20232024-2168: asked of the Minister voor Klimaat en Energie, answered by the Minister van KGG.
    const record = {
      ...base,
      addressees: ["Minister voor Klimaat en Energie"],
      respondents: [{ role: "Minister", portfolio: "Klimaat en Energie" }],
      submitted: "2024-06-18",
      answered: "2024-07-17",
    };
    expect(recordMinistries(record).map((m) => m.id)).toEqual(["ezk", "kgg"]);
  });

  it("keeps unknown names, once each", () => {
    const record = { ...base, addressees: ["Minister voor Digitale Weerbaarheid", "Minister voor digitale weerbaarheid"] };
    expect(recordMinistries(record).map((m) => m.name)).toEqual(["Digitale Weerbaarheid"]);
  });
});

describe("the list of ministries", () => {
  it("has a unique id and abbreviation for every ministry", () => {
    const all = knownMinistries();
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
    expect(new Set(all.map((m) => m.abbreviation)).size).toBe(all.length);
    expect(all.every((m) => m.known && /^[a-z]+$/.test(m.id))).toBe(true);
    expect(ministryById("kgg")?.name).toBe("Klimaat en Groene Groei");
  });
});
