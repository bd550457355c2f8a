/**
 * The daily run (docs/fetch.md): fetches what changed since the last complete window of the earlier
 * runs, then builds the site from the documents folder, exactly as `npm run build` does
 * (scripts/build.ts, in a process of its own, so that a large archive gets its heap).
 *
 *   npm run update [-- --since YYYY-MM-DD] [--kinds …] [--out DIR] [--base-url URL] [--state FILE] [fetch options]
 *                  [--siteurl URL] [--pathprefix /p/] [--contact ADDRESS] [--strict] [--search-part-size N] [--output DIR] [--sources a,b]
 *
 * Without `--since`, it starts where the first fetch of the same kinds from the same address started,
 * and searches again only the windows that are not complete (today's and yesterday's at least).
 * The build reads `--sources`, else the folder fetched into.
 *
 * Exit codes: 0 fetched and built; 1 the build failed (the previous site is left as it was), or the
 * folder could not be written (nothing built); 2 wrong usage or a state that cannot be used (nothing
 * fetched or built); 3 built, but some documents failed or the fetch stopped early (listed; what came in
 * is published, and the next run tries again).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_SOURCES, resolveOptions } from "../src/build/options.ts";
import { abortOnInterrupt } from "../src/fetch/interrupt.ts";
import { defaultStatePath, FETCH_ARGUMENTS, fetchOptions, formatReport, parseKinds, userAgent } from "../src/fetch/options.ts";
import { PUBLISHER_ORIGIN } from "../src/fetch/plan.ts";
import { fetchArchive, fetchedSince } from "../src/fetch/run.ts";
import { StateError } from "../src/fetch/state.ts";

const USAGE =
  "usage: npm run update -- [--since YYYY-MM-DD] [--kinds …] [--out DIR] [--base-url URL] [--state FILE] [--concurrency N] [--rate N] [--page-size N] [--timeout S] [--retries N]\n" +
  "                         [--siteurl URL] [--pathprefix /p/] [--contact ADDRESS] [--strict] [--search-part-size N] [--output DIR] [--sources a,b]\n";

const BUILD_ARGUMENTS = {
  siteurl: { type: "string" },
  pathprefix: { type: "string" },
  contact: { type: "string" },
  strict: { type: "boolean" },
  "search-part-size": { type: "string" },
  output: { type: "string" },
  sources: { type: "string" },
} as const;

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ options: { ...FETCH_ARGUMENTS, ...BUILD_ARGUMENTS }, strict: true, allowPositionals: false }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}

const out = values.out ?? DEFAULT_SOURCES[0];
const statePath = values.state ?? defaultStatePath(resolveOptions({}).cacheDir);
let since = values.since;
if (since === undefined) {
  const kinds = parseKinds(values.kinds);
  if (!kinds.ok) usage(kinds.message);
  try {
    since = (await fetchedSince({ statePath, out, baseUrl: values["base-url"] ?? PUBLISHER_ORIGIN, kinds: kinds.kinds })) ?? undefined;
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  if (since === undefined)
    usage(`${statePath} has no earlier fetch of these kinds from this address: start with npm run fetch -- --since YYYY-MM-DD, or give --since`);
}
const parsed = fetchOptions(values, { out, statePath, since, userAgent: await userAgent(fileURLToPath(new URL("../package.json", import.meta.url))) });
if (!parsed.ok) usage(parsed.message);

const { controller, release } = abortOnInterrupt("[kamervragen] stopping the fetch after the documents in flight, then building");
const showProgress = process.stderr.isTTY === true && !process.env["CI"];
let fetchFailed: boolean;
try {
  const report = await fetchArchive({
    ...parsed.options,
    signal: controller.signal,
    progress: showProgress ? (line) => process.stderr.write(`${line}\n`) : undefined,
  });
  for (const line of formatReport(report)) console.log(line);
  fetchFailed = report.failed.length > 0 || report.stopped !== null;
} catch (error) {
  // The folder or the state could not be used: nothing to build from that the last build did not have.
  console.error(`[kamervragen] fetch failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof StateError ? 2 : 1);
}
release();

const build = [
  `--sources=${values.sources ?? out}`,
  ...(values.siteurl !== undefined ? [`--siteurl=${values.siteurl}`] : []),
  ...(values.pathprefix !== undefined ? [`--pathprefix=${values.pathprefix}`] : []),
  ...(values.contact !== undefined ? [`--contact=${values.contact}`] : []),
  ...(values.strict ? ["--strict"] : []),
  ...(values["search-part-size"] !== undefined ? [`--search-part-size=${values["search-part-size"]}`] : []),
  ...(values.output !== undefined ? [`--output=${values.output}`] : []),
];
const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL("./build.ts", import.meta.url)), ...build], { stdio: "inherit" });
process.exitCode = child.status !== 0 ? 1 : fetchFailed ? 3 : 0;
