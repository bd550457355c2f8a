/**
 * Nothing silently lost: for every sample document, every letter and digit of the source outside
 * masthead and page furniture ends up in exactly one place of the record. Body text, headings and
 * footnotes are compared as multisets of characters (line joins, hyphenation repair and markdown
 * escaping change only punctuation and spaces); the header sentences word by word against the fields
 * parsed from them, allowing only their fixed grammar words.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MARK } from "../../src/ingest/source.ts";
import { readSourceFile } from "../../src/ingest/index.ts";
import type { KamervraagRecord } from "../../src/model.ts";
import { normalizeDocument } from "../../src/normalize/index.ts";
import { stripEmphasis } from "../../src/normalize/repair.ts";

const GRAMMAR = new Set(
  (
    "vragen van het de lid leden kamerlid aan over ingezonden antwoord mededeling mede namens ontvangen beiden allen en " +
    "zie ook aanhangsel handelingen vergaderjaar nr nrs januari februari maart april mei juni juli augustus september " +
    "oktober november december ministers staatssecretarissen voor"
  ).split(" "),
);

function characters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.normalize("NFC")) {
    if (/[\p{L}\p{N}]/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

function difference(a: Map<string, number>, b: Map<string, number>): Record<string, number> {
  const diff: Record<string, number> = {};
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const d = (a.get(key) ?? 0) - (b.get(key) ?? 0);
    if (d !== 0) diff[key] = d;
  }
  return diff;
}

/** The record's texts, with footnote references and definitions counted by their numbers as printed. */
function recordBody(record: KamervraagRecord): string {
  const parts = [
    ...record.questions.map((q) => q.text),
    ...record.answers.map((a) => a.text),
    record.notice ?? "",
    ...record.footnotes.map((f) => `${f.number} ${f.text}`),
  ];
  return parts.join(" ").replace(/\[\^(\d+)\]/gu, "$1");
}

function headerFieldWords(record: KamervraagRecord): Set<string> {
  const fields = [
    record.subject ?? "",
    // A name whose glued particle a witness put back (src/normalize/glued-names.ts) is printed glued.
    ...record.askers.flatMap((a) => [a.name, ...a.name.split(/\s+/u).flatMap((word, i, words) => (i > 0 ? [words[i - 1] + word] : [])), a.party]),
    ...record.addressees,
    ...record.respondents.flatMap((r) => [r.role, r.name, r.portfolio ?? ""]),
    ...record.onBehalfOf,
    record.submitted ?? "",
    record.answered ?? "",
    ...record.seeAlso,
    record.notice ?? "",
  ];
  return new Set(
    fields
      .join(" ")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== ""),
  );
}

const documents = ["content/documents", "test/fixtures/pdftotext-layout", "test/fixtures/pdftotext", "test/fixtures/documents"].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(md|txt|pdf)$/u.test(f))
    .map((f) => `${dir}/${f}`),
);

describe("every word of the source ends up in exactly one place of the record", () => {
  for (const file of documents) {
    it(file, async () => {
      const read = await readSourceFile(file);
      // The samples are of the line-based forms (PDF, markdown, text).
      if (!read.ok || "sections" in read.source) throw new Error("unreadable sample");
      const { record, roles, lines } = normalizeDocument(read.source);
      expect(record).not.toBeNull();
      const sourceBody = lines
        .filter((_, i) => roles[i] === "body" || roles[i] === "footnote")
        .map((l) => stripEmphasis(l.text).replace(new RegExp(`[${MARK.supOpen}${MARK.supClose}]`, "gu"), " "))
        .join(" ");
      expect(difference(characters(sourceBody), characters(recordBody(record!)))).toEqual({});

      const allowed = headerFieldWords(record!);
      const headerWords = lines
        .filter((_, i) => roles[i] === "header")
        .flatMap((l) =>
          stripEmphasis(l.text)
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u),
        )
        .filter((w) => w !== "" && !/^\d+$/u.test(w));
      const unplaced = headerWords.filter((w) => !GRAMMAR.has(w) && !allowed.has(w));
      expect(unplaced).toEqual([]);
    });
  }

  it("gives every line a role, and drops as furniture only lines that are furniture", async () => {
    const read = await readSourceFile("test/fixtures/pdftotext/ah-tk-20232024-1771.txt");
    if (!read.ok || "sections" in read.source) throw new Error("unreadable sample");
    const { roles, lines } = normalizeDocument(read.source);
    const furniture = lines.filter((_, i) => roles[i] === "furniture").map((l) => l.text);
    for (const text of furniture) {
      expect(text).toMatch(/^(?:ah-tk-20232024-1771|ISSN 0921 - 7398|’s-Gravenhage 2024|Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel|\d)$/u);
    }
  });
});
