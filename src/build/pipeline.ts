/**
 * The build, stage by stage: the corpus is loaded (./load-documents.ts), Eleventy writes the site's own
 * pages (./eleventy.ts), the corpus's pages are rendered and the search index made beside them
 * (./write-corpus.ts), and the finished site is put in place of the old one (./staging.ts). Everything is
 * written into a staging folder beside the site, so a failed or interrupted build never leaves a
 * half-built site, and a page that no longer exists never survives a rebuild.
 */
import { rm } from "node:fs/promises";
import type { KamervraagRecord } from "../model.ts";
import { createNunjucks } from "../render/nunjucks.ts";
import { siteData } from "../site/config.ts";
import { includesFolder, writeEleventyPages } from "./eleventy.ts";
import { loadDocuments } from "./load-documents.ts";
import { resolveOptions, type BuildOptions } from "./options.ts";
import { publish, stagingFolder } from "./staging.ts";
import { writeCorpus } from "./write-corpus.ts";

export type { BuildOptions } from "./options.ts";

/** Builds the whole site, then puts it in place of the output folder; rejects when the build fails. */
export async function buildSite(given: BuildOptions = {}): Promise<void> {
  const options = resolveOptions(given);
  // Settings first: a wrong site URL or contact fails before any work.
  const site = siteData(options);
  const staging = stagingFolder(options.output);
  await rm(staging, { recursive: true, force: true });
  try {
    const documents: KamervraagRecord[] = await (options.load ?? (() => loadDocuments(options)))();
    const includes = await includesFolder(options.configPath);
    const env = createNunjucks({ includes, site, searchPartSize: options.searchPartSize });
    const eleventyPages = await writeEleventyPages({
      configPath: options.configPath,
      output: staging,
      pathPrefix: site.pathPrefix,
      env,
      documents: () => Promise.resolve(documents),
      quiet: options.quiet,
    });
    await writeCorpus({
      output: staging,
      published: options.output,
      includes,
      env,
      site,
      documents,
      eleventyPages,
      cacheDir: options.cacheDir,
      searchPartSize: options.searchPartSize,
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await publish(staging, options.output);
}
