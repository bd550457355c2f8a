/**
 * Eleventy configuration: where things are, and the plugins of the site's own pages (src/eleventy/).
 * Eleventy is one stage of the build (src/build/): run it with `npm run build` or `npm start`, which
 * hand it the records and the site's one Nunjucks environment before this file runs
 * (src/eleventy/corpus.ts). Eleventy 3.1 does not find a .ts configuration by itself.
 */
import type { UserConfig } from "@11ty/eleventy";
import markdownPlugin from "./src/eleventy/markdown.ts";
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

  // Markdown templates use the site's one markdown-it configuration (src/markdown/).
  eleventyConfig.addPlugin(markdownPlugin);

  // Assets
  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });
}
