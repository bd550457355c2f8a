/**
 * The Atom feeds: `/feed.xml` and one beside each party, member and ministry listing
 * (src/eleventy/feeds.ts). The layout writes the XML.
 */
import { browseOf } from "../src/browse/facets.ts";
import { buildFeeds, type Feed } from "../src/eleventy/feeds.ts";
import { viewOf } from "../src/eleventy/views.ts";
import type { KamervraagRecord } from "../src/model.ts";

export const data = {
  layout: "layouts/feed.njk",
  eleventyExcludeFromCollections: true,
  pagination: {
    data: "documents",
    size: 1,
    alias: "feed",
    before: (_documents: unknown[], data: { documents: KamervraagRecord[] }): Feed[] =>
      buildFeeds(browseOf(data.documents), (record) => viewOf(record, data.documents)),
  },
  permalink: (data: { feed: Feed }): string => data.feed.url,
};

export function render(): string {
  return "";
}
