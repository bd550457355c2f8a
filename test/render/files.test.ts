import { appendFile, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPageFiles } from "../../src/render/files.ts";
import { fileOfUrl } from "../../src/site/urls.ts";

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
    const files = createPageFiles(dir, { inFlight: 4 });
    for (let i = 0; i < 50; i++) await files.write(`/lid/${i % 5}/pagina/${i}/`, `page ${i}`);
    await files.write("/feed.xml", "<feed/>");
    await files.flush();
    expect(files.count).toBe(51);
    expect(await readFile(join(dir, "lid", "2", "pagina", "37", "index.html"), "utf8")).toBe("page 37");
    expect(await readFile(join(dir, "feed.xml"), "utf8")).toBe("<feed/>");
  });

  it("reports a failed write at the latest when flushed", async () => {
    const files = createPageFiles(join(dir, "feed.xml"), { inFlight: 4 }); // a file, not a folder: nothing can go under it
    await files.write("/a/", "a").catch(() => undefined);
    await expect(files.flush()).rejects.toThrow();
  });
});

describe("keeping the previous build's files", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-keep-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** A first build's folder with two keyed pages, and what it recorded of them. */
  async function firstBuild(name: string) {
    const files = createPageFiles(join(dir, name));
    await files.write("/a/", "page a", { key: "key-a", digest: "00ff" });
    await files.write("/b/", "page b", { key: "key-b" });
    await files.write("/sitemap.xml", "<urlset/>");
    await files.flush();
    return { dir: join(dir, name), files: files.made };
  }

  it("records each file written with a key as it left it, and no file written without one", async () => {
    const previous = await firstBuild("recorded");
    const info = await stat(join(previous.dir, "a", "index.html"));
    expect(previous.files.get("/a/")).toEqual({ key: "key-a", size: 6, mtimeMs: info.mtimeMs, ino: info.ino, digest: "00ff" });
    expect(previous.files.get("/b/")?.digest).toBeNull();
    expect(previous.files.has("/sitemap.xml")).toBe(false);
  });

  it("links a file whose key is the same, and hands back what was recorded of it", async () => {
    const previous = await firstBuild("same");
    const files = createPageFiles(join(dir, "same-next"), { previous });
    expect(await files.keep("/a/", "key-a")).toEqual(previous.files.get("/a/"));
    await files.flush();
    expect(await readFile(join(dir, "same-next", "a", "index.html"), "utf8")).toBe("page a");
    expect((await stat(join(dir, "same-next", "a", "index.html"))).ino).toBe((await stat(join(previous.dir, "a", "index.html"))).ino);
    expect(files.kept).toBe(1);
    expect(files.made.get("/a/")).toEqual(previous.files.get("/a/"));
  });

  it("keeps nothing whose key changed, that the build before did not record, or without a build before", async () => {
    const previous = await firstBuild("changed");
    const files = createPageFiles(join(dir, "changed-next"), { previous });
    expect(await files.keep("/a/", "another key")).toBeNull();
    expect(await files.keep("/sitemap.xml", "any")).toBeNull();
    expect(await createPageFiles(join(dir, "nothing-before")).keep("/a/", "key-a")).toBeNull();
    await files.flush();
    expect(files.kept).toBe(0);
    expect(files.made.size).toBe(0);
  });

  it("keeps no file that was changed or removed after its build", async () => {
    const previous = await firstBuild("edited");
    await appendFile(join(previous.dir, "a", "index.html"), "!");
    await rm(join(previous.dir, "b", "index.html"));
    const files = createPageFiles(join(dir, "edited-next"), { previous });
    expect(await files.keep("/a/", "key-a")).toBeNull();
    expect(await files.keep("/b/", "key-b")).toBeNull();
  });
});
