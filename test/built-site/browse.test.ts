/**
 * The browse pages, feeds, sitemap and open data of the built site, read from the output with real
 * parsers (node-html-parser, fast-xml-parser), for a build at the site root and one under a sub-path.
 * The records are test/fixtures/browse: the golden records of the fifteen real samples, a Mededeling
 * and 110 generated ones, so that listings paginate, a third of these with policy topics.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerDays } from "../../src/site/answer-time.ts";
import { basename } from "node:path";
import { type KamervraagRecord } from "../../src/model.ts";
import { openDataRecordSchema } from "../../src/site/open-data.ts";
import { slugify } from "../../src/site/slug.ts";
import { loadBrowseRecords } from "../fixtures/browse/records.ts";
import { pageProblems, text } from "../support/html.ts";
import { buildTestSite, type BuiltSite } from "../support/site.ts";

const SITE_URL = "https://kamervragen.example.nl";
const LISTING_FOLDERS = ["documenten", "vergaderjaar", "partij", "lid", "ministerie", "onderwerp", "soort"];
/** The listings with a feed of their own. */
const FEED_FOLDERS = ["partij", "lid", "ministerie", "onderwerp"];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const ATOM = "http://www.w3.org/2005/Atom";

let records: KamervraagRecord[];

beforeAll(async () => {
  records = await loadBrowseRecords();
});

interface AtomLink {
  "@_href": string;
  "@_rel"?: string;
  "@_type"?: string;
}

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published?: string;
  link: AtomLink[];
  author?: Array<{ name: string }>;
  summary?: string;
  /** Only the newest entries of a feed carry the whole document. */
  content?: { "#text": string; "@_type": string };
}

interface AtomFeed {
  "@_xmlns": string;
  "@_xml:lang": string;
  id: string;
  title: string;
  updated: string;
  link: AtomLink[];
  author?: Array<{ name: string }>;
  entry?: AtomEntry[];
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  htmlEntities: true,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ["entry", "link", "author", "contributor", "category", "url"].includes(name),
});

describe.each([
  ["at the site root", "/"],
  ["under a sub-path", "/kamervragen/"],
])("the built site %s", (_where, prefix) => {
  const home = `${SITE_URL}${prefix}`;
  let site: BuiltSite;
  /** The same site, but `fileFor` takes URLs as the pages write them (with the prefix). */
  let prefixed: BuiltSite;
  let htmlFiles: string[];

  /** The output file an href on a page points at, or null (a URL outside the prefix counts as unbuilt). */
  const fileForHref = (href: string): string | null => {
    const path = href.startsWith(home) ? `${prefix}${href.slice(home.length)}` : href;
    if (!path.startsWith(prefix)) return null;
    return site.fileFor(`/${path.slice(prefix.length)}`);
  };

  /** The site-relative URL of an output file: `partij/vvd/index.html` → `/partij/vvd/`. */
  const urlOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;

  /** Every document id a listing shows, over all its pages (following rel="next"). */
  const listed = (firstPage: string): string[] => {
    const ids: string[] = [];
    let url: string | null = firstPage;
    for (let guard = 0; url && guard < 100; guard++) {
      const page: HTMLElement = site.page(url);
      ids.push(...page.querySelectorAll("ol.kv-list > li h2 a").map((a) => (a.getAttribute("href") ?? "").replace(prefix, "").replace(/\/$/, "")));
      const next: string | undefined = page.querySelector('a[rel="next"]')?.getAttribute("href");
      url = next ? `/${next.slice(prefix.length)}` : null;
    }
    return ids;
  };

  const feedOf = (file: string): AtomFeed => (xml.parse(site.read(file)) as { feed: AtomFeed }).feed;

  beforeAll(async () => {
    site = await buildTestSite({ configPath: "test/fixtures/browse/eleventy.config.ts", pathPrefix: prefix === "/" ? undefined : prefix, siteUrl: SITE_URL });
    prefixed = { ...site, fileFor: fileForHref };
    htmlFiles = site.files.filter((file) => file.endsWith(".html"));
  });

  afterAll(async () => {
    await site?.remove();
  });

  describe("listing pages", () => {
    it("are all reachable from the home page by following links", () => {
      const reached = new Set<string>();
      const queue = ["index.html"];
      while (queue.length > 0) {
        const file = queue.shift() as string;
        if (reached.has(file)) continue;
        reached.add(file);
        for (const a of site.page(urlOf(file)).querySelectorAll("a[href]")) {
          const target = fileForHref(a.getAttribute("href") ?? "");
          if (target?.endsWith(".html") && !reached.has(target)) queue.push(target);
        }
      }
      const listings = htmlFiles.filter((file) => LISTING_FOLDERS.includes(file.split("/")[0] ?? ""));
      expect(listings.length).toBeGreaterThan(40);
      expect(listings.filter((file) => !reached.has(file))).toEqual([]);
      expect(htmlFiles.filter((file) => !reached.has(file) && file !== "404.html")).toEqual([]);
    });

    it("link from the home page to every listing index", () => {
      const hrefs = site
        .page("/")
        .querySelectorAll("main a[href]")
        .map((a) => a.getAttribute("href"));
      for (const folder of LISTING_FOLDERS) expect(hrefs).toContain(`${prefix}${folder}/`);
    });

    it("list every document in its vergaderjaar, parties, members, ministries and kind, and link back from the document", () => {
      const memberships = new Map<string, string[]>();
      const problems: string[] = [];
      for (const record of records) {
        const page = site.page(`/${record.id}/`);
        const related = page.querySelectorAll(".kv-related a").map((a) => a.getAttribute("href") ?? "");
        const groups = related.map((href) => href.slice(prefix.length - 1));
        expect(groups).toContain(`/vergaderjaar/${record.sessionYear}/`);
        expect(groups).toContain(`/soort/${record.kind}/`);
        expect(groups.filter((g) => g.startsWith("/lid/"))).toHaveLength(new Set(record.askers.map((a) => `${a.name.replace(/\s+/g, " ")}|${a.party}`)).size);
        expect(groups.filter((g) => g.startsWith("/partij/")).length).toBeGreaterThan(0);
        if (record.addressees.length > 0) expect(groups.filter((g) => g.startsWith("/ministerie/")).length).toBeGreaterThan(0);
        expect(groups.filter((g) => g.startsWith("/onderwerp/"))).toEqual(record.topics.map((topic) => `/onderwerp/${slugify(topic)}/`));
        for (const group of groups) memberships.set(group, [...(memberships.get(group) ?? []), record.id]);
      }
      for (const [group, ids] of memberships) {
        const shown = listed(group);
        const missing = ids.filter((id) => !shown.includes(id));
        if (missing.length) problems.push(`${group} lacks ${missing.join(", ")}`);
        if (shown.length !== ids.length) problems.push(`${group} shows ${shown.length} documents, ${ids.length} link to it`);
      }
      expect(problems).toEqual([]);
      expect(new Set(listed("/documenten/"))).toEqual(new Set(records.map((r) => r.id)));
    });

    it("file each real sample under the ministries it names, with one canonical name", () => {
      const ministries = (id: string) =>
        site
          .page(`/${id}/`)
          .querySelectorAll(".kv-related a")
          .map((a) => a.getAttribute("href") ?? "")
          .filter((href) => href.includes("/ministerie/"))
          .map((href) => href.split("/").at(-2));
      expect(ministries("ah-tk-20202021-2290")).toEqual(["bz", "jenv", "ezk"]);
      expect(ministries("ah-tk-20232024-2168")).toEqual(["ezk", "kgg"]);
      expect(ministries("ah-tk-20232024-2210")).toEqual(["kgg"]);
      expect(ministries("ah-tk-20232024-1984")).toEqual(["financien", "szw"]);
      expect(ministries("ah-tk-20232024-2271")).toEqual(["vws"]);
      expect(ministries("ah-tk-20232024-302")).toEqual(["vws"]);
      expect(ministries("ah-tk-20232024-1771")).toEqual(["jenv", "ienw"]);
      const index = site
        .page("/ministerie/")
        .querySelectorAll("main li a")
        .map((a) => text(a));
      expect(index).toContain("Ministerie van Volksgezondheid, Welzijn en Sport");
      expect(index.filter((name) => name.includes("Volksgezondheid"))).toHaveLength(1);
      expect(index).toContain("Digitale Weerbaarheid");
    });

    it("keep two members with the same surname in different parties apart", () => {
      const members = site
        .page("/lid/")
        .querySelectorAll("main li a")
        .map((a) => [text(a), a.getAttribute("href")]);
      expect(members).toContainEqual(["Jansen (VVD)", `${prefix}lid/jansen-vvd/`]);
      expect(members).toContainEqual(["Jansen (SP)", `${prefix}lid/jansen-sp/`]);
      expect(members).toContainEqual(["Jansen (GroenLinks-PvdA)", `${prefix}lid/jansen-groenlinks-pvda/`]);
      expect(listed("/lid/jansen-sp/").every((id) => records.find((r) => r.id === id)?.askers.some((a) => a.party === "SP"))).toBe(true);
    });

    it("show the newest first, 50 to a page, with a pagination navigation in Dutch", () => {
      const first = site.page("/documenten/");
      expect(first.querySelectorAll("ol.kv-list > li")).toHaveLength(50);
      const nav = first.querySelector("nav.kv-pagination");
      expect(nav?.getAttribute("aria-label")).toBe("Paginering");
      expect(nav?.querySelectorAll('[aria-current="page"]').map((a) => text(a))).toEqual(["Pagina 1"]);
      expect(text(nav?.querySelector('a[rel="next"]'))).toBe("Volgende pagina");
      const last = site.page("/documenten/pagina/3/");
      expect(last.querySelectorAll("ol.kv-list > li")).toHaveLength(records.length - 100);
      expect(text(last.querySelector('nav.kv-pagination [aria-current="page"]'))).toBe("Pagina 3");
      expect(text(last.querySelector("title"))).toBe("Alle documenten (pagina 3 van 3) — Kamervragen");
      const ids = listed("/documenten/");
      expect(ids).toEqual(records.map((r) => r.id));
    });

    it("count their documents and show the median answer time and the share within three weeks", () => {
      for (const url of ["/partij/vvd/", "/ministerie/vws/", "/vergaderjaar/2023-2024/"]) {
        const rows = site
          .page(url)
          .querySelectorAll("dl.kv-stats > div")
          .map((row) => text(row.querySelector("dt")));
        expect(rows).toEqual(["Documenten", "Mediane antwoordtijd", "Binnen drie weken beantwoord"]);
      }
      const vws = Object.fromEntries(
        site
          .page("/ministerie/vws/")
          .querySelectorAll("dl.kv-stats > div")
          .map((row) => [text(row.querySelector("dt")), text(row.querySelector("dd"))]),
      );
      // 2271 (52 days), 1980 (37 days) and 302 (21 days): median 37, one of three within three weeks.
      expect(vws).toEqual({ Documenten: "3", "Mediane antwoordtijd": "37 dagen", "Binnen drie weken beantwoord": "1 van 3 (33%)" });
      expect(text(site.page("/partij/").querySelector("main p.kv-summary"))).toMatch(/^\d+ partijen\.$/);
    });

    it("have a page for each kind, Mededelingen included", () => {
      expect(listed("/soort/mededeling/")).toEqual(records.filter((r) => r.kind === "mededeling").map((r) => r.id));
      expect(text(site.page("/soort/antwoord/").querySelector("h1"))).toBe("Antwoorden");
    });
  });

  describe("policy topics", () => {
    /** The fixture's topics with their documents, newest first. */
    const byTopic = () => {
      const topics = new Map<string, KamervraagRecord[]>();
      for (const record of records) for (const topic of record.topics) topics.set(topic, [...(topics.get(topic) ?? []), record]);
      return topics;
    };
    const urlOfTopic = (topic: string) => `/onderwerp/${slugify(topic)}/`;

    it("are on a third of the documents, and every topic has its listing of exactly its documents, with its figures", () => {
      const withTopics = records.filter((r) => r.topics.length > 0);
      expect(withTopics.length).toBeGreaterThan(records.length / 4);
      expect(withTopics.length).toBeLessThan(records.length / 2);
      expect(byTopic().size).toBe(4);
      for (const [topic, having] of byTopic()) {
        expect(listed(urlOfTopic(topic)), topic).toEqual(having.map((r) => r.id));
        const page = site.page(urlOfTopic(topic));
        const name = topic.replace(" | ", ": ");
        expect(text(page.querySelector("h1"))).toBe(name);
        expect(text(page.querySelector("title"))).toBe(`${name} — Onderwerpen — Kamervragen`);
        expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
          `Kamervragen over ${name}. ${having.length} documenten, nieuwste eerst.`,
        );
        expect(page.querySelector(".kv-kicker a")?.getAttribute("href")).toBe(`${prefix}onderwerp/`);
        expect(page.querySelectorAll("dl.kv-stats > div").map((row) => text(row.querySelector("dt")))).toEqual([
          "Documenten",
          "Mediane antwoordtijd",
          "Binnen drie weken beantwoord",
        ]);
        expect(text(page.querySelector("dl.kv-stats dd"))).toBe(String(having.length));
      }
    });

    it("have an index filed under main topics, which says how many documents have none", () => {
      const index = site.page("/onderwerp/");
      expect(text(index.querySelector("h1"))).toBe("Onderwerpen");
      expect(index.querySelectorAll("main h2").map((h) => text(h))).toEqual(["Economie", "Internationaal", "Sociale zekerheid", "Zorg en gezondheid"]);
      expect(index.querySelectorAll("main h2").map((h) => h.id)).toEqual([
        "hoofdonderwerp-economie",
        "hoofdonderwerp-internationaal",
        "hoofdonderwerp-sociale-zekerheid",
        "hoofdonderwerp-zorg-en-gezondheid",
      ]);
      expect(index.querySelectorAll("main li a").map((a) => [text(a), a.getAttribute("href")])).toEqual(
        [...byTopic().keys()].sort().map((topic) => [topic.replace(" | ", ": "), `${prefix}${urlOfTopic(topic).slice(1)}`]),
      );
      // Under each heading, the topics of that main topic.
      const second = index.querySelectorAll("main h2")[1]?.nextElementSibling;
      expect(second?.querySelectorAll("a").map((a) => text(a))).toEqual(["Internationaal: Europese zaken"]);
      const without = records.filter((r) => r.topics.length === 0).length;
      expect(text(index.querySelector("main p.kv-summary"))).toBe(
        `4 onderwerpen. Van ${without} van de ${records.length} documenten is geen onderwerp bekend; die staan in geen van deze lijsten.`,
      );
      expect(index.querySelector("nav.kv-letters")).toBeNull();
    });

    it("each have an Atom feed of their newest documents", () => {
      for (const [topic, having] of byTopic()) {
        const file = `${urlOfTopic(topic).slice(1)}feed.xml`;
        const feed = feedOf(file);
        expect(feed.title).toBe(`Kamervragen over ${topic.replace(" | ", ": ")}`);
        expect(feed.id).toBe(`tag:kamervragen.example,2024:feed/topic/${slugify(topic)}`);
        expect(feed.link.find((l) => l["@_rel"] === "alternate")?.["@_href"]).toBe(`${home}${urlOfTopic(topic).slice(1)}`);
        expect((feed.entry ?? []).map((e) => e.id.split(":").at(-1))).toEqual(having.slice(0, 50).map((r) => r.id));
        // The listing links people to the feed's page, and the page to the feed.
        const link = site.page(urlOfTopic(topic)).querySelector("main .kv-feed-link a");
        expect(link?.getAttribute("href")).toBe(`${prefix}${urlOfTopic(topic).slice(1)}feed/`);
        const feedPage = site.page(`${urlOfTopic(topic)}feed/`);
        expect(feedPage.querySelector('main a[type="application/atom+xml"]')?.getAttribute("href")).toBe(`${prefix}${file}`);
      }
    });

    it("link from each document page that has them, under Onderwerp or Onderwerpen, in the document's order", () => {
      for (const record of records) {
        const rows = site
          .page(`/${record.id}/`)
          .querySelectorAll(".kv-related__row")
          .filter((row) => ["Onderwerp", "Onderwerpen"].includes(text(row.querySelector("dt"))));
        if (record.topics.length === 0) {
          expect(rows, record.id).toEqual([]);
          continue;
        }
        expect(rows).toHaveLength(1);
        expect(text(rows[0]?.querySelector("dt"))).toBe(record.topics.length === 1 ? "Onderwerp" : "Onderwerpen");
        expect(rows[0]?.querySelectorAll("a").map((a) => [text(a), a.getAttribute("href")])).toEqual(
          record.topics.map((topic) => [topic.replace(" | ", ": "), `${prefix}${urlOfTopic(topic).slice(1)}`]),
        );
      }
    });

    it("are in the main navigation of every page, on the home page's ways in, and a filter of the search page", () => {
      const menuOf = (url: string) =>
        site
          .page(url)
          .querySelectorAll("nav.kv-nav a")
          .map((a) => [text(a), a.getAttribute("href")]);
      const menu = menuOf("/");
      expect(menu).toContainEqual(["Onderwerpen", `${prefix}onderwerp/`]);
      expect(menu.map(([name]) => name)).toEqual([
        "Start",
        "Alle documenten",
        "Vergaderjaren",
        "Partijen",
        "Kamerleden",
        "Ministeries",
        "Onderwerpen",
        "Soorten",
      ]);
      // The same on every page, those Eleventy writes and those of the corpus.
      const different = htmlFiles.filter((file) => JSON.stringify(menuOf(urlOf(file))) !== JSON.stringify(menu));
      expect(different).toEqual([]);
      const homePage = site.page("/");
      expect(homePage.querySelectorAll(".kv-ways dt a").map((a) => text(a))).toContain("Per onderwerp");
      expect(text(homePage.querySelector(`main a[href="${prefix}zoeken/"]`))).toBe(
        "Zoeken in alle documenten, met filters op partij, Kamerlid, ministerie, onderwerp, vergaderjaar en soort",
      );
      const search = site.page("/zoeken/").querySelector("[data-kv-search]");
      const config = JSON.parse(search?.getAttribute("data-config") ?? "null") as {
        filters: Array<{ key: string; param: string; control: string; any: string | null }>;
      };
      expect(config.filters.map((f) => f.key)).toEqual(["party", "member", "ministry", "topic", "year", "kind"]);
      expect(config.filters.find((f) => f.key === "topic")).toMatchObject({ param: "onderwerp", control: "select", any: "Alle onderwerpen" });
      const facets = JSON.parse(search?.getAttribute("data-facets") ?? "null") as Record<string, Record<string, number>>;
      expect(facets["topic"]).toEqual(Object.fromEntries([...byTopic()].map(([topic, having]) => [topic.replace(" | ", ": "), having.length])));
    });
  });

  describe("every page", () => {
    it("passes the structural checks, and every internal href and src resolves to a built file", () => {
      const problems = htmlFiles.flatMap((file) => {
        const page = site.page(urlOf(file));
        const own = pageProblems(page, prefixed).map((p) => `${file}: ${p}`);
        for (const element of page.querySelectorAll("[href], [src]")) {
          const url = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
          if (url.startsWith("/") && fileForHref(url) === null) own.push(`${file}: ${element.tagName} to unbuilt ${url}`);
          if (url.startsWith("/") && !url.startsWith(prefix)) own.push(`${file}: ${url} lacks the prefix ${prefix}`);
        }
        return own;
      });
      expect(htmlFiles.length).toBeGreaterThan(150);
      expect(problems).toEqual([]);
    });

    it("announces the site-wide feed, and each party, member, ministry and topic listing its own", () => {
      for (const file of htmlFiles) {
        const alternates = site
          .page(urlOf(file))
          .querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')
          .map((l) => l.getAttribute("href"));
        expect(alternates[0], file).toBe(`${prefix}feed.xml`);
        const folder = file.split("/")[0] ?? "";
        const own = FEED_FOLDERS.includes(folder) && /^[^/]+\/[^/]+\/index\.html$/.test(file);
        if (own) expect(alternates[1], file).toBe(`${prefix}${file.replace(/index\.html$/, "feed.xml")}`);
        for (const href of alternates) expect(fileForHref(href ?? ""), `${file}: ${href}`).not.toBeNull();
      }
    });

    it("says on each document page how many days the answer took", () => {
      for (const record of records.slice(0, 30)) {
        const days = answerDays(record);
        const sentence = text(site.page(`/${record.id}/`).querySelector(".kv-answer-time"));
        if (days === null) expect(sentence).toBe("");
        else expect(sentence).toMatch(new RegExp(`^(Beantwoord|Mededeling) na ${days} dag(en)?: (binnen|later dan) de drie weken`));
      }
      expect(text(site.page("/ah-tk-20232024-1771/").querySelector(".kv-answer-time"))).toBe(
        "Beantwoord na 49 dagen: later dan de drie weken die het Reglement van Orde van de Tweede Kamer voor een antwoord geeft.",
      );
    });
  });

  describe("the Atom feeds", () => {
    let feedFiles: string[];

    beforeAll(() => {
      feedFiles = site.files.filter((file) => file === "feed.xml" || file.endsWith("/feed.xml"));
    });

    it("exist site-wide and for every party, member, ministry and topic", () => {
      const listings = htmlFiles.filter((file) => new RegExp(`^(${FEED_FOLDERS.join("|")})/[^/]+/index\\.html$`).test(file));
      expect(listings.filter((file) => file.startsWith("onderwerp/"))).toHaveLength(4);
      expect(feedFiles).toContain("feed.xml");
      expect(new Set(feedFiles.filter((f) => f !== "feed.xml"))).toEqual(new Set(listings.map((f) => f.replace(/index\.html$/, "feed.xml"))));
    });

    it("are well-formed XML with the elements RFC 4287 requires, in Dutch", () => {
      for (const file of feedFiles) {
        expect(XMLValidator.validate(site.read(file)), file).toBe(true);
        const feed = feedOf(file);
        expect(feed["@_xmlns"]).toBe(ATOM);
        expect(feed["@_xml:lang"]).toBe("nl");
        expect(feed.id).toMatch(/^tag:kamervragen\.example,2024:feed/);
        expect(feed.title.length).toBeGreaterThan(0);
        expect(feed.updated).toMatch(RFC3339);
        expect(feed.author?.[0]?.name).toBe("Kamervragen");
        expect(feed.link.find((l) => l["@_rel"] === "self")?.["@_href"]).toBe(`${home}${file}`);
        expect(feed.link.find((l) => l["@_rel"] === "alternate")?.["@_href"]).toBe(`${home}${file.replace(/feed\.xml$/, "")}`);
        const entries = feed.entry ?? [];
        expect(entries.length).toBeGreaterThan(0);
        expect(entries.length).toBeLessThanOrEqual(50);
        for (const entry of entries) {
          expect(entry.id).toMatch(/^tag:kamervragen\.example,2024:ah-tk-\d{8}-\d+$/);
          expect(entry.title.length).toBeGreaterThan(0);
          expect(entry.updated).toMatch(RFC3339);
          expect(entry.link.filter((l) => l["@_rel"] === "alternate")).toHaveLength(1);
          expect(entry.summary?.length, `${file}: ${entry.id}`).toBeGreaterThan(0);
        }
        // The whole document in the newest ten entries only, a summary and the link in the others.
        expect(entries.map((e) => e.content?.["@_type"] ?? null)).toEqual(entries.map((_e, i) => (i < 10 ? "html" : null)));
        // The feed is as new as its newest entry.
        expect(feed.updated).toBe(
          entries
            .map((e) => e.updated)
            .sort()
            .at(-1),
        );
      }
    });

    it("give each entry an id that is unique in its feed and the same in every feed, whatever the URL", () => {
      const idsOf = new Map<string, string>();
      for (const file of feedFiles) {
        const entries = feedOf(file).entry ?? [];
        const ids = entries.map((e) => e.id);
        expect(new Set(ids).size, file).toBe(ids.length);
        for (const entry of entries) {
          const url = entry.link.find((l) => l["@_rel"] === "alternate")?.["@_href"] ?? "";
          const docId = /\/(ah-[a-z]{2}-\d{8}-\d+)\/$/.exec(url)?.[1];
          expect(entry.id).toBe(`tag:kamervragen.example,2024:${docId}`);
          const known = idsOf.get(entry.id);
          if (known) expect(url).toBe(known);
          idsOf.set(entry.id, url);
        }
      }
    });

    it("list the newest documents first, dated by their answer, the site-wide one all of them up to 50", () => {
      const feed = feedOf("feed.xml");
      const ids = (feed.entry ?? []).map((e) => e.id.split(":").at(-1));
      expect(ids).toEqual(records.slice(0, 50).map((r) => r.id));
      const first = records[0] as KamervraagRecord;
      expect(feed.entry?.[0]?.updated).toBe(`${first.answered}T12:00:00Z`);
    });

    it("use only absolute URLs, in links and in the entries' HTML, footnote fragments included", () => {
      for (const file of feedFiles) {
        const feed = feedOf(file);
        const links = [...feed.link, ...(feed.entry ?? []).flatMap((e) => e.link)].map((l) => l["@_href"]);
        for (const href of links) {
          expect(href.startsWith(home), `${file}: ${href}`).toBe(true);
          expect(fileForHref(href), `${file}: ${href}`).not.toBeNull();
        }
        for (const entry of feed.entry ?? []) {
          const content = parse(entry.content?.["#text"] ?? "");
          for (const element of content.querySelectorAll("[href], [src]")) {
            const url = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
            expect(url, `${file}: ${entry.id}`).toMatch(/^(https?:|mailto:)/);
            if (url.startsWith(home)) {
              const [path, fragment] = url.split("#");
              const target = fileForHref(path ?? "");
              expect(target, `${file}: ${url}`).not.toBeNull();
              if (fragment) {
                const page = parse(site.read(target as string));
                expect(
                  page.querySelectorAll("[id]").some((e) => e.id === decodeURIComponent(fragment)),
                  `${file}: ${url}`,
                ).toBe(true);
              }
            }
          }
        }
      }
    });

    it("carry the full document: questions, answers, notice and footnotes", () => {
      // In a feed where the document is among the newest, whose entries carry the whole document.
      const wholeEntry = (id: string) => feedFiles.flatMap((file) => feedOf(file).entry ?? []).find((e) => e.id.endsWith(`:${id}`) && e.content);
      const entry = wholeEntry("ah-tk-20232024-1771");
      expect(entry).toBeDefined();
      const content = parse(entry?.content?.["#text"] ?? "");
      const headings = content.querySelectorAll("h2").map((h) => text(h));
      expect(headings).toEqual(
        [...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`Vraag ${n}`, `Antwoord ${n}`]), "Voetnoten"].filter((h) => headings.includes(h)),
      );
      expect(headings).toContain("Vraag 1");
      expect(headings).toContain("Antwoord 1");
      expect(headings.at(-1)).toBe("Voetnoten");
      expect(content.querySelectorAll("ol > li[id]").length).toBeGreaterThan(0);
      expect(content.querySelector("sup a")?.getAttribute("href")).toBe(`${home}ah-tk-20232024-1771/#ah-tk-20232024-1771-voetnoot-1`);
      const notice = wholeEntry("ah-tk-20242025-5110");
      expect(notice).toBeDefined();
      expect(
        parse(notice?.content?.["#text"] ?? "")
          .querySelectorAll("h2")
          .map((h) => text(h)),
      ).toContain("Mededeling");
    });

    it("rely on no XSLT: no stylesheet, and a page for people beside each feed that gives its address in full", () => {
      expect(site.files.filter((file) => file.endsWith(".xsl"))).toEqual([]);
      for (const file of feedFiles) {
        expect(site.read(file), file).not.toContain("<?xml-stylesheet");
        const pageUrl = `/${file.replace(/feed\.xml$/, "feed/")}`;
        const page = site.page(pageUrl);
        expect(text(page.querySelector("h1")), file).toBe(`Feed «${feedOf(file).title}»`);
        expect(page.querySelectorAll("main code").map((code) => text(code))[0], file).toBe(`${home}${file}`);
        expect(page.querySelector('main a[type="application/atom+xml"]')?.getAttribute("href"), file).toBe(`${prefix}${file}`);
        // Autodiscovery: the site-wide feed first on every page, the page's own feed after it.
        const alternates = page.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute("href"));
        expect(alternates, file).toEqual(file === "feed.xml" ? [`${prefix}feed.xml`] : [`${prefix}feed.xml`, `${prefix}${file}`]);
        // Its newest documents, as links to their pages.
        const listed = page.querySelectorAll("ol.kv-list h2 a").map((a) => a.getAttribute("href"));
        const entries = (feedOf(file).entry ?? []).slice(0, 10).map((e) => e.link.find((l) => l["@_rel"] === "alternate")?.["@_href"]);
        expect(
          listed.map((href) => `${SITE_URL}${href}`),
          file,
        ).toEqual(entries);
      }
      const sitePage = site.page("/feed/");
      expect(sitePage.querySelectorAll("main code").map((code) => text(code))).toEqual([`${home}feed.xml`, `${home}rss.xml`]);
      expect(site.page("/").querySelector("main .kv-feed-link a")?.getAttribute("href")).toBe(`${prefix}feed/`);
    });

    it("are the same for the same input, without the time of the build", () => {
      const feed = site.read("feed.xml");
      expect(feed).not.toContain(new Date().toISOString().slice(0, 10));
    });
  });

  describe("sitemap, robots.txt and 404", () => {
    it("list every page in the sitemap with absolute URLs", () => {
      const sitemap = site.read("sitemap.xml");
      expect(XMLValidator.validate(sitemap)).toBe(true);
      const urls = (xml.parse(sitemap) as { urlset: { url: Array<{ loc: string }> } }).urlset.url.map((u) => u.loc);
      expect(urls.every((url) => url.startsWith(home))).toBe(true);
      const expected = htmlFiles.filter((file) => file !== "404.html").map((file) => `${home}${file.replace(/index\.html$/, "")}`);
      expect(new Set(urls)).toEqual(new Set(expected));
      expect(urls).toHaveLength(expected.length);
    });

    it("point robots.txt at the sitemap", () => {
      expect(site.read("robots.txt")).toContain(`Sitemap: ${home}sitemap.xml`);
    });

    it("explain a missing page in Dutch and lead home and to the listings", () => {
      const page = site.page("/404.html");
      expect(text(page.querySelector("h1"))).toBe("Pagina niet gevonden");
      const hrefs = page.querySelectorAll("main a").map((a) => a.getAttribute("href"));
      expect(hrefs).toContain(prefix);
      for (const folder of LISTING_FOLDERS) expect(hrefs).toContain(`${prefix}${folder}/`);
      expect(page.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe(`${prefix}assets/style.css`);
    });
  });

  describe("open data", () => {
    it("puts each record as JSON beside its page, linked from the page, valid against the record schema, with what a stranger needs", () => {
      for (const record of records) {
        const json = openDataRecordSchema.parse(JSON.parse(site.read(`${record.id}/record.json`)));
        const { answerDays: days, links, groups, source, ...fields } = json;
        const { source: _source, ...recorded } = record;
        expect(fields).toEqual(recorded);
        expect(source).toEqual({ path: basename(record.source.path), format: record.source.format });
        expect(days).toBe(answerDays(record));
        expect(links.official).toBe(`https://zoek.officielebekendmakingen.nl/${record.id}.html`);
        expect(new URL(links.page).pathname).toBe(`${prefix}${record.id}/`);
        expect(new URL(links.record).pathname).toBe(`${prefix}${record.id}/record.json`);
        for (const group of [...groups.members, ...groups.parties, ...groups.ministries, ...groups.topics]) {
          expect(site.fileFor(new URL(group.url).pathname.slice(prefix.length - 1)), group.url).not.toBeNull();
          expect(group.url).toContain(`/${group.slug}/`);
        }
        expect(groups.parties.map((g) => g.name)).toEqual([...new Set(record.askers.map((a) => a.canonicalParty))]);
        const link = site.page(`/${record.id}/`).querySelector('link[rel="alternate"][type="application/json"]');
        expect(link?.getAttribute("href")).toBe(`${prefix}${record.id}/record.json`);
      }
    });

    it("puts every record in one file per vergaderjaar, listed in records.json, newest first, each valid against the record schema", () => {
      const index = JSON.parse(site.read("records.json")) as { count: number; vergaderjaren: { sessionYear: string; count: number; url: string }[] };
      expect(index.count).toBe(records.length);
      const all = index.vergaderjaren.flatMap((year) => {
        const file = JSON.parse(site.read(year.url)) as { sessionYear: string; count: number; records: unknown[] };
        expect(file.sessionYear).toBe(year.sessionYear);
        expect(file.count).toBe(year.count);
        expect(file.records).toHaveLength(year.count);
        return file.records
          .map((r) => openDataRecordSchema.parse(r))
          .map((r) => {
            expect(r.sessionYear).toBe(year.sessionYear);
            return r.id;
          });
      });
      expect(all).toEqual(records.map((r) => r.id));
    });
  });
});
