/**
 * The part of Eleventy 3.1's API this project uses. Eleventy ships JavaScript with JSDoc only (its
 * `@11ty/eleventy/UserConfig` "types" entry is a .js file that `tsc` without `allowJs` cannot read), so
 * these declarations keep the configuration and plugins type-checked. Extend them when using more.
 */
declare module "@11ty/eleventy" {
  /** A plugin: `export default function (eleventyConfig) {…}`. */
  export type EleventyPlugin<Options = never> = (eleventyConfig: UserConfig, options: Options) => void;

  export interface DataExtensionOptions {
    parser: (contentsOrPath: string, path: string) => unknown;
    /** false: the parser receives the file path instead of its contents. */
    read?: boolean;
  }

  export interface UserConfig {
    /** Paths (globs, relative to the project) that are not templates. */
    ignores: Set<string>;
    /** The path prefix (`--pathprefix`), set before plugins run; `/` or e.g. `/kamervragen/`. */
    pathPrefix?: string;
    addPlugin<Options>(plugin: EleventyPlugin<Options>, options?: Options): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    /** A filter that returns a promise (Nunjucks calls it asynchronously). */
    addAsyncFilter(name: string, filter: (...args: never[]) => Promise<unknown>): void;
    /** Another file extension for an existing template language: `("11ty.ts", { key: "11ty.js" })`. */
    addExtension(extension: string | string[], options: { key: string }): void;
    addTemplateFormats(formats: string | string[]): void;
    addGlobalData(name: string, data: unknown): void;
    /** What `addGlobalData` was given, by name. */
    readonly globalData: Record<string, unknown>;
    addDataExtension(extensions: string, options: DataExtensionOptions): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    setLibrary(engine: "md", library: { render(source: string, env?: object): string }): void;
    /** Eleventy renders Nunjucks templates with this environment (its own filters are added to it). */
    setLibrary(engine: "njk", library: import("nunjucks").Environment): void;
    /** A collection: `collections.<name>` in templates, an array of anything. */
    addCollection(name: string, callback: (collectionApi: unknown) => unknown[] | Promise<unknown[]>): void;
    /** A template as if it were a file of the input folder (`content/`), with its front matter as data. */
    addTemplate(virtualInputPath: string, content: string, data?: Record<string, unknown>): void;
    /** Runs on every output file's content; `this.page` is the page being written. */
    addTransform(
      name: string,
      transform: (this: { page: { outputPath: string | false; url: string | false } }, content: string) => string | Promise<string>,
    ): void;
    setNunjucksEnvironmentOptions(options: { autoescape?: boolean; throwOnUndefined?: boolean; trimBlocks?: boolean; lstripBlocks?: boolean }): void;
    setTemplateFormats(formats: string[]): void;
    /** Runs after every build (awaited; an error fails the build). */
    on(event: "eleventy.after", listener: (event: EleventyAfterEvent) => void | Promise<void>): void;
  }

  export interface EleventyAfterEvent {
    directories: { input: string; output: string; includes: string; data: string };
    runMode: "build" | "watch" | "serve";
    /** "fs" when pages were written to the output folder. */
    outputMode: "fs" | "json" | "ndjson";
    incremental: boolean;
    /** Every page Eleventy wrote in this build. */
    results: Array<{ url: string | false; outputPath: string | false }>;
  }

  export interface EleventyOptions {
    /** "cli" lets the constructor's input and output win over the configuration's `dir`. */
    source?: "cli" | "script";
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    /** Runs before the configuration file is read (programmatic API). */
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    /** Writes the site; resolves with what was copied and the pages written. */
    write(): Promise<[unknown, Array<{ url: string | false; outputPath: string | false }>]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }

  export default Eleventy;
}

/** The part of @11ty/eleventy-plugin-rss 3.0 this project uses (the package ships no types). */
declare module "@11ty/eleventy-plugin-rss" {
  import type { EleventyPlugin } from "@11ty/eleventy";

  /**
   * Adds the HTML base plugin and the Nunjucks filters `dateToRfc3339`, `dateToRfc822`,
   * `getNewestCollectionItemDate`, `absoluteUrl` and `htmlToAbsoluteUrls`.
   */
  export const rssPlugin: EleventyPlugin<{ htmlBasePluginOptions?: object; posthtmlRenderOptions?: object }>;
  /** `2024-05-17T12:00:00Z`: an Atom (RFC 3339) date, in UTC, without milliseconds. */
  export function dateToRfc3339(date: Date): string;
  /** `Fri, 28 Jun 2024 12:00:00 +0000`: an RSS (RFC 822) date, in `timeZone` (by default the machine's). */
  export function dateToRfc822(date: Date, timeZone?: string): string;
  export function getNewestCollectionItemDate(items: ReadonlyArray<{ date: Date }>, emptyFallbackDate?: Date): Date;
  export default rssPlugin;
}
