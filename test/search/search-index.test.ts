/**
 * Writing the Pagefind index: only marked pages, nothing stale, nothing unused, and a build whose index
 * fails publishes nothing.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../../src/build/pipeline.ts";
import { pageDigest, PART_SIZE, partSize, partSizeFor, searchParts, writeSearchIndex } from "../../src/search/search-index.ts";

const page = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body><nav>Menu</nav>${body}</body></html>`;

describe("searchParts", () => {
  const page = (id: string, date: string) => ({ url: `/${id}/`, sortKey: `${date} 2020-2021 000001` });

  it("keeps a small archive in one part, the main bundle", () => {
    const parts = searchParts([page("b", "2021-03-01"), page("a", "2020-01-01")]);
    expect(parts).toEqual([{ bundleUrl: "/pagefind/", years: ["2020", "2021"], pages: [page("a", "2020-01-01"), page("b", "2021-03-01")] }]);
  });

  it("splits a large one into parts of whole years, oldest years first, newest part as the main bundle", () => {
    const pages = [page("a", "1996-05-01"), page("b", "1996-06-01"), page("c", "1997-01-01"), page("d", "1998-01-01"), page("e", "1999-01-01"), page("f", "1999-02-01")];
    const parts = searchParts(pages, 2);
    expect(parts.map((p) => [p.bundleUrl, p.years, p.pages.map((q) => q.url)])).toEqual([
      ["/pagefind/", ["1999", "1999"], ["/e/", "/f/"]],
      ["/pagefind/1997-1998/", ["1997", "1998"], ["/c/", "/d/"]],
      ["/pagefind/1996-1996/", ["1996", "1996"], ["/a/", "/b/"]],
    ]);
  });

  it("changes only the newest part when documents of the newest year are added", () => {
    const old = [page("a", "1996-05-01"), page("b", "1996-06-01"), page("c", "1997-01-01"), page("d", "1998-01-01")];
    const before = searchParts(old, 2);
    const after = searchParts([...old, page("e", "1998-03-01")], 2);
    expect(after.slice(1)).toEqual(before.slice(1));
  });
});

describe("partSizeFor", () => {
  const page = (id: string, date: string) => ({ url: `/${id}/`, sortKey: `${date} 2020-2021 000001` });
  /** A site of `count` pages spread evenly over the years 1995 to 2024. */
  const site = (count: number) => Array.from({ length: count }, (_, i) => page(`d${i}`, `${1995 + Math.floor((i * 30) / count)}-06-01`));

  it("keeps 2,500 a part from 10,000 pages up", () => {
    expect(partSizeFor(10_000)).toBe(PART_SIZE);
    expect(partSizeFor(87_000)).toBe(PART_SIZE);
  });

  it("gives a smaller site the smallest fixed step that makes no more than four parts", () => {
    expect([0, 20, 999, 1_000].map(partSizeFor)).toEqual([250, 250, 250, 250]);
    expect([1_001, 2_000].map(partSizeFor)).toEqual([500, 500]);
    expect([2_001, 4_000].map(partSizeFor)).toEqual([1_000, 1_000]);
    expect([4_001, 9_999].map(partSizeFor)).toEqual([PART_SIZE, PART_SIZE]);
  });

  it("makes four parts, never more, of a site below 10,000 pages spread over years", () => {
    expect(searchParts(site(20)).length).toBe(1);
    expect(searchParts(site(1_000)).length).toBe(4);
    for (const count of [1_001, 1_500, 2_000, 3_000, 4_000, 4_001, 7_000, 9_999]) expect(searchParts(site(count)).length).toBeLessThanOrEqual(4);
  });

  it("leaves the older parts as they were when a document of the newest year is added", () => {
    const before = site(1_200);
    const after = [...before, page("new", "2024-12-01")];
    expect(searchParts(after).slice(1)).toEqual(searchParts(before).slice(1));
  });

  it("yields to --search-part-size", () => {
    process.env["KAMERVRAGEN_SEARCH_PART_SIZE"] = "7";
    try {
      expect(partSize(87_000)).toBe(7);
    } finally {
      delete process.env["KAMERVRAGEN_SEARCH_PART_SIZE"];
    }
    expect(partSize(87_000)).toBe(PART_SIZE);
  });
});

describe("writeSearchIndex", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-index-"));
    await mkdir(join(dir, "a"));
    await mkdir(join(dir, "b"));
    await mkdir(join(dir, "pagefind"));
    await writeFile(join(dir, "a", "index.html"), page('<main><article data-pagefind-body><h1>Woningen</h1><p>Over huisvesting.</p></article></main>'));
    await writeFile(join(dir, "b", "index.html"), page('<main><article data-pagefind-body><h1>Vuurwerk</h1><p>Over opslag.</p></article></main>'));
    await writeFile(join(dir, "index.html"), page("<main><h1>Start</h1><p>Woningen en vuurwerk.</p></main>"));
    await writeFile(join(dir, "pagefind", "stale.pf_fragment"), "old");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("indexes the pages given, replaces what was there and drops Pagefind's own interfaces", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const pages = [
        { url: "/a/", sortKey: "2024-01-02 2023-2024 000001" },
        { url: "/b/", sortKey: "2024-01-03 2023-2024 000002" },
      ];
      expect(await writeSearchIndex(dir, pages)).toEqual({ pages: 2, parts: 1, indexed: 2, outputPath: join(dir, "pagefind/") });
    } finally {
      log.mockRestore();
    }
    const files = await readdir(join(dir, "pagefind"));
    expect(files).toContain("pagefind.js");
    expect(files).not.toContain("stale.pf_fragment");
    expect(files.filter((f) => f.startsWith("pagefind-") && f !== "pagefind-entry.json" && f !== "pagefind-worker.js")).toEqual([]);
    const entry = JSON.parse(await readFile(join(dir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages).toEqual({ nl: expect.objectContaining({ page_count: 2 }) });
  });

  it("writes a part per period, and copies an unchanged part from the cache instead of indexing it again", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const cacheDir = join(dir, "cache");
    const pages = [
      { url: "/a/", sortKey: "2023-01-02 2022-2023 000001" },
      { url: "/b/", sortKey: "2024-01-03 2023-2024 000002" },
    ];
    try {
      expect(await writeSearchIndex(dir, pages, { partSize: 1, cacheDir })).toMatchObject({ pages: 2, parts: 2, indexed: 2 });
      const first = await readFile(join(dir, "pagefind", "2023-2023", "pagefind-entry.json"), "utf8");
      expect(await writeSearchIndex(dir, pages, { partSize: 1, cacheDir })).toMatchObject({ pages: 2, parts: 2, indexed: 0 });
      expect(await readFile(join(dir, "pagefind", "2023-2023", "pagefind-entry.json"), "utf8")).toBe(first);
      // The site's files of a cached part are the cache's own (hard links), not copies.
      const [cached] = (await readdir(cacheDir)).filter((name) => /^[0-9a-f]{32}$/u.test(name));
      expect(cached).toBeDefined();
      expect((await stat(join(dir, "pagefind", "2023-2023", "pagefind-entry.json"))).nlink).toBeGreaterThan(1);
      for (const bundle of ["pagefind", "pagefind/2023-2023"]) {
        const entry = JSON.parse(await readFile(join(dir, bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
        expect(entry.languages).toEqual({ nl: expect.objectContaining({ page_count: 1 }) });
      }
      // A changed page: its part is indexed again, the other comes from the cache.
      await writeFile(join(dir, "b", "index.html"), page('<main><article data-pagefind-body><h1>Vuurwerk</h1><p>Over verkoop.</p></article></main>'));
      expect(await writeSearchIndex(dir, pages, { partSize: 1, cacheDir })).toMatchObject({ indexed: 1 });
      // Digests from the page writer key the parts as reading the pages does: the same parts are found in the cache.
      const digests = new Map<string, Buffer>();
      for (const url of ["/a/", "/b/"]) digests.set(url, pageDigest(await readFile(join(dir, url, "index.html"), "utf8")));
      const asked: string[] = [];
      const digestOf = (url: string) => (asked.push(url), digests.get(url));
      expect(await writeSearchIndex(dir, pages, { partSize: 1, cacheDir, digestOf })).toMatchObject({ indexed: 0 });
      expect(asked.sort()).toEqual(["/a/", "/b/"]);
      // A digest that differs from the file keys another part: the digest the writer gives is what counts.
      digests.set("/b/", pageDigest("<p>een andere pagina</p>"));
      expect(await writeSearchIndex(dir, pages, { partSize: 1, cacheDir, digestOf })).toMatchObject({ indexed: 1 });
    } finally {
      log.mockRestore();
    }
  });

  it("refuses a page without data-pagefind-body, which nobody could find", async () => {
    await expect(writeSearchIndex(dir, [{ url: "/", sortKey: "2024-01-01 2023-2024 000001" }])).rejects.toThrow(/\/ has no data-pagefind-body/);
  });
});

/** A stand-in for Pagefind's service: base64 JSON messages separated by commas, each answered with an error. */
const FAILING_SERVICE = `#!/usr/bin/env node
let buffer = "";
process.stdin.on("data", (chunk) => {
  buffer += chunk;
  let comma;
  while ((comma = buffer.indexOf(",")) >= 0) {
    const { message_id } = JSON.parse(Buffer.from(buffer.slice(0, comma), "base64").toString());
    buffer = buffer.slice(comma + 1);
    const reply = { message_id, payload: { type: "Error", message: "cannot index (test)" } };
    process.stdout.write(Buffer.from(JSON.stringify(reply)).toString("base64") + ",");
  }
});
`;

describe("a build whose index fails", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "kamervragen-index-fail-"));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("fails, and leaves the previous site as it was", async () => {
    const output = join(work, "site");
    await mkdir(output);
    await writeFile(join(output, "index.html"), "previous");
    // Pagefind's Node API runs the program this variable names as its indexing service: here one that
    // answers every request with an error, as the real one does when it cannot index or write.
    const service = join(work, "failing-pagefind");
    await writeFile(service, FAILING_SERVICE, { mode: 0o755 });
    const quiet = [vi.spyOn(console, "error").mockImplementation(() => undefined), vi.spyOn(console, "log").mockImplementation(() => undefined)];
    process.env["PAGEFIND_EXTENDED_BINARY_PATH"] = service;
    try {
      await expect(buildSite({ configPath: "test/fixtures/eleventy.config.ts", output, quiet: true })).rejects.toThrow(/cannot index \(test\)/u);
    } finally {
      delete process.env["PAGEFIND_EXTENDED_BINARY_PATH"];
      for (const spy of quiet) spy.mockRestore();
    }
    expect(await readdir(output)).toEqual(["index.html"]);
    expect(await readFile(join(output, "index.html"), "utf8")).toBe("previous");
    expect(existsSync(`${output}.building`)).toBe(false);
  });
});
