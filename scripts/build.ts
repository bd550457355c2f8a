/**
 * Builds the site into _site/ (built beside it and swapped in whole, so no stale page survives), or with `--serve`
 * builds, serves it on localhost and rebuilds on change. Exits non-zero when the build fails.
 *
 *   npm run build [-- --siteurl=https://example.nl] [-- --pathprefix=/kamervragen/] [-- --strict] [-- --sources=dir1,dir2]
 *                 [-- --search-part-size=N]   (documents per part of the search index, default 2500, less below 10,000)
 *                 [-- --contact=toegankelijkheid@example.nl]   (or a web address: where readers report problems)
 *   npm start [-- --port=8081]
 *
 * The site's URL (for feeds, sitemap and robots.txt) is `--siteurl`, else the SITE_URL environment
 * variable, else http://localhost:8080 (with `npm start`: the server's own address). The accessibility
 * statement names `--contact`, else the SITE_CONTACT environment variable, as the place to report
 * problems; a build without one says so.
 *
 * This is the only place a build reads the environment (SITE_URL, SITE_CONTACT, NODE_OPTIONS); the
 * pipeline (src/build/pipeline.ts) gets typed options.
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

const contact = values.contact ?? process.env["SITE_CONTACT"];
const searchPartSize = values["search-part-size"] === undefined ? undefined : Number(values["search-part-size"]);

try {
  // Before anything is built: a contact that is no address fails here, in so many words.
  if (contactRoute(contact) === null && !values.serve) {
    console.warn("[kamervragen] no contact for the accessibility statement (--contact or SITE_CONTACT): it names no place to report problems");
  }
  const options = {
    sources,
    output: values.output,
    configPath: values.config,
    pathPrefix: values.pathprefix,
    contact,
    strict: values.strict,
    searchPartSize,
  };
  if (values.serve) {
    // Feeds served by `npm start` point at the server itself, whatever its port.
    const siteUrl = values.siteurl ?? process.env["SITE_URL"] ?? `http://localhost:${values.port ?? 8080}`;
    await serveSite({ ...options, siteUrl, port: values.port ? Number(values.port) : undefined });
  } else {
    await buildSite({ ...options, siteUrl: values.siteurl ?? process.env["SITE_URL"] });
  }
} catch (error) {
  // Eleventy has printed the details already.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
