/**
 * The index of the open data: what it is, under which licence, the schema of its records, and per
 * vergaderjaar, newest first, how many records there are and the file that holds them (written by
 * src/render/corpus-pages.ts). Addresses are relative to this file, so the index is right at the site
 * root and under a sub-path alike.
 */
import { labels } from "../src/labels.ts";
import { newestAnswered } from "../src/site/format.ts";
import { openDataUrl, recordsIndexUrl, recordsSchemaUrl, recordsYearUrl } from "../src/site/urls.ts";
import type { KamervraagRecord } from "../src/model.ts";
import { recordsPerYear } from "../src/site/open-data.ts";

export const data = {
  eleventyExcludeFromCollections: true,
  permalink: recordsIndexUrl,
};

export function render(data: { documents: KamervraagRecord[] }): string {
  const index = {
    title: labels.openDataIndex.title,
    description: labels.openDataIndex.description,
    licence: labels.openDataIndex.licence,
    licenceUrl: labels.openDataIndex.licenceUrl,
    documentation: openDataUrl.slice(1),
    schema: recordsSchemaUrl.slice(1),
    newestDocument: newestAnswered(data.documents),
    count: data.documents.length,
    vergaderjaren: recordsPerYear(data.documents).map((year) => ({
      sessionYear: year.sessionYear,
      count: year.records.length,
      url: recordsYearUrl(year.sessionYear).slice(1),
    })),
  };
  return `${JSON.stringify(index, null, 1)}\n`;
}
