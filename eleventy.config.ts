/**
 * Eleventy configuration: where things are, and which plugins (src/eleventy/) do the work.
 * Run with `npm run build` / `npm start` (scripts/build.ts): Eleventy 3.1 does not find a .ts config
 * by itself.
 */
import { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import documentsPlugin from "./src/eleventy/documents.ts";
import filtersPlugin from "./src/site/format.ts";
import listingsPlugin from "./src/site/listings.ts";
import markdownPlugin from "./src/eleventy/markdown.ts";
import searchPlugin from "./src/site/search-fields.ts";
import sitePlugin from "./src/site/config.ts";
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

  // Documents: the global `documents`; after Eleventy's own pages, every page, feed and record of the
  // corpus and the search index, written as they are made (src/eleventy/corpus-pages/)
  eleventyConfig.addPlugin(documentsPlugin);

  // Browsing: the navigation, the URL patterns and the listing indexes
  eleventyConfig.addPlugin(listingsPlugin);

  // Search: the search page's settings (the index is written after the pages: src/eleventy/documents.ts)
  eleventyConfig.addPlugin(searchPlugin);

  // Assets
  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  // URLs: root-relative links in the output get the path prefix (`--pathprefix=/kamervragen/`).
  eleventyConfig.addPlugin(HtmlBasePlugin);
}
