/**
 * Builds the site into _site/ (emptied first: Eleventy never removes stale pages), or with `--serve`
 * builds, serves it on localhost and rebuilds on change. Exits non-zero when the build fails.
 *
 *   npm run build [-- --pathprefix=/kamervragen/] [-- --config=other.config.ts]
 *   npm start
 */
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildSite, createEleventy } from "../src/eleventy/build.ts";

const { values } = parseArgs({
  options: {
    serve: { type: "boolean", default: false },
    port: { type: "string" },
    pathprefix: { type: "string" },
    config: { type: "string", default: "eleventy.config.ts" },
    output: { type: "string", default: "_site" },
  },
});

try {
  if (values.serve) {
    await rm(values.output, { recursive: true, force: true });
    const eleventy = createEleventy({ configPath: values.config, output: values.output, pathPrefix: values.pathprefix, runMode: "serve" });
    await eleventy.init();
    await eleventy.watch();
    await eleventy.serve(values.port ? Number(values.port) : undefined);
    process.on("SIGINT", () => void eleventy.stopWatch().then(() => process.exit(0)));
  } else {
    await buildSite({ configPath: values.config, output: values.output, pathPrefix: values.pathprefix });
  }
} catch (error) {
  // Eleventy has printed the details already.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
