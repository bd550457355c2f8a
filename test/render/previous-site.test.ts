import { mkdir, mkdtemp, readdir, rename, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPreviousSite, writeSiteRecord, type MadeFile } from "../../src/render/previous-site.ts";

const made = new Map<string, MadeFile>([
  ["/ah-tk-20232024-1/", { key: "k1", size: 10, mtimeMs: 1700000000123.4568, ino: 42, digest: "ab" }],
  ["/feed.xml", { key: "k2", size: 20, mtimeMs: 1700000000000, ino: 43, digest: null }],
]);

describe("the record of what a build made", () => {
  let work: string;
  let cache: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "kamervragen-previous-"));
    cache = join(work, "cache");
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  /** A build into `<name>.building`, renamed into place as src/build/staging.ts does. */
  async function build(name: string, version = "v1") {
    const site = join(work, name);
    await mkdir(`${site}.building`, { recursive: true });
    await writeSiteRecord(cache, site, `${site}.building`, version, made);
    await rm(site, { recursive: true, force: true });
    await rename(`${site}.building`, site);
    return site;
  }

  it("is read back, exactly, for the folder the build was renamed to", async () => {
    const site = await build("site");
    const previous = await readPreviousSite(cache, site, "v1");
    expect(previous?.dir).toBe(site);
    expect(previous?.files).toEqual(made);
  });

  it("is not used with another render version", async () => {
    const site = await build("other-version");
    expect(await readPreviousSite(cache, site, "v2")).toBeNull();
  });

  it("is not used for a folder its build did not make (replaced, or a build that never got published)", async () => {
    const site = await build("replaced");
    await rm(site, { recursive: true });
    await mkdir(site);
    expect(await readPreviousSite(cache, site, "v1")).toBeNull();
    await writeSiteRecord(cache, site, await mkdtemp(join(work, "unpublished-")), "v1", made);
    expect(await readPreviousSite(cache, site, "v1")).toBeNull();
  });

  it("is not there for a site never built, and a damaged one is ignored", async () => {
    expect(await readPreviousSite(cache, join(work, "never"), "v1")).toBeNull();
    const site = await build("damaged");
    for (const name of await readdir(cache)) await writeFile(join(cache, name), "{");
    expect(await readPreviousSite(cache, site, "v1")).toBeNull();
  });

  it("of a site not built for a month is removed by the next build of any site", async () => {
    await build("old");
    const names = await readdir(cache);
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    for (const name of names) await utimes(join(cache, name), longAgo, longAgo);
    await build("new");
    const left = await readdir(cache);
    expect(left).toHaveLength(1);
    expect(names).not.toContain(left[0]);
  });
});
