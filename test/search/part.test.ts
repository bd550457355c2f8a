/**
 * One part of the index through the real Pagefind service: the bundle it writes, its deadline on
 * every call, and a page that could not be found refused.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerWithin, indexPart, useParentWasm } from "../../src/search/part.ts";

const page = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body><nav>Menu</nav>${body}</body></html>`;

describe("answerWithin", () => {
  it("fails with a message when Pagefind never answers, and passes an answer through", async () => {
    await expect(answerWithin(new Promise(() => undefined), 0.01, "writing the index")).rejects.toThrow(
      "Pagefind did not answer within 0.01 s while writing the index",
    );
    await expect(answerWithin(Promise.resolve(42), 1, "anything")).resolves.toBe(42);
  });
});

describe("indexPart", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-part-"));
    await mkdir(join(dir, "a"));
    await mkdir(join(dir, "b"));
    await writeFile(join(dir, "a", "index.html"), page("<main><article data-pagefind-body><h1>Woningen</h1><p>Over huisvesting.</p></article></main>"));
    await writeFile(join(dir, "b", "index.html"), page("<main><h1>Vuurwerk</h1></main>"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes a Dutch bundle of the pages, without Pagefind's own interfaces, counting the pages done", async () => {
    const done: number[] = [];
    await indexPart(dir, ["/a/"], join(dir, "bundle"), { onPage: (n) => done.push(n) });
    expect(done).toEqual([1]);
    const files = await readdir(join(dir, "bundle"));
    expect(files).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json", "wasm.nl.pagefind"]));
    expect(files.some((f) => f.startsWith("pagefind-ui") || f.startsWith("pagefind-component-ui"))).toBe(false);
    const entry = JSON.parse(await readFile(join(dir, "bundle", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages).toEqual({ nl: expect.objectContaining({ page_count: 1 }) });
  });

  it("makes a part fetch the main bundle's WebAssembly, one folder up, instead of a copy of its own", async () => {
    await indexPart(dir, ["/a/"], join(dir, "main"));
    await indexPart(dir, ["/a/"], join(dir, "main", "2023-2023"), { parentWasm: true });
    const part = join(dir, "main", "2023-2023");
    expect((await readdir(part)).filter((f) => f.startsWith("wasm."))).toEqual([]);
    const entry = JSON.parse(await readFile(join(part, "pagefind-entry.json"), "utf8")) as {
      version: string;
      languages: Record<string, { wasm: string; page_count: number }>;
    };
    expect(entry.version).toBe("1.6.0");
    expect(entry.languages["nl"]).toMatchObject({ wasm: "/../../wasm.nl", page_count: 1 });
    // The address Pagefind 1.6 makes of it (`${basePath}wasm.${wasm}.pagefind`), as a browser resolves it.
    const address = new URL(`/pagefind/2023-2023/wasm.${entry.languages["nl"]?.wasm}.pagefind`, "http://localhost").pathname;
    expect(address).toBe("/pagefind/wasm.nl.pagefind");
    expect(await readdir(join(dir, "main"))).toContain("wasm.nl.pagefind");
    // A bundle already changed is left as it is.
    await useParentWasm(part);
    expect(JSON.parse(await readFile(join(part, "pagefind-entry.json"), "utf8"))).toEqual(entry);
  });

  it("refuses a page without data-pagefind-body, naming it", async () => {
    await expect(indexPart(dir, ["/a/", "/b/"], join(dir, "refused"))).rejects.toThrow("the page /b/ has no data-pagefind-body: nothing of it would be found");
  });
});
