/**
 * Fetches Kamervragen from the publisher's repository into the documents folder (docs/fetch.md):
 *
 *   npm run fetch -- --since 2024-09-01 [--until 2024-09-30] [--kinds ah-tk,kv-tk,ah-ek,kv-ek]
 *                    [--out content/documents] [--base-url https://repository.overheid.nl]
 *                    [--state .cache/fetch/state.json] [--concurrency 4] [--rate 5] [--page-size 100]
 *                    [--timeout 30] [--retries 5]
 *
 * Progress goes to the terminal (not when stderr is no terminal, or CI is set); the report ends every
 * run. Ctrl-C stops the run after the documents in flight, with its state written, so that the next run
 * goes on from there (a second Ctrl-C stops at once; the next run still goes on without a gap).
 *
 * Exit codes: 0 everything asked for was fetched or was there already; 1 some documents failed or the
 * run stopped early (what came in is kept, and listed); 2 wrong usage or a state that cannot be used.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_SOURCES, resolveOptions } from "../src/build/options.ts";
import { defaultStatePath, FETCH_ARGUMENTS, fetchOptions, formatReport, userAgent } from "../src/fetch/options.ts";
import { abortOnInterrupt } from "../src/fetch/interrupt.ts";
import { fetchArchive } from "../src/fetch/run.ts";
import { StateError } from "../src/fetch/state.ts";

const USAGE =
  "usage: npm run fetch -- --since YYYY-MM-DD [--until YYYY-MM-DD] [--kinds ah-tk,kv-tk,ah-ek,kv-ek] [--out DIR] [--base-url URL] [--state FILE]\n" +
  "                        [--concurrency N] [--rate N] [--page-size N] [--timeout SECONDS] [--retries N]\n";

let values;
try {
  ({ values } = parseArgs({ options: FETCH_ARGUMENTS, strict: true, allowPositionals: false }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

const parsed = fetchOptions(values, {
  out: DEFAULT_SOURCES[0],
  statePath: defaultStatePath(resolveOptions({}).cacheDir),
  userAgent: await userAgent(fileURLToPath(new URL("../package.json", import.meta.url))),
});
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n${USAGE}`);
  process.exit(2);
}

const { controller } = abortOnInterrupt("[kamervragen] stopping after the documents in flight");

const showProgress = process.stderr.isTTY === true && !process.env["CI"];
try {
  const report = await fetchArchive({
    ...parsed.options,
    signal: controller.signal,
    progress: showProgress ? (line) => process.stderr.write(`${line}\n`) : undefined,
  });
  for (const line of formatReport(report)) console.log(line);
  process.exitCode = report.failed.length > 0 || report.stopped !== null ? 1 : 0;
} catch (error) {
  console.error(`[kamervragen] fetch failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof StateError ? 2 : 1;
}
