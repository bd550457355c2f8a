/**
 * Eleventy plugin: what a build of the pipeline (src/build/) hands Eleventy. The records reach the
 * templates as Eleventy data, the way a publisher's own template expects them: the global `documents`
 * (`_data/documents.ts`, every publishable record, newest first) and the collection
 * `collections.documents` (the same records, for Eleventy's pagination and filters). The templates are
 * rendered with the site's one Nunjucks environment (src/render/nunjucks.ts), and every root-relative
 * link of an HTML page gets the path prefix the same way the corpus's pages get it
 * (src/render/path-prefix.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import type nunjucks from "nunjucks";
import type { KamervraagRecord } from "../model.ts";
import { prefixRootUrls } from "../render/path-prefix.ts";
import { withSharingTags } from "../render/sharing.ts";

/** The global data key `_data/documents.ts` reads the build's records from. */
export const CORPUS_DATA_KEY = "corpusDocuments";

export interface CorpusPluginOptions {
  /** The records of this build; called once per build (`npm start` builds again on every change). */
  documents: () => Promise<KamervraagRecord[]>;
  env: nunjucks.Environment;
  /** `/` or the sub-path the site is built for. */
  pathPrefix: string;
}

export default function corpusPlugin(eleventyConfig: UserConfig, options: CorpusPluginOptions): void {
  // The source documents are read by the pipeline, never rendered as templates.
  eleventyConfig.ignores.add("content/documents/**");
  eleventyConfig.addWatchTarget("content/documents/");
  eleventyConfig.setLibrary("njk", options.env);

  // Loaded once per build: the data file and the collection read the same records.
  let current: Promise<KamervraagRecord[]> | null = null;
  const documents = () => (current ??= options.documents());
  eleventyConfig.addGlobalData(CORPUS_DATA_KEY, documents);
  eleventyConfig.addCollection("documents", async () => [...(await documents())]);
  eleventyConfig.on("eleventy.after", () => {
    current = null;
  });

  const { pathPrefix } = options;
  eleventyConfig.addTransform("path-prefix", function (content) {
    const outputPath = this.page.outputPath;
    return typeof outputPath === "string" && outputPath.endsWith(".html") ? withSharingTags(prefixRootUrls(content, pathPrefix)) : content;
  });
}
