/**
 * TypeScript for data and templates. Eleventy 3.1 imports only .js/.cjs/.mjs data files itself; the
 * build runs under tsx, so a plain `import()` of a .ts file works.
 * - `_data/*.ts`: a default export that is a function is called on every build (so `--serve` rebuilds
 *   see new content) with the configuration's global data, as Eleventy calls a `.js` data file's
 *   function; anything else is the data.
 * - `*.11ty.ts` templates: JavaScript templates (`data`, `render`) written in TypeScript.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { UserConfig } from "@11ty/eleventy";

export default function typescriptPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (filePath: string) => {
      const module = (await import(pathToFileURL(resolve(filePath)).href)) as { default?: unknown };
      const data = module.default;
      return typeof data === "function" ? await (data as (configData: Record<string, unknown>) => unknown)(await configData(eleventyConfig)) : data;
    },
  });
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
}

/** The configuration's global data (`addGlobalData`), its functions called, as Eleventy hands it to a data file. */
async function configData(eleventyConfig: UserConfig): Promise<Record<string, unknown>> {
  const entries = Object.entries(eleventyConfig.globalData).map(
    async ([key, value]) => [key, typeof value === "function" ? await (value as () => unknown)() : value] as const,
  );
  return Object.fromEntries(await Promise.all(entries));
}
