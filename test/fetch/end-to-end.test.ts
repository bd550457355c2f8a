/**
 * From the service to the site: a fetch from the local service into an empty folder, then `npm run
 * update` (scripts/update.ts, as a publisher runs it daily: the rest fetched, the site built from that
 * folder alone), and the fetched documents found in the site: each one's page, its entry in the feed,
 * and its search result, searched with the site's own Pagefind index and Pagefind's own script and
 * WebAssembly (run in Node, its files read from the built site).
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArchive, type FetchReport } from "../../src/fetch/run.ts";
import { childElements, parseXml, textOf } from "../../src/ingest/xml-tree.ts";
import { ANSWER, onDay, pdfRecord, publishAnswer, RECORDED, startService, type Service } from "./service.ts";
import { quickOptions, start, type Run } from "./world.ts";

const PDF = { id: "ah-tk-20232024-1076", day: "2021-07-20" };

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Searches the built site's index with Pagefind's own script: what the search page does in a browser. */
async function search(site: string, query: string): Promise<string[]> {
  const original = globalThis.fetch;
  // Pagefind fetches its index relative to its script; here the script and the index are files.
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== "file:") throw new Error(`the search asked for ${url.href}`);
    return new Response(await readFile(fileURLToPath(url)));
  };
  try {
    const pagefind = (await import(pathToFileURL(join(site, "pagefind", "pagefind.js")).href)) as Pagefind;
    await pagefind.options({ basePath: pathToFileURL(join(site, "pagefind/")).href, baseUrl: "/" });
    const { results } = await pagefind.search(query);
    return Promise.all(results.map(async (result) => (await result.data()).url));
  } finally {
    globalThis.fetch = original;
  }
}

describe("a site fetched and built by npm run update", () => {
  let service: Service;
  let work: string;
  let out: string;
  let site: string;
  let first: FetchReport;
  let update: Run;

  beforeAll(async () => {
    service = await startService();
    work = await mkdtemp(join(tmpdir(), "kamervragen-fetch-site-"));
    out = join(work, "documents");
    site = join(work, "site");
    const state = join(work, "state.json");
    // The recorded response as the service gave it, on the answer's day; a PDF-only answer two days before.
    publishAnswer(service);
    service.pages.set(`${ANSWER.day} 1`, RECORDED.mixed);
    const pdf = pdfRecord(PDF.id, PDF.day);
    service.serve(pdf.path, pdf.body);
    onDay(service, PDF.day, pdf.record);
    // A first fetch into the empty folder brings in the PDF's day; the update goes on from there, and builds.
    first = await fetchArchive({ ...quickOptions(service.origin, out, state), since: PDF.day, until: PDF.day });
    update = await start("scripts/update.ts", [
      ...["--until", ANSWER.day, "--base-url", service.origin, "--out", out, "--state", state, "--rate", "0", "--page-size", "10"],
      ...["--output", site, "--siteurl", "https://kamervragen.example.nl", "--contact", "toegankelijkheid@example.nl"],
    ]).done;
  });
  afterAll(async () => {
    await service.stop();
    await rm(work, { recursive: true, force: true });
  });

  it("fetched from where the first fetch started, only the days not complete, and built without an error", () => {
    expect(first).toMatchObject({ fetched: [PDF.id], failed: [] });
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout).toContain(`[kamervragen] fetch ${PDF.day} to ${ANSWER.day}: 2 of 2 day(s) searched (2 complete)`);
    expect(update.stdout).toContain(
      "[kamervragen] 1 fetched, 0 replaced by a newer version, 0 unchanged, 4 skipped (not Kamervragen: Bijlage 2, Kamerstuk 2), 0 failed",
    );
    // The build says nothing of the fetched folder: provenance.json beside each document is read, not warned of.
    expect(update.stderr.split("\n").filter((line) => line !== "")).toEqual([]);
  });

  it("has each fetched document's page", () => {
    expect(readFileSync(join(site, ANSWER.id, "index.html"), "utf8")).toContain("<title>De TOZO — Kamervragen ah-tk-20202021-3235</title>");
    expect(readFileSync(join(site, PDF.id, "index.html"), "utf8")).toContain(
      "<title>Het afgelasten van diverse Sinterklaasintochten — Kamervragen ah-tk-20232024-1076</title>",
    );
  });

  it("says on each fetched document's page and in its record where it came from", () => {
    const page = readFileSync(join(site, ANSWER.id, "index.html"), "utf8");
    expect(page).toMatch(/<dt[^>]*>Versie bij de uitgever<\/dt>\s*<dd>versie 1, [^<]*opgehaald op \d{1,2} [a-z]+ \d{4}<\/dd>/u);
    const record = JSON.parse(readFileSync(join(site, ANSWER.id, "record.json"), "utf8")) as {
      provenance: { officialUrl: string; version: string; itemUrls: Record<string, string> };
    };
    expect(record.provenance.officialUrl).toBe(`https://zoek.officielebekendmakingen.nl/${ANSWER.id}.html`);
    expect(record.provenance.version).toBe("1");
    expect(Object.keys(record.provenance.itemUrls)).toContain("xml");
  });

  it("has each fetched document in the feed", () => {
    const feed = parseXml(readFileSync(join(site, "feed.xml")));
    if (!feed.ok) throw new Error(feed.message);
    const entries = childElements(feed.root, "entry").map((entry) => ({
      links: childElements(entry, "link").map((link) => link.attributes["href"]),
      title: textOf(childElements(entry, "title")[0] ?? ""),
    }));
    expect(entries).toHaveLength(2);
    const entryOf = (id: string) => entries.find((entry) => entry.links.includes(`https://kamervragen.example.nl/${id}/`));
    expect(entryOf(ANSWER.id)?.title).toBe("De TOZO");
    expect(entryOf(PDF.id)?.title).toBe("Het afgelasten van diverse Sinterklaasintochten");
  });

  it("finds each fetched document with the site's search", async () => {
    expect(await search(site, "Tozo")).toContain(`/${ANSWER.id}/`);
    expect(await search(site, "Sinterklaasintochten")).toContain(`/${PDF.id}/`);
  });
});
