/**
 * The build as a whole: a pure function of its input (two builds are byte-identical), and atomic (a
 * build killed midway leaves the previous site as it was, with no stale or half-written pages).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFromSources } from "../support/site.ts";

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const result: Record<string, string> = {};
  for (const f of files) {
    const path = join(f.parentPath, f.name);
    result[path.slice(dir.length + 1)] = createHash("sha256").update(await readFile(path)).digest("hex");
  }
  return result;
}

async function quietBuild(output: string, sources = "content/documents"): Promise<void> {
  await buildFromSources({ output, sources });
}

describe("two builds of the same input", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "kamervragen-twice-"));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("are byte-identical", async () => {
    await quietBuild(join(work, "a"));
    await quietBuild(join(work, "b"));
    const a = await snapshot(join(work, "a"));
    expect(Object.keys(a).length).toBeGreaterThan(15);
    expect(await snapshot(join(work, "b"))).toEqual(a);
  });
});

describe("a build killed midway", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "kamervragen-kill-"));
    // Enough documents that the build takes a while to write.
    const sources = join(work, "sources");
    await mkdir(sources);
    for (let n = 1; n <= 600; n++) {
      await writeFile(
        join(sources, `doc-${n}.md`),
        `## ${n}\n\nVragen van het lid Jansen (SP) aan de Minister van Financiën over onderwerp ${n} (ingezonden 3 januari 2024).\n\n` +
          `Antwoord van Minister Van Rij (Financiën) (ontvangen 20 januari 2024).\n\n## Vraag 1\n\nWaarom ${n}?\n\n## Antwoord 1\n\nDaarom.\n`,
      );
    }
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("leaves the previous site intact, with no stale pages", async () => {
    const output = join(work, "site");
    await quietBuild(output, "content/documents");
    const before = await snapshot(output);
    const child = spawn("npx", ["tsx", "scripts/build.ts", `--output=${output}`, `--sources=${join(work, "sources")}`], {
      stdio: "ignore",
      detached: true,
    });
    const staging = `${output}.building`;
    const deadline = Date.now() + 60_000;
    // Kill once Eleventy has started writing pages into the staging folder.
    while (Date.now() < deadline) {
      if (existsSync(join(staging, "ah-tk-20232024-1"))) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(existsSync(staging)).toBe(true);
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(await snapshot(output)).toEqual(before);
    // The next build starts from scratch and replaces the staging folder's leftovers.
    await quietBuild(output, "content/documents");
    expect(existsSync(staging)).toBe(false);
    expect(await snapshot(output)).toEqual(before);
  });
});
