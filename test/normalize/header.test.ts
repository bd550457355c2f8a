import { describe, expect, it } from "vitest";
import { parseAddressees, parseAnswerSentence, parseAskers, parseQuestionSentence, parseSeeAlso, type HeaderProblem } from "../../src/normalize/header.ts";

function noProblems(): HeaderProblem[] {
  return [];
}

describe("parseAskers", () => {
  it("reads one member with a party", () => {
    expect(parseAskers("Boswijk (CDA)", noProblems())).toEqual([{ name: "Boswijk", party: "CDA" }]);
  });

  it("reads several members each with a party", () => {
    expect(parseAskers("Van der Lee (GroenLinks-PvdA), Kostić (PvdD) en Dijk (SP)", noProblems())).toEqual([
      { name: "Van der Lee", party: "GroenLinks-PvdA" },
      { name: "Kostić", party: "PvdD" },
      { name: "Dijk", party: "SP" },
    ]);
  });

  it("gives every member of «beiden» the shared party", () => {
    expect(parseAskers("Van den Nieuwenhuijzen en Buitenweg (beiden GroenLinks)", noProblems())).toEqual([
      { name: "Van den Nieuwenhuijzen", party: "GroenLinks" },
      { name: "Buitenweg", party: "GroenLinks" },
    ]);
  });

  it("accepts a missing space before the parenthesis and double names", () => {
    expect(parseAskers("Faber-van de Klashorst en Patijn(beiden GroenLinks-PvdA)", noProblems())).toEqual([
      { name: "Faber-van de Klashorst", party: "GroenLinks-PvdA" },
      { name: "Patijn", party: "GroenLinks-PvdA" },
    ]);
  });

  it("reports askers it cannot read", () => {
    const problems = noProblems();
    parseAskers("Jansen", problems);
    expect(problems.map((p) => p.code)).toEqual(["askers-unreadable"]);
  });
});

describe("parseAddressees", () => {
  it("expands a shared plural title", () => {
    expect(parseAddressees("de Ministers van Landbouw, Natuur en Voedselkwaliteit en voor Natuur en Stikstof")).toEqual([
      "Minister van Landbouw, Natuur en Voedselkwaliteit",
      "Minister voor Natuur en Stikstof",
    ]);
  });

  it("gives a title without portfolio the portfolio of the next one", () => {
    expect(parseAddressees("de Staatssecretaris en de Minister van Volksgezondheid, Welzijn en Sport")).toEqual([
      "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
      "Minister van Volksgezondheid, Welzijn en Sport",
    ]);
  });

  it("splits titles of different roles", () => {
    expect(
      parseAddressees(
        "de Ministers voor Buitenlandse Handel en Ontwikkelingssamenwerking en van Justitie en Veiligheid en de Staatssecretaris van Economische Zaken en Klimaat",
      ),
    ).toEqual([
      "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
      "Minister van Justitie en Veiligheid",
      "Staatssecretaris van Economische Zaken en Klimaat",
    ]);
  });

  it("keeps the wording of a typo", () => {
    expect(parseAddressees("Minister Justitie en Veiligheid")).toEqual(["Minister Justitie en Veiligheid"]);
  });
});

describe("parseQuestionSentence", () => {
  it("reads askers, addressees, subject and date", () => {
    const problems = noProblems();
    const q = parseQuestionSentence(
      "Vragen van het lid Van Zanten (BBB) aan de Staatssecretaris van Onderwijs, Cultuur en Wetenschap over de reactie op de motie van het lid Van Zanten c.s. over geen subsidiebeleid (ingezonden 7 maart 2024).",
      problems,
    );
    expect(problems).toEqual([]);
    expect(q).toEqual({
      askers: [{ name: "Van Zanten", party: "BBB" }],
      addressees: ["Staatssecretaris van Onderwijs, Cultuur en Wetenschap"],
      subject: "de reactie op de motie van het lid Van Zanten c.s. over geen subsidiebeleid",
      submitted: "2024-03-07",
    });
  });

  it("keeps nested guillemets in the subject exactly", () => {
    const q = parseQuestionSentence(
      "Vragen van het lid Dobbe (SP) aan de Minister van Volksgezondheid, Welzijn en Sport over het bericht «Jos de Blok: «VWS en NZa hebben Buurtzorg stelselmatig buitengesloten»» (ingezonden 7 mei 2024).",
      noProblems(),
    );
    expect(q.subject).toBe("het bericht «Jos de Blok: «VWS en NZa hebben Buurtzorg stelselmatig buitengesloten»»");
  });

  it("reads «het lid» with two names as two askers", () => {
    const q = parseQuestionSentence(
      "Vragen van het lid Van Eijk en Aartsen (beiden VVD) aan de Staatssecretaris van Financiën over het bericht (ingezonden 29 mei 2024).",
      noProblems(),
    );
    expect(q.askers).toEqual([
      { name: "Van Eijk", party: "VVD" },
      { name: "Aartsen", party: "VVD" },
    ]);
  });

  it("reads the sentence of a document of one question, «Vraag van het lid …»", () => {
    const q = parseQuestionSentence(
      "Vraag van het lid Kops (PVV) aan de minister van Klimaat en Groene Groei over windparken (ingezonden 4 oktober 2024).",
      noProblems(),
    );
    expect(q).toEqual({
      askers: [{ name: "Kops", party: "PVV" }],
      addressees: ["minister van Klimaat en Groene Groei"],
      subject: "windparken",
      submitted: "2024-10-04",
    });
  });

  it("reports an impossible date", () => {
    const problems = noProblems();
    const q = parseQuestionSentence("Vragen van het lid A (SP) aan de Minister van Financiën over iets (ingezonden 31 februari 2024).", problems);
    expect(q.submitted).toBeNull();
    expect(problems).toEqual([{ severity: "error", code: "date-unreadable", message: "submission date: «31 februari 2024» is not a date in the calendar" }]);
  });
});

describe("parseAnswerSentence", () => {
  it("reads the respondent and «mede namens»", () => {
    const problems = noProblems();
    const a = parseAnswerSentence(
      "Antwoord van Minister Kaag (Buitenlandse Handel en Ontwikkelingssamenwerking), mede namens Minister van Justitie en Veiligheid en de Staatssecretaris van Economische Zaken en Klimaat (ontvangen 9 april 2021).",
      problems,
    );
    expect(problems).toEqual([]);
    expect(a).toEqual({
      kind: "antwoord",
      respondents: [{ role: "Minister", name: "Kaag", portfolio: "Buitenlandse Handel en Ontwikkelingssamenwerking" }],
      onBehalfOf: ["Minister van Justitie en Veiligheid", "Staatssecretaris van Economische Zaken en Klimaat"],
      answered: "2021-04-09",
      seeAlsoText: null,
    });
  });

  it("reads a portfolio with a dash and a trailing «Zie ook»", () => {
    const a = parseAnswerSentence(
      "Antwoord van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 2147.",
      noProblems(),
    );
    expect(a.respondents).toEqual([
      { role: "Staatssecretaris", name: "Karremans", portfolio: "Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport" },
    ]);
    expect(a.seeAlsoText).toBe("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 2147.");
  });

  it("reads a Mededeling and a doubled «(ontvangen»", () => {
    const a = parseAnswerSentence("Mededeling van Minister Hermans (Klimaat en Groene Groei) (ontvangen (ontvangen 7 juni 2024).", noProblems());
    expect(a.kind).toBe("mededeling");
    expect(a.answered).toBe("2024-06-07");
  });

  it("expands a shared plural title after «mede namens»", () => {
    const a = parseAnswerSentence(
      "Antwoord van Staatssecretaris Heijnen (Infrastructuur en Waterstaat), mede namens de Ministers voor Volkshuisvesting en Ruimtelijke Ordening, van Landbouw, Natuur en Voedselkwaliteit en voor Armoedebeleid, Participatie en Pensioenen en de Staatssecretaris van Volksgezondheid, Welzijn en Sport (ontvangen 14 juli 2022).",
      noProblems(),
    );
    expect(a.onBehalfOf).toEqual([
      "Minister voor Volkshuisvesting en Ruimtelijke Ordening",
      "Minister van Landbouw, Natuur en Voedselkwaliteit",
      "Minister voor Armoedebeleid, Participatie en Pensioenen",
      "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
    ]);
  });

  it("reads «mede namens» without a comma and a sentence without a final period", () => {
    const a = parseAnswerSentence(
      "Antwoord van Staatssecretaris Teeven (Veiligheid en Justitie) mede namens de Minister van Binnenlandse Zaken en Koninkrijksrelaties (ontvangen 25 februari 2015)",
      noProblems(),
    );
    expect(a.respondents).toEqual([{ role: "Staatssecretaris", name: "Teeven", portfolio: "Veiligheid en Justitie" }]);
    expect(a.onBehalfOf).toEqual(["Minister van Binnenlandse Zaken en Koninkrijksrelaties"]);
    expect(a.answered).toBe("2015-02-25");
  });

  it("reads several respondents", () => {
    const a = parseAnswerSentence(
      "Antwoord van Minister Bruins Slot (Buitenlandse Zaken) en Minister Van der Wal-Zeggelink (Natuur en Stikstof) (ontvangen 3 juni 2024).",
      noProblems(),
    );
    expect(a.respondents.map((r) => r.name)).toEqual(["Bruins Slot", "Van der Wal-Zeggelink"]);
  });

  it("reads «(BZ) van Minister X» as «mede namens», with a warning", () => {
    const problems = noProblems();
    const a = parseAnswerSentence(
      "Antwoord van Minister Bruins Slot (BZ) van Minister Schreinemacher (Buitenlandse Handel en Ontwikkelingssamenwerking) (ontvangen 1 mei 2024).",
      problems,
    );
    expect(a.onBehalfOf).toEqual(["Minister Schreinemacher (Buitenlandse Handel en Ontwikkelingssamenwerking)"]);
    expect(problems.map((p) => p.code)).toEqual(["mede-namens-assumed"]);
  });

  it("reads a portfolio whose parenthesis a letter left open, with a warning", () => {
    const problems = noProblems();
    const a = parseAnswerSentence("Antwoord van staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport (ontvangen 20 november 2024)", problems);
    expect(a.respondents).toEqual([{ role: "staatssecretaris", name: "Karremans", portfolio: "Volksgezondheid, Welzijn en Sport" }]);
    expect(a.answered).toBe("2024-11-20");
    expect(problems.map((p) => `${p.severity} ${p.code}`)).toEqual(["warning parenthesis-unclosed"]);
  });

  it("reads a name with particles and a spaced hyphen as printed", () => {
    const a = parseAnswerSentence("Antwoord van minister Faber - Van de Klashorst (Asiel en Migratie) (ontvangen 20 november 2024)", noProblems());
    expect(a.respondents).toEqual([{ role: "minister", name: "Faber - Van de Klashorst", portfolio: "Asiel en Migratie" }]);
  });
});

describe("parseSeeAlso", () => {
  it("builds ids with and without «nr.»", () => {
    expect(parseSeeAlso("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 594.", "tk")).toEqual(["ah-tk-20232024-594"]);
    expect(parseSeeAlso("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, 1028", "tk")).toEqual(["ah-tk-20232024-1028"]);
  });
});
