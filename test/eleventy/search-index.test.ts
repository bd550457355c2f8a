/**
 * Writing the Pagefind index: only marked pages, nothing stale, nothing unused, and a build whose index
 * fails publishes nothing.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../../src/eleventy/build.ts";
import { answerWithin, pageUrl, writeSearchIndex } from "../../src/eleventy/search-index.ts";

const page = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body><nav>Menu</nav>${body}</body></html>`;

describe("pageUrl", () => {
  it("gives the URL a page is linked by", () => {
    expect(pageUrl("index.html")).toBe("/");
    expect(pageUrl("ah-tk-20232024-1771/index.html")).toBe("/ah-tk-20232024-1771/");
    expect(pageUrl("404.html")).toBe("/404.html");
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

  it("indexes the pages marked data-pagefind-body, replaces what was there and drops Pagefind's own interfaces", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(await writeSearchIndex(dir)).toEqual({ pages: 2, outputPath: join(dir, "pagefind/") });
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

describe("answerWithin", () => {
  it("fails with a message when Pagefind never answers, and passes an answer through", async () => {
    await expect(answerWithin(new Promise(() => undefined), 0.01, "writing the index")).rejects.toThrow(
      "Pagefind did not answer within 0.01 s while writing the index",
    );
    await expect(answerWithin(Promise.resolve(42), 1, "anything")).resolves.toBe(42);
  });
});
