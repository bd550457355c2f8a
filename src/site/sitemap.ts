/**
 * The sitemap (https://www.sitemaps.org/protocol.html): every HTML page of the site, sorted, with
 * absolute URLs. One file holds at most 50,000 URLs; a larger site gets `sitemap.xml` as an index of
 * `sitemap-1.xml`, `sitemap-2.xml`, … so that robots.txt names one address either way.
 */
import { escapeHtml } from "./feeds.ts";
import { absoluteUrl, type SiteData } from "./config.ts";
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

/** `{ url, content }` for each sitemap file, from the site-relative URLs of its pages. */
export function sitemapFiles(pageUrls: Iterable<string>, site: SiteData, limit = SITEMAP_LIMIT): Array<{ url: string; content: string }> {
  const urls = [...new Set(pageUrls)].sort();
  const urlset = (part: string[]) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    part.map((url) => `  <url><loc>${escapeHtml(absoluteUrl(site, url))}</loc></url>\n`).join("") +
    `</urlset>\n`;
  if (urls.length <= limit) return [{ url: sitemapUrl, content: urlset(urls) }];
  const parts: Array<{ url: string; content: string }> = [];
  for (let start = 0; start < urls.length; start += limit) {
    parts.push({ url: sitemapUrl.replace(/\.xml$/, `-${parts.length + 1}.xml`), content: urlset(urls.slice(start, start + limit)) });
  }
  const index =
    `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    parts.map((part) => `  <sitemap><loc>${escapeHtml(absoluteUrl(site, part.url))}</loc></sitemap>\n`).join("") +
    `</sitemapindex>\n`;
  return [{ url: sitemapUrl, content: index }, ...parts];
}
