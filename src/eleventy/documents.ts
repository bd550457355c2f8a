/**
 * Document pages: the `documentView` filter that turns a record into its page's view, the `labels`
 * global, and `content/documents/` kept out of the templates (those are source files, read by `_data`).
 */
import type { UserConfig } from "@11ty/eleventy";
import { labels } from "../labels.ts";
import { createMarkdown, FootnoteError } from "../markdown/index.ts";
import type { KamervraagRecord } from "../model.ts";
import { buildDocumentView, type DocumentView } from "./document-view.ts";

export default function documentsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.ignores.add("content/documents/**");
  eleventyConfig.addWatchTarget("content/documents/");
  eleventyConfig.addGlobalData("labels", labels);

  const md = createMarkdown();
  // One index per documents array (one per build), not one per page.
  const indexes = new WeakMap<readonly KamervraagRecord[], Map<string, KamervraagRecord>>();
  const indexOf = (documents: readonly KamervraagRecord[]) => {
    let index = indexes.get(documents);
    if (!index) {
      index = new Map(documents.map((record) => [record.id, record]));
      indexes.set(documents, index);
    }
    return index;
  };

  eleventyConfig.addFilter("documentView", (record: KamervraagRecord, documents: readonly KamervraagRecord[]): DocumentView => {
    try {
      return buildDocumentView(record, { md, siteDocuments: indexOf(documents) });
    } catch (error) {
      // Nunjucks wraps a filter's error and drops its message: say here which document failed and why.
      console.error(error instanceof FootnoteError ? error.message : `${record.source.path}: ${String(error)}`);
      throw error;
    }
  });
}
