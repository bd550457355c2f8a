/**
 * The site's one Nunjucks environment: the layouts of `_includes/`, every filter and every global,
 * registered here once. Eleventy renders the site's own pages with it (src/eleventy/corpus.ts hands it
 * over with `setLibrary("njk", …)`), and the corpus's pages (./corpus-pages.ts) are rendered with it
 * outside Eleventy's template map, which keeps every page it renders in memory until the build ends and
 * does not fit 87,000 documents.
 */
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import nunjucks from "nunjucks";
import { labels } from "../labels.ts";
import type { KamervraagRecord } from "../model.ts";
import { siteFilters, type SiteData } from "../site/config.ts";
import { browseOf } from "../site/facets.ts";
import { filters } from "../site/format.ts";
import { fieldRows, recordJsonSchema } from "../site/open-data-schema.ts";
import { navigation, waysIn } from "../site/listings.ts";
import { searchFacetCounts, searchIndexParts, searchPageConfig } from "../site/search-fields.ts";
import * as urls from "../site/urls.ts";
import { prefixRootUrls } from "./path-prefix.ts";
import { withSharingTags } from "./sharing.ts";

export interface NunjucksOptions {
  /** The layouts folder (`_includes`). */
  includes: string;
  site: SiteData;
  /** Documents per part of the search index (`--search-part-size`), when the build was given one. */
  searchPartSize?: number | undefined;
}

/**
 * The environment: it escapes every value unless marked safe, and a typo in a template (an undefined
 * value) fails the build.
 */
export function createNunjucks(options: NunjucksOptions): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(options.includes), { autoescape: true, throwOnUndefined: true });
  const all: Record<string, (...args: never[]) => unknown> = {
    ...filters,
    ...siteFilters,
    dateToRfc3339,
    waysIn: (documents: readonly KamervraagRecord[]) => waysIn(browseOf(documents)),
    searchFacetCounts,
    recordJsonSchema: (id: string) => `${JSON.stringify(recordJsonSchema(id), null, 1)}\n`,
    searchIndexParts: (documents: readonly KamervraagRecord[], site: SiteData) => searchIndexParts(documents, site, options.searchPartSize),
  };
  for (const [name, filter] of Object.entries(all)) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  const globals: Record<string, unknown> = {
    site: options.site,
    // The site's name as the publisher configured it, wherever a template names the site.
    labels: { ...labels, siteName: options.site.name },
    urls: { ...urls },
    navigation: navigation(),
    searchPage: searchPageConfig(),
    openDataFields: fieldRows(),
    // What a page may set for the head of base.njk: a document is an article; a page that is no
    // address of its own (404.html, served for any missing one) names no canonical URL.
    ogType: "website",
    noCanonical: false,
  };
  for (const [name, value] of Object.entries(globals)) env.addGlobal(name, value);
  return env;
}

export interface TemplateRenderer {
  /**
   * Renders an HTML layout of `_includes/` for the page at `url` (root-relative), with the site's path
   * prefix on every root-relative link, as Eleventy's pages get it (src/eleventy/corpus.ts).
   */
  page(layout: string, url: string, context: Record<string, unknown>): string;
  /** Renders any other layout (XML, or a fragment) as it is: its URLs are made absolute by the template or the caller. */
  text(layout: string, context: Record<string, unknown>): string;
}

export function createTemplateRenderer(env: nunjucks.Environment, site: Pick<SiteData, "pathPrefix">): TemplateRenderer {
  return {
    page(layout, url, context) {
      return withSharingTags(prefixRootUrls(env.render(layout, { ...context, page: { url } }), site.pathPrefix));
    },
    text(layout, context) {
      return env.render(layout, context);
    },
  };
}
