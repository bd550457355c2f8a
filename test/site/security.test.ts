/// <reference lib="dom" />
/**
 * Content security, in a real browser against a real web server: the site runs under the policy it is
 * published with (no violation on any page, at the root or under a sub-path), and hostile content in the
 * sources stays inert (no script runs, no handler fires, no dialog opens).
 */
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "../../src/site/security.ts";
import { watchedPage } from "../support/browser.ts";
import type { StaticServer } from "../support/server.ts";
import { useServedSite } from "../support/served-site.ts";

const INJECTION_PAGES = ["212", "213", "214", "215", "216"].map((n) => `ah-tk-20232024-${n}/`);

describe("the published headers", () => {
  it("are the same in _headers (generated) and in deploy/nginx.conf", () => {
    const nginx = readFileSync("deploy/nginx.conf", "utf8");
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it("forbid inline script, inline style and eval, and allow WebAssembly", () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});

for (const pathPrefix of ["/", "/kamervragen/"]) {
  describe(`the site served by nginx at ${pathPrefix}`, () => {
    let output: string;
    let server: StaticServer;
    let browser: Browser;
    let pages: string[];

    const site = useServedSite({ sources: "content/documents,test/bad-input/cases", pathPrefix });
    beforeAll(async () => {
      ({ output, server, browser } = site);
      pages = (await readdir(output, { recursive: true })).filter((f) => f.endsWith(".html")).map((f) => f.replace(/index\.html$/u, ""));
    });

    it("sends the Content-Security-Policy with every page", async () => {
      const response = await fetch(server.url);
      expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    });

    it("lets a browser application on another site read the open data, and only the open data", async () => {
      const index = (await (await fetch(`${server.url}records.json`)).json()) as { schema: string; vergaderjaren: { url: string }[] };
      const openData = ["records.json", index.schema, index.vergaderjaren[0]!.url, "ah-tk-20232024-1771/record.json"];
      for (const path of openData) {
        const response = await fetch(server.url + path, { headers: { Origin: "https://elders.example" } });
        expect(response.status, path).toBe(200);
        expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
        expect(response.headers.get("content-security-policy"), path).toBe(CONTENT_SECURITY_POLICY);
      }
      const page = await fetch(`${server.url}ah-tk-20232024-1771/`, { headers: { Origin: "https://elders.example" } });
      expect(page.headers.get("access-control-allow-origin")).toBeNull();
    });

    it("reports no policy violation and no error on any page", async () => {
      const watched = await watchedPage(browser);
      for (const page of pages) {
        const response = await watched.page.goto(server.url + page);
        expect(response?.status(), page).toBeLessThan(400);
      }
      expect(watched.violations).toEqual([]);
      expect(watched.errors).toEqual([]);
      await watched.page.context().close();
    });

    it("keeps injected HTML, scripts, handlers and links inert", async () => {
      const watched = await watchedPage(browser);
      for (const page of INJECTION_PAGES) {
        await watched.page.goto(server.url + page);
        for (const link of await watched.page.locator("main a").all()) {
          expect(await link.getAttribute("href")).not.toMatch(/^\s*(?:javascript|data):/iu);
        }
        // Click everything that could carry a handler; nothing may happen.
        await watched.page.locator("main p").first().click();
      }
      expect(watched.dialogs).toEqual([]);
      expect(await watched.page.evaluate(() => document.querySelectorAll("main script, main img, main iframe").length)).toBe(0);
      expect(watched.violations).toEqual([]);
      await watched.page.context().close();
    });
  });
}
