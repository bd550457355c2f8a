/**
 * The Eleventy stage: Eleventy writes the site's own pages (content/: home, search, indexes, 404,
 * statement, headers, robots, the open data's index) with the build's records and its one Nunjucks
 * environment (src/eleventy/corpus.ts). The process must have tsx loaded (`node --import tsx`, or
 * vitest's `--import tsx`), since the configuration, the plugins and the data files are TypeScript.
 */
import { pathToFileURL } from "node:url";
import { join, relative, resolve } from "node:path";
import { Eleventy, type EleventyAfterEvent } from "@11ty/eleventy";
import type nunjucks from "nunjucks";
import corpusPlugin from "../eleventy/corpus.ts";
import type { KamervraagRecord } from "../model.ts";

export interface EleventyStageOptions {
  configPath: string;
  output: string;
  pathPrefix: string;
  env: nunjucks.Environment;
  documents: () => Promise<KamervraagRecord[]>;
  quiet: boolean;
  runMode?: "build" | "serve" | "watch";
  /** Runs after each of Eleventy's builds (`npm start` renders the corpus's pages there). */
  after?: (event: EleventyAfterEvent) => Promise<void>;
}

export function createEleventy(options: EleventyStageOptions): Eleventy {
  return new Eleventy(undefined, options.output, {
    // As on the command line: the output folder given here wins over the configuration's `dir.output`
    // (Eleventy only lets it win for source "cli").
    source: "cli",
    configPath: options.configPath,
    quietMode: options.quiet,
    runMode: options.runMode ?? "build",
    ...(options.pathPrefix !== "/" ? { pathPrefix: options.pathPrefix } : {}),
    // Runs before the configuration file.
    config: (eleventyConfig) => {
      eleventyConfig.addPlugin(corpusPlugin, { documents: options.documents, env: options.env, pathPrefix: options.pathPrefix });
      if (options.after) eleventyConfig.on("eleventy.after", options.after);
    },
  });
}

/** Eleventy's own pages as written: their URLs and files, for the sitemap. */
export async function writeEleventyPages(options: EleventyStageOptions): Promise<Array<{ url: string | false; outputPath: string | false }>> {
  const [, pages] = await createEleventy(options).write();
  return pages;
}

/**
 * The layouts folder of an Eleventy configuration (its `config.dir`, relative to the input folder), as
 * the project's working directory sees it: `_includes`.
 */
export async function includesFolder(configPath: string): Promise<string> {
  const module = (await import(pathToFileURL(resolve(configPath)).href)) as { config?: { dir?: { input?: string; includes?: string } } };
  const dir = module.config?.dir ?? {};
  return relative(process.cwd(), resolve(join(dir.input ?? ".", dir.includes ?? "_includes"))) || ".";
}
