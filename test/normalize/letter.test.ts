import { describe, expect, it } from "vitest";
import { readText } from "../../src/ingest/text.ts";
import { continuesLine, findLetterNotes, isLetterOpening, officialIdOfPath, readOpeningLines } from "../../src/normalize/letter.ts";
import { normalizeDocument } from "../../src/normalize/index.ts";

describe("a letter's opening lines", () => {
  it("are the Aanhangsel number and the Zaak number", () => {
    const opening = readOpeningLines(["AH 604", "2024Z18294"]);
    expect(opening).toEqual({ number: 604, zaak: "2024Z18294", consumed: new Set([0, 1]) });
    expect(isLetterOpening(opening, true)).toBe(true);
  });

  it("count a Zaak number alone only before an answer sentence", () => {
    const zaak = readOpeningLines(["Tweede Kamer der Staten-Generaal", "2024Z18775"]);
    expect(zaak).toEqual({ number: null, zaak: "2024Z18775", consumed: new Set([1]) });
    expect(isLetterOpening(zaak, false)).toBe(false);
    expect(isLetterOpening(zaak, true)).toBe(true);
  });
});

describe("officialIdOfPath", () => {
  it("reads the official id in a file's name", () => {
    expect(officialIdOfPath("test/fixtures/third-party/docx/ah-tk-20242025-604.txt")).toEqual({ house: "tk", sessionYear: "2024-2025", number: 604 });
    expect(officialIdOfPath("brieven/antwoord.txt")).toBeNull();
  });
});

describe("findLetterNotes", () => {
  const notes = (texts: string[], tailFrom: number) =>
    findLetterNotes(
      texts,
      texts.map((_, i) => i),
      tailFrom,
    );

  it("pairs each definition after the last heading with the marker before it", () => {
    const found = notes(["Kent u het bericht? 1)", "Antwoord 1", "Ja, zie het rapport 2).", "1) NOS, 1 mei 2024", "2) Kamerstuk 36600, nr. 13"], 2);
    expect(found.notes.map((n) => ({ number: n.number, marker: n.marker, definition: n.definition.at }))).toEqual([
      { number: 1, marker: { at: 0, start: 19, end: 22 }, definition: 3 },
      { number: 2, marker: { at: 2, start: 19, end: 22 }, definition: 4 },
    ]);
    expect(found.unmatchedDefinitions).toEqual([]);
    expect(found.unmatchedMarkers).toEqual([]);
  });

  it("takes no list number, parenthesis or year for a marker", () => {
    const found = notes(
      [
        "De opdracht bestaat uit twee fases: 1) het rapport en; 2) de tool.",
        "De motie (Kamerstuk 33529, nr. 1) is aangenomen.",
        "Zie (1) de belangen.",
        "1) Een bron",
      ],
      3,
    );
    expect(found.notes).toEqual([]);
    expect(found.unmatchedDefinitions).toEqual([{ at: 3, number: 1 }]);
  });

  it("reports a marker at a line's end that no definition explains", () => {
    expect(notes(["Kent u de aflevering (Kassa, 28 september 2024)? 1)", "Antwoord 1", "Ja."], 2).unmatchedMarkers).toEqual([{ at: 0, number: 1 }]);
  });
});

describe("continuesLine", () => {
  it("joins a long line broken inside a sentence, nothing else", () => {
    const long = "1. Bent u bekend met de berichtgeving over de kwetsbaarheid van de ICT bij APG en het Schuberg";
    expect(continuesLine(long, "Phyllis-onderzoek waar dit uit bleek?", false)).toBe(true);
    expect(continuesLine(long, "Phyllis-onderzoek waar dit uit bleek?", true)).toBe(false);
    expect(continuesLine(`${long}?`, "Zo ja, waarom?", false)).toBe(false);
    expect(continuesLine("Zvw", "Voor de uitgaven die vallen onder de Zorgverzekeringswet", false)).toBe(false);
    expect(continuesLine(long, "2. Is het bij u bekend?", false)).toBe(false);
  });
});

const LETTER = [
  "AH 700",
  "2024Z10000",
  "Antwoord van minister Jansen (Financiën) (ontvangen 20 november 2024)",
  "",
  "1. Kent u het bericht? 1)",
  "",
  "Antwoord vraag 1:",
  "Ja, dat stuur ik de Tweede Kamer.",
  "",
  "1) NOS, 1 november 2024",
];

describe("a letter without an official id in its file name", () => {
  it("derives the vergaderjaar from the date received and the house from the letter's words, with a warning", () => {
    const result = normalizeDocument(readText(LETTER.join("\n"), "brief.txt"));
    expect(result.record).toMatchObject({
      id: "ah-tk-20242025-700",
      zaak: "2024Z10000",
      subject: null,
      askers: [],
      unstated: ["subject", "askers", "addressees", "submitted"],
      questions: [{ number: 1, text: "Kent u het bericht?[^1]" }],
      answers: [{ questions: [1], text: "Ja, dat stuur ik de Tweede Kamer." }],
      footnotes: [{ number: 1, text: "NOS, 1 november 2024" }],
    });
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(["warning house-assumed", "warning letter-form"]);
  });

  it("is an error saying what is missing when nothing names the house", () => {
    const result = normalizeDocument(readText(LETTER.join("\n").replace("de Tweede Kamer", "uw Kamer"), "brief.txt"));
    expect(result.record).toBeNull();
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["house-missing"]);
  });
});

describe("a letter whose file name says otherwise", () => {
  it("keeps the letter's number and the file's vergaderjaar, and names both", () => {
    const result = normalizeDocument(readText(LETTER.join("\n"), "ah-tk-20232024-701.txt"));
    expect(result.record!.id).toBe("ah-tk-20232024-700");
    expect(result.diagnostics.filter((d) => d.code === "letter-id-disagrees").map((d) => d.message)).toEqual([
      "the letter says AH 700, its file name ah-tk-20232024-701.txt says number 701; AH 700 is kept",
      "the letter was received on 2024-11-20, in vergaderjaar 2024-2025, but its file name ah-tk-20232024-701.txt says 2023-2024; 2023-2024 is kept",
    ]);
  });
});

describe("a letter's diagnostics", () => {
  it("say once that it is the ministry's letter and what it does not state", () => {
    const result = normalizeDocument(readText(LETTER.join("\n"), "ah-tk-20242025-700.txt"));
    expect(result.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message}`)).toEqual([
      "1 warning letter-form: the document is the ministry's answer letter, not the typeset Aanhangsel; it does not state the subject, the askers, the addressees and the submission date, which are left empty",
    ]);
  });

  it("keep a question without its answer and an answer without its question as warnings", () => {
    const letter = [
      ...LETTER.slice(0, 4),
      "Vraag 1",
      "Kent u het bericht?",
      "",
      "Vraag 2",
      "En het andere?",
      "",
      "Antwoord op vraag 1",
      "Ja.",
      "",
      "Antwoord 3",
      "Nee.",
    ];
    const result = normalizeDocument(readText(letter.join("\n"), "ah-tk-20242025-700.txt"));
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual([
      "warning answer-without-question",
      "warning answer-missing",
      "warning letter-form",
    ]);
    expect(result.record!.answers.map((a) => a.questions)).toEqual([[1], [3]]);
  });
});
