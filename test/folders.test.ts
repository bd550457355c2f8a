import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFolderMaker, removeStale } from "../src/folders.ts";

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
