/**
 * Text that a third party extracted with PyPDF2 from the typeset Aanhangsel PDFs
 * (test/fixtures/third-party/pypdf): every file normalizes without an error, keeps every letter and
 * digit of its text outside the masthead and the page furniture, and the documents a person read
 * (test/fixtures/third-party/expected) say what was read from them, including phrases that run across a
 * page break, a marker at a line start or glued printed lines.
 */
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";
import { MARK } from "../../src/ingest/source.ts";
import { readSourceFile } from "../../src/ingest/index.ts";
import { recordSchema, type KamervraagRecord } from "../../src/model.ts";
import { normalizeDocument } from "../../src/normalize/index.ts";
import { fingerprint, withoutLost } from "../support/fingerprint.ts";
import { EXPECTED_DIR, otherFieldsOf, readThirdPartyExpected, textOf } from "../support/third-party-expected.ts";

const DIR = "test/fixtures/third-party/pypdf";

const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const read = files.map((f) => f.replace(/\.txt$/u, "")).filter((id) => existsSync(`${EXPECTED_DIR}/${id}.json`));

/** Letters and digits with their counts: line joins, repairs and markers change only the rest. */
function characters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.normalize("NFC")) if (/[\p{L}\p{N}]/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function recordText(record: KamervraagRecord): string {
  const parts = [...record.questions.map((q) => q.text), ...record.answers.map((a) => a.text), record.notice ?? ""];
  return [...parts, ...record.footnotes.map((f) => `${f.number} ${f.text}`)].join(" ").replace(/\[\^(\d+)\]/gu, "$1");
}

describe("PyPDF2 extractions of the typeset PDFs", () => {
  it("are all here, and a person read at least six of them", () => {
    expect(files).toHaveLength(18);
    expect(read.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    const id = file.replace(/\.txt$/u, "");
    describe(file, async () => {
      const { record, diagnostics } = await normalizeFile(`${DIR}/${file}`);

      it("normalizes without an error to a valid record", () => {
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(record).not.toBeNull();
        expect(recordSchema.safeParse(record).success).toBe(true);
      });

      it("keeps every letter and digit of its text, outside the masthead and the page furniture", async () => {
        const source = await readSourceFile(`${DIR}/${file}`);
        if (!source.ok || "sections" in source.source) throw new Error("unreadable");
        const { roles, lines, record: made } = normalizeDocument(source.source);
        const kept = lines
          .filter((_, i) => roles[i] === "body" || roles[i] === "footnote")
          .map((l) => l.text.replace(new RegExp(`[${MARK.supOpen}${MARK.supClose}]`, "gu"), " "))
          .join(" ");
        expect(characters(recordText(made!))).toEqual(characters(kept));
      });

      if (!read.includes(id)) return;
      const { fingerprint: expected, contains, stillGlued, other } = readThirdPartyExpected(id);

      it("says what a person read from it", () => {
        // The words it still prints glued (the expected file names each) are read apart before comparing.
        let json = JSON.stringify(record);
        for (const glued of stillGlued) {
          expect(json, `«${glued.printed}» is read apart now: remove it from stillGlued`).toContain(glued.printed);
          json = json.replaceAll(glued.printed, glued.read);
        }
        const [e, a] = withoutLost(expected, fingerprint(JSON.parse(json) as KamervraagRecord) as unknown as Record<string, unknown>);
        expect(a).toEqual(e);
        expect(otherFieldsOf(record!, other)).toEqual(other);
      });

      for (const phrase of contains) {
        it(`holds «${phrase.text}» in ${phrase.in} ${phrase.item}`, () => {
          expect(textOf(record!, phrase)).toContain(phrase.text);
        });
      }
    });
  }
});
