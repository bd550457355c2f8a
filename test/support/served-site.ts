/**
 * The lifecycle every end-to-end test file shares: build the real site from given sources into a
 * temporary folder, serve it with nginx at a path prefix, open Debian's Chromium; and undo all three.
 * Call inside a `describe`; the returned object is filled before the first test runs.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { serveSite, type StaticServer } from "./server.ts";
import { buildFromSources } from "./site.ts";

export interface ServedSite {
  output: string;
  server: StaticServer;
  browser: Browser;
}

export function useServedSite(options: { sources: string; pathPrefix: string; searchPartSize?: number }): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.output = await mkdtemp(join(tmpdir(), "kamervragen-served-"));
    await buildFromSources({
      output: site.output,
      sources: options.sources,
      pathPrefix: options.pathPrefix,
      ...(options.searchPartSize ? { searchPartSize: options.searchPartSize } : {}),
    });
    site.server = await serveSite(site.output, options.pathPrefix);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
    if (site.output) await rm(site.output, { recursive: true, force: true });
  });
  return site;
}
