/** Open data: every record of one vergaderjaar in one JSON array, newest first (`/records/2023-2024.json`). */
import { recordsYearUrl } from "../src/eleventy/urls.ts";
import type { KamervraagRecord } from "../src/model.ts";
import { recordsPerYear, type RecordsOfYear } from "../src/eleventy/open-data.ts";

export const data = {
  eleventyExcludeFromCollections: true,
  pagination: {
    data: "documents",
    size: 1,
    alias: "year",
    before: (documents: KamervraagRecord[]): RecordsOfYear[] => recordsPerYear(documents),
  },
  permalink: (data: { year: RecordsOfYear }): string => recordsYearUrl(data.year.sessionYear),
};

export function render(data: { year: RecordsOfYear }): string {
  return `${JSON.stringify(data.year.records, null, 1)}\n`;
}
