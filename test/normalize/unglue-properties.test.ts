/**
 * Cutting glued lines, on generated documents: paragraphs of Dutch words (the words the PyPDF2 fixtures
 * print in their unglued lines that the lexicon knows, with numbers, addresses and names among them),
 * wrapped at a printed width, some glued where the printed lines met, some kept as printed lines and
 * some written on one long line with their spaces. A cut never splits a word, an address or a number,
 * never joins two words, and a clean paragraph comes back exactly as it was.
 */
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/ingest/text.ts";
import { FUNCTION_WORDS } from "../../src/normalize/document-words.ts";
import { dutchLexicon } from "../../src/normalize/lexicon.ts";
import { findGluedLines } from "../../src/normalize/stages/relines.ts";
import { createWorkDocument } from "../../src/normalize/work.ts";

const PYPDF = "test/fixtures/third-party/pypdf";
const lexicon = dutchLexicon();

/** Words as printed in the fixtures' unglued lines (a printed line is short), that the lexicon knows. */
const WORDS = [
  ...new Set(
    readdirSync(PYPDF)
      .flatMap((f) => readFileSync(`${PYPDF}/${f}`, "utf8").split("\n"))
      .filter((l) => l.length > 30 && l.length <= 80)
      .flatMap((l) => l.split(/\s+/u))
      .map((w) => w.replace(/^[«(]+|[.,;:?!»)]+$/gu, ""))
      .filter((w) => /^[\p{L}]{2,}$/u.test(w) && lexicon.has(w)),
  ),
].sort();
const OTHERS = ["2.500", "3,5", "1.890.586", "2024", "https://www.tweedekamer.nl/kamerstukken/detail?id=2024D42030", "info@minvws.nl", "Coenradie", "VWS"];

/** Running text is half small words (`de`, `van`, `het`): so are the generated paragraphs. */
const SMALL = [...FUNCTION_WORDS].filter((w) => w.length >= 2);
const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 10, arbitrary: fc.constantFrom(...SMALL) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHERS) },
);
/** A paragraph's words; every other sentence ends with a full stop, as running text does. */
const paragraph = fc.array(word, { minLength: 25, maxLength: 90 }).map((ws) => ws.map((w, i) => (i % 13 === 12 ? `${w}.` : w)));
const form = fc.constantFrom("glued", "glued", "printed", "clean");
const document = fc.record({
  width: fc.integer({ min: 62, max: 80 }),
  paragraphs: fc.array(fc.tuple(paragraph, form), { minLength: 2, maxLength: 8 }),
});

/** Words wrapped greedily at `width`, as a justified column breaks them. */
function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line !== "" && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === "" ? w : `${line} ${w}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

interface Built {
  text: string;
  /** Per file line: the paragraph's words and how it was written. */
  paragraphs: Map<number, { words: string[]; form: string; printed: string[] }>;
}

/** The document as a text file: always some printed lines, so that the width can be learnt. */
function build(width: number, paragraphs: readonly (readonly [string[], string])[]): Built {
  const lines: string[] = [];
  const map = new Map<number, { words: string[]; form: string; printed: string[] }>();
  // A document prints its words elsewhere too: its unglued lines hold the words of its paragraphs.
  const used = [...new Set(paragraphs.flatMap(([words]) => words.map((w) => w.replace(/\.$/u, ""))))];
  const all = [...paragraphs, [[...WORDS.slice(0, 60), ...used], "printed"] as const];
  for (const [words, how] of all) {
    const printed = wrap(words, width);
    if (how === "printed") lines.push(...printed);
    else {
      map.set(lines.length + 1, { words: [...words], form: how, printed });
      lines.push(how === "glued" ? printed.join("") : printed.join(" "));
    }
    lines.push("");
  }
  return { text: lines.join("\n"), paragraphs: map };
}

describe("cutting generated glued paragraphs", () => {
  it("never splits a word, an address or a number, never joins two, and leaves clean paragraphs alone", () => {
    let gluePoints = 0;
    let found = 0;
    fc.assert(
      fc.property(document, ({ width, paragraphs }) => {
        const built = build(width, paragraphs);
        const work = createWorkDocument(readText(built.text, "generated.txt"));
        const glued = findGluedLines(work.lines, "text");
        work.lines.forEach((line, i) => {
          const written = built.paragraphs.get(line.line);
          const pieces = glued?.pieces.get(i);
          if (!written) {
            expect(pieces).toBeUndefined();
            return;
          }
          if (written.form === "clean") {
            // A clean long line is never changed: not cut, or cut only at its spaces.
            if (pieces) expect(pieces.join(" ")).toBe(line.text);
            return;
          }
          // The words as they come out: each is a word of the paragraph, or words glued where printed
          // lines met and left glued; a cut never falls inside a word.
          const out = (pieces ?? [line.text]).join(" ").split(" ");
          const expected = written.printed.map((l) => l.split(" "));
          const boundaries: string[] = [];
          expected.forEach((ws, k) => {
            if (k === 0) boundaries.push(...ws);
            else boundaries.push(`${boundaries.pop()!}${ws[0]!}`, ...ws.slice(1));
          });
          let at = 0;
          for (const token of out) {
            let taken = "";
            while (taken.length < token.length && at < written.words.length) taken += written.words[at++];
            expect(taken).toBe(token);
          }
          expect(at).toBe(written.words.length);
          gluePoints += written.printed.length - 1;
          found += out.length - boundaries.length;
        });
      }),
      // A fixed seed, so that a run of the suite is reproducible; vary it (or run with FC_SEED) to search
      // further. A counterexample found so far is the test's to keep as a case of its own once fixed.
      { numRuns: 60, seed: Number(process.env["FC_SEED"] ?? 20261208) },
    );
    // Most glue points come apart again: the words generated are words, and the width is regular.
    expect(found / gluePoints).toBeGreaterThan(0.5);
  });
});
