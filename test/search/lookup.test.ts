/**
 * The files by which the search page finds a document by its number or zaak: per vergaderjaar the
 * numbers of each Kamer, per hundred zaken their documents, nothing stale.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupFiles, writeLookupFiles, zaakShard } from "../../src/search/lookup.ts";

const pages = [
  { url: "/ah-tk-20232024-1771/", sortKey: "2024-05-17 2023-2024 001771", zaak: "2024Z05600" },
  { url: "/ah-tk-20232024-302/", sortKey: "2023-10-24 2023-2024 000302", zaak: null },
  { url: "/ah-ek-20232024-12/", sortKey: "2023-10-20 2023-2024 000012" },
  { url: "/ah-tk-20202021-3235/", sortKey: "2021-06-21 2020-2021 003235", zaak: "2021Z09739" },
  { url: "/ah-tk-20202021-2999/", sortKey: "2021-06-01 2020-2021 002999", zaak: "2021Z09739" },
  // Not a document's id (a test page): no number, but its zaak still leads to it.
  { url: "/a/", sortKey: "2024-01-01 2023-2024 000001", zaak: "2024Z05601" },
];

describe("lookupFiles", () => {
  it("lists each vergaderjaar's numbers per Kamer, in order, and each zaak's documents", () => {
    const { numbers, zaken } = lookupFiles(pages);
    expect(Object.fromEntries(numbers)).toEqual({
      "2023-2024": { tk: [302, 1771], ek: [12] },
      "2020-2021": { tk: [2999, 3235] },
    });
    expect(Object.fromEntries(zaken)).toEqual({
      "2024Z05": { "2024Z05600": ["ah-tk-20232024-1771"], "2024Z05601": ["a"] },
      "2021Z09": { "2021Z09739": ["ah-tk-20202021-2999", "ah-tk-20202021-3235"] },
    });
    expect(zaakShard("2024Z01234")).toBe("2024Z01");
  });
});

describe("writeLookupFiles", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-lookup-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes them under /zoeken/, replacing those of an earlier build", async () => {
    await mkdir(join(dir, "zoeken", "nummers"), { recursive: true });
    await writeFile(join(dir, "zoeken", "nummers", "1999-2000.json"), "{}");
    await writeLookupFiles(dir, pages);
    expect(JSON.parse(await readFile(join(dir, "zoeken", "nummers", "2023-2024.json"), "utf8"))).toEqual({ tk: [302, 1771], ek: [12] });
    expect(JSON.parse(await readFile(join(dir, "zoeken", "zaken", "2021Z09.json"), "utf8"))).toEqual({
      "2021Z09739": ["ah-tk-20202021-2999", "ah-tk-20202021-3235"],
    });
    expect(existsSync(join(dir, "zoeken", "nummers", "1999-2000.json"))).toBe(false);
  });
});
