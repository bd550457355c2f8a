/**
 * What a build is told: the options of `npm run build` and `npm start` as one typed value. Only the
 * command line (scripts/build.ts) reads the environment; everything below it gets these.
 */
import type { FeedIds } from "../site/config.ts";
import type { KamervraagRecord } from "../model.ts";

/** The default source folder: the site's own documents. */
export const DEFAULT_SOURCES = ["content/documents"] as const;

/** The folders of `--sources=dir1,dir2`; none given (or only commas) is {@link DEFAULT_SOURCES}. */
export function sourceList(value: string | undefined): string[] {
  const given = value?.split(",").filter((s) => s !== "");
  return given && given.length > 0 ? given : [...DEFAULT_SOURCES];
}

export interface BuildOptions {
  /** Folders of source documents; default {@link DEFAULT_SOURCES}. */
  sources?: readonly string[];
  /** The site's folder, replaced whole when the build succeeds; default `_site`. */
  output?: string;
  /** Eleventy configuration file; default `eleventy.config.ts`. */
  configPath?: string;
  /** Where the site is published (`https://example.nl`), for feeds, sitemap and robots.txt; default http://localhost:8080. */
  siteUrl?: string | undefined;
  /** Publish under a sub-path, e.g. `/kamervragen/`. */
  pathPrefix?: string | undefined;
  /** Where readers report accessibility problems (an e-mail or a web address), named in the accessibility statement. */
  contact?: string | undefined;
  /** The site's name in its header and titles; default the one in src/labels.ts. */
  siteName?: string | undefined;
  /** The authority and date of the feeds' ids; default src/site/config.ts `DEFAULT_FEED_IDS`. */
  feedIds?: FeedIds | undefined;
  /** Any problem in any document, warnings included, fails the build. */
  strict?: boolean;
  /** Documents per part of the search index; default by the site's size (src/site/search-parts.ts). */
  searchPartSize?: number | undefined;
  /** Where records, search parts and what each build made are cached; default `.cache`. */
  cacheDir?: string;
  /** Eleventy says nothing of each page it writes. */
  quiet?: boolean;
  /** The records to publish instead of those read from `sources` (a test's, or another loader's). */
  load?: () => Promise<KamervraagRecord[]>;
}

export type ResolvedBuildOptions = Required<Omit<BuildOptions, "siteUrl" | "pathPrefix" | "contact" | "siteName" | "feedIds" | "searchPartSize" | "load">> &
  Pick<BuildOptions, "siteUrl" | "pathPrefix" | "contact" | "siteName" | "feedIds" | "searchPartSize" | "load">;

export function resolveOptions(options: BuildOptions): ResolvedBuildOptions {
  const size = options.searchPartSize;
  if (size !== undefined && (!Number.isInteger(size) || size < 1)) {
    throw new Error(`the search part size must be a whole number above 0, not ${String(size)}`);
  }
  return {
    ...options,
    sources: options.sources && options.sources.length > 0 ? options.sources : [...DEFAULT_SOURCES],
    output: options.output ?? "_site",
    configPath: options.configPath ?? "eleventy.config.ts",
    strict: options.strict ?? false,
    cacheDir: options.cacheDir ?? ".cache",
    quiet: options.quiet ?? false,
  };
}
