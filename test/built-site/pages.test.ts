/**
 * Tests over the built site (fixture records), read with a real HTML parser: the structure of a
 * document page, its anchors and footnotes, the home page, and publishing under a sub-path.
 */
import type { HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { text } from "../support/html.ts";
import { buildTestSite, type BuiltSite } from "../support/site.ts";

let site: BuiltSite;

beforeAll(async () => {
  site = await buildTestSite();
});

afterAll(async () => {
  await site?.remove();
});

const DOCUMENTS = ["ah-tk-20202021-2290", "ah-tk-20232024-387", "ah-tk-20232024-2431"];
const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";

function ids(page: HTMLElement): string[] {
  return page.querySelectorAll("[id]").map((element) => element.id);
}

function byId(page: HTMLElement, id: string): HTMLElement | null {
  return page.querySelectorAll("[id]").find((element) => element.id === id) ?? null;
}

function headingLevels(page: HTMLElement): number[] {
  return page.querySelectorAll("h1, h2, h3, h4, h5, h6").map((heading) => Number(heading.tagName.slice(1)));
}

describe.each(DOCUMENTS)("the page of %s", (id) => {
  let page: HTMLElement;

  beforeAll(() => {
    page = site.page(`/${id}/`);
  });

  it("is Dutch", () => {
    expect(page.querySelector("html")?.getAttribute("lang")).toBe("nl");
  });

  it("starts with a skip link to the main content", () => {
    const first = page.querySelector(FOCUSABLE);
    expect(text(first)).toBe("Naar de inhoud");
    expect(first?.getAttribute("href")).toBe("#inhoud");
    expect(byId(page, "inhoud")?.tagName).toBe("MAIN");
  });

  it("has a banner, a named navigation, one main and a footer", () => {
    expect(page.querySelectorAll("body > header")).toHaveLength(1);
    expect(page.querySelector("nav")?.getAttribute("aria-label")).toBe("Hoofdmenu");
    expect(page.querySelectorAll("main")).toHaveLength(1);
    expect(page.querySelectorAll("body > footer")).toHaveLength(1);
  });

  it("has one h1 and skips no heading level", () => {
    const levels = headingLevels(page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1);
    });
  });

  it("has no duplicate ids", () => {
    const all = ids(page);
    expect(all.filter((value, index) => all.indexOf(value) !== index)).toEqual([]);
  });

  it("resolves every fragment link and every aria-describedby on the page", () => {
    const known = new Set(ids(page));
    const fragments = page
      .querySelectorAll("a[href]")
      .map((a) => a.getAttribute("href") ?? "")
      .filter((href) => href.startsWith("#"))
      .map((href) => decodeURIComponent(href.slice(1)));
    const described = page.querySelectorAll("[aria-describedby]").flatMap((element) => (element.getAttribute("aria-describedby") ?? "").split(/\s+/));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.filter((target) => !known.has(target))).toEqual([]);
    expect(described.filter((target) => !known.has(target))).toEqual([]);
  });

  it("links only to pages that were built, or to the web", () => {
    const internal = page
      .querySelectorAll("a[href], link[href]")
      .map((element) => element.getAttribute("href") ?? "")
      .filter((href) => href.startsWith("/"));
    expect(internal.filter((href) => site.fileFor(href) === null)).toEqual([]);
  });

  it("has no script and no inline style, so a strict Content-Security-Policy holds", () => {
    expect(page.querySelectorAll("script, style")).toHaveLength(0);
    expect(page.querySelectorAll("[style]")).toHaveLength(0);
    expect(site.read(`${id}/index.html`)).not.toMatch(/\son[a-z]+=/i);
  });

  it("titles the page with subject and id, and describes it", () => {
    const title = text(page.querySelector("title"));
    expect(title).toBe(`${text(page.querySelector("h1"))} — Kamervragen ${id}`);
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toMatch(/^Schriftelijke vragen van .+\.$/);
  });

  it("names its canonical address, and says what a link to it shared elsewhere shows (OpenGraph)", () => {
    const meta = (property: string) => page.querySelector(`meta[property="${property}"]`)?.getAttribute("content");
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`http://localhost:8080/${id}/`);
    expect(meta("og:url")).toBe(`http://localhost:8080/${id}/`);
    expect(meta("og:type")).toBe("article");
    expect(meta("og:title")).toBe(text(page.querySelector("title")));
    expect(meta("og:description")).toBe(page.querySelector('meta[name="description"]')?.getAttribute("content"));
    expect(meta("og:site_name")).toBe("Kamervragen");
    expect(meta("og:locale")).toBe("nl_NL");
  });

  it("links the stylesheet by a root-relative URL", () => {
    expect(page.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe("/assets/style.css");
    expect(site.files).toContain("assets/style.css");
  });
});

describe("the accessibility statement of a site built without a contact", () => {
  it("names no place to report problems rather than a made-up one", () => {
    const statement = site.page("/toegankelijkheid/");
    expect(statement.querySelector("h1")).not.toBeNull();
    expect(statement.querySelector("#melden")).toBeNull();
    expect(statement.querySelectorAll('a[href^="mailto:"]')).toEqual([]);
  });
});

describe("footnotes on a document page", () => {
  const doc = "ah-tk-20202021-2290";
  let page: HTMLElement;

  beforeAll(() => {
    page = site.page(`/${doc}/`);
  });

  it("names each reference Voetnoot n, shows n, and describes it by the Voetnoten heading", () => {
    const references = page.querySelectorAll(".kv-footnote-ref a");
    expect(references.map((a) => text(a))).toEqual(["Voetnoot 1", "Voetnoot 2", "Voetnoot 3", "Voetnoot 4", "Voetnoot 5"]);
    expect(references.map((a) => text(a.querySelector(".kv-visually-hidden")))).toEqual(Array(5).fill("Voetnoot"));
    for (const a of references) {
      expect(a.parentNode?.tagName).toBe("SUP");
      expect(a.getAttribute("aria-describedby")).toBe(`${doc}-voetnoten`);
    }
    const heading = byId(page, `${doc}-voetnoten`);
    expect(heading?.tagName).toBe("H2");
    expect(text(heading)).toBe("Voetnoten");
  });

  it("points each reference at its note, and each back link at its reference", () => {
    const references = page.querySelectorAll(".kv-footnote-ref a");
    for (const [index, a] of references.entries()) {
      const n = index + 1;
      expect(a.id).toBe(`${doc}-verwijzing-${n}`);
      expect(a.getAttribute("href")).toBe(`#${doc}-voetnoot-${n}`);
      const note = byId(page, `${doc}-voetnoot-${n}`);
      expect(note?.tagName).toBe("LI");
      const back = note?.querySelectorAll(".kv-footnote-backref") ?? [];
      expect(back).toHaveLength(1);
      expect(back[0]?.getAttribute("href")).toBe(`#${a.id}`);
      expect(text(back[0]?.querySelector(".kv-visually-hidden"))).toBe(`Terug naar verwijzing ${n}`);
    }
  });

  it("writes the notes under the Voetnoten heading, after the last answer", () => {
    const list = page.querySelector(".kv-footnotes ol");
    expect(list?.querySelectorAll("li").map((li) => li.id)).toEqual([1, 2, 3, 4, 5].map((n) => `${doc}-voetnoot-${n}`));
    const headings = page.querySelectorAll("h2").map((h) => text(h));
    expect(headings.at(-2)).toBe("Antwoord 9");
    expect(headings.at(-1)).toBe("Voetnoten");
    expect(list?.querySelector("li a[href^='https://www.volkskrant.nl/']")).not.toBeNull();
  });
});

describe("questions and answers on a document page", () => {
  it("anchors every question and answer, interleaved as printed", () => {
    const page = site.page("/ah-tk-20202021-2290/");
    const anchors = page.querySelectorAll("main h2[id]").map((h) => [h.id, text(h)]);
    const expected = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [
      [`vraag-${n}`, `Vraag ${n}`],
      [`antwoord-${n}`, `Antwoord ${n}`],
    ]);
    expect(anchors).toEqual([...expected, ["ah-tk-20202021-2290-voetnoten", "Voetnoten"]]);
  });

  it("writes a grouped question and answer once, and links the question to its answer", () => {
    const page = site.page("/ah-tk-20232024-387/");
    expect(text(byId(page, "vraag-4"))).toBe("Vraag 4 en 5");
    expect(text(byId(page, "antwoord-4"))).toBe("Antwoord 4 en 5");
    expect(byId(page, "vraag-5")).toBeNull();
    const link = byId(page, "vraag-4")?.parentNode?.querySelector(".kv-answered-in a");
    expect(link?.getAttribute("href")).toBe("#antwoord-4");
    expect(text(link?.parentNode)).toBe("Beantwoord in Antwoord 4 en 5");
  });

  it("ends a Mededeling with the notice and its footnote", () => {
    const page = site.page("/ah-tk-20232024-2431/");
    expect(page.querySelectorAll("main h2").map((h) => text(h))).toEqual(["Vraag 1", "Vraag 2", "Vraag 3", "Mededeling", "Voetnoten"]);
    expect(byId(page, "mededeling")?.tagName).toBe("H2");
  });
});

describe("the metadata of a document page", () => {
  /** The `<dl>` as term → values. */
  function metadata(page: HTMLElement): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const row of page.querySelectorAll("dl.kv-meta > div")) {
      result[text(row.querySelector("dt"))] = row.querySelectorAll("dd").map((dd) => text(dd));
    }
    return result;
  }

  it("lists number, vergaderjaar, askers, parties and ministries (linked to their listings), addressees, respondents and dates", () => {
    const page = site.page("/ah-tk-20202021-2290/");
    expect(metadata(page)).toEqual({
      Nummer: ["2290"],
      Vergaderjaar: ["2020–2021"],
      Vragenstellers: ["Van den Nieuwenhuijzen (GroenLinks)", "Buitenweg (GroenLinks)"],
      Partij: ["GroenLinks"],
      Ministeries: ["Ministerie van Buitenlandse Zaken", "Ministerie van Justitie en Veiligheid", "Ministerie van Economische Zaken en Klimaat"],
      "Gericht aan": [
        "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
        "Minister van Justitie en Veiligheid",
        "Staatssecretaris van Economische Zaken en Klimaat",
      ],
      "Beantwoord door": ["Minister Kaag (Buitenlandse Handel en Ontwikkelingssamenwerking)"],
      "Mede namens": ["Minister van Justitie en Veiligheid", "Staatssecretaris van Economische Zaken en Klimaat"],
      Ingezonden: ["15 januari 2021"],
      "Antwoord ontvangen": ["9 april 2021"],
      "Officiële publicatie": ["ah-tk-20202021-2290 op officielebekendmakingen.nl"],
    });
    expect(page.querySelectorAll("dl.kv-meta time").map((t) => [t.getAttribute("datetime"), text(t)])).toEqual([
      ["2021-01-15", "15 januari 2021"],
      ["2021-04-09", "9 april 2021"],
    ]);
    expect(page.querySelectorAll("dl.kv-meta a").map((a) => a.getAttribute("href"))).toEqual([
      "/lid/van-den-nieuwenhuijzen-groenlinks/",
      "/lid/buitenweg-groenlinks/",
      "/partij/groenlinks/",
      "/ministerie/bz/",
      "/ministerie/jenv/",
      "/ministerie/ezk/",
      "https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2290.html",
    ]);
  });

  it("links Zie ook to a page on the site when there is one, else to the official publication", () => {
    const page = site.page("/ah-tk-20232024-2431/");
    const links = page
      .querySelectorAll("dl.kv-meta > div")
      .find((row) => text(row.querySelector("dt")) === "Zie ook")
      ?.querySelectorAll("a");
    expect(links?.map((a) => a.getAttribute("href"))).toEqual(["/ah-tk-20232024-387/", "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-2100.html"]);
  });
});

describe("reporting an error in a document", () => {
  it("is explained on a page of its own, linked from every page's footer and named in the accessibility statement", () => {
    const page = site.page("/fout-melden/");
    expect(text(page.querySelector("h1"))).toBe("Een fout in een document melden");
    for (const url of ["/", "/ah-tk-20202021-2290/", "/toegankelijkheid/"]) {
      expect(
        site
          .page(url)
          .querySelectorAll("footer a")
          .map((a) => a.getAttribute("href")),
        url,
      ).toContain("/fout-melden/");
    }
    expect(
      site
        .page("/toegankelijkheid/")
        .querySelectorAll("main a")
        .map((a) => a.getAttribute("href")),
    ).toContain("/fout-melden/");
  });
});

describe("the head of the other pages", () => {
  it("names the home page's canonical address, and none for the page served for any missing address", () => {
    expect(site.page("/").querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe("http://localhost:8080/");
    expect(site.page("/").querySelector('meta[property="og:type"]')?.getAttribute("content")).toBe("website");
    expect(site.page("/404.html").querySelector('link[rel="canonical"]')).toBeNull();
    expect(site.page("/404.html").querySelector('meta[property="og:url"]')).toBeNull();
  });
});

describe("the home page", () => {
  it("lists every document newest first, linking to its page", () => {
    const page = site.page("/");
    const items = page.querySelectorAll("main li");
    expect(items.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual(["/ah-tk-20232024-2431/", "/ah-tk-20232024-387/", "/ah-tk-20202021-2290/"]);
    expect(items[2]?.querySelectorAll("dl > div").map((row) => [text(row.querySelector("dt")), text(row.querySelector("dd"))])).toEqual([
      ["Kenmerk", "ah-tk-20202021-2290"],
      ["Vragenstellers", "Van den Nieuwenhuijzen (GroenLinks) en Buitenweg (GroenLinks)"],
      ["Antwoord ontvangen", "9 april 2021"],
    ]);
    expect(items[2]?.querySelector("time")?.getAttribute("datetime")).toBe("2021-04-09");
  });

  it("is Dutch, starts with the skip link and has one h1", () => {
    const page = site.page("/");
    expect(page.querySelector("html")?.getAttribute("lang")).toBe("nl");
    expect(text(page.querySelector(FOCUSABLE))).toBe("Naar de inhoud");
    expect(headingLevels(page).filter((level) => level === 1)).toHaveLength(1);
    expect(page.querySelector('nav a[aria-current="page"]')?.getAttribute("href")).toBe("/");
  });
});

describe("the site under a sub-path", () => {
  let prefixed: BuiltSite;

  beforeAll(async () => {
    prefixed = await buildTestSite({ pathPrefix: "/kamervragen/" });
  });

  afterAll(async () => {
    await prefixed?.remove();
  });

  it("prefixes the stylesheet and page links, and leaves fragments and other sites alone", () => {
    const page = prefixed.page("/ah-tk-20232024-2431/");
    expect(page.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe("/kamervragen/assets/style.css");
    const hrefs = page.querySelectorAll("a[href]").map((a) => a.getAttribute("href") ?? "");
    expect(hrefs).toContain("/kamervragen/");
    expect(hrefs).toContain("/kamervragen/ah-tk-20232024-387/");
    expect(hrefs).toContain("#inhoud");
    expect(hrefs).toContain("https://zoek.officielebekendmakingen.nl/ah-tk-20232024-2100.html");
    expect(hrefs.filter((href) => href.startsWith("/") && !href.startsWith("/kamervragen/"))).toEqual([]);
  });
});
