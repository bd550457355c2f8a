/**
 * The words of the index for the search page's suggestions: what of a page counts, each part's counts
 * joined into the site's bounded list, and the parts' own files kept out of the site.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PART_VOCABULARY_FILE, pageWords, VOCABULARY_MAX, WordCounts, writePartVocabulary, writeSiteVocabulary } from "../../src/search/vocabulary.ts";

const page = (article: string) =>
  `<!doctype html><html lang="nl"><head><title>Titel van de pagina</title><script>const verborgen = "scriptwoord";</script></head><body><nav>Hoofdmenu Zoeken</nav><main>${article}</main><footer>Voettekst</footer></body></html>`;

describe("pageWords", () => {
  it("takes the words Pagefind finds the page by: its body without what it ignores, and its metadata", () => {
    const html = page(
      `<article class="kv-document" data-pagefind-body>
        <p class="kv-document__kicker" data-pagefind-ignore>Kamervragen ah-tk-20232024-1771</p>
        <h1>Vuurwerk in woonwijken</h1>
        <dl class="kv-meta" data-pagefind-ignore><dt>Vragen van</dt><dd>Kamerlid</dd></dl>
        <section><h2 id="vraag-1">Vraag 1</h2><div class="kv-prose"><p>Bent u bekend met het bericht&nbsp;over opslag&#x2F;verkoop?<sup class="kv-footnote-ref"><a href="#fn1">Voetnoot 1</a></sup><br>Gemeenten en Ministeriële regels.</p></div></section>
        <div class="kv-prose"><section class="kv-footnotes"><h2>Voetnoten</h2><ol><li>Zie kamerstuk 36 410. <a class="kv-footnote-backref" href="#r1">Terug naar verwijzing 1</a></li></ol></section></div>
        <div hidden data-pagefind-ignore><span data-pagefind-filter="party">Partij</span><span data-pagefind-meta="askers">Van Nispen (SP)</span></div>
      </article>`,
    );
    expect([...pageWords(html)].sort()).toEqual(
      [
        "vuurwerk",
        "woonwijken",
        "vraag",
        "bent",
        "bekend",
        "bericht",
        "over",
        "opslag",
        "verkoop",
        "gemeenten",
        "ministeriële",
        "regels",
        "kamerstuk",
        "nispen",
      ].sort(),
    );
  });

  it("takes nothing of a page without a searchable body", () => {
    expect(pageWords(page("<h1>Zoeken in alle documenten</h1>")).size).toBe(0);
  });
});

describe("the site's words", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kamervragen-words-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("counts each word once a page, and lists the most widespread first, then alphabetically", () => {
    const counts = new WordCounts();
    counts.addPage(new Set(["gemeente", "vuurwerk"]));
    counts.addPage(new Set(["gemeente", "opslag"]));
    expect(counts.top(10)).toEqual([
      ["gemeente", 2],
      ["opslag", 1],
      ["vuurwerk", 1],
    ]);
    expect(counts.top(1)).toEqual([["gemeente", 2]]);
  });

  it("joins the parts' counts, bounded, and takes the parts' files out of the site", async () => {
    const main = join(dir, "pagefind");
    const older = join(main, "2020-2021");
    await mkdir(older, { recursive: true });
    const newest = new WordCounts();
    newest.addPage(["vuurwerk", "gemeente"]);
    const old = new WordCounts();
    old.addPage(["gemeente"]);
    old.addPage(["gemeente", "handhaving"]);
    await writePartVocabulary(main, newest);
    await writePartVocabulary(older, old);
    await mkdir(join(main, "1990-1991"));
    expect(await writeSiteVocabulary(dir, [main, older, join(main, "1990-1991")])).toBe(3);
    expect(JSON.parse(await readFile(join(dir, "zoeken", "woorden.json"), "utf8"))).toEqual(["gemeente", "handhaving", "vuurwerk"]);
    expect(existsSync(join(main, PART_VOCABULARY_FILE))).toBe(false);
    expect(existsSync(join(older, PART_VOCABULARY_FILE))).toBe(false);
  });

  it("keeps the list to its bound", async () => {
    const part = join(dir, "many");
    await mkdir(part);
    const counts = new WordCounts();
    for (let i = 0; i < VOCABULARY_MAX + 10; i++) counts.add(`woord${i}`, 1 + (i % 3));
    await writeFile(join(part, PART_VOCABULARY_FILE), JSON.stringify(counts.top(VOCABULARY_MAX + 10)));
    expect(await writeSiteVocabulary(dir, [part])).toBe(VOCABULARY_MAX);
  });
});
