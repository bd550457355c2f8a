/**
 * Properties over the readers and the normalizer, with generated inputs: any input yields a record or
 * diagnostics, never an exception; a well-formed document keeps every letter and digit of its texts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeSource } from "../../src/ingest/index.ts";
import { readMarkdown } from "../../src/ingest/markdown.ts";
import { readText } from "../../src/ingest/text.ts";
import { normalizeDocument } from "../../src/normalize/index.ts";

/** Lines that look like parts of real documents, so that generated inputs reach deep into the parser. */
const fragment = fc.oneof(
  fc.constantFrom(
    "Vragen van het lid Jansen (SP) aan de Minister van Financiën over de toeslagen (ingezonden 3 januari 2024).",
    "Antwoord van Minister Van Rij (Financiën) (ontvangen 20 januari 2024).",
    "Mededeling van Minister Van Rij (Financiën) (ontvangen 20 januari 2024).",
    "Vraag 1",
    "Antwoord 1",
    "Vraag 2 en 3",
    "Antwoord 2 en 3",
    "## Vraag 4",
    "**Antwoord 4**",
    "Mededeling",
    "1",
    "2",
    "1 Een voetnoot",
    "[^1]: Bron",
    "<sup>1</sup> Bron",
    "ah-tk-20232024-1771",
    "ISSN 0921 - 7398",
    "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel",
    "-----",
    "",
    "\f",
    "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 5.",
    "• punt",
    "1. punt",
    "– punt",
    "opgeno-",
    "men",
    "https://example.org/a-",
    "b/c",
    "Waarom?[^1]",
    "gevaarlijk»?1 Wat",
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);
const documentText = fc.array(fragment, { maxLength: 40 }).map((lines) => lines.join("\n"));

describe("the readers and the normalizer", () => {
  it("never throw on markdown, whatever it holds", () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const result = normalizeDocument(readMarkdown(text, "x.md"));
        expect(result.record !== null || result.diagnostics.length > 0).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("never throw on plain text, whatever it holds", () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const result = normalizeDocument(readText(text, "x.txt"));
        expect(result.record !== null || result.diagnostics.length > 0).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("never throw on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom("markdown" as const, "text" as const), (bytes, format) => {
        const read = decodeSource(bytes, "x", format);
        if (read.ok) normalizeDocument(read.source);
      }),
      { numRuns: 300 },
    );
  });
});

/** Words without markup characters, so that the text means the same in markdown and in plain text. */
const word = fc.stringMatching(/^[a-zà-ÿ]{1,12}$/u);
const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => `${w.join(" ")}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));

function letters(text: string): string {
  return [...text.normalize("NFC")]
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .sort()
    .join("");
}

describe("a well-formed document", () => {
  it("keeps every letter and digit of its questions and answers, in markdown and in text", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(paragraph, paragraph), { minLength: 1, maxLength: 6 }), fc.boolean(), (pairs, asMarkdown) => {
        const lines = [
          "100",
          "Vragen van het lid Jansen (SP) aan de Minister van Financiën over de toeslagen (ingezonden 3 januari 2024).",
          "Antwoord van Minister Van Rij (Financiën) (ontvangen 20 januari 2024).",
        ];
        pairs.forEach(([q, a], i) => lines.push(`Vraag ${i + 1}`, q, `Antwoord ${i + 1}`, a));
        const text = lines.join("\n\n");
        const { record, diagnostics } = normalizeDocument(asMarkdown ? readMarkdown(text, "x.md") : readText(text, "x.txt"));
        expect(diagnostics).toEqual([]);
        expect(record!.questions).toHaveLength(pairs.length);
        const expected = letters(pairs.flat().join(" "));
        const actual = letters([...record!.questions.map((q) => q.text), ...record!.answers.map((a) => a.text)].join(" "));
        expect(actual).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
