/**
 * What a build wrote: bytes and files of the output, of its search bundle, and the gzip weight of a page
 * with the stylesheets and scripts it loads.
 */
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface DirStats {
  bytes: number;
  files: number;
}

/** Bytes (file sizes, not disk blocks) and files under `dir`, leaving out the folders in `exclude`. */
export function dirStats(dir: string, exclude: readonly string[] = []): DirStats {
  const skip = new Set(exclude.map((e) => join(dir, e)));
  let bytes = 0;
  let files = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (skip.has(current)) continue;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) {
        bytes += statSync(path).size;
        files++;
      }
    }
  }
  return { bytes, files };
}

/**
 * The folder of a Pagefind bundle under `root` (where `pagefind-entry.json` is), relative, or null.
 * Looks a few levels deep, breadth first, and never into the document folders' thousands of entries
 * beyond what is needed.
 */
export function findSearchBundle(root: string, maxDepth = 3): string | null {
  let level = [root];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      if (existsSync(join(dir, "pagefind-entry.json")) && existsSync(join(dir, "pagefind.js"))) return relative(root, dir) || ".";
      // A bundle folder is usually called pagefind/; look there first, then everywhere.
      let entries: string[];
      try {
        entries = readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name);
      } catch {
        continue;
      }
      // Document folders (`ah-tk-…`) never hold a bundle: skip them, there may be 87,000.
      for (const name of entries) if (!/^ah-(?:tk|ek)-/u.test(name)) next.push(join(dir, name));
    }
    level = next;
  }
  return null;
}

export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: number;
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "iu").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
}

/** The stylesheets and scripts a page loads (by URL as written) and how many inline scripts it has. */
export function pageAssets(html: string): PageAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  let inlineScripts = 0;
  for (const m of html.matchAll(/<link\b[^>]*>/giu)) {
    const rel = attribute(m[0], "rel")?.toLowerCase().split(/\s+/u) ?? [];
    const href = attribute(m[0], "href");
    if (rel.includes("stylesheet") && href) stylesheets.push(href);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    const src = attribute(`<script ${m[1]}>`, "src");
    const type = attribute(`<script ${m[1]}>`, "type")?.toLowerCase() ?? "";
    // JSON data blocks (`application/ld+json`) are not scripts that run.
    if (/json/u.test(type)) continue;
    if (src) scripts.push(src);
    else if (m[2]!.trim() !== "") inlineScripts++;
  }
  return { stylesheets, scripts, inlineScripts };
}

/** The file a URL on a page points to in the built site, or null for another host. */
export function resolveAsset(root: string, pagePath: string, url: string, pathPrefix = "/"): string | null {
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//iu.test(url) || url.startsWith("data:")) return null;
  const clean = url.split(/[?#]/u)[0]!;
  let sitePath: string;
  if (clean.startsWith("/")) {
    sitePath = clean.startsWith(pathPrefix) ? clean.slice(pathPrefix.length) : clean.slice(1);
  } else {
    sitePath = posix.join(posix.dirname(pagePath.split("\\").join("/")), clean);
  }
  const file = join(root, sitePath);
  if (sitePath.endsWith("/") || (existsSync(file) && statSync(file).isDirectory())) return join(file, "index.html");
  return file;
}

export interface PageWeight {
  page: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  /** HTML + CSS + JS, each gzipped on its own as a server would send it. */
  totalGzipBytes: number;
  stylesheets: number;
  scripts: number;
  inlineScripts: number;
  missing: string[];
}

export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: 6 }).length;
}

/** The gzip weight of one built page (path relative to `root`) with its stylesheets and scripts. */
export function pageWeight(root: string, page: string): PageWeight {
  const html = readFileSync(join(root, page));
  const assets = pageAssets(html.toString("utf8"));
  const weight: PageWeight = {
    page,
    htmlBytes: html.length,
    htmlGzipBytes: gzipSize(html),
    cssBytes: 0,
    cssGzipBytes: 0,
    jsBytes: 0,
    jsGzipBytes: 0,
    totalGzipBytes: 0,
    stylesheets: assets.stylesheets.length,
    scripts: assets.scripts.length,
    inlineScripts: assets.inlineScripts,
    missing: [],
  };
  const add = (url: string, kind: "css" | "js") => {
    const file = resolveAsset(root, page, url);
    if (file === null) return;
    if (!existsSync(file)) {
      weight.missing.push(url);
      return;
    }
    const data = readFileSync(file);
    if (kind === "css") {
      weight.cssBytes += data.length;
      weight.cssGzipBytes += gzipSize(data);
    } else {
      weight.jsBytes += data.length;
      weight.jsGzipBytes += gzipSize(data);
    }
  };
  for (const url of new Set(assets.stylesheets)) add(url, "css");
  for (const url of new Set(assets.scripts)) add(url, "js");
  weight.totalGzipBytes = weight.htmlGzipBytes + weight.cssGzipBytes + weight.jsGzipBytes;
  return weight;
}

/** The largest HTML file under `root` (relative path and bytes), skipping the search bundle. */
export function largestHtml(root: string, exclude: readonly string[] = []): { page: string; bytes: number } | null {
  const skip = new Set(exclude.map((e) => join(root, e)));
  let best: { page: string; bytes: number } | null = null;
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    if (skip.has(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.name.endsWith(".html")) {
        const size = statSync(path).size;
        if (!best || size > best.bytes) best = { page: relative(root, path), bytes: size };
      }
    }
  }
  return best;
}

/** The page of a document: `<id>/index.html` at any depth the site puts it (`/ah-…/`, `/2023-2024/ah-…/`). */
export function documentPage(root: string, id: string, hints: readonly string[] = []): string | null {
  for (const candidate of [`${id}/index.html`, ...hints.map((h) => `${h}/${id}/index.html`), `${id}.html`]) {
    if (existsSync(join(root, candidate))) return candidate;
  }
  return null;
}
