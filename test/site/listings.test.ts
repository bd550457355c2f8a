import { describe, expect, it } from "vitest";
import { buildBrowse } from "../../src/site/facets.ts";
import { indexPages, listingPages, navigation, paginationView, statRows, waysIn } from "../../src/site/listings.ts";
import { createNunjucks, createTemplateRenderer } from "../../src/render/nunjucks.ts";
import { sitemapFiles, sitemapUrls, type SitemapFile } from "../../src/site/sitemap.ts";
import { siteData } from "../../src/site/config.ts";
import { allDocumentsUrl, facetIndexUrl, groupFeedUrl, groupUrl, pagedUrl } from "../../src/site/urls.ts";
import { generatedRecord } from "../fixtures/browse/records.ts";

const records = Array.from({ length: 120 }, (_, i) => generatedRecord(i + 1)).reverse();
const browse = buildBrowse(records);
/** The same records without their topics: a site without the topics' pages. */
const untopical = records.map((record) => ({ ...record, topics: [] }));

describe("URL patterns", () => {
  it("puts every listing under a Dutch folder, later pages under pagina/", () => {
    expect(facetIndexUrl("year")).toBe("/vergaderjaar/");
    expect(groupUrl("year", "2023-2024")).toBe("/vergaderjaar/2023-2024/");
    expect(groupUrl("party", "vvd", 2)).toBe("/partij/vvd/pagina/2/");
    expect(groupUrl("member", "jansen-sp")).toBe("/lid/jansen-sp/");
    expect(groupUrl("ministry", "jenv")).toBe("/ministerie/jenv/");
    expect(groupUrl("kind", "mededeling")).toBe("/soort/mededeling/");
    expect(groupFeedUrl("ministry", "jenv")).toBe("/ministerie/jenv/feed.xml");
    expect(facetIndexUrl("topic")).toBe("/onderwerp/");
    expect(groupUrl("topic", "sociale-zekerheid-organisatie-en-beleid")).toBe("/onderwerp/sociale-zekerheid-organisatie-en-beleid/");
    expect(groupUrl("topic", "economie-ondernemen", 2)).toBe("/onderwerp/economie-ondernemen/pagina/2/");
    expect(groupFeedUrl("topic", "economie-ondernemen")).toBe("/onderwerp/economie-ondernemen/feed.xml");
    expect(allDocumentsUrl(3)).toBe("/documenten/pagina/3/");
    expect(pagedUrl("/x/", 1)).toBe("/x/");
  });
});

describe("paginationView", () => {
  it("has no bar for one page", () => {
    expect(paginationView("/x/", 1, 1)).toBeNull();
  });

  it("links the previous and next page and marks the current one", () => {
    expect(paginationView("/x/", 2, 3)).toEqual({
      previous: "/x/",
      next: "/x/pagina/3/",
      links: [
        { number: 1, url: "/x/", current: false },
        { number: 2, url: "/x/pagina/2/", current: true },
        { number: 3, url: "/x/pagina/3/", current: false },
      ],
    });
    expect(paginationView("/x/", 1, 2)?.previous).toBeNull();
    expect(paginationView("/x/", 2, 2)?.next).toBeNull();
  });
});

describe("listingPages", () => {
  const pages = listingPages(browse);

  it("paginates all documents at 50 a page", () => {
    const all = pages.filter((p) => p.url.startsWith("/documenten/"));
    expect(all.map((p) => [p.url, p.records.length])).toEqual([
      ["/documenten/", 50],
      ["/documenten/pagina/2/", 50],
      ["/documenten/pagina/3/", 20],
    ]);
    expect(all[1]?.summary).toBe("120 documenten, nieuwste eerst. Op deze pagina: 51 tot en met 100.");
    expect(all[1]?.pageTitle).toBe("Alle documenten (pagina 2 van 3) — Kamervragen");
  });

  it("gives each group its heading, figures and feed", () => {
    const party = pages.find((p) => p.url === "/partij/sp/");
    expect(party?.heading).toBe("SP");
    expect(party?.section).toEqual({ text: "Partijen", url: "/partij/" });
    expect(party?.feed).toEqual({ url: "/partij/sp/feed.xml", title: "Atom-feed: SP" });
    expect(party?.stats.map((s) => s.term)).toEqual(["Documenten", "Mediane antwoordtijd", "Binnen drie weken beantwoord"]);
    expect(pages.find((p) => p.url === "/ministerie/digitale-weerbaarheid/")?.intro).toMatch(/niet in de lijst van ministeries/);
    expect(pages.find((p) => p.url === "/vergaderjaar/2023-2024/")?.feed).toBeNull();
    expect(pages.find((p) => p.url === "/soort/mededeling/")?.heading).toBe("Mededelingen");
  });

  it("gives every page a unique URL", () => {
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
  });

  it("gives each topic a listing with its figures and feed, under the topics' index", () => {
    const topic = pages.find((p) => p.url === "/onderwerp/sociale-zekerheid-organisatie-en-beleid/");
    expect(topic?.heading).toBe("Sociale zekerheid: Organisatie en beleid");
    expect(topic?.section).toEqual({ text: "Onderwerpen", url: "/onderwerp/" });
    expect(topic?.intro).toBe("Documenten die de officiële publicatie onder dit beleidsonderwerp indeelt.");
    expect(topic?.pageTitle).toBe("Sociale zekerheid: Organisatie en beleid — Onderwerpen — Kamervragen");
    expect(topic?.description).toBe("Kamervragen over Sociale zekerheid: Organisatie en beleid. 27 documenten, nieuwste eerst.");
    expect(topic?.feed).toEqual({
      url: "/onderwerp/sociale-zekerheid-organisatie-en-beleid/feed.xml",
      title: "Atom-feed over Sociale zekerheid: Organisatie en beleid",
    });
    expect(topic?.stats.map((s) => s.term)).toEqual(["Documenten", "Mediane antwoordtijd", "Binnen drie weken beantwoord"]);
    // Only the documents that have the topic.
    const having = records.filter((r) => r.topics.includes("Sociale zekerheid | Organisatie en beleid"));
    expect(topic?.records).toEqual(having);
    // The other listings keep their description.
    expect(pages.find((p) => p.url === "/partij/sp/")?.description).toBe("SP: 40 documenten, nieuwste eerst.");
  });

  it("paginates a topic's listing like every other", () => {
    const many = records.map((record) => ({ ...record, topics: ["Economie | Ondernemen"] }));
    const topic = listingPages(buildBrowse(many)).filter((p) => p.url.startsWith("/onderwerp/"));
    expect(topic.map((p) => [p.url, p.records.length])).toEqual([
      ["/onderwerp/economie-ondernemen/", 50],
      ["/onderwerp/economie-ondernemen/pagina/2/", 50],
      ["/onderwerp/economie-ondernemen/pagina/3/", 20],
    ]);
    expect(topic[1]?.pageTitle).toBe("Economie: Ondernemen (pagina 2 van 3) — Onderwerpen — Kamervragen");
    expect(topic[1]?.pagination?.previous).toBe("/onderwerp/economie-ondernemen/");
  });

  it("has no topic listing when no document has a topic, and the same navigation on every page as the site's", () => {
    const without = listingPages(buildBrowse(untopical));
    expect(without.filter((p) => p.url.startsWith("/onderwerp/"))).toEqual([]);
    for (const page of without) expect(page.navigation).toEqual(navigation());
    for (const page of pages) expect(page.navigation).toEqual(navigation(browse));
  });
});

describe("statRows", () => {
  it("writes the figures in Dutch", () => {
    const stats = { documents: 12, measured: 10, medianDays: 45.5, withinDeadline: 3, shareWithinDeadline: 0.3 };
    expect(statRows({ stats })).toEqual([
      { term: "Documenten", value: "12" },
      { term: "Mediane antwoordtijd", value: "45,5 dagen" },
      { term: "Binnen drie weken beantwoord", value: "3 van 10 (30%)" },
    ]);
    expect(statRows({ stats: { documents: 1, measured: 0, medianDays: null, withinDeadline: 0, shareWithinDeadline: null } })).toEqual([
      { term: "Documenten", value: "1" },
    ]);
  });
});

describe("indexPages and waysIn", () => {
  it("lists every group of each facet with what it holds", () => {
    const members = indexPages(browse).find((p) => p.facet === "member");
    expect(members?.summary).toBe("3 Kamerleden.");
    expect(members?.entries.map((e) => e.text)).toEqual(["Jansen (SP)", "Jansen (VVD)", "De Vries (GroenLinks)"]);
    const ministries = indexPages(browse).find((p) => p.facet === "ministry");
    expect(ministries?.entries[0]?.detail).toMatch(/^\d+ documenten · mediaan [\d,]+ dag(en)? · \d+% binnen drie weken$/);
  });

  it("files the members' index under initial letters, as Dutch lists do, with links to each letter", () => {
    const pages = indexPages(browse);
    const members = pages.find((p) => p.facet === "member");
    expect(members?.sections?.map((s) => [s.heading, s.id, s.entries.map((e) => e.text)])).toEqual([
      ["J", "letter-j", ["Jansen (SP)", "Jansen (VVD)"]],
      ["V", "letter-v", ["De Vries (GroenLinks)"]],
    ]);
    expect(members?.sections?.flatMap((s) => s.entries)).toEqual(members?.entries);
    expect(members?.jumpLabel).toBe("Naar beginletter");
    for (const page of pages.filter((p) => p.facet !== "member" && p.facet !== "topic")) expect(page.sections).toBeNull();
  });

  it("files the topics' index under main topics, and says how many documents have no topic", () => {
    const topics = indexPages(browse).find((p) => p.facet === "topic");
    expect(topics?.url).toBe("/onderwerp/");
    expect(topics?.heading).toBe("Onderwerpen");
    expect(topics?.pageTitle).toBe("Onderwerpen — Kamervragen");
    const without = records.filter((r) => r.topics.length === 0).length;
    expect(without).toBe(80);
    expect(topics?.summary).toBe("4 onderwerpen. Van 80 van de 120 documenten is geen onderwerp bekend; die staan in geen van deze lijsten.");
    expect(topics?.sections?.map((s) => [s.heading, s.id, s.entries.map((e) => [e.text, e.url])])).toEqual([
      ["Economie", "hoofdonderwerp-economie", [["Economie: Ondernemen", "/onderwerp/economie-ondernemen/"]]],
      ["Internationaal", "hoofdonderwerp-internationaal", [["Internationaal: Europese zaken", "/onderwerp/internationaal-europese-zaken/"]]],
      [
        "Sociale zekerheid",
        "hoofdonderwerp-sociale-zekerheid",
        [["Sociale zekerheid: Organisatie en beleid", "/onderwerp/sociale-zekerheid-organisatie-en-beleid/"]],
      ],
      [
        "Zorg en gezondheid",
        "hoofdonderwerp-zorg-en-gezondheid",
        [["Zorg en gezondheid: Organisatie en beleid", "/onderwerp/zorg-en-gezondheid-organisatie-en-beleid/"]],
      ],
    ]);
    expect(topics?.sections?.flatMap((s) => s.entries)).toEqual(topics?.entries);
    expect(topics?.entries[0]?.detail).toMatch(/^13 documenten · mediaan [\d,]+ dag(en)? · \d+% binnen drie weken$/);
    // No links to the main topics' headings: one named `Economie` would share its name with the listing of `Economie` alone.
    expect(topics?.jumpLabel).toBeNull();
    // Every document has a topic: nothing to say.
    const all = indexPages(buildBrowse(records.map((r) => ({ ...r, topics: ["Economie"] })))).find((p) => p.facet === "topic");
    expect(all?.summary).toBe("1 onderwerp.");
    expect(indexPages(buildBrowse([{ ...records[0]!, topics: ["Economie"] }, untopical[1]!])).find((p) => p.facet === "topic")?.summary).toBe(
      "1 onderwerp. Van 1 van de 2 documenten is geen onderwerp bekend; dat staat in geen van deze lijsten.",
    );
  });

  it("leads from the home page to every index, the topics' one only when some document has a topic", () => {
    expect(waysIn(browse).map((w) => w.url)).toEqual(["/documenten/", "/vergaderjaar/", "/partij/", "/lid/", "/ministerie/", "/onderwerp/", "/soort/"]);
    expect(waysIn(browse).find((w) => w.url === "/onderwerp/")).toEqual({ text: "Per onderwerp", url: "/onderwerp/", detail: "4 onderwerpen" });
    expect(navigation(browse).map((n) => n.url)).toEqual([
      "/",
      "/documenten/",
      "/vergaderjaar/",
      "/partij/",
      "/lid/",
      "/ministerie/",
      "/onderwerp/",
      "/soort/",
    ]);
    expect(navigation(browse).find((n) => n.url === "/onderwerp/")?.text).toBe("Onderwerpen");
    const without = buildBrowse(untopical);
    expect(waysIn(without).map((w) => w.url)).toEqual(["/documenten/", "/vergaderjaar/", "/partij/", "/lid/", "/ministerie/", "/soort/"]);
    expect(indexPages(without).map((p) => p.url)).toEqual(["/vergaderjaar/", "/partij/", "/lid/", "/ministerie/", "/soort/"]);
    expect(navigation(without)).toEqual(navigation());
    expect(navigation().map((n) => n.url)).toEqual(["/", "/documenten/", "/vergaderjaar/", "/partij/", "/lid/", "/ministerie/", "/soort/"]);
  });
});

describe("sitemapUrls", () => {
  it("lists HTML pages once each, sorted, and nothing else", () => {
    expect(
      sitemapUrls([
        { url: "/b/", outputPath: "_site/b/index.html" },
        { url: "/a/", outputPath: "_site/a/index.html" },
        { url: "/a/", outputPath: "_site/a/index.html" },
        { url: "/feed.xml", outputPath: "_site/feed.xml" },
        { url: "/404.html", outputPath: "_site/404.html" },
        { url: false, outputPath: false },
      ]),
    ).toEqual(["/a/", "/b/"]);
  });
});

describe("sitemapFiles", () => {
  const site = siteData({ siteUrl: "https://example.nl", pathPrefix: "/kamervragen/" });
  // Each file as the build writes it: through its layout.
  const templates = createTemplateRenderer(createNunjucks({ includes: "_includes", site }), site);
  const rendered = (files: SitemapFile[]) => files.map((file) => ({ ...file, content: templates.text("layouts/sitemap.njk", { sitemap: file }) }));

  it("writes one sitemap with absolute URLs while the site is small enough", () => {
    const files = rendered(sitemapFiles(["/b/", "/a/", "/a/"]));
    expect(files.map((f) => f.url)).toEqual(["/sitemap.xml"]);
    expect(files[0]?.content).toContain("<url><loc>https://example.nl/kamervragen/a/</loc></url>\n  <url><loc>https://example.nl/kamervragen/b/</loc></url>");
  });

  it("splits a large site into parts under one sitemap index, so robots.txt names one address", () => {
    const files = rendered(sitemapFiles(["/c/", "/a/", "/b/"], 2));
    expect(files.map((f) => f.url)).toEqual(["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml"]);
    expect(files[0]?.content).toContain("<sitemapindex");
    expect(files[0]?.content).toContain("<sitemap><loc>https://example.nl/kamervragen/sitemap-2.xml</loc></sitemap>");
    expect(files[1]?.content).toContain("/kamervragen/a/");
    expect(files[1]?.content).toContain("/kamervragen/b/");
    expect(files[2]?.content).toContain("/kamervragen/c/");
    expect(files[2]?.content).not.toContain("/kamervragen/a/");
  });
});
