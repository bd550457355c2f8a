/**
 * Data of every page Eleventy writes from content/: the main navigation and the search page's
 * configuration as this build's documents have them, so that the topics' index and the topic filter
 * appear only when some document has a topic. They take the place of the Nunjucks globals of the same
 * names (src/render/nunjucks.ts), made before any document is known; the corpus's pages get the same
 * navigation from their listing or document view (src/site/navigation.ts).
 *
 * A function of the configuration's data, called once per build (src/eleventy/typescript.ts), rather
 * than `eleventyComputed`, whose functions Eleventy also calls with a proxy of the data for every page
 * to learn what they read: that would group the whole archive again twice a page.
 */
import documents from "../_data/documents.ts";
import { browseOf } from "../src/site/facets.ts";
import { navigation, type NavigationItem } from "../src/site/navigation.ts";
import { searchPageConfig, type SearchPageConfig } from "../src/site/search-fields.ts";

export default function pageData(configData: Record<string, unknown>): { navigation: NavigationItem[]; searchPage: SearchPageConfig } {
  // The same records, the same array, as the global `documents`: browseOf groups them once for both.
  const browse = browseOf(documents(configData));
  return { navigation: navigation(browse), searchPage: searchPageConfig(browse) };
}
