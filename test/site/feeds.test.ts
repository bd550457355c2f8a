import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBrowse } from "../../src/site/facets.ts";
import { documentContext } from "../../src/site/document-context.ts";
import { buildDocumentView } from "../../src/site/document-view.ts";
import {
  absoluteLinks,
  buildFeed,
  buildFeedEntry,
  buildFeeds,
  escapeHtml,
  feedDate,
  feedPage,
  feedRecords,
  fullTextRecords,
  recordDate,
  relativeLinks,
  relativeUrl,
  FEED_FACETS,
  FEED_FULL_TEXT_ENTRIES,
  FEED_PAGE_LATEST,
  feedSources,
  type FeedMeta,
} from "../../src/site/feeds.ts";
import { navigation } from "../../src/site/navigation.ts";
import { createMarkdown } from "../../src/markdown/index.ts";
import { createNunjucks, createTemplateRenderer } from "../../src/render/nunjucks.ts";
import { siteData } from "../../src/site/config.ts";
import type { KamervraagRecord } from "../../src/model.ts";
import { loadFixtureRecords } from "../fixtures/records.ts";

const md = createMarkdown();
// An entry's content as the build renders it: from a view made with the feed's footnotes, through its
// partial, with the site's environment.
const feedMd = createMarkdown({ mode: "feed" });
const site = siteData();
const templates = createTemplateRenderer(createNunjucks({ includes: "_includes", site }), site);
const entryContent = (documentView: ReturnType<typeof buildDocumentView>) => templates.text("partials/feed-entry.njk", { view: documentView });
let records: KamervraagRecord[];
let view: (record: KamervraagRecord) => ReturnType<typeof buildDocumentView>;

beforeAll(async () => {
  records = await loadFixtureRecords();
  const browse = buildBrowse(records);
  const siteDocuments = new Map(records.map((r) => [r.id, r]));
  view = (record) => buildDocumentView(record, { md: feedMd, context: documentContext(record, { siteDocuments, browse }) });
});

const byId = (id: string) => {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(id);
  return record;
};

describe("feedDate", () => {
  it("stands for a calendar date at noon UTC, the same day in every nearby time zone", () => {
    expect(dateToRfc3339(feedDate("2024-05-17"))).toBe("2024-05-17T12:00:00Z");
    expect(dateToRfc3339(feedDate("2023-10-29"))).toBe("2023-10-29T12:00:00Z");
  });

  it("refuses anything but a calendar date", () => {
    expect(() => feedDate("17 mei 2024")).toThrow(TypeError);
  });

  it("dates a record by its answer, else by its questions", () => {
    expect(recordDate({ answered: "2024-06-28", submitted: "2024-05-21", sessionYear: "2023-2024" })).toEqual(feedDate("2024-06-28"));
    expect(recordDate({ answered: null, submitted: "2024-05-21", sessionYear: "2023-2024" })).toEqual(feedDate("2024-05-21"));
  });
});

describe("buildFeedEntry", () => {
  it("gives a tag: id from the document id, which no URL is part of", () => {
    const entry = buildFeedEntry(byId("ah-tk-20202021-2290"), view(byId("ah-tk-20202021-2290")), entryContent(view(byId("ah-tk-20202021-2290"))));
    expect(entry.id).toBe("tag:kamervragen.example,2024:ah-tk-20202021-2290");
    expect(entry.url).toBe("/ah-tk-20202021-2290/");
  });

  it("titles the entry with the subject, dates it by the answer, and names askers and respondents", () => {
    const entry = buildFeedEntry(byId("ah-tk-20202021-2290"), view(byId("ah-tk-20202021-2290")), entryContent(view(byId("ah-tk-20202021-2290"))));
    expect(entry.title).toBe("Het bericht dat Huawei in technologie investeert voor de etnische profilering van Oeigoeren");
    expect(dateToRfc3339(entry.updated)).toBe("2021-04-09T12:00:00Z");
    expect(entry.authors).toEqual(["Van den Nieuwenhuijzen (GroenLinks)", "Buitenweg (GroenLinks)"]);
    expect(entry.contributors).toEqual(["Minister Kaag (Buitenlandse Handel en Ontwikkelingssamenwerking)"]);
    expect(entry.categories).toEqual([
      "GroenLinks",
      "Ministerie van Buitenlandse Zaken",
      "Ministerie van Justitie en Veiligheid",
      "Ministerie van Economische Zaken en Klimaat",
      "2020–2021",
      "Antwoorden",
    ]);
    expect(entry.summary).toMatch(/^Schriftelijke vragen van Van den Nieuwenhuijzen \(GroenLinks\) en Buitenweg \(GroenLinks\) over /);
  });

  it("carries the whole document: facts, every question and answer, and the footnotes", () => {
    const record = byId("ah-tk-20202021-2290");
    const { content } = buildFeedEntry(record, view(record), entryContent(view(record)));
    for (let n = 1; n <= 9; n++) {
      expect(content).toContain(`<h2>Vraag ${n}</h2>`);
      expect(content).toContain(`<h2>Antwoord ${n}</h2>`);
    }
    expect(content).toContain('<dt>Ingezonden</dt><dd><time datetime="2021-01-15">15 januari 2021</time></dd>');
    expect(content).toContain("Beantwoord na 84 dagen");
    expect(content).toContain("<h2>Voetnoten</h2>\n<ol>\n");
    expect(content).toContain('<sup><a href="#ah-tk-20202021-2290-voetnoot-1">1</a></sup>');
    expect(content).toContain('<li id="ah-tk-20202021-2290-voetnoot-1">');
  });

  it("hides nothing visually, which a reader without the site's stylesheet would show: no hidden names, no back links, no heading ids", () => {
    for (const record of records) {
      const content = entryContent(view(record));
      expect(content, record.id).not.toMatch(/kv-visually-hidden|aria-|class=|Voetnoot |Terug naar verwijzing|\u21a9|<h2 id=/);
    }
  });

  it("names a grouped answer without a link, since the answer follows in the entry", () => {
    const record = records.find((r) => r.answers.some((a) => a.questions.length > 1));
    if (!record) throw new Error("no record with a grouped answer");
    const content = entryContent(view(record));
    expect(content).toMatch(/<p>Beantwoord in Antwoord \d+ en \d+<\/p>/);
    expect(content).not.toContain('href="#antwoord-');
  });

  it("carries a Mededeling's notice, and links Zie ook relative to the page (the template makes it absolute)", () => {
    const record = byId("ah-tk-20232024-2431");
    const { content } = buildFeedEntry(record, view(record), entryContent(view(record)));
    expect(content).toContain("<h2>Mededeling</h2>");
    expect(content).toContain('<a href="../ah-tk-20232024-387/">');
    expect(content).not.toMatch(/(href|src)="\//);
    expect(content).toContain('<a href="https://zoek.officielebekendmakingen.nl/ah-tk-20232024-2100.html">');
  });

  it("escapes text from the record", () => {
    expect(escapeHtml(`a < b & "c" > d`)).toBe("a &lt; b &amp; &quot;c&quot; &gt; d");
  });
});

describe("relativeLinks", () => {
  it("writes a site URL as seen from a page", () => {
    expect(relativeUrl("/ah-tk-20232024-2431/", "/ah-tk-20232024-387/")).toBe("../ah-tk-20232024-387/");
    expect(relativeUrl("/ah-tk-20232024-2431/", "/")).toBe("../");
    expect(relativeUrl("/partij/vvd/", "/assets/x.svg")).toBe("../../assets/x.svg");
    expect(relativeUrl("/", "/feed.xml")).toBe("./feed.xml");
  });

  it("makes root-relative links relative and leaves fragments, other sites and text alone", () => {
    const html =
      '<a href="/ah-b/">b</a> <a href="#voetnoot-1">1</a> <img src="/assets/x.png" alt=""> <a href="https://x.nl/">x</a> <a href="//cdn.example/">c</a> href="/not-an-attribute"';
    expect(relativeLinks(html, "/ah-a/")).toBe(
      '<a href="../ah-b/">b</a> <a href="#voetnoot-1">1</a> <img src="../assets/x.png" alt=""> <a href="https://x.nl/">x</a> <a href="//cdn.example/">c</a> href="../not-an-attribute"',
    );
  });
});

describe("absoluteLinks", () => {
  it("resolves every link against the page, under a sub-path too, and leaves text alone", () => {
    const html =
      '<a href="../ah-b/">b</a> <a href="#voetnoot-1">1</a> <img src="../assets/x.png" alt=""> <a href="https://x.nl/a?b=1&amp;c=2">x</a> href=../not-an-attribute';
    expect(absoluteLinks(html, "https://example.nl/kamervragen/ah-a/")).toBe(
      '<a href="https://example.nl/kamervragen/ah-b/">b</a> <a href="https://example.nl/kamervragen/ah-a/#voetnoot-1">1</a> ' +
        '<img src="https://example.nl/kamervragen/assets/x.png" alt=""> <a href="https://x.nl/a?b=1&amp;c=2">x</a> href=../not-an-attribute',
    );
  });

  it("keeps a link that is no URL as it is", () => {
    expect(absoluteLinks('<a href="https://[bad">x</a>', "https://example.nl/ah-a/")).toBe('<a href="https://[bad">x</a>');
  });
});

const entry = (record: KamervraagRecord) => buildFeedEntry(record, view(record), entryContent(view(record)));

/** A feed's meta data for the tests of buildFeed: what it says does not matter there. */
const meta = (url: string, name: string): FeedMeta => ({
  url,
  alternate: "/",
  page: "/feed/",
  rss: null,
  title: "t",
  subtitle: "s",
  name,
});

describe("buildFeed", () => {
  it("dates the feed by its newest entry and keeps the entries newest first", () => {
    const feed = buildFeed(meta("/feed.xml", "feed"), records, entry);
    expect(feed.id).toBe("tag:kamervragen.example,2024:feed");
    expect(dateToRfc3339(feed.updated)).toBe("2024-06-28T12:00:00Z");
    expect(feed.entries.map((e) => e.id.split(":").at(-1))).toEqual(["ah-tk-20232024-2431", "ah-tk-20232024-387", "ah-tk-20202021-2290"]);
  });

  it("keeps only the newest entries up to the limit, and dates an empty feed deterministically", () => {
    expect(buildFeed(meta("/f", "f"), records, entry, 2).entries).toHaveLength(2);
    const empty = buildFeed(meta("/f", "f"), [], entry);
    expect(dateToRfc3339(empty.updated)).toBe("2024-01-01T12:00:00Z");
  });

  it("carries the records feedRecords names, the same the build makes entries for", () => {
    expect(feedRecords(records, 2)).toEqual(records.slice(0, 2));
    const feed = buildFeed(meta("/f", "f"), records, entry, 2);
    expect(feed.entries.map((e) => e.url)).toEqual(feedRecords(records, 2).map((r) => `/${r.id}/`));
  });

  it("gives the whole document only to the newest entries, the others a summary and the link", () => {
    expect(FEED_FULL_TEXT_ENTRIES).toBe(10);
    const asked: Array<[string, boolean]> = [];
    const feed = buildFeed(
      meta("/f", "f"),
      records,
      (record, fullText) => {
        asked.push([record.id, fullText]);
        return entry(record);
      },
      50,
      2,
    );
    expect(asked).toEqual(records.map((r, i) => [r.id, i < 2]));
    expect(feed.entries.map((e) => e.content !== null)).toEqual(records.map((_r, i) => i < 2));
    expect(feed.entries.every((e) => e.summary.length > 0 && e.url.length > 0)).toBe(true);
    expect(fullTextRecords(records, 50, 2)).toEqual(records.slice(0, 2));
    expect(fullTextRecords(records, 1, 2)).toEqual(records.slice(0, 1));
  });
});

describe("buildFeeds", () => {
  it("makes the site-wide feed and one per party, member and ministry, each with its own id and URL", () => {
    const feeds = buildFeeds(buildBrowse(records), entry);
    expect(feeds.map((f) => [f.url, f.id])).toEqual([
      ["/feed.xml", "tag:kamervragen.example,2024:feed"],
      ["/partij/cda/feed.xml", "tag:kamervragen.example,2024:feed/party/cda"],
      ["/partij/groenlinks/feed.xml", "tag:kamervragen.example,2024:feed/party/groenlinks"],
      ["/partij/groenlinks-pvda/feed.xml", "tag:kamervragen.example,2024:feed/party/groenlinks-pvda"],
      ["/partij/vvd/feed.xml", "tag:kamervragen.example,2024:feed/party/vvd"],
      ["/lid/boswijk-cda/feed.xml", "tag:kamervragen.example,2024:feed/member/boswijk-cda"],
      ["/lid/buitenweg-groenlinks/feed.xml", "tag:kamervragen.example,2024:feed/member/buitenweg-groenlinks"],
      ["/lid/jansen-groenlinks-pvda/feed.xml", "tag:kamervragen.example,2024:feed/member/jansen-groenlinks-pvda"],
      ["/lid/van-den-nieuwenhuijzen-groenlinks/feed.xml", "tag:kamervragen.example,2024:feed/member/van-den-nieuwenhuijzen-groenlinks"],
      ["/lid/de-vries-vvd/feed.xml", "tag:kamervragen.example,2024:feed/member/de-vries-vvd"],
      ["/ministerie/bz/feed.xml", "tag:kamervragen.example,2024:feed/ministry/bz"],
      ["/ministerie/ezk/feed.xml", "tag:kamervragen.example,2024:feed/ministry/ezk"],
      ["/ministerie/jenv/feed.xml", "tag:kamervragen.example,2024:feed/ministry/jenv"],
    ]);
    const ministry = feeds.find((f) => f.url === "/ministerie/ezk/feed.xml");
    expect(ministry?.title).toBe("Kamervragen: Ministerie van Economische Zaken en Klimaat");
    expect(ministry?.alternate).toBe("/ministerie/ezk/");
    expect(ministry?.entries.map((e) => e.url)).toEqual(["/ah-tk-20232024-2431/", "/ah-tk-20202021-2290/"]);
  });

  it("makes one per policy topic too, when documents have topics, and files the topics among an entry's categories", () => {
    expect(FEED_FACETS).toContain("topic");
    const topical = records.map((record, i) => ({
      ...record,
      topics: i === 0 ? ["Sociale zekerheid | Organisatie en beleid", "Economie | Ondernemen"] : i === 1 ? ["Economie | Ondernemen"] : [],
    }));
    const browse = buildBrowse(topical);
    const siteDocuments = new Map(topical.map((r) => [r.id, r]));
    const topicalEntry = (record: KamervraagRecord) => {
      const documentView = buildDocumentView(record, { md, context: documentContext(record, { siteDocuments, browse }) });
      return buildFeedEntry(record, documentView, entryContent(documentView));
    };
    const feeds = buildFeeds(browse, topicalEntry);
    const topics = feeds.filter((f) => f.url.startsWith("/onderwerp/"));
    expect(topics.map((f) => [f.url, f.id, f.alternate])).toEqual([
      ["/onderwerp/economie-ondernemen/feed.xml", "tag:kamervragen.example,2024:feed/topic/economie-ondernemen", "/onderwerp/economie-ondernemen/"],
      [
        "/onderwerp/sociale-zekerheid-organisatie-en-beleid/feed.xml",
        "tag:kamervragen.example,2024:feed/topic/sociale-zekerheid-organisatie-en-beleid",
        "/onderwerp/sociale-zekerheid-organisatie-en-beleid/",
      ],
    ]);
    // The topic's name has a colon of its own: `Kamervragen over …`, not `Kamervragen: …`.
    expect(topics[0]?.title).toBe("Kamervragen over Economie: Ondernemen");
    expect(topics[0]?.subtitle).toBe("Schriftelijke vragen en antwoorden over Economie: Ondernemen, nieuwste eerst.");
    expect(topics[0]?.entries.map((e) => e.url)).toEqual([`/${topical[0]!.id}/`, `/${topical[1]!.id}/`]);
    expect(topics[0]?.entries[0]?.categories).toEqual(expect.arrayContaining(["Sociale zekerheid: Organisatie en beleid", "Economie: Ondernemen"]));
    expect(topics[0]?.entries[1]?.categories).not.toContain("Sociale zekerheid: Organisatie en beleid");
    // Without topics, no topic feeds.
    expect(feedSources(buildBrowse(records)).filter((s) => s.meta.url.startsWith("/onderwerp/"))).toEqual([]);
  });
});

describe("feedPage", () => {
  it("puts each feed's page beside it, and only the site-wide feed has an RSS twin", () => {
    const sources = feedSources(buildBrowse(records));
    expect(sources.map((s) => [s.meta.url, s.meta.page, s.meta.rss])[0]).toEqual(["/feed.xml", "/feed/", "/rss.xml"]);
    for (const source of sources.slice(1)) {
      expect(source.meta.page).toBe(source.meta.url.replace(/feed\.xml$/, "feed/"));
      expect(source.meta.rss).toBeNull();
    }
  });

  it("says what the feed follows, where its documents are, and lists its newest", () => {
    const browse = buildBrowse(records);
    const [site, ...groups] = feedSources(browse);
    const menu = navigation(browse);
    const sitePage = feedPage(site!, menu);
    expect(sitePage).toMatchObject({ url: "/feed/", feedUrl: "/feed.xml", rssUrl: "/rss.xml", title: "Kamervragen", entries: 50, fullText: 10 });
    expect(sitePage.back).toEqual({ url: "/documenten/", text: `Alle ${records.length} documenten` });
    expect(sitePage.latest).toEqual(records.slice(0, FEED_PAGE_LATEST));
    expect(sitePage.navigation).toBe(menu);
    const ministry = groups.find((s) => s.meta.url === "/ministerie/ezk/feed.xml");
    expect(feedPage(ministry!, menu)).toMatchObject({
      url: "/ministerie/ezk/feed/",
      rssUrl: null,
      back: { url: "/ministerie/ezk/", text: "Alle documenten van Ministerie van Economische Zaken en Klimaat" },
    });
  });
});
