/**
 * The part of Eleventy 3.1's API this project uses. Eleventy ships JavaScript with JSDoc only (its
 * `@11ty/eleventy/UserConfig` "types" entry is a .js file that `tsc` without `allowJs` cannot read), so
 * these declarations keep the configuration and plugins type-checked. Extend them when using more.
 */
declare module "@11ty/eleventy" {
  /** A plugin: `export default function (eleventyConfig) {…}`. */
  export type EleventyPlugin<Options = never> = (eleventyConfig: UserConfig, options?: Options) => void;

  export interface DataExtensionOptions {
    parser: (contentsOrPath: string, path: string) => unknown;
    /** false: the parser receives the file path instead of its contents. */
    read?: boolean;
  }

  export interface UserConfig {
    /** Paths (globs, relative to the project) that are not templates. */
    ignores: Set<string>;
    addPlugin<Options>(plugin: EleventyPlugin<Options>, options?: Options): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addGlobalData(name: string, data: unknown): void;
    addDataExtension(extensions: string, options: DataExtensionOptions): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    setLibrary(engine: "md", library: { render(source: string, env?: object): string }): void;
    setNunjucksEnvironmentOptions(options: { autoescape?: boolean; throwOnUndefined?: boolean; trimBlocks?: boolean; lstripBlocks?: boolean }): void;
    setTemplateFormats(formats: string[]): void;
  }

  export interface EleventyOptions {
    /** "cli" lets the constructor's input and output win over the configuration's `dir`. */
    source?: "cli" | "script";
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    /** Runs after the configuration file, before the build (programmatic API). */
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }

  /** Rewrites root-relative URLs in HTML output to include `pathPrefix`. */
  export const HtmlBasePlugin: EleventyPlugin<{ baseHref?: string }>;

  export default Eleventy;
}
