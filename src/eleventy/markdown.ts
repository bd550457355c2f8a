/** Markdown templates use the site's one markdown-it configuration (src/markdown). */
import type { UserConfig } from "@11ty/eleventy";
import { createMarkdown } from "../markdown/index.ts";

export default function markdownPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setLibrary("md", createMarkdown());
}
