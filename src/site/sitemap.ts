/**
 * The sitemap (https://www.sitemaps.org/protocol.html): every HTML page of the site, sorted, with
 * absolute URLs. One file holds at most 50,000 URLs; a larger site gets `sitemap.xml` as an index of
 * `sitemap-1.xml`, `sitemap-2.xml`, … so that robots.txt names one address either way.
 */
import { notFoundUrl, sitemapUrl } from "./urls.ts";

export const SITEMAP_LIMIT = 50_000;

/**
 * The URLs of the pages Eleventy wrote that are HTML pages, sorted, once each; not the page a host
 * serves for a missing address, which is nothing to visit.
 */
export function sitemapUrls(items: ReadonlyArray<{ url?: string | false; outputPath?: string | false }>): string[] {
  const urls = items
    .filter((item) => typeof item.url === "string" && typeof item.outputPath === "string" && item.outputPath.endsWith(".html"))
    .filter((item) => item.url !== notFoundUrl)
    .map((item) => item.url as string);
  return [...new Set(urls)].sort();
}

/** One sitemap file: a list of pages, or (for a large site) the index of the lists. */
export interface SitemapFile {
  /** The file's own URL, site-relative: `/sitemap.xml`, `/sitemap-1.xml`. */
  url: string;
  /** `urlset`: a list of pages; `index`: a list of sitemap files. */
  kind: "urlset" | "index";
  /** What it lists, site-relative; the layout (`_includes/layouts/sitemap.njk`) makes them absolute. */
  locations: string[];
}

/** The sitemap files for the site-relative URLs of its pages. */
export function sitemapFiles(pageUrls: Iterable<string>, limit = SITEMAP_LIMIT): SitemapFile[] {
  const urls = [...new Set(pageUrls)].sort();
  if (urls.length <= limit) return [{ url: sitemapUrl, kind: "urlset", locations: urls }];
  const parts: SitemapFile[] = [];
  for (let start = 0; start < urls.length; start += limit) {
    parts.push({ url: sitemapUrl.replace(/\.xml$/, `-${parts.length + 1}.xml`), kind: "urlset", locations: urls.slice(start, start + limit) });
  }
  return [{ url: sitemapUrl, kind: "index", locations: parts.map((part) => part.url) }, ...parts];
}
