/**
 * The feeds as feed readers take them: read by Python's feedparser (Debian's python3-feedparser, which
 * scripts/system-deps.sh installs), the library many readers are built on, and served by nginx with
 * deploy/nginx.conf. The site is the browse fixture (test/fixtures/browse: the real samples' golden
 * records and generated ones), built under a sub-path, so that every feed has its full 50 entries and
 * every absolute link carries the prefix.
 *
 * An entry is read as a reader without the site's stylesheet shows it: its text with the tags left out
 * must read right (`…?1 Wat is uw reactie`, never `…?Voetnoot 1 Wat is`), and its footnote links must
 * work inside the entry.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSite, type StaticServer } from "../support/server.ts";
import { buildTestSite, type BuiltSite } from "../support/site.ts";

const SITE_URL = "https://kamervragen.example.nl";
const PREFIX = "/kamervragen/";
const HOME = `${SITE_URL}${PREFIX}`;
/** Entries of a feed that carry the whole document (src/site/feeds.ts, FEED_FULL_TEXT_ENTRIES). */
const FULL_TEXT = 10;

/** Debian's python3, where python3-feedparser installs; another python3 on the PATH may lack it. */
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

/** What feedparser makes of a feed, as JSON: only the fields the tests read. */
const READ_FEEDS = `
import calendar, json, sys
import feedparser

def when(t):
    return calendar.timegm(t) if t else None

out = {}
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out[path] = {
        "bozo": bool(d.bozo),
        "problem": str(d.get("bozo_exception", "")),
        "version": d.version,
        "title": d.feed.get("title"),
        "link": d.feed.get("link"),
        "subtitle": d.feed.get("subtitle"),
        "language": d.feed.get("language"),
        "links": [{"rel": l.get("rel"), "type": l.get("type"), "href": l.get("href")} for l in d.feed.get("links", [])],
        "entries": [
            {
                "id": e.get("id"),
                "guidislink": e.get("guidislink"),
                "title": e.get("title"),
                "link": e.get("link"),
                "published": when(e.get("published_parsed")),
                "updated": when(e.get("updated_parsed")),
                "summary": e.get("summary"),
                "content": [{"type": c.get("type"), "value": c.get("value")} for c in e.get("content", [])],
                "tags": [t.get("term") for t in e.get("tags", [])],
            }
            for e in d.entries
        ],
    }
json.dump(out, sys.stdout)
`;

interface ReadEntry {
  id: string;
  guidislink: boolean;
  title: string;
  link: string;
  published: number | null;
  updated: number | null;
  summary: string | null;
  content: Array<{ type: string; value: string }>;
  tags: string[];
}

interface ReadFeed {
  bozo: boolean;
  problem: string;
  version: string;
  title: string;
  link: string;
  subtitle: string | null;
  language: string | null;
  links: Array<{ rel: string; type: string; href: string }>;
  entries: ReadEntry[];
}

/** Every feed file, read by feedparser in one run of Python. */
function readFeeds(dir: string, files: readonly string[]): Map<string, ReadFeed> {
  const result = spawnSync(PYTHON, ["-c", READ_FEEDS, ...files.map((file) => join(dir, file))], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`feedparser failed (${PYTHON}; scripts/system-deps.sh installs python3-feedparser): ${result.stderr || result.error?.message}`);
  }
  const read = JSON.parse(result.stdout) as Record<string, ReadFeed>;
  return new Map(files.map((file) => [file, read[join(dir, file)] as ReadFeed]));
}

/** What a reader shows of an entry's HTML without any stylesheet: its text, tags left out, spaces as one. */
function shownText(html: string): string {
  return parse(html).textContent.replace(/\s+/g, " ");
}

let site: BuiltSite;
let atomFiles: string[];
let feeds: Map<string, ReadFeed>;

beforeAll(async () => {
  site = await buildTestSite({ configPath: "test/fixtures/browse/eleventy.config.ts", pathPrefix: PREFIX, siteUrl: SITE_URL });
  atomFiles = site.files.filter((file) => file === "feed.xml" || file.endsWith("/feed.xml"));
  feeds = readFeeds(site.dir, [...atomFiles, "rss.xml"]);
}, 180_000);

afterAll(async () => {
  await site?.remove();
});

const feed = (file: string): ReadFeed => {
  const read = feeds.get(file);
  if (!read) throw new Error(`feedparser did not read ${file}`);
  return read;
};

/** The entries of every Atom feed that carry the whole document, with their feed's file. */
const wholeEntries = () =>
  atomFiles.flatMap((file) =>
    feed(file)
      .entries.filter((e) => e.content.length > 0)
      .map((entry) => ({ file, entry })),
  );

describe("the Atom feeds, as feedparser reads them", () => {
  it("are read without a problem, in Dutch, with the feed's links, and every entry with its id, link and date", () => {
    expect(atomFiles.length).toBeGreaterThan(20);
    for (const file of atomFiles) {
      const read = feed(file);
      expect([read.bozo, read.problem], file).toEqual([false, ""]);
      expect(read.version, file).toBe("atom10");
      expect(read.language, file).toBe("nl");
      expect(read.links.find((l) => l.rel === "self")?.href, file).toBe(`${HOME}${file}`);
      expect(read.link, file).toBe(`${HOME}${file.replace(/feed\.xml$/, "")}`);
      expect(read.entries.length, file).toBeGreaterThan(0);
      for (const entry of read.entries) {
        expect(entry.id, file).toMatch(/^tag:kamervragen\.example,2024:ah-/);
        expect(entry.link.startsWith(HOME), `${file}: ${entry.link}`).toBe(true);
        expect(entry.updated, file).not.toBeNull();
        expect(entry.summary?.length, `${file}: ${entry.id}`).toBeGreaterThan(0);
      }
    }
  });

  it("carry the whole document in the newest ten entries only, a summary and the link in the others", () => {
    const site = feed("feed.xml");
    expect(site.entries).toHaveLength(50);
    for (const file of atomFiles) {
      const entries = feed(file).entries;
      expect(
        entries.map((e) => e.content.length),
        file,
      ).toEqual(entries.map((_e, i) => (i < FULL_TEXT ? 1 : 0)));
      for (const entry of entries.slice(0, FULL_TEXT)) expect(entry.content[0]?.type, file).toBe("text/html");
    }
  });

  it("show an entry's text as it reads, without a stylesheet: the footnote a plain number, nothing hidden", () => {
    const entries = wholeEntries();
    expect(entries.length).toBeGreaterThan(100);
    for (const { file, entry } of entries) {
      const html = entry.content[0]?.value ?? "";
      const where = `${file}: ${entry.id}`;
      expect(html, where).not.toMatch(/visually-hidden|aria-hidden|aria-describedby|\bhidden\b/);
      const shown = shownText(html);
      expect(shown, where).not.toMatch(/Voetnoot |Terug naar verwijzing|\u21a9/);
    }
    const vuurwerk = entries.find(({ entry }) => entry.id.endsWith(":ah-tk-20232024-1771"));
    expect(vuurwerk).toBeDefined();
    const shown = shownText(vuurwerk?.entry.content[0]?.value ?? "");
    expect(shown).toContain("«Dat is 400 keer heel gevaarlijk»»?1 Wat is uw reactie hierop?");
    // The notes, numbered, at the end of the entry.
    const content = parse(vuurwerk?.entry.content[0]?.value ?? "");
    const last = content.querySelectorAll("h2").at(-1);
    expect(last?.textContent).toBe("Voetnoten");
    expect(last?.nextElementSibling?.tagName).toBe("OL");
    expect(last?.nextElementSibling?.querySelectorAll("li")).toHaveLength(8);
  });

  it("link each footnote reference to its note in the same entry, with ids that no other entry of the feed has", () => {
    for (const file of atomFiles) {
      const seen = new Map<string, string>();
      for (const entry of feed(file).entries.filter((e) => e.content.length > 0)) {
        const where = `${file}: ${entry.id}`;
        const content = parse(entry.content[0]?.value ?? "");
        const ids = content.querySelectorAll("[id]").map((e) => e.id);
        expect(new Set(ids).size, where).toBe(ids.length);
        for (const id of ids) {
          expect(seen.get(id), `${where}: ${id}`).toBeUndefined();
          seen.set(id, entry.id);
        }
        const notes = content.querySelectorAll("ol > li[id]").map((li) => li.id);
        const references = content.querySelectorAll("sup > a");
        expect(references.length > 0, where).toBe(notes.length > 0);
        for (const a of references) {
          const url = new URL(a.getAttribute("href") ?? "");
          // Absolute, to the document's page (where the note has the same id), and to a note of this entry.
          expect(`${url.origin}${url.pathname}`, where).toBe(entry.link);
          expect(notes, where).toContain(decodeURIComponent(url.hash.slice(1)));
          expect(/^\d+$/.test(a.textContent), where).toBe(true);
        }
        // Every link to a place in the document goes to a place in the entry.
        for (const a of content.querySelectorAll("a[href]")) {
          const url = new URL(a.getAttribute("href") ?? "");
          if (url.hash && `${url.origin}${url.pathname}` === entry.link) expect(ids, `${where}: ${url.href}`).toContain(decodeURIComponent(url.hash.slice(1)));
        }
      }
    }
  });

  it("stay bounded in weight: the site-wide feed of 50 entries", () => {
    const bytes = statSync(join(site.dir, "feed.xml")).size;
    // Ten whole documents and forty summaries; with fifty whole documents this feed weighs 0.9 MB.
    expect(bytes).toBeLessThan(300_000);
  });
});

describe("the RSS 2.0 twin of the site-wide feed", () => {
  it("is valid RSS 2.0 as feedparser reads it: channel title, link, description and language", () => {
    const rss = feed("rss.xml");
    expect([rss.bozo, rss.problem]).toEqual([false, ""]);
    expect(rss.version).toBe("rss20");
    expect(rss.title).toBe("Kamervragen");
    expect(rss.link).toBe(HOME);
    expect(rss.subtitle).toBe(feed("feed.xml").subtitle);
    expect(rss.language).toBe("nl");
    expect(rss.links.find((l) => l.rel === "self")?.href).toBe(`${HOME}rss.xml`);
  });

  it("has the Atom feed's entries in its order, each with title, link, its tag id as a guid that is no link, date and description", () => {
    const atom = feed("feed.xml").entries;
    const items = feed("rss.xml").entries;
    expect(items.map((e) => [e.id, e.title, e.link, e.published])).toEqual(atom.map((e) => [e.id, e.title, e.link, e.updated]));
    for (const [i, item] of items.entries()) {
      expect(item.guidislink, item.id).toBe(false);
      expect(item.tags, item.id).toEqual(atom[i]?.tags);
      // The whole document in the newest ten, as in the Atom feed; the summary in the others.
      expect(item.summary, item.id).toBe(i < FULL_TEXT ? atom[i]?.content[0]?.value : atom[i]?.summary);
    }
    const xml = site.read("rss.xml");
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<rss version="2\.0"/);
    expect(xml.match(/<guid isPermaLink="false">tag:kamervragen\.example,2024:ah-[^<]+<\/guid>/g)).toHaveLength(items.length);
    for (const date of xml.match(/<pubDate>[^<]*<\/pubDate>/g) ?? []) {
      expect(date).toMatch(
        /^<pubDate>(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 12:00:00 \+0000<\/pubDate>$/,
      );
    }
  });

  it("is announced in the home page's head", () => {
    const link = site.page("/").querySelector('head link[rel="alternate"][type="application/rss+xml"]');
    expect(link?.getAttribute("href")).toBe(`${PREFIX}rss.xml`);
    expect(link?.getAttribute("title")).toBe("RSS-feed: Alle documenten");
  });
});

describe("the feeds, served by nginx with deploy/nginx.conf", () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveSite(site.dir, PREFIX);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("go out as Atom and RSS, and everything else with its own type", async () => {
    const party = atomFiles.find((file) => file.startsWith("partij/")) as string;
    const typeOf = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      await response.arrayBuffer();
      return response.headers.get("content-type");
    };
    expect(await typeOf("feed.xml")).toBe("application/atom+xml; charset=utf-8");
    expect(await typeOf(party)).toBe("application/atom+xml; charset=utf-8");
    expect(await typeOf("rss.xml")).toBe("application/rss+xml; charset=utf-8");
    expect(await typeOf("sitemap.xml")).toBe("text/xml; charset=utf-8");
    expect(await typeOf("feed/")).toBe("text/html; charset=utf-8");
    expect(await typeOf(party.replace(/feed\.xml$/, "feed/"))).toBe("text/html; charset=utf-8");
  });
});
