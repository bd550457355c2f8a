import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";

const ID = "ah-tk-20202021-3235";
const PROVENANCE = {
  id: ID,
  officialUrl: `https://zoek.officielebekendmakingen.nl/${ID}.html`,
  kind: "ah-tk",
  version: "1",
  modified: "2021-06-22",
  modifiedAt: "2021-06-22T09:12:00+02:00",
  etag: '"abc"',
  itemUrls: { xml: `https://repository.overheid.nl/frbr/officielepublicaties/ah-tk/20202021/${ID}/1/xml/${ID}.xml` },
  files: { [`${ID}.xml`]: { manifestation: "xml", bytes: 9003, sha256: "0".repeat(64), etag: '"abc"' } },
  fetchedAt: "2026-12-08T03:00:00.000Z",
};

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "kv-provenance-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function folderWith(name: string, provenance: string): Promise<string> {
  const folder = join(work, name, ID);
  await mkdir(folder, { recursive: true });
  await copyFile(`test/fixtures/official/${ID}/${ID}.xml`, join(folder, `${ID}.xml`));
  await writeFile(join(folder, "provenance.json"), provenance);
  return join(work, name);
}

describe("the fetcher's provenance beside a document", () => {
  it("is read into the record, and is no document of its own", async () => {
    const corpus = await loadCorpus(await folderWith("good", JSON.stringify(PROVENANCE)));
    expect(corpus.stats.files).toBe(1);
    expect(corpus.diagnostics.filter((d) => d.code.startsWith("provenance") || d.code === "format-unknown")).toEqual([]);
    expect(corpus.records[0]!.provenance).toEqual({
      officialUrl: PROVENANCE.officialUrl,
      version: "1",
      modified: "2021-06-22",
      itemUrls: PROVENANCE.itemUrls,
      fetchedAt: PROVENANCE.fetchedAt,
    });
  });

  it("is not used, with a warning, when it names another document or cannot be read", async () => {
    const other = await loadCorpus(await folderWith("other", JSON.stringify({ ...PROVENANCE, id: "ah-tk-20202021-1" })));
    expect(other.records[0]!.provenance).toBeUndefined();
    expect(other.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["provenance-unused", `names ah-tk-20202021-1, but the document beside it is ${ID}; it is not used`],
    ]);
    expect(other.records[0]!.doubts?.map((d) => d.code)).toEqual(["provenance-unused"]);

    const broken = await loadCorpus(await folderWith("broken", "{ not json"));
    expect(broken.records[0]!.provenance).toBeUndefined();
    expect(broken.diagnostics.map((d) => d.code)).toEqual(["provenance-unreadable"]);
  });
});
