import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderVersion } from "../../src/render/render-version.ts";
import { siteData } from "../../src/site/config.ts";

describe("renderVersion", () => {
  let includes: string;
  beforeAll(async () => {
    includes = await mkdtemp(join(tmpdir(), "kamervragen-includes-"));
    await cp("_includes", includes, { recursive: true });
  });
  afterAll(() => rm(includes, { recursive: true, force: true }));

  const site = siteData({ siteUrl: "https://example.nl" });

  it("is the same for the same code, layouts and site", async () => {
    expect(await renderVersion({ includes, site })).toBe(await renderVersion({ includes: "_includes", site }));
  });

  it("changes with the site's URL or path prefix", async () => {
    const version = await renderVersion({ includes, site });
    expect(await renderVersion({ includes, site: siteData({ siteUrl: "https://example.org" }) })).not.toBe(version);
    expect(await renderVersion({ includes, site: siteData({ siteUrl: "https://example.nl", pathPrefix: "/kv/" }) })).not.toBe(version);
  });

  it("changes with any layout", async () => {
    const version = await renderVersion({ includes, site });
    await writeFile(join(includes, "layouts", "document.njk"), "{# changed #}", { flag: "a" });
    expect(await renderVersion({ includes, site })).not.toBe(version);
  });
});
