/**
 * Open data: each document's record as JSON beside its page (`/ah-…/record.json`), and every record in
 * one array per vergaderjaar (records-year.11ty.ts). Exactly the record of src/model.ts, so it validates
 * against its schema.
 */
import { documentJsonUrl } from "../src/eleventy/urls.ts";
import type { KamervraagRecord } from "../src/model.ts";

export const data = {
  eleventyExcludeFromCollections: true,
  pagination: { data: "documents", size: 1, alias: "record" },
  permalink: (data: { record: KamervraagRecord }): string => documentJsonUrl(data.record.id),
};

export function render(data: { record: KamervraagRecord }): string {
  return `${JSON.stringify(data.record, null, 2)}\n`;
}
