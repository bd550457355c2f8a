/**
 * Nunjucks outside Eleventy's template map, for the pages there are one or more of per document
 * (document pages, listings, feeds). Eleventy keeps every page it renders in memory until the build
 * ends, which does not fit 87,000 documents; these pages are rendered from the same layouts in
 * `_includes/`, with the same filters and globals, and written at once (./write.ts).
 */
import nunjucks from "nunjucks";
import { labels } from "../labels.ts";
import { filters } from "../site/format.ts";
import { navigation } from "../site/listings.ts";
import { searchPageConfig } from "../site/search-fields.ts";
import { siteFilters, type SiteData } from "../site/config.ts";
import * as urls from "../site/urls.ts";
import { prefixRootUrls } from "./path-prefix.ts";

export interface TemplateRenderer {
  /**
   * Renders an HTML layout of `_includes/` for the page at `url` (root-relative), with the site's path
   * prefix on every root-relative link, as Eleventy's HTML base plugin does for its own pages.
   */
  page(layout: string, url: string, context: Record<string, unknown>): string;
  /** Renders any other layout (XML) as it is: its URLs are made absolute by the template. */
  text(layout: string, context: Record<string, unknown>): string;
}

/** The globals every template sees, as Eleventy's configuration gives them to its own pages. */
export function templateGlobals(site: SiteData): Record<string, unknown> {
  return { site, labels, urls: { ...urls }, navigation: navigation(), searchPage: searchPageConfig() };
}

export function createTemplateRenderer(options: {
  includes: string;
  site: SiteData;
  /** Filters of the build that need its documents (`documentView`, `searchFields`). */
  extraFilters?: Record<string, (...args: never[]) => unknown>;
}): TemplateRenderer {
  // As Eleventy's own environment is configured in eleventy.config.ts: escape everything, fail on typos.
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(options.includes), { autoescape: true, throwOnUndefined: true });
  const all: Record<string, (...args: never[]) => unknown> = {
    ...filters,
    ...siteFilters,
    ...options.extraFilters,
  };
  for (const [name, filter] of Object.entries(all)) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  const globals = templateGlobals(options.site);
  const { pathPrefix } = options.site;
  return {
    page(layout, url, context) {
      return prefixRootUrls(env.render(layout, { ...globals, ...context, page: { url } }), pathPrefix);
    },
    text(layout, context) {
      return env.render(layout, { ...globals, ...context });
    },
  };
}
