/**
 * `npm start`: the build's stages in place in the output folder, served on localhost by Eleventy's dev
 * server and run again on every change (a source document, a template, the code). The corpus's pages
 * and the search index follow each of Eleventy's builds.
 */
import { rm } from "node:fs/promises";
import type { KamervraagRecord } from "../model.ts";
import { createNunjucks } from "../render/nunjucks.ts";
import { siteData } from "../site/config.ts";
import { createEleventy, includesFolder } from "./eleventy.ts";
import { loadDocuments } from "./load-documents.ts";
import { resolveOptions, type BuildOptions } from "./options.ts";
import { writeCorpus } from "./write-corpus.ts";

export async function serveSite(given: BuildOptions & { port?: number | undefined }): Promise<void> {
  const options = resolveOptions(given);
  const site = siteData(options);
  await rm(options.output, { recursive: true, force: true });
  const includes = await includesFolder(options.configPath);
  const env = createNunjucks({ includes, site, searchPartSize: options.searchPartSize });
  // The records of the build under way: loaded when Eleventy asks for its data, used after it wrote.
  let current: Promise<KamervraagRecord[]> = Promise.resolve([]);
  const eleventy = createEleventy({
    configPath: options.configPath,
    output: options.output,
    pathPrefix: site.pathPrefix,
    env,
    documents: () => (current = (options.load ?? (() => loadDocuments(options)))()),
    quiet: options.quiet,
    runMode: "serve",
    after: async ({ results }) => {
      await writeCorpus({
        output: options.output,
        published: null,
        includes,
        env,
        site,
        documents: await current,
        eleventyPages: results,
        cacheDir: options.cacheDir,
        searchPartSize: options.searchPartSize,
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(given.port);
  process.on("SIGINT", () => void eleventy.stopWatch().then(() => process.exit(0)));
}
