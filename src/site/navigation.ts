/**
 * The main navigation of every page: home, all documents and the index of every way in the site shows
 * (./facets.ts, `shownFacets`), so the topics' index only when some document has a topic. The pages
 * Eleventy writes get it as `navigation` from their data (content/content.11tydata.ts), the corpus's
 * pages from their listing or document view; the Nunjucks global of the same name, made before any
 * document is known, is that of a site without topics.
 */
import { buildBrowse, shownFacets, type Browse } from "./facets.ts";
import { labels } from "../labels.ts";
import { allDocumentsUrl, facetIndexUrl, homeUrl } from "./urls.ts";

export interface NavigationItem {
  text: string;
  url: string;
}

/** The main navigation of a site with the groups of `browse` (by default, of no documents). */
export function navigation(browse: Pick<Browse, "facets"> = buildBrowse([])): NavigationItem[] {
  return [
    { text: labels.start, url: homeUrl },
    { text: labels.allDocuments, url: allDocumentsUrl() },
    ...shownFacets(browse).map((facet) => ({ text: labels.facets[facet].many, url: facetIndexUrl(facet) })),
  ];
}
