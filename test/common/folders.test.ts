import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFolderMaker, hashFolder, removeStale } from "../../src/common/folders.ts";

describe("createFolderMaker", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-folders-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("makes a folder with its parents once, however often and however early it is asked for", async () => {
    const folder = createFolderMaker();
    const path = join(dir, "a", "b");
    const first = folder(path);
    expect(folder(path)).toBe(first);
    await first;
    expect(existsSync(path)).toBe(true);
    await folder(join(dir, "c"));
    expect(existsSync(join(dir, "c"))).toBe(true);
  });
});

describe("removeStale", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-stale-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("removes files and folders not modified for the given time, except those to keep", async () => {
    const cache = join(dir, "cache");
    await mkdir(join(cache, "old-folder"), { recursive: true });
    await writeFile(join(cache, "old-folder", "x"), "x");
    await writeFile(join(cache, "old-file"), "x");
    await writeFile(join(cache, "old-but-used"), "x");
    await writeFile(join(cache, "new-file"), "x");
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of ["old-folder", "old-file", "old-but-used"]) await utimes(join(cache, name), longAgo, longAgo);
    await removeStale(cache, 60 * 60 * 1000, new Set(["old-but-used"]));
    expect((await readdir(cache)).sort()).toEqual(["new-file", "old-but-used"]);
    await removeStale(join(dir, "missing"), 0);
  });
});

describe("hashFolder", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-hash-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const digest = async (folder: string) => {
    const hash = createHash("sha256");
    await hashFolder(hash, folder);
    return hash.digest("hex");
  };

  it("changes with any file's content or name, in any subfolder, and not with where the folder is", async () => {
    const a = join(dir, "a");
    await mkdir(join(a, "sub"), { recursive: true });
    await writeFile(join(a, "one.ts"), "1");
    await writeFile(join(a, "sub", "two.njk"), "2");
    const before = await digest(a);
    const b = join(dir, "b");
    await mkdir(join(b, "sub"), { recursive: true });
    await writeFile(join(b, "one.ts"), "1");
    await writeFile(join(b, "sub", "two.njk"), "2");
    expect(await digest(b)).toBe(before);
    await writeFile(join(b, "sub", "two.njk"), "3");
    expect(await digest(b)).not.toBe(before);
    await rm(join(b, "sub", "two.njk"));
    await writeFile(join(b, "sub", "three.njk"), "2");
    expect(await digest(b)).not.toBe(before);
  });
});
