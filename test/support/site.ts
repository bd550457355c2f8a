/**
 * Builds the site once into a temporary folder and reads what was written: tests assert on the output,
 * not on the templates. Uses test/fixtures/eleventy.config.ts (documents from test/fixtures/records) by
 * default, so it depends neither on the normalizer nor on content/documents.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse, type HTMLElement } from "node-html-parser";
import { vi } from "vitest";
import { sourceList, type BuildOptions } from "../../src/build/options.ts";
import { buildSite } from "../../src/build/pipeline.ts";

export interface BuiltSite {
  dir: string;
  /** Every file written, relative to `dir`, with forward slashes. */
  files: string[];
  /** A written file's text, by path relative to the output (`ah-…/index.html`). */
  read(path: string): string;
  /** A page parsed by a real HTML parser, by its URL (`/ah-…/`). */
  page(url: string): HTMLElement;
  /** The output file a site URL serves, or null when nothing was written there. */
  fileFor(url: string): string | null;
  remove(): Promise<void>;
}

export async function buildTestSite(options: { configPath?: string; pathPrefix?: string; siteUrl?: string } = {}): Promise<BuiltSite> {
  const dir = await mkdtemp(join(tmpdir(), "kamervragen-site-"));
  const configPath = options.configPath ?? "test/fixtures/eleventy.config.ts";
  await buildSite({
    configPath,
    output: dir,
    pathPrefix: options.pathPrefix,
    siteUrl: options.siteUrl,
    quiet: true,
    ...(await fixtureOf(configPath)),
  });
  return openSite(dir);
}

/**
 * What a test site's configuration (test/fixtures/…/eleventy.config.ts) gives the build besides
 * Eleventy's settings: the records it publishes instead of the corpus (`load`) and the settings a
 * publisher would pass on the command line (`contact`). The site's own configuration gives neither.
 */
async function fixtureOf(configPath: string): Promise<Pick<BuildOptions, "load" | "contact">> {
  const module = (await import(pathToFileURL(resolve(configPath)).href)) as Pick<BuildOptions, "load" | "contact">;
  return { ...(module.load ? { load: module.load } : {}), ...(module.contact ? { contact: module.contact } : {}) };
}

/** A site already written to `dir` (by a build, or a folder of fixture pages), read as a {@link BuiltSite}. */
export async function openSite(dir: string): Promise<BuiltSite> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
  const read = (path: string) => readFileSync(join(dir, path), "utf8");
  const fileFor = (url: string) => {
    const path = decodeURIComponent(url.split(/[?#]/)[0] ?? "").replace(/^\//, "");
    const candidate = path === "" || path.endsWith("/") ? `${path}index.html` : path;
    return existsSync(join(dir, candidate)) ? candidate : null;
  };
  return {
    dir,
    files,
    read,
    fileFor,
    page(url) {
      const file = fileFor(url);
      if (!file) throw new Error(`nothing was built at ${url}`);
      return parse(read(file), { comment: false });
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Builds the real site (eleventy.config.ts) from the given source folders into `output`, silencing
 * the build's report; returns what it printed to stderr (its diagnostics). Rejects when the build fails.
 */
export async function buildFromSources(options: {
  output: string;
  sources: string;
  pathPrefix?: string;
  strict?: boolean;
  /** Documents per part of the search index (`--search-part-size`). */
  searchPartSize?: number;
}): Promise<string[]> {
  const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const logs = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    await buildSite({
      output: options.output,
      quiet: true,
      pathPrefix: options.pathPrefix,
      sources: sourceList(options.sources),
      strict: options.strict ?? false,
      searchPartSize: options.searchPartSize,
    });
    return errors.mock.calls.map((args) => String(args[0]));
  } finally {
    errors.mockRestore();
    logs.mockRestore();
  }
}
