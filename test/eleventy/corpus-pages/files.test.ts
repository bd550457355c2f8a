import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPageFiles, fileOfUrl } from "../../../src/eleventy/corpus-pages/files.ts";

describe("fileOfUrl", () => {
  it("maps a page URL to its index.html and a file URL to the file", () => {
    expect(fileOfUrl("/out", "/ah-tk-20232024-1771/")).toBe("/out/ah-tk-20232024-1771/index.html");
    expect(fileOfUrl("/out", "/partij/vvd/feed.xml")).toBe("/out/partij/vvd/feed.xml");
    expect(fileOfUrl("/out", "/")).toBe("/out/index.html");
  });

  it("refuses a URL that is not root-relative or leaves the folder", () => {
    expect(() => fileOfUrl("/out", "ah/")).toThrow(/root-relative/);
    expect(() => fileOfUrl("/out", "/../etc/")).toThrow(/root-relative/);
  });
});

describe("createPageFiles", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-files-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes every page, however many at once, and counts them", async () => {
    const files = createPageFiles(dir, 4);
    for (let i = 0; i < 50; i++) await files.write(`/lid/${i % 5}/pagina/${i}/`, `page ${i}`);
    await files.write("/feed.xml", "<feed/>");
    await files.flush();
    expect(files.count).toBe(51);
    expect(await readFile(join(dir, "lid", "2", "pagina", "37", "index.html"), "utf8")).toBe("page 37");
    expect(await readFile(join(dir, "feed.xml"), "utf8")).toBe("<feed/>");
  });

  it("reports a failed write at the latest when flushed", async () => {
    const files = createPageFiles(join(dir, "feed.xml"), 4); // a file, not a folder: nothing can go under it
    await files.write("/a/", "a").catch(() => undefined);
    await expect(files.flush()).rejects.toThrow();
  });
});
