/**
 * Screenshots for the manual accessibility pass (docs/manual-accessibility-test.md): what a person
 * looks at to judge what the automated tests cannot, in Debian's Chromium, for a few pages of each
 * template: 400 % zoom at 1280 px (320 × 200 CSS px at 4 device pixels each), text at 200 %, the
 * text spacing of WCAG 1.4.12, forced colours, the dark scheme and the skip link in focus.
 *
 *   npm run build && npx tsx test/a11y/screenshots.ts [site folder, default _site] [output, default screenshots]
 *
 * Not a test: it only writes PNG files to look at.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import { applyTextSpacing, doubleTextSize } from "../support/a11y.ts";
import { launchBrowser } from "../support/browser.ts";
import { serveSite } from "../support/server.ts";

const [siteDir = "_site", outDir = "screenshots"] = process.argv.slice(2);

/** Pages by name: a site URL, and optionally what to scroll to before the picture. */
const PAGES: Array<{ name: string; path: string; scrollTo?: string }> = [
  { name: "home", path: "/" },
  { name: "document", path: "/ah-tk-20232024-387/" },
  { name: "document-footnotes", path: "/ah-tk-20232024-387/", scrollTo: ".kv-footnotes" },
  { name: "listing", path: "/documenten/" },
  { name: "index", path: "/lid/" },
  { name: "search", path: "/zoeken/?q=sinterklaasintochten" },
  { name: "statement", path: "/toegankelijkheid/" },
];

interface View {
  name: string;
  context: BrowserContextOptions;
  prepare?: (page: Page) => Promise<void>;
  /** Also a picture scrolled to the start of <main> (narrow and zoomed, the header fills the first screen). */
  alsoMain?: boolean;
}

const VIEWS: View[] = [
  // 400 % zoom of a 1280 × 800 window: the layout of a 320 × 200 CSS px viewport, drawn four times as large.
  { name: "zoom400", context: { viewport: { width: 320, height: 200 }, deviceScaleFactor: 4 }, alsoMain: true },
  { name: "text200", context: { viewport: { width: 1280, height: 800 } }, prepare: doubleTextSize },
  { name: "spacing-1280", context: { viewport: { width: 1280, height: 800 } }, prepare: applyTextSpacing },
  { name: "spacing-320", context: { viewport: { width: 320, height: 800 }, deviceScaleFactor: 2 }, prepare: applyTextSpacing, alsoMain: true },
  { name: "forced-colours", context: { viewport: { width: 1280, height: 800 }, forcedColors: "active" } },
  { name: "dark", context: { viewport: { width: 1280, height: 800 }, colorScheme: "dark" } },
];

await mkdir(outDir, { recursive: true });
const server = await serveSite(siteDir);
const browser = await launchBrowser();
try {
  for (const view of VIEWS) {
    const context = await browser.newContext({ reducedMotion: "reduce", ...view.context });
    const page = await context.newPage();
    for (const { name, path, scrollTo } of PAGES) {
      await page.goto(server.url + path.replace(/^\//, ""));
      if (path.startsWith("/zoeken/"))
        await page
          .locator("[data-kv-search-status]")
          .filter({ hasText: /\S/ })
          .waitFor({ timeout: 15_000 })
          .catch(() => undefined);
      await view.prepare?.(page);
      if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
      const file = join(outDir, `${view.name}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      if (view.alsoMain && !scrollTo) {
        await page.locator("main").evaluate((main) => main.scrollIntoView());
        await page.screenshot({ path: file.replace(/\.png$/, "-main.png") });
      }
    }
    await context.close();
  }
  // The skip link and a focus ring, as a keyboard user first sees them.
  const context = await browser.newContext({ viewport: { width: 1280, height: 400 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.keyboard.press("Tab");
  await page.screenshot({ path: join(outDir, "focus-skip-link.png") });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.screenshot({ path: join(outDir, "focus-navigation.png") });
  console.log(join(outDir, "focus-*.png"));
} finally {
  await browser.close();
  await server.stop();
}
