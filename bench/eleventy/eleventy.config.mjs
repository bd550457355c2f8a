/**
 * Baseline A of the benchmark: plain Eleventy 3.1.8 over the generated markdown, with one minimal layout
 * and nothing else (no plugins, no data, no listings). The benchmark sets BENCH_ELEVENTY_INPUT to the
 * corpus folder and passes --output; the layout is found from here, wherever the corpus is.
 */
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "layout.njk");
  // The corpus lives in a gitignored folder (.bench/), which Eleventy would otherwise skip.
  eleventyConfig.setUseGitIgnore(false);
}

const input = resolve(process.env.BENCH_ELEVENTY_INPUT ?? ".");

export const config = {
  templateFormats: ["md"],
  dir: {
    input,
    // Eleventy reads the includes folder relative to the input folder.
    includes: relative(input, resolve(here, "_includes")),
  },
};
