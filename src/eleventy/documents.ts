/**
 * Document pages: the `documentView` filter that turns a record into its page's view, the `labels`
 * global, and `content/documents/` kept out of the templates (those are source files, read by `_data`).
 */
import type { UserConfig } from "@11ty/eleventy";
import { labels } from "../labels.ts";
import type { KamervraagRecord } from "../model.ts";
import type { DocumentView } from "./document-view.ts";
import { viewOf } from "./views.ts";

export default function documentsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.ignores.add("content/documents/**");
  eleventyConfig.addWatchTarget("content/documents/");
  eleventyConfig.addGlobalData("labels", labels);

  eleventyConfig.addFilter("documentView", (record: KamervraagRecord, documents: readonly KamervraagRecord[]): DocumentView =>
    viewOf(record, documents),
  );
}
