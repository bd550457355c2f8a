/**
 * The ministries' own answer letters (test/fixtures/third-party/docx): every letter normalizes without
 * an error to a valid record that leaves what a letter does not say empty and lists it as unstated, and
 * the letters a person read (test/fixtures/third-party/expected) say what was read from them.
 */
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";
import { recordSchema } from "../../src/model.ts";
import { fingerprint, withoutLost } from "../support/fingerprint.ts";
import { EXPECTED_DIR, otherFieldsOf, readThirdPartyExpected, textOf } from "../support/third-party-expected.ts";

const DIR = "test/fixtures/third-party/docx";

const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const read = files.map((f) => f.replace(/\.txt$/u, "")).filter((id) => existsSync(`${EXPECTED_DIR}/${id}.json`));

describe("the ministries' answer letters", () => {
  it("are all here, and a person read at least six of them", () => {
    expect(files).toHaveLength(12);
    expect(read.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    const id = file.replace(/\.txt$/u, "");
    describe(file, async () => {
      const { record, diagnostics } = await normalizeFile(`${DIR}/${file}`);

      it("normalizes without an error to a valid record of the letter's id", () => {
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(recordSchema.safeParse(record).success).toBe(true);
        expect(record!.id).toBe(id);
      });

      it("leaves what the letter does not say empty, lists it as unstated and says so once", () => {
        expect(record).toMatchObject({
          subject: null,
          askers: [],
          addressees: [],
          submitted: null,
          unstated: ["subject", "askers", "addressees", "submitted"],
        });
        expect(record!.zaak).toMatch(/^2024Z\d{5}$/u);
        expect(diagnostics.filter((d) => d.code === "letter-form")).toHaveLength(1);
      });

      if (!read.includes(id)) return;
      const { fingerprint: expected, contains, other } = readThirdPartyExpected(id);

      it("says what a person read from it", () => {
        const [e, a] = withoutLost(expected, fingerprint(record!) as unknown as Record<string, unknown>);
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
