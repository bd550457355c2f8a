import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countFiles } from "../../src/corpus/source-files.ts";

describe("countFiles", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-count-"));
    await mkdir(join(dir, "a", "2023-2024"), { recursive: true });
    await mkdir(join(dir, "b"));
    await writeFile(join(dir, "a", "x.md"), "x");
    await writeFile(join(dir, "a", "2023-2024", "y.pdf"), "y");
    await writeFile(join(dir, "a", "2023-2024", ".hidden"), "h");
    await writeFile(join(dir, "b", "z.txt"), "z");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("counts the files under every folder, in subfolders too, hidden ones and folders not", async () => {
    expect(await countFiles([join(dir, "a"), join(dir, "b")])).toBe(3);
  });

  it("counts a missing folder as empty, for the build to report it", async () => {
    expect(await countFiles([join(dir, "missing"), join(dir, "b")])).toBe(1);
  });
});
