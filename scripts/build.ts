/**
 * Builds the site into _site/ (built beside it and swapped in whole, so no stale page survives), or with `--serve`
 * builds, serves it on localhost and rebuilds on change. Exits non-zero when the build fails.
 *
 *   npm run build [-- --siteurl=https://example.nl] [-- --pathprefix=/kamervragen/] [-- --strict] [-- --sources=dir1,dir2]
 *                 [-- --search-part-size=N]   (documents per part of the search index, default 2500, less below 10,000)
 *                 [-- --contact=toegankelijkheid@example.nl]   (or a web address: where readers report problems)
 *                 [-- --site-config=FILE]   (default kamervragen.config.json, when it is there)
 *                 [-- --production]   (a build for publishing: stops unless the site's public address is known)
 *   npm start [-- --port=8081]
 *
 * What a publisher sets once is in the site configuration file (src/build/site-config.ts). An option
 * overrides the environment, which overrides the file: the site's URL (for feeds, sitemap, robots.txt
 * and canonical links) is `--siteurl`, else SITE_URL, else the file's `url`, else
 * http://localhost:8080 (with `npm start`: the server's own address); the accessibility statement
 * names `--contact`, else SITE_CONTACT, else the file's `contact`, as the place to report problems; a
 * build without one says so.
 *
 * This is the only place a build reads the environment (SITE_URL, SITE_CONTACT, NODE_OPTIONS) and the
 * site configuration; the pipeline (src/build/pipeline.ts) gets typed options.
 *
 * Exit codes: 0 the site was built (documents with errors are left out and listed); 1 the build failed
 * (with --strict: any problem in any document), and the previous site is left as it was.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { sourceList } from "../src/build/options.ts";
import { countFiles } from "../src/corpus/source-files.ts";

const { values } = parseArgs({
  options: {
    serve: { type: "boolean", default: false },
    port: { type: "string" },
    pathprefix: { type: "string" },
    siteurl: { type: "string" },
    contact: { type: "string" },
    config: { type: "string", default: "eleventy.config.ts" },
    output: { type: "string", default: "_site" },
    strict: { type: "boolean", default: false },
    sources: { type: "string" },
    "search-part-size": { type: "string" },
    "site-config": { type: "string" },
    production: { type: "boolean", default: false },
  },
});

const sources = sourceList(values.sources);

/**
 * V8's heap for a large build, in MB. The full archive (87,000 documents) keeps some 2 GB of records
 * and working data; V8's default limit (a quarter of this machine's memory, 4 GB) lets garbage grow to
 * twice that before it collects, and that memory is not there for Pagefind, which indexes at the same
 * time. A build of {@link HEAP_LIMIT_FROM_FILES} source files or more runs itself again with this limit
 * unless it has one; a smaller site stays far below either limit, and starting Node again would cost
 * it most of a second.
 */
const HEAP_MB = 3072;
const HEAP_LIMIT_FROM_FILES = 20_000;
const hasHeapLimit = [...process.execArgv, ...(process.env["NODE_OPTIONS"]?.split(/\s+/u) ?? [])].some((a) => a.startsWith("--max-old-space-size"));
if (!hasHeapLimit && (await countFiles(sources)) >= HEAP_LIMIT_FROM_FILES) {
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

// Loaded once it is known that this process builds: Eleventy takes a while to load.
const { buildSite } = await import("../src/build/pipeline.ts");
const { serveSite } = await import("../src/build/serve.ts");
const { contactRoute } = await import("../src/site/config.ts");
const { isPublicSiteUrl, readSiteConfig, SITE_CONFIG_FILE } = await import("../src/build/site-config.ts");

const searchPartSize = values["search-part-size"] === undefined ? undefined : Number(values["search-part-size"]);

try {
  const config = await readSiteConfig(values["site-config"] ?? SITE_CONFIG_FILE, values["site-config"] !== undefined);
  const contact = values.contact ?? process.env["SITE_CONTACT"] ?? config.contact;
  const siteUrl = values.siteurl ?? process.env["SITE_URL"] ?? config.url;
  if (values.production && !isPublicSiteUrl(siteUrl)) {
    throw new Error(
      `--production: the site's public address is ${siteUrl === undefined ? "not given" : `${siteUrl}, this machine`}; feeds, the sitemap and canonical links would point there.\n` +
        `Give it with --siteurl=https://…, SITE_URL, or "url" in ${values["site-config"] ?? SITE_CONFIG_FILE} (see kamervragen.config.example.json). Nothing was built.`,
    );
  }
  // Before anything is built: a contact that is no address fails here, in so many words.
  if (contactRoute(contact) === null && !values.serve) {
    console.warn("[kamervragen] no contact for the accessibility statement (--contact or SITE_CONTACT): it names no place to report problems");
  }
  const options = {
    sources,
    output: values.output,
    configPath: values.config,
    pathPrefix: values.pathprefix ?? config.pathPrefix,
    contact,
    siteName: config.siteName,
    feedIds: config.feedIds,
    strict: values.strict,
    searchPartSize,
  };
  if (values.serve) {
    // Feeds served by `npm start` point at the server itself, whatever its port.
    const served = values.siteurl ?? process.env["SITE_URL"] ?? `http://localhost:${values.port ?? 8080}`;
    await serveSite({ ...options, siteUrl: served, port: values.port ? Number(values.port) : undefined });
  } else {
    await buildSite({ ...options, siteUrl });
  }
} catch (error) {
  // Eleventy has printed the details already.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
