/**
 * Plain `pdftotext` (reading order, no -layout) of the twelve official PDFs, the form most text
 * extractions take: page furniture lands between note numbers and notes, numbers come apart from their
 * texts, markers are bare digits. Each must still say what a person read from the PDF, except where the
 * extraction itself lost information: pdftotext joins a line-end hyphen away, also inside URLs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";
import { ungluedName } from "../../src/normalize/glued-names.ts";
import { fingerprint } from "../support/fingerprint.ts";

const DIR = "test/fixtures/pdftotext";
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe("reading-order text extractions of the official PDFs", () => {
  it("are all here", () => {
    expect(files).toHaveLength(12);
  });

  for (const file of files) {
    it(`${file} says what the PDF says`, async () => {
      const { record, diagnostics } = await normalizeFile(`${DIR}/${file}`);
      expect(diagnostics).toEqual([]);
      const expected = JSON.parse(readFileSync(`test/fixtures/expected/${file.replace(".txt", ".json")}`, "utf8")) as ReturnType<typeof fingerprint>;
      // A text extraction does not carry the PDF's document information, which puts back the space of
      // a name whose particle the text layer glued: its names may lack exactly that space.
      const actual = fingerprint(record!);
      actual.askers = actual.askers.map((asker, i) => {
        const read = expected.askers[i]?.name;
        return read !== undefined && ungluedName(asker.name) === read ? { ...asker, name: read } : asker;
      });
      // URLs (also a footnote's first word when the note is a bare URL) are compared without hyphens:
      // the extraction joined line-end hyphens away, inside URLs too.
      const unhyphenated = (f: typeof actual) => ({
        ...f,
        footnotes: f.footnotes.map((n) => ({
          ...n,
          first: /^(?:https?:|www\.)/u.test(n.first) ? n.first.replaceAll("-", "") : n.first,
          url: n.url?.replaceAll("-", "") ?? null,
        })),
      });
      const { notes: _notes, ...rest } = expected as typeof expected & { notes: string };
      const strip = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (_k, v: unknown) => (v === null ? undefined : v)));
      expect(strip(unhyphenated(actual))).toMatchObject(strip(unhyphenated(rest)) as object);
    });
  }
});
