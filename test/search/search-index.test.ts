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
import { pageDigest } from "../../src/common/digest.ts";
import { writeSearchIndex } from "../../src/search/search-index.ts";

const page = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body><nav>Menu</nav>${body}</body></html>`;

describe("writeSearchIndex", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-index-"));
    await mkdir(join(dir, "a"));
    await mkdir(join(dir, "b"));
    await mkdir(join(dir, "pagefind"));
    await writeFile(join(dir, "a", "index.html"), page("<main><article data-pagefind-body><h1>Woningen</h1><p>Over huisvesting.</p></article></main>"));
    await writeFile(join(dir, "b", "index.html"), page("<main><article data-pagefind-body><h1>Vuurwerk</h1><p>Over opslag.</p></article></main>"));
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
    // The words of the indexed pages for the search page's suggestions, the part's own count kept out of the site.
    expect((JSON.parse(await readFile(join(dir, "zoeken", "woorden.json"), "utf8")) as string[]).sort()).toEqual([
      "huisvesting",
      "opslag",
      "over",
      "vuurwerk",
      "woningen",
    ]);
    expect(files).not.toContain("vocabulary.json");
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
      await writeFile(join(dir, "b", "index.html"), page("<main><article data-pagefind-body><h1>Vuurwerk</h1><p>Over verkoop.</p></article></main>"));
      expect(await writeSearchIndex(dir, pages, { partSize: 1, cacheDir })).toMatchObject({ indexed: 1 });
      // Digests from the page writer key the parts as reading the pages does: the same parts are found in the cache.
      const digests = new Map<string, Buffer>();
      for (const url of ["/a/", "/b/"]) digests.set(url, pageDigest(await readFile(join(dir, url, "index.html"), "utf8")));
      const asked: string[] = [];
      const written = { whenWritten: () => Promise.resolve(), digestOf: (url: string) => (asked.push(url), digests.get(url)) };
      expect(await writeSearchIndex(dir, pages, { partSize: 1, cacheDir, written })).toMatchObject({ indexed: 0 });
      expect(asked.sort()).toEqual(["/a/", "/b/"]);
      // A digest that differs from the file keys another part: the digest the writer gives is what counts.
      digests.set("/b/", pageDigest("<p>een andere pagina</p>"));
      expect(await writeSearchIndex(dir, pages, { partSize: 1, cacheDir, written })).toMatchObject({ indexed: 1 });
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
