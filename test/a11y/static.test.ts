/**
 * WCAG 2.2 AA from the built files (docs/accessibility.md, "Automated"): the Nu Html Checker over the whole
 * test site, its stylesheet and its icon, html-validate with the `recommended` and `a11y` presets on every page,
 * and the project's own checks on every page: ids and fragments, aria references, internal links,
 * headings, language and link texts. The test site is the one test/a11y/browser.test.ts opens in a
 * browser (test/fixtures/a11y).
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlValidate } from "../support/html-validate.ts";
import { linkTextProblems, pageProblems } from "../support/html.ts";
import { A11Y_CONTACT } from "../fixtures/a11y/eleventy.config.ts";
import { buildTestSite, type BuiltSite } from "../support/site.ts";
import { formatVnu, vnu } from "../support/vnu.ts";

let site: BuiltSite;
let htmlFiles: string[];

beforeAll(async () => {
  site = await buildTestSite({ configPath: "test/fixtures/a11y/eleventy.config.ts" });
  htmlFiles = site.files.filter((file) => file.endsWith(".html"));
}, 180_000);

afterAll(async () => {
  await site?.remove();
});

/** The site URL of an output file: `partij/vvd/index.html` → `/partij/vvd/`. */
const urlOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;

describe("the Nu Html Checker", () => {
  it("finds no error in any page of the site, in its stylesheet or in its icon", async () => {
    // One run for all (the JVM takes seconds to start): --skip-non-html leaves out the feeds and the
    // JSON, --also-check-css and --also-check-svg take the stylesheet and the favicon back in.
    const errors = await vnu(["--skip-non-html", "--also-check-css", "--also-check-svg", site.dir]);
    expect(errors.map((m) => formatVnu(m, `${site.dir}/`))).toEqual([]);
    expect(htmlFiles.length).toBeGreaterThan(150);
  }, 120_000);
});

describe("html-validate", () => {
  it("finds nothing in any page, with the recommended and a11y presets (.htmlvalidate.mjs)", async () => {
    const problems = await htmlValidate(
      htmlFiles.map((file) => join(site.dir, file)),
      `${site.dir}/`,
    );
    expect(problems).toEqual([]);
  }, 120_000);
});

describe("every page", () => {
  it("is Dutch, starts with the skip link, has one h1 and skips no heading level, and has unique ids, fragment links and aria references that resolve, and internal links to built pages", () => {
    const problems = htmlFiles.flatMap((file) => pageProblems(site.page(urlOf(file)), site).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("names every link so that it makes sense out of context, and never two places with one name", () => {
    const problems = htmlFiles.flatMap((file) => linkTextProblems(site.page(urlOf(file))).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("links to the accessibility statement from its footer", () => {
    const missing = htmlFiles.filter((file) => !site.page(urlOf(file)).querySelector('footer a[href="/toegankelijkheid/"]'));
    expect(missing).toEqual([]);
  });
});

describe("the accessibility statement", () => {
  it("names the standard, the evidence and the known limits", () => {
    const text = site.page("/toegankelijkheid/").querySelector("main")?.textContent.replace(/\s+/g, " ") ?? "";
    for (const words of [
      "WCAG",
      "2.2",
      "niveau AA",
      "EN 301 549",
      "npm test",
      "axe-core",
      "Nu Html Checker",
      "html-validate",
      "Bekende beperkingen",
      "schermlezer",
    ]) {
      expect(text).toContain(words);
    }
    expect(site.page("/toegankelijkheid/").querySelector('[lang="en"]')?.textContent).toBe("Web Content Accessibility Guidelines");
  });

  it("says where to report a problem: the contact the site was built with", () => {
    const statement = site.page("/toegankelijkheid/");
    expect(statement.querySelector("h2#melden")?.textContent).toBe("Een probleem melden");
    const link = statement.querySelector("h2#melden + p a");
    expect(link?.getAttribute("href")).toBe(`mailto:${A11Y_CONTACT}`);
    expect(link?.textContent).toBe(A11Y_CONTACT);
  });
});
