import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, newestFirst } from "../../src/corpus/load.ts";

describe("loadCorpus", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "kamervragen-corpus-"));
    await cp("content/documents", join(work, "documents"), { recursive: true });
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("parses no file again when the corpus is unchanged, and only the changed one after a change", async () => {
    const cacheDir = join(work, "cache");
    const first = await loadCorpus(join(work, "documents"), { cacheDir });
    // 15 documents of one file each, and one in the publisher's layout: its XML and its HTML.
    expect(first.stats).toEqual({ files: 17, cached: 0 });
    const second = await loadCorpus(join(work, "documents"), { cacheDir });
    expect(second.stats).toEqual({ files: 17, cached: 17 });
    expect(second.records).toEqual(first.records);

    const changed = join(work, "documents", "ah-tk-20202021-2290.md");
    await writeFile(changed, `${(await import("node:fs")).readFileSync(changed, "utf8")}\n`);
    const third = await loadCorpus(join(work, "documents"), { cacheDir });
    expect(third.stats).toEqual({ files: 17, cached: 16 });
  });

  it("parses many files in worker threads with the same result as in one thread, in order", async () => {
    const many = join(work, "many");
    await cp("content/documents", many, { recursive: true });
    for (let n = 1; n <= 150; n++) {
      await writeFile(
        join(many, `gen-${String(n).padStart(3, "0")}.md`),
        `## ${n}\n\nVragen van het lid Jansen (SP) aan de Minister van Financiën over onderwerp ${n} (ingezonden 3 januari 2024).\n\n` +
          `Antwoord van Minister Van Rij (Financiën) (ontvangen ${1 + (n % 28)} februari 2024).\n\n## Vraag 1\n\nWaarom ${n}?[^1]\n\n## Antwoord 1\n\nDaarom.\n\n[^1]: Bron ${n}.\n`,
      );
    }
    const progress: number[] = [];
    const parallel = await loadCorpus(many, { workers: 2, onProgress: (done) => progress.push(done) });
    const serial = await loadCorpus(many, { workers: 1 });
    // 166 records from 167 files: the XML and the HTML of one document give one record.
    expect(parallel.records).toHaveLength(166);
    expect(parallel).toEqual(serial);
    expect(progress).toEqual(Array.from({ length: 167 }, (_, i) => i + 1));

    // With the cache, the workers get the bytes the look-up read; then everything comes from the cache.
    const cacheDir = join(work, "many-cache");
    const cold = await loadCorpus(many, { workers: 2, cacheDir });
    expect(cold.stats).toEqual({ files: 167, cached: 0 });
    expect(cold.records).toEqual(serial.records);
    expect(cold.diagnostics).toEqual(serial.diagnostics);
    const warm = await loadCorpus(many, { workers: 2, cacheDir });
    expect(warm.stats).toEqual({ files: 167, cached: 167 });
    expect(warm.records).toEqual(serial.records);
  });

  it("returns the documents newest first", async () => {
    const { records } = await loadCorpus(join(work, "documents"));
    expect([...records].sort(newestFirst)).toEqual(records);
    expect(records[0]!.id).toBe("ah-tk-20232024-2271");
    expect(records.at(-1)!.id).toBe("ah-tk-20202021-2290");
  });
});
