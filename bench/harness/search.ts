/**
 * Bytes a visitor's browser fetches for a search: a static server on 127.0.0.1 in front of the built
 * site counts the body bytes of every response, and Debian's Chromium (through playwright-core, never a
 * downloaded browser) runs a fixed set of queries. A site with the product's search page (`/zoeken/`)
 * is measured through that page, as a reader uses it: its default order, its ten results with their
 * fragments, the parts of the index it reads. A site without (the baselines) is measured through a
 * harness page that loads the built `pagefind.js` and asks for as many results. The first query pays
 * for `pagefind.js`, its worker, the entry file, the language's wasm, the metadata, the index chunks
 * and the fragments of the first results; a later query in the same page only for what it adds.
 *
 * The server compresses text (JS, JSON, CSS, HTML) with gzip as a static host does; Pagefind's own index
 * files are compressed already and are sent as they are.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { createGzip } from "node:zlib";
import { labels } from "../../src/labels.ts";

/** The fixed queries: the first on a fresh page, the others one after the other in that page. */
export const SEARCH_QUERIES = ["stikstof", "jeugdzorg wachtlijsten", "belastingdienst", "woningbouw Utrecht", "asielzoekers opvang", "minister"] as const;
/** Results whose data (fragment) a query loads: the first results the product's search page shows. */
export const RESULTS_LOADED = 10;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

/** Whether a static host would gzip this file on the fly. */
export function compressible(path: string): boolean {
  return [".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt"].includes(extname(path).toLowerCase());
}

export interface Fetched {
  path: string;
  /** Body bytes on the wire. */
  bytes: number;
  /** The file's own size. */
  fileBytes: number;
  status: number;
}

export interface Transfer {
  requests: number;
  bytes: number;
  fileBytes: number;
  byKind: Record<string, number>;
}

/** What kind of Pagefind file a path is, for the breakdown: js, entry, wasm, meta, index, fragment, filter, other. */
export function fileKind(path: string): string {
  const name = path.split("/").at(-1) ?? "";
  if (name.endsWith(".js")) return "js";
  if (name === "pagefind-entry.json") return "entry";
  if (name.startsWith("wasm.") || name.endsWith(".wasm")) return "wasm";
  if (name.endsWith(".pf_meta")) return "meta";
  if (name.endsWith(".pf_index")) return "index";
  if (name.endsWith(".pf_fragment")) return "fragment";
  if (name.endsWith(".pf_filter")) return "filter";
  return "other";
}

/** Sums a list of fetched files. */
export function summarize(fetched: readonly Fetched[]): Transfer {
  const byKind: Record<string, number> = {};
  for (const f of fetched) byKind[fileKind(f.path)] = (byKind[fileKind(f.path)] ?? 0) + f.bytes;
  return {
    requests: fetched.length,
    bytes: fetched.reduce((s, f) => s + f.bytes, 0),
    fileBytes: fetched.reduce((s, f) => s + f.fileBytes, 0),
    byKind,
  };
}

/** A static file server that records every response's body bytes. */
export class CountingServer {
  private server: Server | null = null;
  private log: Fetched[] = [];
  private inflight = 0;
  port = 0;

  private readonly root: string;

  constructor(
    root: string,
    /** Extra pages served from memory (the harness page). */
    private readonly pages: Record<string, string> = {},
  ) {
    this.root = resolve(root);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** What was fetched since the last call, once every response has finished. */
  async take(): Promise<Fetched[]> {
    for (let i = 0; i < 100 && this.inflight > 0; i++) await new Promise((r) => setTimeout(r, 20));
    const taken = this.log;
    this.log = [];
    return taken;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname);
    const page = this.pages[path];
    if (page !== undefined) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(page);
      return;
    }
    let file = normalize(join(this.root, path));
    if (!file.startsWith(this.root + sep) && file !== this.root) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      this.log.push({ path, bytes: 0, fileBytes: 0, status: 404 });
      res.writeHead(404).end();
      return;
    }
    const fileBytes = statSync(file).size;
    const gzip = compressible(file) && /\bgzip\b/u.test(String(req.headers["accept-encoding"] ?? ""));
    const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type, ...(gzip ? { "content-encoding": "gzip" } : { "content-length": fileBytes }), "cache-control": "max-age=3600" });
    this.inflight++;
    let bytes = 0;
    const source = createReadStream(file);
    const body = gzip ? source.pipe(createGzip({ level: 6 })) : source;
    body.on("data", (chunk: Buffer) => (bytes += chunk.length));
    body.on("end", () => {
      this.log.push({ path, bytes, fileBytes, status: 200 });
      this.inflight--;
    });
    body.pipe(res);
  }
}

export interface QueryTransfer extends Transfer {
  query: string;
  /** Documents found; through the search page, those it counts (see `announced`). */
  results: number;
  /** What the search page announced for the query: its count and, if not all, the years it read. */
  announced?: string;
  files: Fetched[];
}

/**
 * A shared link to a search (`/zoeken/?q=…`) opened cold: a fresh browser context, so nothing cached,
 * on loopback. The time is from the start of the navigation to the first result in the page (or to
 * the announcement of none), as the page's own clock (`performance.now()`) has it.
 */
export interface ColdLink {
  query: string;
  runsMs: number[];
  medianMs: number;
}

/** Cold opens of the shared link measured: their median is the figure. */
export const COLD_LINK_RUNS = 5;

/** Sets `window.__firstResult` to the page's time when its first result, or its announcement of none or of a document, is there. */
const COLD_LINK_PROBE = `new MutationObserver(() => {
  if (window.__firstResult !== undefined) return;
  const status = document.querySelector("[data-kv-search-status]")?.textContent ?? "";
  if (document.querySelector(".kv-results__list > li") || /^(?:Geen|Document|\\d)/u.test(status)) window.__firstResult = performance.now();
}).observe(document, { childList: true, subtree: true, characterData: true });`;

export interface SearchMeasurement {
  bundlePath: string;
  first: QueryTransfer;
  later: QueryTransfer[];
  laterMedianBytes: number;
  laterMaxBytes: number;
  /** Only for a site with the product's search page; null for the baselines. */
  coldLink: ColdLink | null;
  browser: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const HARNESS = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>search harness</title></head><body></body></html>`;

/** Whether the site has the product's search page, to be measured through it. */
export function hasSearchPage(root: string): boolean {
  const file = join(root, "zoeken", "index.html");
  return existsSync(file) && readFileSync(file, "utf8").includes("data-kv-search");
}

/** The number at the start of an announcement (`1.234 documenten gevonden …`), 0 for `Geen …`. */
export function announcedCount(text: string): number {
  const digits = /^([\d.]+)\s/u.exec(text)?.[1];
  return digits ? Number(digits.replaceAll(".", "")) : 0;
}

const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
];

/**
 * Runs the fixed queries against the bundle at `bundlePath` (relative to `root`) in Chromium: through
 * the site's search page when it has one, else through the harness.
 */
export async function measureSearch(root: string, bundlePath: string, chromiumPath = "/usr/bin/chromium"): Promise<SearchMeasurement> {
  const { chromium } = await import("playwright-core");
  const server = new CountingServer(root, { "/__bench__/search.html": HARNESS });
  await server.start();
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: BROWSER_ARGS });
  try {
    const withPage = hasSearchPage(root);
    // Before the queries, each in a context of its own: what these fetch is no query's.
    const coldLink = withPage ? await measureColdLink(browser, server, SEARCH_QUERIES[0]) : null;
    const page = await (await browser.newContext()).newPage();
    const bundlePrefix = `/${bundlePath === "." ? "" : `${bundlePath.split(sep).join("/")}/`}`;
    const run = withPage ? await searchPageRunner(page, server, bundlePrefix) : await harnessRunner(page, server, bundlePrefix);
    const [firstQuery, ...others] = SEARCH_QUERIES;
    const first = await run(firstQuery);
    const later: QueryTransfer[] = [];
    for (const q of others) later.push(await run(q));
    return {
      bundlePath,
      first,
      later,
      laterMedianBytes: median(later.map((l) => l.bytes)),
      laterMaxBytes: Math.max(...later.map((l) => l.bytes)),
      coldLink,
      browser: `chromium ${browser.version()}`,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

type Page = import("playwright-core").Page;
type Browser = import("playwright-core").Browser;

/**
 * Opens the search page's shared link for `query` {@link COLD_LINK_RUNS} times, each in a fresh
 * context, and takes the time to its first result (see {@link ColdLink}).
 */
async function measureColdLink(browser: Browser, server: CountingServer, query: string): Promise<ColdLink> {
  const runsMs: number[] = [];
  for (let i = 0; i < COLD_LINK_RUNS; i++) {
    const context = await browser.newContext();
    try {
      // The page's own clock, from the start of the navigation: when the first result, or the
      // announcement of none, is in the page. A string: the TypeScript runner would add helpers of its
      // own to a function's source, which the page does not have.
      await context.addInitScript(COLD_LINK_PROBE);
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.port}/zoeken/?q=${encodeURIComponent(query)}`, { waitUntil: "commit" });
      await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined, undefined, { timeout: 120_000 });
      runsMs.push(Math.round(await page.evaluate(() => (window as unknown as { __firstResult: number }).__firstResult)));
    } finally {
      await context.close();
    }
    await settled(server);
  }
  return { query, runsMs, medianMs: median(runsMs) };
}
type QueryRunner = (query: string) => Promise<QueryTransfer>;

/** Lets a worker's last fetches finish, then takes what the server sent. */
async function settled(server: CountingServer): Promise<Fetched[]> {
  await new Promise((r) => setTimeout(r, 250));
  return server.take();
}

/**
 * The product's search page: opened fresh, then each query typed into its field and sent with Enter,
 * until the page announces the result. The page's own HTML, CSS and script are the page's weight, not
 * a query's: of what opening it fetched, only the index's files (`pagefind.js`) count, with the first query.
 */
async function searchPageRunner(page: Page, server: CountingServer, bundlePrefix: string): Promise<QueryRunner> {
  await page.goto(`http://127.0.0.1:${server.port}/zoeken/`);
  // The script is ready when it shows the button of its filters.
  await page.locator("[data-kv-search-toggle]").waitFor({ state: "visible" });
  let carried = (await settled(server)).filter((f) => f.path.startsWith(bundlePrefix));
  return async (query) => {
    // The live region is emptied first, so that its next text is this query's announcement.
    await page.evaluate(() => {
      const status = document.querySelector("[data-kv-search-status]");
      if (status) status.textContent = "";
    });
    await page.fill("#zoekterm", query);
    await page.press("#zoekterm", "Enter");
    await page.waitForFunction(() => (document.querySelector("[data-kv-search-status]")?.textContent ?? "") !== "", undefined, { timeout: 120_000 });
    const announced = (await page.locator("[data-kv-search-status]").textContent()) ?? "";
    if (announced === labels.search.client.unavailable) throw new Error(`the search page could not search: ${announced}`);
    const files = [...carried, ...(await settled(server))];
    carried = [];
    return { query, results: announcedCount(announced), announced, files, ...summarize(files) };
  };
}

/** A page that imports the built `pagefind.js` and searches it as Pagefind's own interface would. */
async function harnessRunner(page: Page, server: CountingServer, bundlePrefix: string): Promise<QueryRunner> {
  await page.goto(`http://127.0.0.1:${server.port}/__bench__/search.html`);
  await server.take(); // the harness page itself is not part of the search
  let first = true;
  return async (query) => {
    const results = await page.evaluate(
      async ({ url, query, first, loaded }) => {
        type Pagefind = { search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }> };
        const w = globalThis as unknown as { __pagefind?: Pagefind };
        if (first) w.__pagefind = (await import(url)) as Pagefind;
        const search = await w.__pagefind!.search(query);
        await Promise.all(search.results.slice(0, loaded).map((r) => r.data()));
        return search.results.length;
      },
      { url: `${bundlePrefix}pagefind.js`, query, first, loaded: RESULTS_LOADED },
    );
    first = false;
    const files = await settled(server);
    return { query, results, files, ...summarize(files) };
  };
}
