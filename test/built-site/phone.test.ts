/**
 * A document on a phone, in Chromium against nginx: the header is compact, the questions come before
 * the listings the document is in, and the metadata's askers lead to their pages.
 */
import { describe, expect, it } from "vitest";
import { useServedSite } from "../support/served-site.ts";

const PHONE = { width: 375, height: 812 };

describe("a document page on a phone (375 × 812)", () => {
  const site = useServedSite({ sources: "content/documents", pathPrefix: "/" });

  it("keeps the header to less than a quarter of the screen and starts the first question within one and a half screens", async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}ah-tk-20232024-1771/`);
      const header = await page.locator("header.kv-header").boundingBox();
      const question = await page.locator("main h2#vraag-1").boundingBox();
      expect(header!.height).toBeLessThan(PHONE.height / 4);
      expect(question!.y).toBeLessThan(1.5 * PHONE.height);
      // The listings the document is in follow its text.
      const order = await page.evaluate(() => {
        const related = document.querySelector("nav.kv-related");
        const last = [...document.querySelectorAll("section.kv-block")].at(-1);
        return related && last ? related.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_PRECEDING : 0;
      });
      expect(order).toBeTruthy();
      // Nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const asker = page.locator("dl.kv-meta a", { hasText: "Van Nispen (SP)" });
      await asker.click();
      await expect.poll(() => new URL(page.url()).pathname).toBe("/lid/van-nispen-sp/");
    } finally {
      await context.close();
    }
  });
});
