import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFolderMaker } from "../src/folders.ts";

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
