/**
 * Eleventy configuration: where things are, and which plugins (src/eleventy/) do the work.
 * Run with `npm run build` / `npm start` (scripts/build.ts): Eleventy 3.1 does not find a .ts config
 * by itself.
 */
import { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import documentsPlugin from "./src/eleventy/documents.ts";
import filtersPlugin from "./src/eleventy/filters.ts";
import listingsPlugin from "./src/eleventy/listings.ts";
import markdownPlugin from "./src/eleventy/markdown.ts";
import searchPlugin from "./src/eleventy/search.ts";
import sitePlugin from "./src/eleventy/site.ts";
import sitemapPlugin from "./src/eleventy/sitemap.ts";
import typescriptPlugin from "./src/eleventy/typescript.ts";

export const config = {
  dir: {
    input: "content",
    includes: "../_includes",
    data: "../_data",
    output: "_site",
  },
};

export default function (eleventyConfig: UserConfig): void {
  // TypeScript: _data/*.ts and content/*.11ty.ts
  eleventyConfig.addPlugin(typescriptPlugin);

  // Site: the global `site` (URL from SITE_URL, path prefix), shared by pages, feeds and sitemap
  eleventyConfig.addPlugin(sitePlugin);

  // Templates: Nunjucks escapes every value unless marked safe; a typo in a template fails the build.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(documentsPlugin);

  // Browsing: listings per vergaderjaar, party, member, ministry and kind, with their indexes
  eleventyConfig.addPlugin(listingsPlugin);

  // Feed: Atom feeds (content/feeds.11ty.ts) with the RSS plugin's date filters; sitemap.xml
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(sitemapPlugin);

  // Search: hidden Pagefind fields on document pages, the search page's settings, and the index,
  // written into the output after the pages (src/eleventy/search-index.ts)
  eleventyConfig.addPlugin(searchPlugin);

  // Assets
  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  // URLs: root-relative links in the output get the path prefix (`--pathprefix=/kamervragen/`).
  eleventyConfig.addPlugin(HtmlBasePlugin);
}
