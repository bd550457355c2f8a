/**
 * The heading variants the typeset forms print (PDF, text extractions, markdown): grouped, out of
 * order, printed twice, with a number skipped, without a number, and a document of one question.
 */
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/ingest/markdown.ts";
import { readText } from "../../src/ingest/text.ts";
import { normalizeDocument } from "../../src/normalize/index.ts";

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
  return result.diagnostics.map((d) => `${d.severity} ${d.code}`);
}

describe("the typeset forms' heading variants", () => {
  it("read «Antwoord op vraag 3» and «Antwoord vragen 1,2 en 3»", () => {
    const result = markdown(
      "Vraag 1",
      "Waarom?",
      "Vraag 2",
      "Hoe?",
      "Vraag 3",
      "Wanneer?",
      "Antwoord vragen 1,2 en 3",
      "Daarom.",
      "Vraag 4",
      "En?",
      "Antwoord op vraag 4",
      "Zo.",
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.record!.answers).toEqual([
      { questions: [1, 2, 3], text: "Daarom." },
      { questions: [4], text: "Zo." },
    ]);
  });

  it("read «Vragen 5 en 6» and «Antwoorden 5 en 6»", () => {
    const result = markdown("Vraag 1", "Waarom?", "Antwoord 1", "Daarom.", "Vragen 2 en 3", "Hoe en wanneer?", "Antwoorden 2 en 3", "Zo en nu.");
    expect(result.diagnostics).toEqual([]);
    expect(result.record!.questions[1]).toEqual({ number: 2, covers: [2, 3], text: "Hoe en wanneer?" });
    expect(result.record!.answers[1]).toEqual({ questions: [2, 3], text: "Zo en nu." });
  });

  it("accept a group out of order («Vraag 1 en 4») without a warning", () => {
    const result = markdown(
      "Vraag 1 en 4",
      "Waarom en hoe?",
      "Vraag 2",
      "Wie?",
      "Vraag 3",
      "Wat?",
      "Antwoord 1 en 4",
      "Daarom, zo.",
      "Antwoord 2",
      "Zij.",
      "Antwoord 3",
      "Dat.",
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.record!.questions.map((q) => q.covers ?? [q.number])).toEqual([[1, 4], [2], [3]]);
  });

  it("read a heading printed twice in a row once, with a warning", () => {
    const result = markdown("Vraag 1", "Waarom?", "Antwoord 1", "Antwoord 1", "Daarom.");
    expect(codes(result)).toEqual(["warning heading-repeated"]);
    expect(result.diagnostics[0]!.message).toBe("«Antwoord 1» is printed twice in a row (lines 9 and 10); read as one heading");
    expect(result.record!.answers).toEqual([{ questions: [1], text: "Daarom." }]);
  });

  it("keep a skipped number as printed, with a warning", () => {
    const result = markdown("Vraag 1", "Waarom?", "Antwoord 1", "Daarom.", "Vraag 3", "Hoe?", "Antwoord 3", "Zo.");
    expect(codes(result)).toEqual(["warning number-skipped"]);
    expect(result.diagnostics[0]!.message).toBe("question 2 is not in the document: the numbering goes on at 3; kept as printed");
    expect(result.record!.questions.map((q) => q.number)).toEqual([1, 3]);
  });

  it("keep a question printed out of order, with a warning", () => {
    const result = markdown("Vraag 2", "Hoe?", "Antwoord 2", "Zo.", "Vraag 1", "Waarom?", "Antwoord 1", "Daarom.");
    expect(codes(result)).toEqual(["warning question-order"]);
    expect(result.record!.questions.map((q) => q.number)).toEqual([2, 1]);
  });

  it("keep an empty question and text before the first heading, with warnings", () => {
    const result = markdown("Een inleiding.", "", "Vraag 1", "", "Antwoord 1", "Daarom.");
    expect(codes(result)).toEqual(["warning unplaced-text"]);
    expect(result.record!.questions).toEqual([{ number: 1, text: "Een inleiding." }]);
    const empty = markdown("Vraag 1", "", "Antwoord 1", "Daarom.");
    expect(codes(empty)).toEqual(["warning question-empty"]);
    expect(empty.record!.questions).toEqual([{ number: 1, text: "" }]);
  });

  it("give a bare «Vraag» the next number and a bare «Antwoord» the question before it", () => {
    const result = markdown("Vraag", "Waarom?", "Antwoord", "Daarom.");
    expect(result.diagnostics).toEqual([]);
    expect(result.record!.questions).toEqual([{ number: 1, text: "Waarom?" }]);
    expect(result.record!.answers).toEqual([{ questions: [1], text: "Daarom." }]);
  });

  it("read a plain-text heading «Antwoord op vraag 1» of an extraction", () => {
    const text = [
      "Tweede Kamer der Staten-Generaal",
      "Vergaderjaar 2023–2024",
      "100",
      "Vragen van het lid Jansen (SP) aan de Minister van Financiën over de toeslagen (ingezonden 3 januari 2024).",
      "Antwoord van Minister Van Rij (Financiën) (ontvangen 20 januari 2024).",
      "Vraag 1",
      "Waarom?",
      "Antwoord op vraag 1",
      "Daarom.",
    ].join("\n");
    const result = normalizeDocument(readText(text, "x.txt"));
    expect(result.diagnostics).toEqual([]);
    expect(result.record).toMatchObject({ id: "ah-tk-20232024-100", answers: [{ questions: [1], text: "Daarom." }] });
  });
});

describe("a document of one question", () => {
  it("reads «Vraag van het lid …» with its question between the sentences and its answer after them", () => {
    const text = [
      "Tweede Kamer der Staten-Generaal",
      "Vergaderjaar 2005–2006",
      "812",
      "Vraag van het lid Jansen (SP) aan de minister van Justitie over de gevangenissen (ingezonden 12 januari 2006).",
      "",
      "Hoeveel plaatsen zijn er op dit moment beschikbaar?",
      "",
      "Antwoord van minister Donner (Justitie) (ontvangen 2 februari 2006).",
      "",
      "Er zijn 14 000 plaatsen beschikbaar.",
    ].join("\n");
    const result = normalizeDocument(readText(text, "one.txt"));
    expect(result.diagnostics).toEqual([]);
    expect(result.record).toMatchObject({
      id: "ah-tk-20052006-812",
      askers: [{ name: "Jansen", party: "SP" }],
      subject: "de gevangenissen",
      questions: [{ number: 1, text: "Hoeveel plaatsen zijn er op dit moment beschikbaar?" }],
      answers: [{ questions: [1], text: "Er zijn 14 000 plaatsen beschikbaar." }],
    });
  });
});
