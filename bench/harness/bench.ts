/**
 * The benchmark: for each tier, one generated corpus, and on it, one after the other in the same run,
 * - the product: `npm run build`'s command with `--sources=<corpus> --output=<dir>` cold, again with nothing
 *   changed, and again after changing one document; its steps read from its own output; when its build
 *   has no search step yet, the Pagefind CLI over its document pages, marked as added by the benchmark;
 * - baseline A: plain Eleventy 3.1.8 with one layout (bench/eleventy/), then the Pagefind CLI;
 * - baseline B: Hugo from Debian's packages with one layout (bench/hugo/), then the Pagefind CLI;
 * measuring wall, CPU, peak RSS of the process tree, output and search bundle, the bytes of a first and
 * later search queries in Chromium, and the gzip weight of the product's page types. Before the tiers,
 * how fast the product reads each input form: `npm run check`'s command over a folder of the real PDFs
 * (copied, since PDFs cannot be generated), of generated markdown and of the same documents in the
 * publisher's XML, in documents per CPU second, so per core.
 *
 *   npm run bench -- [--tiers 1000,10000,50000] [--full 87000] [--quick] [--seed 1]
 *                    [--systems product,eleventy,hugo] [--memory-limit-gb 21] [--timeout-min 180]
 *                    [--wait-idle-min 0] [--keep] [--skip-forms] [--forms-count 5000] [--pdf-copies 20]
 *   npm run bench -- --forms-only [--forms-count 5000] [--pdf-copies 20]   (the input forms alone, a few minutes)
 *   npm run bench -- --report-only      (RESULTS.md and the chart again from bench/results/*.json)
 *
 * Results: bench/results/<date>-<tiers>.json (`<date>-forms.json` for --forms-only; `-2`, `-3` … when
 * a run of that day has the name already), bench/RESULTS.md and bench/results/chart.svg (with
 * `--quick`: a 200-document smoke run whose results go to .bench/quick/ instead). Work happens in
 * .bench/ (gitignored), emptied between tiers. The product is measured from a snapshot of the working
 * tree taken at the start (.bench/product/, node_modules linked), so that its normalizer cache starts
 * empty and edits made meanwhile do not mix into one run.
 *
 * Exit codes: 0 done (failures of a measured build are results, not errors); 1 the benchmark itself
 * failed; 2 wrong usage.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "../corpus/write.ts";
import { changeOneDocument } from "./edit.ts";
import { dirStats, documentPage, findSearchBundle, largestHtml, pageWeight } from "./files.ts";
import { copyFirstFiles, copyUnderNewNames, smallRunSize } from "./forms.ts";
import { machineBusySeconds, machineInfo, productState, versions } from "./machine.ts";
import { renderChart, renderMarkdown, formatBytes, formatSeconds, formatCount } from "./report.ts";
import {
  diagnosticCode,
  formRates,
  FORM_ORDER,
  parseCheckSummary,
  readingProblem,
  RESULTS_SCHEMA,
  totals,
  type BenchResults,
  type CheckSummary,
  type FormKey,
  type FormReading,
  type FormRun,
  type FormsResult,
  type Measurement,
  type SearchSummary,
  type SystemKey,
  type SystemResult,
  type TierResult,
} from "./results.ts";
import { runMeasured, GNU_TIME, type RunResult, type TimedLine } from "./run.ts";
import { measureSearch, type SearchMeasurement } from "./search.ts";
import { ELEVENTY_WRITING, isMarkerLine, readBuild, splitSteps } from "./steps.ts";

const usage =
  "usage: npm run bench -- [--tiers 1000,10000,50000] [--full 87000] [--quick] [--seed 1] [--systems product,eleventy,hugo] " +
  "[--memory-limit-gb N] [--timeout-min N] [--wait-idle-min N] [--keep] [--skip-forms] [--forms-count N] [--pdf-copies N] " +
  "| --forms-only [--forms-count N] [--pdf-copies N] | --report-only";

// ---------------------------------------------------------------------------------------------------
// Options

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      tiers: { type: "string" },
      full: { type: "string" },
      quick: { type: "boolean", default: false },
      seed: { type: "string", default: "1" },
      systems: { type: "string", default: "product,eleventy,hugo" },
      "memory-limit-gb": { type: "string" },
      "timeout-min": { type: "string", default: "180" },
      "wait-idle-min": { type: "string", default: "0" },
      keep: { type: "boolean", default: false },
      "forms-only": { type: "boolean", default: false },
      "skip-forms": { type: "boolean", default: false },
      "forms-count": { type: "string" },
      "pdf-copies": { type: "string" },
      "report-only": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if (values["help"]) {
  console.log(usage);
  process.exit(0);
}
const quick = values["quick"] === true;
const formsOnly = values["forms-only"] === true;
const withForms = formsOnly || values["skip-forms"] !== true;
const parseCount = (s: string) => Number(s.trim().replace(/k$/iu, "000").replace(/[_,]/gu, ""));
const tiers = formsOnly
  ? []
  : (typeof values["tiers"] === "string" ? values["tiers"].split(",").map(parseCount) : quick ? [200] : [1000, 10000, 50000]).filter((n) => n > 0);
if (typeof values["full"] === "string") tiers.push(parseCount(values["full"]));
/** Generated documents per form (markdown, XML), and copies of each real PDF, for the input forms' measurement. */
const formsCount = typeof values["forms-count"] === "string" ? parseCount(values["forms-count"]) : quick ? 200 : 5000;
const pdfCopies = typeof values["pdf-copies"] === "string" ? parseCount(values["pdf-copies"]) : quick ? 2 : 20;
const systems = String(values["systems"])
  .split(",")
  .map((s) => s.trim()) as SystemKey[];
const seed = String(values["seed"]);
const memoryLimit = typeof values["memory-limit-gb"] === "string" ? Number(values["memory-limit-gb"]) * 1e9 : Math.floor(totalmem() * 0.85);
const timeoutMs = Number(values["timeout-min"]) * 60_000;
const waitIdleMs = Number(values["wait-idle-min"]) * 60_000;
if (
  (tiers.length === 0 && !formsOnly) ||
  (formsOnly && (values["skip-forms"] === true || typeof values["tiers"] === "string" || typeof values["full"] === "string")) ||
  !Number.isInteger(formsCount) ||
  formsCount < 1 ||
  !Number.isInteger(pdfCopies) ||
  pdfCopies < 1 ||
  tiers.some((t) => !Number.isInteger(t)) ||
  systems.some((s) => !["product", "eleventy", "hugo"].includes(s)) ||
  !(memoryLimit > 0) ||
  !(timeoutMs > 0) ||
  !(waitIdleMs >= 0)
) {
  console.error(usage);
  process.exit(2);
}
tiers.sort((a, b) => a - b);

const root = process.cwd();
if (!existsSync(join(root, "scripts", "build.ts")) || !existsSync(join(root, "bench", "eleventy"))) {
  console.error("run the benchmark from the project's root (npm run bench)");
  process.exit(2);
}
const workRoot = join(root, ".bench");
const work = join(workRoot, "work");
const productRoot = join(workRoot, "product");
const resultsDir = quick ? join(workRoot, "quick", "results") : join(root, "bench", "results");
const reportFile = quick ? join(workRoot, "quick", "RESULTS.md") : join(root, "bench", "RESULTS.md");
if (values["report-only"]) {
  const runs = readRuns(resultsDir);
  writeFileSync(reportFile, renderMarkdown(runs));
  writeFileSync(join(resultsDir, "chart.svg"), renderChart(runs));
  console.log(`${reportFile} and ${join(resultsDir, "chart.svg")} written from ${runs.length} run(s)`);
  process.exit(0);
}
const pagefindBin = join(root, "node_modules", ".bin", "pagefind");
/**
 * The product's build as `npm run build` runs it (package.json's `build` script, its `node` this Node),
 * so that the benchmark measures what a publisher runs, how it starts included.
 */
const [buildProgram = process.execPath, ...buildScript] = (
  JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { build: string } }
).scripts.build
  .split(/\s+/u)
  .map((word) => (word === "node" ? process.execPath : word));
/** The product's check as `npm run check` runs it (package.json's `check` script): it normalizes every file of a folder, with no record cache. */
const checkCommand = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { check: string } }).scripts.check;
const [checkProgram = process.execPath, ...checkScript] = checkCommand.split(/\s+/u).map((word) => (word === "node" ? process.execPath : word));
const eleventyCli = join(root, "node_modules", "@11ty", "eleventy", "cmd.cjs");

// ---------------------------------------------------------------------------------------------------
// Progress

const benchStarted = performance.now();
function elapsed(): string {
  const s = Math.round((performance.now() - benchStarted) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
function say(message: string): void {
  process.stderr.write(`[bench ${elapsed()}] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------------
// Preflight

function which(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const problems: string[] = [];
if (!existsSync(GNU_TIME)) problems.push("GNU time is missing: apt-get install -y time");
if (tiers.length > 0 && !existsSync(pagefindBin)) problems.push("Pagefind is missing: npm ci (devDependency pagefind)");
if (tiers.length > 0 && systems.includes("hugo") && !which("hugo"))
  problems.push("Hugo is missing: apt-get install -y hugo (or leave it out with --systems product,eleventy)");
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
const chromium = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
if (!chromium && tiers.length > 0) say("Chromium (/usr/bin/chromium) is missing: search transfer will not be measured (apt-get install -y chromium)");

// ---------------------------------------------------------------------------------------------------
// Measuring one command

function toMeasurement(r: RunResult, withSteps: boolean): Measurement {
  const m: Measurement = {
    ok: r.exitCode === 0 && r.killed === null,
    wallSeconds: round(r.wallSeconds, 3),
    cpuSeconds: round(r.cpuSeconds, 2),
    userSeconds: r.time ? r.time.userSeconds : null,
    sysSeconds: r.time ? r.time.sysSeconds : null,
    peakTreeRssBytes: r.peakTreeRssBytes,
    maxProcessRssBytes: r.time?.maxRssBytes ?? null,
    exitCode: r.exitCode,
    killed: r.killed,
    cpuByProgram: Object.fromEntries(Object.entries(r.cpuByProgram).map(([program, seconds]) => [program, round(seconds, 2)])),
  };
  const { markers, facts } = readBuild(r.kept);
  m.facts = facts;
  if (withSteps) {
    m.steps = splitSteps(markers, r.samples, r.wallSeconds, r.sampledCpuSeconds).map((s) => ({
      ...s,
      fromSeconds: round(s.fromSeconds, 3),
      toSeconds: round(s.toSeconds, 3),
      wallSeconds: round(s.wallSeconds, 3),
      cpuSeconds: s.cpuSeconds === null ? null : round(s.cpuSeconds, 2),
    }));
  }
  if (!m.ok) m.tail = r.tail.slice(-15);
  return m;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Waits (up to --wait-idle-min) until the 1-minute load average is below the number of cores. */
async function waitForIdle(): Promise<void> {
  const cores = machineInfo().cores;
  const started = performance.now();
  let told = false;
  while (waitIdleMs > 0 && loadavg()[0]! > cores && performance.now() - started < waitIdleMs) {
    if (!told) say(`waiting for the machine to calm down (load ${loadavg()[0]!.toFixed(1)} on ${cores} cores, up to ${formatSeconds(waitIdleMs / 1000)})`);
    told = true;
    await new Promise((r) => setTimeout(r, 5_000));
  }
}

async function measure(
  label: string,
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    log: string;
    steps?: boolean;
    /** Exit codes that are an outcome, not a failure, of this command (the check's 1: it reported errors): said so rather than «FAILED». */
    outcomes?: readonly number[];
  },
): Promise<Measurement> {
  // What the commands before wrote is put on disk first: a build writes gigabytes, and the kernel's
  // writing them back while the next command runs slows that one down by chance.
  execFileSync("sync");
  await waitForIdle();
  say(`${label} …`);
  // Eleventy prints a line per page written: only the last one is kept (it ends the rendering).
  let lastWritten: TimedLine | null = null;
  const loadBefore = loadavg()[0]!;
  const busyBefore = machineBusySeconds();
  const r = await runMeasured({
    command,
    args,
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    logFile: options.log,
    keepLine: (line) => {
      if (ELEVENTY_WRITING.test(line.text)) {
        lastWritten = line;
        return false;
      }
      return isMarkerLine(line.text);
    },
    timeoutMs,
    memoryLimitBytes: memoryLimit,
    tickMs: 15_000,
    onTick: (ms, sample) =>
      say(`  ${label}: ${formatSeconds(ms / 1000)} so far${sample ? `, ${formatBytes(sample.rssBytes)} resident in ${sample.processes} process(es)` : ""}`),
  });
  if (lastWritten) r.kept.push(lastWritten);
  const m = toMeasurement(r, options.steps === true);
  m.load = { before: round(loadBefore, 2), after: round(loadavg()[0]!, 2) };
  const busyAfter = machineBusySeconds();
  if (busyBefore !== null && busyAfter !== null) m.otherCpuSeconds = round(Math.max(0, busyAfter - busyBefore - m.cpuSeconds), 1);
  const outcome = !m.ok && !m.killed && options.outcomes?.includes(m.exitCode);
  say(
    `${label}: ${m.ok ? "done" : m.killed ? `KILLED (${m.killed})` : outcome ? `done (exit ${m.exitCode})` : `FAILED (exit ${m.exitCode})`} in ${formatSeconds(m.wallSeconds)}, CPU ${formatSeconds(m.cpuSeconds)}, peak ${formatBytes(m.peakTreeRssBytes)}` +
      (m.steps ? ` — ${m.steps.map((s) => `${s.name} ${formatSeconds(s.wallSeconds)}`).join(", ")}` : "") +
      ` (load ${m.load.before.toFixed(1)} → ${m.load.after.toFixed(1)}${m.otherCpuSeconds === undefined ? "" : `; other work ${formatSeconds(m.otherCpuSeconds)} CPU`})`,
  );
  if (!m.ok && !outcome) for (const line of r.tail.slice(-8)) say(`  | ${line}`);
  return m;
}

function pagefindArgs(site: string, glob?: string): string[] {
  return ["--site", site, ...(glob ? ["--glob", glob] : [])];
}

function searchSummary(s: SearchMeasurement): SearchSummary {
  const strip = ({ files: _files, ...rest }: SearchMeasurement["first"]) => rest;
  return {
    bundlePath: s.bundlePath,
    first: strip(s.first),
    later: s.later.map(strip),
    laterMedianBytes: s.laterMedianBytes,
    laterMaxBytes: s.laterMaxBytes,
    coldLink: s.coldLink,
    browser: s.browser,
  };
}

async function searchTransfer(site: string, bundle: string, label: string, notes: string[]): Promise<SearchSummary | null> {
  if (!chromium) {
    notes.push("search transfer not measured: no Chromium");
    return null;
  }
  say(`${label}: search queries in Chromium …`);
  try {
    const s = await measureSearch(site, bundle, chromium);
    say(
      `${label}: first query ${formatBytes(s.first.bytes)} (${s.first.requests} files), later median ${formatBytes(s.laterMedianBytes)}, max ${formatBytes(s.laterMaxBytes)}` +
        (s.coldLink ? `; a cold shared link shows its first result after ${s.coldLink.medianMs} ms (median of ${s.coldLink.runsMs.length})` : ""),
    );
    return searchSummary(s);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    notes.push(`search transfer could not be measured: ${message}`);
    say(`${label}: search measurement failed: ${message}`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// The product snapshot

function snapshotProduct(): void {
  rmSync(productRoot, { recursive: true, force: true });
  mkdirSync(productRoot, { recursive: true });
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, maxBuffer: 256 * 1024 * 1024 })
    .toString("utf8")
    .split("\0")
    .filter((f) => f !== "" && !/^(?:\.bench|bench|test)\//u.test(f));
  for (const file of listed) {
    const from = join(root, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(productRoot, file)), { recursive: true });
    cpSync(from, join(productRoot, file));
  }
  symlinkSync(join(root, "node_modules"), join(productRoot, "node_modules"));
}

// ---------------------------------------------------------------------------------------------------
// One tier

async function runTier(documents: number): Promise<TierResult> {
  const tierStarted = performance.now();
  const name = `${formatCount(documents)} documents`;
  say(`=== tier ${name} ===`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, "logs"), { recursive: true });
  const corpus = join(work, "corpus");
  say(`generating the corpus (seed ${seed}) …`);
  const generated = performance.now();
  const summary = await writeCorpus({ count: documents, seed, out: corpus }, (done) => {
    if (done % 10_000 === 0) say(`  ${formatCount(done)} of ${formatCount(documents)} documents`);
  });
  const generateSeconds = (performance.now() - generated) / 1000;
  writeFileSync(join(corpus, ".corpus.json"), `${JSON.stringify(summary, null, 2)}\n`);
  say(`corpus: ${formatCount(summary.count)} documents, ${formatBytes(summary.bytes)} in ${formatSeconds(generateSeconds)}`);
  const tier: TierResult = {
    documents,
    corpus: {
      seed,
      files: summary.count,
      bytes: summary.bytes,
      averageBytes: Math.round(summary.bytes / summary.count),
      generateSeconds: round(generateSeconds, 2),
      kinds: summary.kinds,
      medianDocument: summary.medianDocument.id,
    },
    systems: {},
    elapsedSeconds: 0,
  };
  const log = (n: string) => join(work, "logs", `${n}.log`);
  const out = (n: string) => join(work, "out", n);

  if (systems.includes("product")) {
    const notes: string[] = [];
    const site = out("product");
    rmSync(join(productRoot, ".cache"), { recursive: true, force: true });
    const buildArgs = [...buildScript, `--sources=${corpus}`, `--output=${site}`];
    const cold = await measure(`${name} | product, cold build`, buildProgram, buildArgs, { cwd: productRoot, log: log("product-cold"), steps: true });
    const published = cold.ok ? readdirSync(site).filter((d) => /^ah-(?:tk|ek)-/u.test(d)).length : 0;
    if (cold.ok && published !== documents) notes.push(`the cold build published ${formatCount(published)} of ${formatCount(documents)} documents`);
    let unchanged: Measurement | null = null;
    let oneChanged: Measurement | null = null;
    if (cold.ok) {
      unchanged = await measure(`${name} | product, rebuild with nothing changed`, buildProgram, buildArgs, {
        cwd: productRoot,
        log: log("product-unchanged"),
        steps: true,
      });
      const changedFile = join(corpus, summary.medianDocument.path);
      const original = readFileSync(changedFile);
      writeFileSync(changedFile, changeOneDocument(original.toString("utf8")));
      oneChanged = await measure(`${name} | product, rebuild with one document changed`, buildProgram, buildArgs, {
        cwd: productRoot,
        log: log("product-one-changed"),
        steps: true,
      });
      writeFileSync(changedFile, original);
      if (oneChanged.facts?.normalizedFresh !== undefined && oneChanged.facts.normalizedFresh !== null && oneChanged.facts.normalizedFresh !== 1) {
        notes.push(`after changing one document the build normalized ${oneChanged.facts.normalizedFresh} file(s) afresh`);
      }
    }
    const siteExists = existsSync(site);
    let bundle = siteExists ? findSearchBundle(site) : null;
    let searchSource: SystemResult["searchSource"] = bundle ? "build" : null;
    let search: Measurement | null = null;
    if (siteExists && !bundle) {
      // No search step in the product's build yet: index its document pages with the Pagefind CLI.
      search = await measure(`${name} | Pagefind CLI over the product's document pages`, pagefindBin, pagefindArgs(site, "ah-*/index.html"), {
        cwd: root,
        log: log("product-pagefind"),
      });
      bundle = findSearchBundle(site);
      searchSource = bundle ? "bench" : null;
      notes.push(
        'the build has no search step yet: the benchmark ran the Pagefind CLI over its document pages (`--glob "ah-*/index.html"`) and counts it as the search step',
      );
    }
    const result: SystemResult = {
      label: "product",
      build: cold,
      search,
      searchSource,
      total: totals(cold, search),
      output: siteExists ? dirStats(site, bundle ? [bundle] : []) : null,
      searchBundle: bundle ? dirStats(join(site, bundle)) : null,
      searchTransfer: bundle ? await searchTransfer(site, bundle, `${name} | product`, notes) : null,
      rebuildUnchanged: unchanged,
      rebuildOneChanged: oneChanged,
      notes,
    };
    if (siteExists) {
      const doc = documentPage(site, summary.medianDocument.id, summary.medianDocument.path.split("/").slice(0, 1));
      const weigh = (page: string | null) => (page && existsSync(join(site, page)) ? pageWeight(site, page) : null);
      const largest = largestHtml(site, bundle ? [bundle] : []);
      result.pages = {
        document: weigh(doc),
        listing: weigh("documenten/index.html"),
        home: weigh("index.html"),
        "largest page": weigh(largest?.page ?? null),
        // What a feed reader downloads: the site-wide feed, as the server sends it (its "HTML" figures).
        "site feed": weigh("feed.xml"),
      };
      if (!result.pages["listing"]) notes.push("no listing page at documenten/index.html to weigh");
    }
    tier.systems.product = result;
    if (!values["keep"]) rmSync(site, { recursive: true, force: true });
    rmSync(`${site}.previous`, { recursive: true, force: true });
    rmSync(`${site}.building`, { recursive: true, force: true });
  }

  const baseline = async (key: "eleventy" | "hugo", label: string, command: string, args: string[], env: NodeJS.ProcessEnv) => {
    const notes: string[] = [];
    const site = out(key);
    const build = await measure(`${name} | ${label}`, command, args, { cwd: root, env, log: log(key) });
    let search: Measurement | null = null;
    let bundle: string | null = null;
    if (build.ok) {
      search = await measure(`${name} | Pagefind CLI over ${label}`, pagefindBin, pagefindArgs(site), { cwd: root, log: log(`${key}-pagefind`) });
      bundle = findSearchBundle(site);
    }
    tier.systems[key] = {
      label,
      build,
      search,
      searchSource: null,
      total: totals(build, search),
      output: existsSync(site) ? dirStats(site, bundle ? [bundle] : []) : null,
      searchBundle: bundle ? dirStats(join(site, bundle)) : null,
      searchTransfer: bundle ? await searchTransfer(site, bundle, `${name} | ${label}`, notes) : null,
      notes,
    };
    if (!values["keep"]) rmSync(site, { recursive: true, force: true });
  };
  if (systems.includes("eleventy")) {
    await baseline(
      "eleventy",
      "Eleventy 3.1.8 (plain)",
      process.execPath,
      [eleventyCli, `--config=${join(root, "bench", "eleventy", "eleventy.config.mjs")}`, `--output=${out("eleventy")}`, "--quiet"],
      { BENCH_ELEVENTY_INPUT: corpus },
    );
  }
  if (systems.includes("hugo")) {
    await baseline(
      "hugo",
      "Hugo (Debian)",
      "hugo",
      // Nothing written into bench/hugo/: no .hugo_build.lock, resources in the work folder.
      ["--source", join(root, "bench", "hugo"), "--contentDir", corpus, "--destination", out("hugo"), "--cacheDir", join(work, "hugo-cache"), "--noBuildLock"],
      { HUGO_RESOURCEDIR: join(work, "hugo-resources") },
    );
  }
  tier.elapsedSeconds = round((performance.now() - tierStarted) / 1000, 1);
  say(`tier ${name} took ${formatSeconds(tier.elapsedSeconds)}`);
  return tier;
}

// ---------------------------------------------------------------------------------------------------
// Reading each input form

const FORM_LABELS: Record<FormKey, string> = { pdf: "PDF", markdown: "markdown", xml: "XML" };

/**
 * The check command over one folder, its diagnostics counted by code and its closing line read. Its
 * standard output goes to a file (`<log>.out`), not through a pipe: the check prints each diagnostic and
 * then calls `process.exit()`, which drops what a full pipe has not taken yet (240 PDFs' 457 lines came
 * through whole in some runs and not in others), while Node writes to a file synchronously. The shell
 * only redirects and `exec`s the command, so the process measured is the check's own.
 */
async function measureCheck(label: string, folder: string, files: number, log: string): Promise<FormRun> {
  const out = `${log}.out`;
  const run = await measure(label, "/bin/sh", ["-c", 'exec "$@" > "$CHECK_OUTPUT"', "sh", checkProgram, ...checkScript, folder], {
    cwd: productRoot,
    env: { CHECK_OUTPUT: out },
    log,
    // 1: the check found errors (the PDFs' copies are); it read every file all the same.
    outcomes: [1],
  });
  const diagnostics: Record<string, number> = {};
  let checked: CheckSummary | null = null;
  for (const line of existsSync(out) ? readFileSync(out, "utf8").split("\n") : []) {
    const code = diagnosticCode(line);
    if (code) diagnostics[code] = (diagnostics[code] ?? 0) + 1;
    checked = parseCheckSummary(line) ?? checked;
  }
  return { files, run, checked, diagnostics };
}

/**
 * How fast the product reads each input form: the check command (no record cache) over a folder of the
 * real PDFs, each copied `pdfCopies` times, and over `formsCount` generated documents in the markdown
 * form and the same documents in the XML form; each also over the first files of its folder, so that
 * what starting costs is seen apart from what each document costs.
 */
async function runForms(): Promise<FormsResult> {
  const dir = join(workRoot, "forms");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "logs"), { recursive: true });
  const notes: string[] = [];
  const pdfSource = join(root, "content", "documents");
  const pdfs = existsSync(pdfSource)
    ? readdirSync(pdfSource)
        .filter((f) => f.toLowerCase().endsWith(".pdf"))
        .sort()
        .map((f) => join(pdfSource, f))
    : [];
  const folders: Array<{ form: FormKey; folder: string; source: string; documents: number }> = [];
  if (pdfs.length > 0) {
    copyUnderNewNames(pdfs, join(dir, "pdf"), pdfCopies);
    folders.push({ form: "pdf", folder: join(dir, "pdf"), source: `content/documents/*.pdf, ${pdfCopies} copies each`, documents: pdfs.length });
  } else notes.push("no PDF in content/documents: the PDF form was not measured");
  for (const form of ["markdown", "xml"] as const) {
    say(`generating ${formatCount(formsCount)} documents in the ${FORM_LABELS[form]} form (seed ${seed}) …`);
    await writeCorpus({ count: formsCount, seed, form, out: join(dir, form) });
    folders.push({ form, folder: join(dir, form), source: `generated, seed ${seed}`, documents: formsCount });
  }
  // The check passes no cache folder to the corpus loader (scripts/check.ts): nothing is read from a
  // cache or written to one. That the snapshot has no .cache/ after the runs shows it once more.
  rmSync(join(productRoot, ".cache"), { recursive: true, force: true });
  const readings: FormReading[] = [];
  for (const { form, folder, source, documents } of folders) {
    const stats = dirStats(folder);
    const size = smallRunSize(stats.files);
    let small: FormRun | null = null;
    if (size !== null) {
      const smallFolder = `${folder}-first-${size}`;
      const count = copyFirstFiles(folder, smallFolder, size);
      small = await measureCheck(
        `${FORM_LABELS[form]}: check of the first ${formatCount(count)} files`,
        smallFolder,
        count,
        join(dir, "logs", `${form}-small.log`),
      );
    }
    const full = await measureCheck(`${FORM_LABELS[form]}: check of ${formatCount(stats.files)} files`, folder, stats.files, join(dir, "logs", `${form}.log`));
    const exact = formRates(stats.files, full.run, small);
    const tidy = (rate: number | null) => (rate === null ? null : round(rate, 2));
    const rates = { perSecond: tidy(exact.perSecond), perCpuSecond: tidy(exact.perCpuSecond), perCpuSecondAfterStartup: tidy(exact.perCpuSecondAfterStartup) };
    const reading: FormReading = { form, source, documents, bytes: stats.bytes, ...full, small, rates };
    const problem = readingProblem(reading);
    if (problem) notes.push(`${FORM_LABELS[form]}: ${problem}`);
    const rate = reading.rates.perCpuSecond;
    say(
      `${FORM_LABELS[form]}: ${rate === null ? "—" : rate.toFixed(1)} documents per CPU second` +
        (reading.rates.perCpuSecondAfterStartup === null ? "" : ` (${reading.rates.perCpuSecondAfterStartup.toFixed(1)} with start-up excluded)`) +
        (form === "pdf" && !problem ? `; its exit ${reading.run.exitCode} is the copies' id-duplicate errors, as expected` : ""),
    );
    readings.push(reading);
  }
  notes.push(
    existsSync(join(productRoot, ".cache"))
      ? "the product's snapshot had a .cache/ folder after the check runs: something cached records"
      : "no record cache: the check passes none to the corpus loader (scripts/check.ts), and the product's snapshot had no .cache/ folder after the runs",
  );
  if (!values["keep"]) rmSync(dir, { recursive: true, force: true });
  return { command: checkCommand, seed, forms: readings.sort((a, b) => FORM_ORDER.indexOf(a.form) - FORM_ORDER.indexOf(b.form)), notes };
}

// ---------------------------------------------------------------------------------------------------
// Results

function readRuns(dir: string): BenchResults[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as BenchResults)
    .filter((r) => r.schema === RESULTS_SCHEMA);
}

function tierLabel(n: number): string {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

const startedAt = new Date();
const results: BenchResults = {
  schema: RESULTS_SCHEMA,
  startedAt: startedAt.toISOString(),
  finishedAt: startedAt.toISOString(),
  machine: machineInfo(),
  versions: versions(root),
  product: productState(root),
  options: { seed, tiers, quick, systems: tiers.length > 0 ? systems : [], forms: { measured: withForms, only: formsOnly, generated: formsCount, pdfCopies } },
  tiers: [],
};
/** One file per run: a second run of a day with the same tiers gets `-2`, and so on. */
function resultsName(): string {
  const stem = `${startedAt.toISOString().slice(0, 10)}-${tiers.length > 0 ? tiers.map(tierLabel).join("-") : "forms"}`;
  for (let k = 1; ; k++) {
    const name = join(resultsDir, `${stem}${k === 1 ? "" : `-${k}`}.json`);
    if (!existsSync(name)) return name;
  }
}
const resultsFile = resultsName();

function save(): void {
  results.finishedAt = new Date().toISOString();
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const runs = readRuns(resultsDir);
  writeFileSync(reportFile, renderMarkdown(runs));
  writeFileSync(join(resultsDir, "chart.svg"), renderChart(runs));
}

try {
  say(
    `${formsOnly ? "the input forms only" : `tiers ${tiers.map(formatCount).join(", ")}; systems ${systems.join(", ")}${withForms ? "; the input forms first" : ""}`}; seed ${seed}; memory limit ${formatBytes(memoryLimit)}; results → ${resolve(resultsFile)}`,
  );
  mkdirSync(workRoot, { recursive: true });
  if (systems.includes("product") || withForms) {
    say("taking a snapshot of the product's working tree …");
    snapshotProduct();
  }
  if (withForms) {
    say(`=== reading each input form: ${formatCount(formsCount)} generated documents per form, ${pdfCopies} copies of each PDF ===`);
    results.forms = await runForms();
    save();
    say(`results saved: ${resultsFile}, ${reportFile}`);
  }
  for (const documents of tiers) {
    results.tiers.push(await runTier(documents));
    save();
    say(`results saved: ${resultsFile}, ${reportFile}`);
  }
  if (!values["keep"]) rmSync(work, { recursive: true, force: true });
  say(`done in ${elapsed()}`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
