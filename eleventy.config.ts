/**
 * Eleventy configuration: where things are, and which plugins (src/eleventy/) do the work.
 * Run with `npm run build` / `npm start` (scripts/build.ts): Eleventy 3.1 does not find a .ts config
 * by itself.
 */
import { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import documentsPlugin from "./src/eleventy/documents.ts";
import filtersPlugin from "./src/eleventy/filters.ts";
import markdownPlugin from "./src/eleventy/markdown.ts";
import typescriptDataPlugin from "./src/eleventy/typescript.ts";

export const config = {
  dir: {
    input: "content",
    includes: "../_includes",
    data: "../_data",
    output: "_site",
  },
};

export default function (eleventyConfig: UserConfig): void {
  // Data: _data/*.ts
  eleventyConfig.addPlugin(typescriptDataPlugin);

  // Templates: Nunjucks escapes every value unless marked safe; a typo in a template fails the build.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(documentsPlugin);

  // Assets
  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  // URLs: root-relative links in the output get the path prefix (`--pathprefix=/kamervragen/`).
  eleventyConfig.addPlugin(HtmlBasePlugin);
}
