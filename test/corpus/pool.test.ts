/** The pool of parsing workers (src/corpus/pool.ts), with real worker threads. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";
import { createNormalizePool } from "../../src/corpus/pool.ts";

const SAMPLE = "content/documents/ah-tk-20202021-2290.md";

describe("the normalize pool", () => {
  it("parses in workers what this thread parses, from the file or from bytes read before", async () => {
    const pool = createNormalizePool(2);
    try {
      const here = await normalizeFile(SAMPLE);
      const bytes = readFileSync(SAMPLE);
      const [fromFile, fromBytes, ...more] = await Promise.all([
        pool.normalize(SAMPLE),
        // Not on disk under this name: the bytes are what is parsed.
        pool.normalize("elders/ah-tk-20202021-2290.md", bytes),
        ...Array.from({ length: 6 }, () => pool.normalize(SAMPLE, readFileSync(SAMPLE))),
      ]);
      expect(fromFile).toEqual(here);
      expect(fromBytes.record).toEqual({ ...here.record!, source: { ...here.record!.source, path: "elders/ah-tk-20202021-2290.md" } });
      for (const result of more) expect(result).toEqual(here);
      // Bytes of their own are handed over (this thread no longer holds them); a view into a larger
      // buffer is copied, and the buffer stays usable here.
      expect(bytes.buffer.byteLength).toBe(0);
      const padded = Buffer.concat([Buffer.from("xx"), readFileSync(SAMPLE)]);
      expect(await pool.normalize(SAMPLE, padded.subarray(2))).toEqual(here);
      expect(padded.subarray(0, 2).toString()).toBe("xx");
    } finally {
      await pool.close();
    }
  });

  it("reports a file it cannot read as the file's problem", async () => {
    const pool = createNormalizePool(1);
    try {
      const result = await pool.normalize("content/documents/bestaat-niet.md");
      expect(result.record).toBeNull();
      expect(result.diagnostics).toMatchObject([{ file: "content/documents/bestaat-niet.md", severity: "error", code: "unreadable" }]);
    } finally {
      await pool.close();
    }
  });
});
