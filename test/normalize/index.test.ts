import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";
import { readMarkdown } from "../../src/ingest/markdown.ts";
import { readText } from "../../src/ingest/text.ts";
import { normalizeDocument, parseNumberList } from "../../src/normalize/index.ts";

const HEADER = [
  "## 100",
  "",
  "Vragen van het lid Jansen (SP) aan de Minister van Financiën over de toeslagen (ingezonden 3 januari 2024).",
  "",
  "Antwoord van Minister Van Rij (Financiën) (ontvangen 20 januari 2024).",
  "",
];

function markdown(...body: string[]) {
  return normalizeDocument(readMarkdown([...HEADER, ...body].join("\n"), "x.md"));
}

function codes(result: ReturnType<typeof markdown>) {
  return result.diagnostics.map((d) => `${d.line ?? "-"} ${d.severity} ${d.code}`);
}

describe("normalizeDocument", () => {
  it("reads a minimal document without problems", () => {
    const result = markdown("**Vraag 1**", "", "Waarom?", "", "**Antwoord 1**", "", "Daarom.");
    expect(result.diagnostics).toEqual([]);
    expect(result.record).toMatchObject({
      id: "ah-tk-20232024-100",
      sessionYear: "2023-2024",
      questions: [{ number: 1, text: "Waarom?" }],
      answers: [{ questions: [1], text: "Daarom." }],
    });
  });

  it("recognises headings at any level or in bold", () => {
    const result = markdown("### Vraag 1", "Waarom?", "#### Antwoord 1", "Daarom.", "__Vraag 2__", "En nu?", "Antwoord 2", "Nu.");
    expect(result.record!.answers.map((a) => a.text)).toEqual(["Daarom.", "Nu."]);
  });

  it("warns about an undefined footnote with its line, and keeps its number in the text", () => {
    const result = markdown("## Vraag 1", "", "Waarom?[^3]", "", "## Antwoord 1", "", "Daarom.");
    expect(codes(result)).toEqual(["9 warning footnote-undefined"]);
    expect(result.record!.questions[0]!.text).toBe("Waarom?3");
  });

  it("warns about a footnote that is defined but never cited, and keeps it", () => {
    const result = markdown("## Vraag 1", "", "Waarom?", "", "## Antwoord 1", "", "Daarom.", "", "[^1]: Een bron");
    expect(codes(result)).toEqual(["15 warning footnote-unused"]);
    expect(result.record!.footnotes).toEqual([{ number: 1, text: "Een bron" }]);
  });

  it("warns about a missing answer at its question, and keeps the question", () => {
    const result = markdown("## Vraag 1", "", "Waarom?", "", "## Vraag 2", "", "En?", "", "## Antwoord 1", "", "Daarom.");
    expect(codes(result)).toEqual(["11 warning answer-missing"]);
    expect(result.record!.questions.map((q) => q.number)).toEqual([1, 2]);
  });

  it("warns about an answer to a question that is not there, and a question answered twice, and keeps them", () => {
    const result = markdown("## Vraag 1", "Waarom?", "## Antwoord 1", "Daarom.", "## Antwoord 1", "Nogmaals.", "## Antwoord 2", "Ook.");
    expect(codes(result)).toEqual(["11 warning answer-duplicate", "13 warning answer-without-question"]);
    expect(result.record!.answers.map((a) => a.text)).toEqual(["Daarom.", "Nogmaals.", "Ook."]);
  });

  it("reports an unreadable date and answers dated before the questions", () => {
    const bad = normalizeDocument(
      readMarkdown(
        "## 5\n\nVragen van het lid A (SP) aan de Minister van Financiën over x (ingezonden 31 februari 2024).\n\nAntwoord van Minister B (Financiën) (ontvangen 1 maart 2024).\n\nVraag 1\n\nWaarom?\n\nAntwoord 1\n\nDaarom.",
        "bad.md",
      ),
    );
    expect(bad.diagnostics.map((d) => `${d.line} ${d.code}: ${d.message}`)).toEqual([
      "3 date-unreadable: submission date: «31 februari 2024» is not a date in the calendar",
    ]);
    const early = normalizeDocument(
      readMarkdown(
        "## 5\n\nVragen van het lid A (SP) aan de Minister van Financiën over x (ingezonden 3 maart 2024).\n\nAntwoord van Minister B (Financiën) (ontvangen 1 maart 2024).\n\nVraag 1\n\nWaarom?\n\nAntwoord 1\n\nDaarom.",
        "early.md",
      ),
    );
    expect(early.diagnostics.map((d) => d.code)).toEqual(["dates-order"]);
  });

  it("says a file is not Kamervragen when the question sentence is missing", () => {
    const result = normalizeDocument(readText("Notulen van de vergadering\nAanwezig: iedereen\n", "notulen.txt"));
    expect(result.record).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["not-kamervragen"]);
  });

  it("warns about a party spelling it does not know, and keeps it", () => {
    const result = normalizeDocument(
      readMarkdown(
        "## 5\n\nVragen van het lid A (Groenlinks-PVDA) aan de Minister van Financiën over x (ingezonden 1 maart 2024).\n\nAntwoord van Minister B (Financiën) (ontvangen 3 maart 2024).\n\nVraag 1\n\nWaarom?\n\nAntwoord 1\n\nDaarom.",
        "party.md",
      ),
    );
    expect(result.record!.askers).toEqual([{ name: "A", party: "Groenlinks-PVDA", canonicalParty: "GroenLinks-PvdA" }]);
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(["warning party-unknown"]);
  });
});

describe("authored markdown with front matter", () => {
  it("normalizes to the same kind of record, with grouped answers and footnotes", async () => {
    const { record, diagnostics } = await normalizeFile("test/fixtures/documents/authored.md");
    expect(diagnostics).toEqual([]);
    expect(record).toMatchObject({
      id: "ah-tk-20232024-4321",
      askers: [
        { name: "Jansen", party: "SP" },
        { name: "De Vries", party: "VVD" },
      ],
      subject: "de wachttijden bij de Belastingdienst",
      questions: [{ number: 1 }, { number: 2 }, { number: 3 }],
      answers: [{ questions: [1], text: "Ja." }, { questions: [2, 3] }],
      footnotes: [
        { number: 1, text: "NOS, 2 januari 2024, <https://nos.nl/artikel/1>" },
        { number: 2, text: "Kamerstuk 31 066, nr. 1300" },
      ],
    });
    expect(record!.answers[1]!.text).toBe(
      "De wachttijd is gemiddeld *twaalf minuten*. Ik verwijs naar:\n\n- de voortgangsrapportage[^2];\n- de brief van 10 januari 2024.",
    );
  });
});

describe("a Mededeling", () => {
  it("keeps the questions and puts the notice in place of the answers", async () => {
    const { record, diagnostics } = await normalizeFile("test/fixtures/documents/mededeling.txt");
    expect(diagnostics).toEqual([]);
    expect(record).toMatchObject({
      id: "ah-tk-20232024-2500",
      kind: "mededeling",
      addressees: ["Minister van Landbouw, Natuur en Voedselkwaliteit", "Minister voor Natuur en Stikstof"],
      respondents: [{ role: "Minister", name: "Van der Wal-Zeggelink", portfolio: "Natuur en Stikstof" }],
      onBehalfOf: ["Minister van Landbouw, Natuur en Voedselkwaliteit"],
      answers: [],
      notice: "De vragen van het lid Kostić zijn beantwoord bij brief van 5 juni 2024 (Kamerstuk 36 471, nr. 64).",
    });
  });
});

describe("parseNumberList", () => {
  it("reads grouped headings", () => {
    expect(parseNumberList("4 en 5")).toEqual([4, 5]);
    expect(parseNumberList("4, 5 en 6")).toEqual([4, 5, 6]);
    expect(parseNumberList("2 t/m 4")).toEqual([2, 3, 4]);
  });
});

describe("the older layout", () => {
  it("reads questions between the two header sentences and numbered answers after the second", async () => {
    const { record, diagnostics } = await normalizeFile("test/fixtures/documents/older-layout.txt");
    expect(diagnostics).toEqual([]);
    expect(record).toMatchObject({
      id: "ah-tk-20052006-1234",
      subject: "de capaciteit van gevangenissen",
      addressees: ["minister van Justitie"],
      respondents: [{ role: "minister", name: "Donner", portfolio: "Justitie" }],
      submitted: "2006-01-12",
      answered: "2006-02-02",
      questions: [
        { number: 1, text: "Bent u bekend met het bericht «Gevangenissen vol»?[^1]" },
        { number: 2, text: "Hoeveel plaatsen zijn er op dit moment beschikbaar, en hoeveel zijn er nodig?" },
      ],
      answers: [
        { questions: [1], text: "Ja." },
        { questions: [2], text: "Op 1 januari 2006 waren er 14 000 plaatsen beschikbaar. Het aantal benodigde plaatsen wordt dit voorjaar opnieuw geraamd." },
      ],
      footnotes: [{ number: 1, text: "De Telegraaf, 10 januari 2006." }],
    });
  });
});

describe("a notice that the answers are postponed", () => {
  it("takes askers, addressees, subject and date from the questions it names", async () => {
    const { record, diagnostics } = await normalizeFile("test/fixtures/documents/uitstel.md");
    expect(diagnostics).toEqual([]);
    expect(record).toMatchObject({
      id: "ah-tk-20232024-594",
      kind: "mededeling",
      askers: [{ name: "Van Haga", party: "Groep Van Haga" }],
      addressees: ["Minister van Binnenlandse Zaken en Koninkrijksrelaties", "Minister van Justitie en Veiligheid"],
      subject: "het afgelasten van diverse Sinterklaasintochten",
      submitted: "2023-11-20",
      answered: "2023-12-11",
      questions: [],
      answers: [],
    });
    expect(record!.notice).toMatch(/^De vragen van het lid Van Haga .* kunnen niet binnen de gebruikelijke termijn/u);
  });
});

describe("markdown from other converters", () => {
  it("reads headings inline with their text, page comments, tables and notes at the end", async () => {
    const { record, diagnostics } = await normalizeFile("test/fixtures/documents/converted-variant.md");
    expect(diagnostics).toEqual([]);
    expect(record).toMatchObject({
      id: "ah-tk-20222023-3276",
      askers: [
        { name: "Kröger", party: "GroenLinks" },
        { name: "Bromet", party: "GroenLinks" },
        { name: "Van der Lee", party: "GroenLinks" },
      ],
      questions: [
        { number: 1, text: "Bent u bekend met het bericht?[^1]" },
        { number: 2, text: "Hoeveel aansluitingen wachten er per provincie?" },
      ],
      answers: [{ questions: [1], text: "Ja." }, { questions: [2] }],
      footnotes: [{ number: 1 }, { number: 2, text: "Netbeheer Nederland, rapportage februari 2023" }],
    });
    expect(record!.answers[1]!.text).toBe(
      "Zie de tabel:\n\n| Provincie | Wachtenden |\n|---|---|\n| Noord-Holland | 1 200 |\n| Gelderland | 900 |\n\nBron: netbeheerders[^2].",
    );
  });

  it("does not take a wrapped line that begins with «Vraag 2 en 3» for a heading", () => {
    const result = markdown("## Vraag 1", "Waarom?", "## Antwoord 1", "Zie ook het antwoord op", "Vraag 2 en 3 van het lid Jansen.");
    expect(result.record!.answers[0]!.text).toBe("Zie ook het antwoord op Vraag 2 en 3 van het lid Jansen.");
  });
});
