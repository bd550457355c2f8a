/**
 * Runs an Eleventy build in this process (used by scripts/build.ts and by the tests). The process must
 * have tsx loaded (`tsx scripts/build.ts`, or vitest's `--import tsx`), since the configuration, the
 * plugins and the data files are TypeScript.
 */
import { rename, rm } from "node:fs/promises";
import { Eleventy } from "@11ty/eleventy";
import sitePlugin from "../site/config.ts";
import { stagingFolder } from "./staging.ts";

export interface BuildOptions {
  /** Eleventy configuration file; default `eleventy.config.ts`. */
  configPath?: string;
  /** Output folder, emptied first; default `_site`. */
  output?: string;
  /** Publish under a sub-path, e.g. `/kamervragen/`. */
  pathPrefix?: string | undefined;
  /**
   * Where the site is published (`https://example.nl`), for feeds and the sitemap; default the
   * `SITE_URL` environment variable, else http://localhost:8080.
   */
  siteUrl?: string | undefined;
  /**
   * Where readers report accessibility problems (an e-mail address or a web address), named in the
   * accessibility statement; default the `SITE_CONTACT` environment variable.
   */
  contact?: string | undefined;
  quiet?: boolean;
  runMode?: "build" | "serve" | "watch";
}

export function createEleventy(options: BuildOptions = {}): Eleventy {
  return new Eleventy(undefined, options.output ?? "_site", {
    // As on the command line: the output folder given here wins over the configuration's `dir.output`
    // (Eleventy only lets it win for source "cli").
    source: "cli",
    configPath: options.configPath ?? "eleventy.config.ts",
    quietMode: options.quiet ?? false,
    runMode: options.runMode ?? "build",
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
    // Runs before the configuration file; the site plugin is unique, so this one (with the URL) wins.
    ...(options.siteUrl || options.contact
      ? { config: (eleventyConfig) => eleventyConfig.addPlugin(sitePlugin, { siteUrl: options.siteUrl, contact: options.contact }) }
      : {}),
  });
}

/**
 * Builds the whole site, then puts it in place of the output folder; rejects when the build fails.
 * Eleventy writes into a fresh staging folder beside the output (`_site.building`), so a failed build
 * never leaves a half-built site and a page that no longer exists never survives a rebuild.
 */
export async function buildSite(options: BuildOptions = {}): Promise<void> {
  const output = options.output ?? "_site";
  const staging = stagingFolder(output);
  await rm(staging, { recursive: true, force: true });
  try {
    await createEleventy({ ...options, output: staging }).write();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  // Swap by renames, so that the old site is replaced in one step rather than emptied first.
  const previous = `${output.replace(/\/+$/, "")}.previous`;
  await rm(previous, { recursive: true, force: true });
  await rename(output, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
}
