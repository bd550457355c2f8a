/// <reference lib="dom" />
/**
 * WCAG 2.2 AA in a real browser (Debian's Chromium), on the site served by nginx with the headers it is
 * published with (docs/accessibility.md, "Automated"). The test site is the real sample content read by the
 * normalizer plus fixture and generated records (test/fixtures/a11y), so every template has several
 * real instances.
 *
 * - Every page: axe-core (WCAG 2.0–2.2 A and AA, target size included) in the light and the dark
 *   colour scheme; reflow at 320 × 800 CSS px without sideways scrolling or cut-off text.
 * - Every template (a few pages each): a keyboard walk; forced colours; JavaScript off; text at 200 %;
 *   the text spacing of WCAG 1.4.12.
 * - A document page as Chromium's accessibility tree gives it to a screen reader: landmarks, headings,
 *   footnote links by name.
 * - The search page after a search with results, after one without, after a typo (its suggested word
 *   a link in the live region) and after a document's number (its link as the result): axe, reflow,
 *   keyboard, and the Nu Html Checker over its DOM.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "node-html-parser";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTextSpacing, axeProblems, doubleTextSize, keyboardWalk, reflowProblems, textProblems } from "../support/a11y.ts";
import { launchBrowser } from "../support/browser.ts";
import { linkTextProblems, pageProblems } from "../support/html.ts";
import { serveSite, type StaticServer } from "../support/server.ts";
import { buildTestSite, type BuiltSite } from "../support/site.ts";
import { formatVnu, vnu } from "../support/vnu.ts";

const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 800 };
/** Pages checked at once, each in its own browser context: the machine has two cores. */
const PARALLEL = 2;

/** Each template of the site, by a few of its pages (site URLs); the search page joins when there is one. */
const TEMPLATES: Record<string, string[]> = {
  home: ["/"],
  "document with footnotes and grouped answers": ["/ah-tk-20232024-387/", "/ah-tk-20232024-1984/"],
  "document with a Mededeling": ["/ah-tk-20232024-2431/", "/ah-tk-20232024-2500/"],
  "listing, paginated": ["/documenten/pagina/2/", "/partij/vvd/", "/ministerie/bzk/pagina/2/"],
  "listing of a ministry the site does not know": ["/ministerie/digitale-weerbaarheid/"],
  "listing of a policy topic": ["/onderwerp/sociale-zekerheid-organisatie-en-beleid/"],
  "document read from the official XML": ["/ah-tk-20202021-3235/"],
  "document whose page tells what may be wrong": ["/ah-tk-20232024-878/"],
  index: ["/lid/", "/soort/", "/onderwerp/"],
  "page not found": ["/404.html"],
  "accessibility statement": ["/toegankelijkheid/"],
  "open data explained": ["/open-data/"],
  "feed page": ["/feed/", "/partij/vvd/feed/"],
  "how to report an error": ["/fout-melden/"],
};
const SEARCH_PAGE = "/zoeken/";
/** Whether the site has a search page (its template), known before the build. */
const HAS_SEARCH = existsSync("content/search.njk");

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
/** Every HTML page of the build, as site URLs (`/`, `/ah-…/`, `/404.html`). */
let pages: string[];
/** The templates, with the search page when the site has one. */
let templates: Array<[string, string[]]>;

const url = (path: string) => server.url + path.replace(/^\//, "");

/**
 * When a page is ready to check: the search page's script fetches the index and adds its controls
 * after the load event, so it is checked once the network is idle; every other page has no script.
 */
const readyWhen = (path: string): "load" | "networkidle" => (path.startsWith(SEARCH_PAGE) ? "networkidle" : "load");

beforeAll(async () => {
  site = await buildTestSite({ configPath: "test/fixtures/a11y/eleventy.config.ts" });
  pages = site.files.filter((file) => file.endsWith(".html")).map((file) => `/${file.replace(/index\.html$/, "")}`);
  templates = [...Object.entries(TEMPLATES), ...(HAS_SEARCH ? ([["search page", [SEARCH_PAGE]]] as Array<[string, string[]]>) : [])];
  server = await serveSite(site.dir);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await site?.remove();
});

/**
 * Runs `check` on every path, `PARALLEL` at a time, each worker in its own context and page, and
 * returns every finding as `path: finding`.
 */
async function overPages(paths: readonly string[], options: BrowserContextOptions, check: (page: Page, path: string) => Promise<string[]>): Promise<string[]> {
  const queue = [...paths];
  const found: string[] = [];
  const worker = async () => {
    // Reduced motion: the stylesheet scrolls smoothly otherwise, and a check right after a Tab would
    // see the page still on its way to the focused element.
    const context: BrowserContext = await browser.newContext({ reducedMotion: "reduce", ...options });
    const page = await context.newPage();
    try {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        for (const problem of await check(page, path)) found.push(`${path}: ${problem}`);
      }
    } finally {
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return found.sort();
}

const templatePages = () => templates.flatMap(([, paths]) => paths);

describe("the test site", () => {
  it("has every template, with several instances of the document and listing pages", () => {
    for (const path of templatePages()) expect(site.fileFor(path), path).not.toBeNull();
    expect(pages.filter((p) => /^\/ah-tk-/.test(p)).length).toBeGreaterThan(90);
    // A second page of a listing of every facet.
    for (const facet of ["documenten", "vergaderjaar", "partij", "lid", "ministerie", "soort"]) {
      expect(
        pages.some((p) => p.startsWith(`/${facet}/`) && /\/pagina\/2\/$/.test(p)),
        facet,
      ).toBe(true);
    }
  });
});

describe("every page", () => {
  // One sweep loads each page once and runs every per-page check on it; the tests below report them.
  const found = { axe: [] as string[], reflow: [] as string[] };

  beforeAll(async () => {
    await overPages(pages, { viewport: DESKTOP }, async (page, path) => {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: "light" });
      const response = await page.goto(url(path), { waitUntil: readyWhen(path) });
      if (!response?.ok() && path !== "/404.html") found.axe.push(`${path}: HTTP ${response?.status()}`);
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        found.axe.push(...(await axeProblems(page, { axeInPage: scheme === "dark" })).map((p) => `${path}: ${scheme}: ${p}`));
      }
      await page.setViewportSize(NARROW);
      found.reflow.push(...[...(await reflowProblems(page)), ...(await textProblems(page))].map((p) => `${path}: ${p}`));
      return [];
    });
  }, 600_000);

  it("passes axe (WCAG 2.2 A and AA, target size included) in the light and the dark colour scheme", () => {
    expect(found.axe).toEqual([]);
  });

  it("reflows at 320 × 800 CSS px: no sideways scrolling, no text cut off, outside the screen or overlapping", () => {
    expect(found.reflow).toEqual([]);
  });
});

describe("every template", () => {
  it("can be used with the keyboard alone: skip link first, focus always visible, document order, no trap", async () => {
    const found = await overPages(
      templatePages(),
      { viewport: DESKTOP },
      async (page, path) => (await keyboardWalk(page, url(path), { waitUntil: readyWhen(path) })).problems,
    );
    expect(found).toEqual([]);
  }, 300_000);

  it("keeps a visible focus and its content in forced colours (Windows high contrast)", async () => {
    const found = await overPages(templatePages(), { viewport: DESKTOP, forcedColors: "active" }, async (page, path) => {
      const walk = await keyboardWalk(page, url(path), { outlineOnly: true, waitUntil: readyWhen(path) });
      const problems = [...walk.problems];
      if (!(await page.evaluate(() => matchMedia("(forced-colors: active)").matches))) problems.push("forced colours are not active");
      problems.push(...(await textProblems(page)));
      // The current page of a listing is marked by more than its colour: it keeps a border.
      const current = await page.evaluate(() => {
        const link = document.querySelector(".kv-pagination a[aria-current='page']");
        return link ? getComputedStyle(link).borderStyle : null;
      });
      if (current === "none") problems.push("the current page in the pagination has no border");
      return problems;
    });
    expect(found).toEqual([]);
  }, 300_000);

  it("works without JavaScript: content, footnotes, skip link, and the way to search", async () => {
    const found = await overPages(templatePages(), { viewport: DESKTOP, javaScriptEnabled: false }, async (page, path) => {
      const problems: string[] = [];
      await page.goto(url(path));
      const main = await page.locator("main").innerText();
      if (main.trim().length < 100) problems.push(`<main> shows almost nothing: ${JSON.stringify(main.slice(0, 100))}`);
      if ((await page.locator("h1:visible").count()) !== 1) problems.push("no visible h1");
      const arrives = (hash: string) =>
        page
          .waitForURL((u) => u.hash === hash, { timeout: 5_000 })
          .then(
            () => true,
            () => false,
          );
      // The skip link is the first Tab and goes to the content.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      if (!(await arrives("#inhoud"))) problems.push("the skip link does not lead to #inhoud");
      // Footnotes: the first reference goes to its note, and the note's back link returns to it.
      const reference = page.locator(".kv-footnote-ref a").first();
      if ((await reference.count()) > 0) {
        const note = (await reference.getAttribute("href")) ?? "";
        const id = (await reference.getAttribute("id")) ?? "";
        await reference.focus();
        await page.keyboard.press("Enter");
        if (!(await arrives(note))) problems.push(`the footnote reference does not lead to ${note}`);
        const back = page.locator(`${note} a.kv-footnote-backref`).first();
        await back.focus();
        await page.keyboard.press("Enter");
        if (!(await arrives(`#${id}`))) problems.push(`the back link does not return to #${id}`);
      }
      // Search: the header's field still leads to the search page, which says that search needs
      // JavaScript and links to the lists instead.
      if (HAS_SEARCH && path === "/") {
        await page.locator("header input[name=q]").fill("vuurwerk");
        await page.keyboard.press("Enter");
        await page
          .waitForURL((u) => u.pathname === SEARCH_PAGE && u.searchParams.get("q") === "vuurwerk", { timeout: 5_000 })
          .catch(() => {
            problems.push(`the header's search field does not lead to ${SEARCH_PAGE}?q=…`);
          });
      }
      if (HAS_SEARCH && (path === SEARCH_PAGE || path === "/")) {
        const fallback = page.locator(`main a[href$="/documenten/"]:visible`);
        if ((await fallback.count()) === 0) problems.push("the search page gives no way to the lists without JavaScript");
      }
      return problems;
    });
    expect(found).toEqual([]);
  }, 300_000);

  it("keeps every text whole with text at 200 % (no sideways scrolling, nothing cut off or overlapping)", async () => {
    const found = await overPages(templatePages(), { viewport: DESKTOP }, async (page, path) => {
      await page.goto(url(path), { waitUntil: readyWhen(path) });
      await doubleTextSize(page);
      return [...(await reflowProblems(page)), ...(await textProblems(page))];
    });
    expect(found).toEqual([]);
  }, 300_000);

  it("keeps every text whole with the text spacing of WCAG 1.4.12, at 1280 and at 320 CSS px", async () => {
    const found = await overPages(templatePages(), { viewport: DESKTOP }, async (page, path) => {
      const problems: string[] = [];
      for (const viewport of [DESKTOP, NARROW]) {
        await page.setViewportSize(viewport);
        await page.goto(url(path), { waitUntil: readyWhen(path) });
        await applyTextSpacing(page);
        problems.push(...[...(await reflowProblems(page)), ...(await textProblems(page))].map((p) => `${viewport.width} px: ${p}`));
      }
      return problems;
    });
    expect(found).toEqual([]);
  }, 300_000);
});

describe("what a screen reader is given", () => {
  interface AxNode {
    ignored: boolean;
    role?: { value: string };
    name?: { value: string };
    description?: { value: string };
  }

  /** Chromium's own accessibility tree, the one it hands to screen readers, as role, name and description. */
  async function accessibilityTree(path: string): Promise<Array<{ role: string; name: string; description: string }>> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url(path));
      const cdp = await context.newCDPSession(page);
      const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AxNode[] };
      return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? "", name: n.name?.value ?? "", description: n.description?.value ?? "" }));
    } finally {
      await context.close();
    }
  }

  it("lists the landmarks, the headings Vraag, Antwoord and Voetnoten, and footnote links by name on a document page", async () => {
    const tree = await accessibilityTree("/ah-tk-20232024-387/");
    const named = (role: string) => tree.filter((n) => n.role === role).map((n) => n.name);
    expect(named("banner")).toHaveLength(1);
    expect(named("main")).toHaveLength(1);
    expect(named("contentinfo")).toHaveLength(1);
    expect(named("navigation")).toEqual(expect.arrayContaining(["Hoofdmenu", "Meer documenten"]));
    expect(named("heading")).toEqual(expect.arrayContaining(["Vraag 1", "Antwoord 1", "Vraag 4 en 5", "Antwoord 4 en 5", "Voetnoten"]));
    const links = tree.filter((n) => n.role === "link");
    expect(links.find((n) => n.name === "Voetnoot 1")?.description).toBe("Voetnoten");
    expect(links.map((n) => n.name)).toEqual(expect.arrayContaining(["Naar de inhoud", "Terug naar verwijzing 1", "Antwoord 4 en 5"]));
  });
});

describe("the search page after a search", () => {
  const QUERIES = {
    "with results": "sinterklaasintochten",
    "without results": "qwertyuiopzxcv",
    "with a suggested word": "vuurwrek",
    "for a document by its number": "2023–2024 nr. 1771",
  };

  /** Opens the search page with a query and waits until the script has said how many it found. */
  async function searched(page: Page, query: string): Promise<void> {
    await page.goto(url(`${SEARCH_PAGE}?q=${encodeURIComponent(query)}`), { waitUntil: "networkidle" });
    await page.locator("[data-kv-search-status]").filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
  }

  it.runIf(HAS_SEARCH).each(Object.entries(QUERIES))(
    "passes axe, reflow and the keyboard walk %s",
    async (_name, query) => {
      const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: "reduce" });
      const page = await context.newPage();
      try {
        await searched(page, query);
        const problems: string[] = [];
        for (const scheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          problems.push(...(await axeProblems(page)).map((p) => `axe ${scheme}: ${p}`));
        }
        await page.setViewportSize(NARROW);
        problems.push(...(await reflowProblems(page)), ...(await textProblems(page)));
        await page.setViewportSize(DESKTOP);
        const walk = await keyboardWalk(page, url(`${SEARCH_PAGE}?q=${encodeURIComponent(query)}`), { waitUntil: "networkidle" });
        problems.push(...walk.problems);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it.runIf(HAS_SEARCH)(
    "has a DOM without Nu Html Checker errors, broken ids or ambiguous link texts, with and without results",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "kamervragen-search-dom-"));
      const context = await browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      try {
        const problems: string[] = [];
        for (const [name, query] of Object.entries(QUERIES)) {
          await searched(page, query);
          const dom = await page.content();
          await writeFile(join(dir, `${name.replace(/\s+/g, "-")}.html`), dom);
          const parsed = parse(dom, { comment: false });
          problems.push(...[...pageProblems(parsed, site), ...linkTextProblems(parsed)].map((p) => `${name}: ${p}`));
        }
        const errors = await vnu(["--skip-non-html", dir]);
        expect([...errors.map((m) => formatVnu(m, `${dir}/`)), ...problems]).toEqual([]);
      } finally {
        await context.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
