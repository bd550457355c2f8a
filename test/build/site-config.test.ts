import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicSiteUrl, readSiteConfig } from "../../src/build/site-config.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kv-site-config-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readSiteConfig", () => {
  it("reads the example configuration of the repository", async () => {
    expect(await readSiteConfig("kamervragen.config.example.json", true)).toEqual({
      siteName: "Kamervragen",
      url: "https://kamervragen.example.nl",
      pathPrefix: "/",
      contact: "toegankelijkheid@kamervragen.example.nl",
      language: "nl",
      feedIds: { authority: "kamervragen.example.nl", date: "2024" },
    });
  });

  it("is empty when the default file is not there, and an error when a named one is not", async () => {
    expect(await readSiteConfig(join(dir, "none.json"), false)).toEqual({});
    await expect(readSiteConfig(join(dir, "none.json"), true)).rejects.toThrow(`${join(dir, "none.json")}: cannot read the site configuration (ENOENT)`);
  });

  it("names the file and every field that is wrong, in one error", async () => {
    const path = join(dir, "wrong.json");
    await writeFile(path, JSON.stringify({ url: "ftp://x", language: "en", siteTitle: "x" }));
    const error = await readSiteConfig(path, true).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")}: the site configuration has 3 problems:\n`, "u"));
    expect((error as Error).message).toContain("  url: ");
    expect((error as Error).message).toContain("  language: ");
    expect((error as Error).message).toContain("siteTitle");
  });

  it("says a file that is not JSON is not JSON", async () => {
    const path = join(dir, "broken.json");
    await writeFile(path, "{ url: ");
    await expect(readSiteConfig(path, true)).rejects.toThrow(`${path}: not JSON: `);
  });
});

describe("isPublicSiteUrl", () => {
  it("takes a public address, and neither none nor this machine", () => {
    expect(isPublicSiteUrl("https://kamervragen.example.nl/")).toBe(true);
    expect(isPublicSiteUrl(undefined)).toBe(false);
    expect(isPublicSiteUrl("")).toBe(false);
    expect(isPublicSiteUrl("http://localhost:8080")).toBe(false);
    expect(isPublicSiteUrl("http://127.0.0.1:8080")).toBe(false);
    expect(isPublicSiteUrl("http://[::1]/")).toBe(false);
    expect(isPublicSiteUrl("not a url")).toBe(false);
  });
});
