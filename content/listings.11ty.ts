/**
 * Every listing page: all documents, and each vergaderjaar, party, member, ministry and kind, 50 to a
 * page (src/eleventy/listings.ts). The layout writes the page.
 */
import { browseOf } from "../src/browse/facets.ts";
import { listingPages, type ListingPage } from "../src/eleventy/listings.ts";
import type { KamervraagRecord } from "../src/model.ts";

export const data = {
  layout: "layouts/listing.njk",
  pagination: {
    data: "documents",
    size: 1,
    // Every page in collections.all, for the sitemap (Eleventy adds only the first by default).
    addAllPagesToCollections: true,
    alias: "listing",
    before: (_documents: unknown[], data: { documents: KamervraagRecord[] }): ListingPage[] => listingPages(browseOf(data.documents)),
  },
  permalink: (data: { listing: ListingPage }): string => data.listing.url,
};

export function render(): string {
  return "";
}
