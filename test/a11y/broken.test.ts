/**
 * The checks of test/a11y/ can fail: a deliberately broken page (test/fixtures/a11y/broken.html and
 * broken.css) is served by nginx with the site's headers, and each check must report the mistakes that
 * are its to find: a missing alt, low contrast, a duplicate id, an unlabelled button, a fragment link
 * to nowhere, a skipped heading level, a link to a page that does not exist, an aria reference to
 * nothing, vague and ambiguous link texts, a Tab order that skips the skip link, an invisible focus,
 * a page wider than 320 px and text cut off under the WCAG 1.4.12 spacing.
 */
import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTextSpacing, axeProblems, keyboardWalk, reflowProblems, textProblems } from "../support/a11y.ts";
import { launchBrowser } from "../support/browser.ts";
import { htmlValidate } from "../support/html-validate.ts";
import { linkTextProblems, pageProblems } from "../support/html.ts";
import { serveSite, type StaticServer } from "../support/server.ts";
import { openSite, type BuiltSite } from "../support/site.ts";
import { formatVnu, vnu } from "../support/vnu.ts";

const FIXTURES = "test/fixtures/a11y";

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "kamervragen-broken-"));
  for (const file of ["broken.html", "broken.css"]) await copyFile(join(FIXTURES, file), join(dir, file));
  site = await openSite(dir);
  server = await serveSite(dir);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" })).newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await site?.remove();
});

/** Every finding must be there; each is matched as a substring of some reported problem. */
function expectAll(problems: readonly string[], wanted: readonly string[]): void {
  expect(
    wanted.filter((w) => !problems.some((p) => p.includes(w))),
    problems.join("\n"),
  ).toEqual([]);
}

describe("the deliberately broken page", () => {
  it("fails axe: missing alt, low contrast, unlabelled button", async () => {
    await page.goto(`${server.url}broken.html`);
    const problems = await axeProblems(page);
    expectAll(problems, ["image-alt: img", "color-contrast: .faint", "button-name: button"]);
  });

  it("fails the Nu Html Checker: missing alt, duplicate id, and an error in the stylesheet", async () => {
    const errors = (await vnu(["--skip-non-html", "--also-check-css", site.dir])).map((m) => formatVnu(m, `${site.dir}/`));
    expectAll(errors, ["An “img” element must have an “alt” attribute", "Duplicate ID “dubbel”", "broken.css", "“colr”"]);
  }, 60_000);

  it("fails html-validate: missing alt, duplicate id, unlabelled button, skipped heading level, missing aria reference", async () => {
    const problems = await htmlValidate([join(site.dir, "broken.html")], `${site.dir}/`);
    expectAll(problems, ["wcag/h37", "no-dup-id", "text-content", "heading-level", "no-missing-references"]);
  });

  it("fails the id, fragment, heading and link checks", () => {
    const problems = pageProblems(site.page("/broken.html"), site);
    expectAll(problems, [
      "heading level skips from h1 to h3",
      "duplicate id dubbel",
      "link to missing #nergens",
      "link to unbuilt /bestaat-niet/",
      "aria reference to missing ontbreekt",
    ]);
  });

  it("fails the link text check: a vague text, and one name for two places", () => {
    expectAll(linkTextProblems(site.page("/broken.html")), [
      'link text says nothing out of context: "Klik hier"',
      'links named "het artikel" go to different places',
    ]);
  });

  it("fails the keyboard walk: the skip link is not first, and one focus is invisible", async () => {
    const walk = await keyboardWalk(page, `${server.url}broken.html`);
    expectAll(walk.problems, [
      "the first Tab does not reach the skip link",
      'focus on a "Een link zonder zichtbare focus"',
      "the Tab order is not the document order",
    ]);
  });

  it("fails reflow at 320 px, and loses text under the WCAG 1.4.12 spacing", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.url}broken.html`);
    expectAll(await reflowProblems(page), ["scrollWidth", "div.wide"]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}broken.html`);
    expect(await textProblems(page)).toEqual([]);
    await applyTextSpacing(page);
    expectAll(await textProblems(page), ["text cut off by p.clipped"]);
  });
});
