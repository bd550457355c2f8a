/**
 * The build as a whole: a pure function of its input (two builds are byte-identical, and a rebuild that
 * keeps the unchanged files of the build before gives the site a build from nothing gives), and atomic
 * (a build killed midway leaves the previous site as it was, with no stale or half-written pages).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFromSources } from "../support/site.ts";

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const result: Record<string, string> = {};
  for (const f of files) {
    const path = join(f.parentPath, f.name);
    result[path.slice(dir.length + 1)] = createHash("sha256")
      .update(await readFile(path))
      .digest("hex");
  }
  return result;
}

async function quietBuild(output: string, sources = "content/documents", pathPrefix?: string): Promise<void> {
  await buildFromSources({ output, sources, ...(pathPrefix ? { pathPrefix } : {}) });
}

/** The inode of a file: the same when a rebuild kept the file, another when it wrote it anew. */
async function inode(path: string): Promise<number> {
  return (await stat(path)).ino;
}

describe("a rebuild", () => {
  let work: string;
  let sources: string;
  let site: string;
  /** A build from nothing of the sources as they are now, to compare a rebuild with. */
  const fresh = async (name: string, pathPrefix?: string) => {
    const output = join(work, name);
    await quietBuild(output, sources, pathPrefix);
    return snapshot(output);
  };
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "kamervragen-rebuild-"));
    sources = join(work, "sources");
    site = join(work, "site");
    await cp("content/documents", sources, { recursive: true });
    await quietBuild(site, sources);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  const page = (id: string) => join(site, id, "index.html");

  it("of unchanged sources keeps the files of the build before, and gives the same site", async () => {
    const before = await snapshot(site);
    const pageInode = await inode(page("ah-tk-20232024-302"));
    const recordInode = await inode(join(site, "ah-tk-20232024-302", "record.json"));
    const feedInode = await inode(join(site, "feed.xml"));
    await quietBuild(site, sources);
    expect(await snapshot(site)).toEqual(before);
    expect(await inode(page("ah-tk-20232024-302"))).toBe(pageInode);
    expect(await inode(join(site, "ah-tk-20232024-302", "record.json"))).toBe(recordInode);
    expect(await inode(join(site, "feed.xml"))).toBe(feedInode);
  });

  it("after one document changed makes its files again, keeps the others, and gives the site a build from nothing gives", async () => {
    const other = await inode(page("ah-tk-20232024-387"));
    const changed = await inode(page("ah-tk-20232024-302"));
    const file = join(sources, "ah-tk-20232024-302.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("Ik vind dit onwenselijk.", "Ik vind dit zeer onwenselijk."));
    await quietBuild(site, sources);
    expect(await readFile(page("ah-tk-20232024-302"), "utf8")).toContain("Ik vind dit zeer onwenselijk.");
    // Its party's feed has it among the newest, whose entries carry the whole text (the site-wide feed only its summary).
    expect(await readFile(join(site, "partij", "sp", "feed.xml"), "utf8")).toContain("Ik vind dit zeer onwenselijk.");
    expect(await inode(page("ah-tk-20232024-302"))).not.toBe(changed);
    expect(await inode(page("ah-tk-20232024-387"))).toBe(other);
    expect(await snapshot(site)).toEqual(await fresh("fresh-after-change"));
  });

  it("makes a page again that was changed in the published site after its build", async () => {
    await appendFile(page("ah-tk-20232024-387"), "<!-- changed after the build -->\n");
    await quietBuild(site, sources);
    expect(await readFile(page("ah-tk-20232024-387"), "utf8")).not.toContain("changed after the build");
    expect(await snapshot(site)).toEqual(await fresh("fresh-after-edit"));
  });

  it("for another path prefix makes every page again", async () => {
    const kept = await inode(page("ah-tk-20232024-387"));
    await quietBuild(site, sources, "/kamervragen/");
    expect(await inode(page("ah-tk-20232024-387"))).not.toBe(kept);
    expect(await readFile(page("ah-tk-20232024-387"), "utf8")).toContain('href="/kamervragen/');
    expect(await snapshot(site)).toEqual(await fresh("fresh-prefixed", "/kamervragen/"));
  });
});

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
