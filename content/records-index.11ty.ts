/** Every record of the site in one JSON array, newest first (see records.11ty.ts). */
import { recordsIndexUrl } from "../src/eleventy/urls.ts";
import type { KamervraagRecord } from "../src/model.ts";

export const data = {
  eleventyExcludeFromCollections: true,
  permalink: recordsIndexUrl,
};

export function render(data: { documents: KamervraagRecord[] }): string {
  return `${JSON.stringify(data.documents, null, 1)}\n`;
}
