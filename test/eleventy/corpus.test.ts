/**
 * The records as Eleventy data (src/eleventy/corpus.ts, _data/documents.ts): a template a publisher adds
 * to the site works with Eleventy's own pagination over `collections.documents`, the global
 * `documents` and the site's layouts and filters.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBrowseRecords } from "../fixtures/browse/records.ts";
import { PUBLISHER_PAGE } from "../fixtures/publisher/eleventy.config.ts";
import { text } from "../support/html.ts";
import { buildTestSite, type BuiltSite } from "../support/site.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildTestSite({ configPath: "test/fixtures/publisher/eleventy.config.ts" });
});
afterAll(() => site.remove());

describe("a publisher's own template", () => {
  it("lists the ten newest answers of one ministry through Eleventy's pagination over collections.documents", async () => {
    const records = await loadBrowseRecords();
    const expected = records.filter((r) => r.kind === "antwoord" && r.ministries.some((m) => m.id === "jenv")).slice(0, 10);
    expect(expected).toHaveLength(10);
    const page = site.page(PUBLISHER_PAGE);
    const links = page.querySelectorAll(".publisher-list a");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(expected.map((r) => `/${r.id}/`));
    // The site's filters: a subject as a title, a Dutch date.
    expect(text(links[0])).toBe(expected[0]!.subject!.replace(/^./u, (c) => c.toUpperCase()));
    expect(page.querySelector(".publisher-list time")?.getAttribute("datetime")).toBe(expected[0]!.answered);
    expect(text(page.querySelector(".publisher-list li"))).toMatch(/, \d{1,2} [a-z]+ \d{4}$/u);
    // The global `documents` holds every record of the build.
    expect(text(page.querySelector(".kv-summary"))).toBe(`10 van ${records.length} documenten`);
  });

  it("gets the site's layout, navigation and all, and a link to every document it lists that resolves", () => {
    const page = site.page(PUBLISHER_PAGE);
    expect(page.querySelector("html")?.getAttribute("lang")).toBe("nl");
    expect(page.querySelector("nav.kv-nav")).not.toBeNull();
    for (const a of page.querySelectorAll(".publisher-list a")) expect(site.fileFor(a.getAttribute("href") ?? "")).not.toBeNull();
  });
});
