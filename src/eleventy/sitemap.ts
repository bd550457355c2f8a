/**
 * `sitemap.xml` (https://www.sitemaps.org/protocol.html): every HTML page of the site, in a fixed order
 * so that the same content gives the same file. The template (content/sitemap.njk) makes each URL
 * absolute with the site's URL and path prefix.
 */
import type { UserConfig } from "@11ty/eleventy";

/** The URLs of the pages in Eleventy's `collections.all` that are HTML pages, sorted, once each. */
export function sitemapUrls(items: ReadonlyArray<{ url?: string | false; outputPath?: string | false }>): string[] {
  const urls = items
    .filter((item) => typeof item.url === "string" && typeof item.outputPath === "string" && item.outputPath.endsWith(".html"))
    .map((item) => item.url as string);
  return [...new Set(urls)].sort();
}

export default function sitemapPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("sitemapUrls", sitemapUrls);
}
