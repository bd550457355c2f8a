/** The index of each way in: vergaderjaren, partijen, Kamerleden, ministeries, soorten. */
import { browseOf } from "../src/site/facets.ts";
import { indexPages, type IndexPage } from "../src/site/listings.ts";
import type { KamervraagRecord } from "../src/model.ts";

export const data = {
  layout: "layouts/index.njk",
  pagination: {
    data: "documents",
    size: 1,
    // Every page in collections.all, for the sitemap (Eleventy adds only the first by default).
    addAllPagesToCollections: true,
    alias: "index",
    before: (_documents: unknown[], data: { documents: KamervraagRecord[] }): IndexPage[] => indexPages(browseOf(data.documents)),
  },
  permalink: (data: { index: IndexPage }): string => data.index.url,
};

export function render(): string {
  return "";
}
