/**
 * The shape of a benchmark's results file (`bench/results/<date>-<tiers>.json`, `<date>-forms.json` for
 * a run of the input forms alone), and the checks against the targets of the product's scaling issue
 * and of its reading of each input form, computed from it.
 */
import type { DirStats, PageWeight } from "./files.ts";
import type { MachineInfo, Versions } from "./machine.ts";
import type { BuildFacts, Step } from "./steps.ts";

export const RESULTS_SCHEMA = "kamervragen-bench/1";

export interface Measurement {
  ok: boolean;
  wallSeconds: number;
  /**
   * User + system CPU seconds of the whole tree: GNU time's, or the /proc sampler's when that is more
   * (a helper process that nobody waits for escapes GNU time).
   */
  cpuSeconds: number;
  userSeconds: number | null;
  sysSeconds: number | null;
  /**
   * CPU seconds by program (the kernel's name of each process of the tree: `node`, `pagefind_extended`,
   * `hugo`), from the /proc sampler; absent in results before 2026-11-29 15:00.
   */
  cpuByProgram?: Record<string, number>;
  /** Peak resident memory of the whole process tree (sampled from /proc, at least GNU time's). */
  peakTreeRssBytes: number;
  /** GNU time's maximum RSS: the largest single process. */
  maxProcessRssBytes: number | null;
  exitCode: number;
  killed: "timeout" | "memory" | null;
  /** Steps read from the build's own output (product only). */
  steps?: Step[];
  facts?: BuildFacts;
  /** The last lines printed, when it failed. */
  tail?: string[];
  /**
   * The machine's 1-minute load average before and after (older results; the load counts the
   * measured build's own threads too).
   */
  load?: { before: number; after: number };
  /**
   * CPU seconds the machine spent on other work while this ran: every core's busy time
   * (`machineBusySeconds`) less this measurement's own. Other work slows a measurement down.
   */
  otherCpuSeconds?: number;
}

export interface Totals {
  wallSeconds: number;
  cpuSeconds: number;
  peakTreeRssBytes: number;
}

export interface QuerySummary {
  query: string;
  results: number;
  requests: number;
  bytes: number;
  fileBytes: number;
  byKind: Record<string, number>;
}

export interface SearchSummary {
  bundlePath: string;
  first: QuerySummary;
  later: QuerySummary[];
  laterMedianBytes: number;
  laterMaxBytes: number;
  /**
   * The product's shared search link (`/zoeken/?q=<first query>`) opened cold on loopback: the time to
   * its first result, each run and their median (bench/harness/search.ts `ColdLink`); absent in results
   * before 2026-12-09, null for a site without the search page.
   */
  coldLink?: { query: string; runsMs: number[]; medianMs: number } | null;
  browser: string;
}

export type SystemKey = "product" | "eleventy" | "hugo";

export interface SystemResult {
  label: string;
  /** The site generator's build (for the product: the cold build, its own search step included). */
  build: Measurement | null;
  /** A separate Pagefind CLI run: the baselines', or the benchmark's over the product when its build has no search step. */
  search: Measurement | null;
  /** Where the product's search bundle came from. */
  searchSource: "build" | "bench" | null;
  /** Build and search together: wall and CPU added, memory the larger. */
  total: Totals | null;
  /** Output without the search bundle. */
  output: DirStats | null;
  searchBundle: DirStats | null;
  searchTransfer: SearchSummary | null;
  /** Product only: a second build of the unchanged corpus, and one after changing one document. */
  rebuildUnchanged?: Measurement | null;
  rebuildOneChanged?: Measurement | null;
  /** Product only: gzip weight of each page type. */
  pages?: Record<string, PageWeight | null>;
  notes: string[];
}

export interface TierResult {
  documents: number;
  corpus: {
    seed: string;
    files: number;
    bytes: number;
    averageBytes: number;
    generateSeconds: number;
    kinds: Record<string, number>;
    medianDocument: string;
  };
  systems: Partial<Record<SystemKey, SystemResult>>;
  elapsedSeconds: number;
}

export interface BenchResults {
  schema: typeof RESULTS_SCHEMA;
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  versions: Versions;
  product: { commit: string | null; changedFiles: number | null };
  options: {
    seed: string;
    tiers: number[];
    quick: boolean;
    systems: SystemKey[];
    /** Absent in results before 2026-12-08 (no forms measured then). */
    forms?: { measured: boolean; only: boolean; generated: number; pdfCopies: number };
  };
  tiers: TierResult[];
  /** How fast the product reads each input form; absent in results before 2026-12-08 and in runs with `--skip-forms`. */
  forms?: FormsResult;
}

// ---------------------------------------------------------------------------------------------------
// Reading each input form

export type FormKey = "pdf" | "markdown" | "xml";

export const FORM_ORDER: readonly FormKey[] = ["pdf", "markdown", "xml"];

/** The check command's own count: `N file(s) checked: R record(s), E error(s) in F file(s), W warning(s)`. */
export interface CheckSummary {
  files: number;
  records: number;
  errors: number;
  filesWithErrors: number;
  warnings: number;
}

/** One run of the product's check command over a folder of one form. */
export interface FormRun {
  files: number;
  run: Measurement;
  checked: CheckSummary | null;
  /** The diagnostics it printed, counted by code (`id-duplicate`: 228). */
  diagnostics: Record<string, number>;
}

export interface FormReading extends FormRun {
  form: FormKey;
  /** Where the files come from: `generated, seed 1` or `content/documents/*.pdf, 20 copies each`. */
  source: string;
  /** Distinct documents among the files: the PDFs are copies of the real ones, since PDFs cannot be generated. */
  documents: number;
  bytes: number;
  /**
   * The same command over the first files of the same folder (at least as many as make the product
   * start its worker threads), so that what the command costs to start is seen apart from what each
   * document costs; null when the folder is too small for it.
   */
  small: FormRun | null;
  rates: FormRates;
}

/** Documents a second: of wall time, and of CPU time (so per core), whole command and start-up excluded. */
export interface FormRates {
  perSecond: number | null;
  perCpuSecond: number | null;
  /** (files − small run's files) / (CPU − small run's CPU): what one more document costs, start-up left out. */
  perCpuSecondAfterStartup: number | null;
}

export interface FormsResult {
  /** The command measured (package.json's `check` script), run from the snapshot with the folder as its argument. */
  command: string;
  seed: string;
  forms: FormReading[];
  notes: string[];
}

/** Reads the check command's closing line; null when `line` is not it. */
export function parseCheckSummary(line: string): CheckSummary | null {
  const m = /^(\d+) file\(s\) checked: (\d+) record\(s\), (\d+) error\(s\) in (\d+) file\(s\), (\d+) warning\(s\)$/u.exec(line.trim());
  if (!m) return null;
  const [files, records, errors, filesWithErrors, warnings] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { files, records, errors, filesWithErrors, warnings };
}

/** The code of a diagnostic line the check command prints (`file:12: warning code: message`), or null. */
export function diagnosticCode(line: string): string | null {
  return /: (?:error|warning) ([\w-]+): /u.exec(line)?.[1] ?? null;
}

export function formRates(files: number, run: Measurement, small: FormRun | null): FormRates {
  // A check that finds errors exits 1 and still read every file (the PDFs' copies are errors): only a killed run has no rate.
  const per = (n: number, seconds: number) => (run.killed === null && seconds > 0 ? n / seconds : null);
  const extra = small ? run.cpuSeconds - small.run.cpuSeconds : 0;
  return {
    perSecond: per(files, run.wallSeconds),
    perCpuSecond: per(files, run.cpuSeconds),
    perCpuSecondAfterStartup: small && small.run.killed === null && extra > 0 ? per(files - small.files, extra) : null,
  };
}

/**
 * Whether a reading read every file and said of them only what it should: every file checked, no
 * diagnostic but that a copy of a PDF is the same document as another (`id-duplicate`, once a copy).
 * Otherwise what it says, for a note; null when sound.
 */
export function readingProblem(r: FormReading): string | null {
  if (r.run.killed) return `killed (${r.run.killed})`;
  if (!r.checked) return `no closing line from the check command (exit ${r.run.exitCode})`;
  if (r.checked.files !== r.files) return `checked ${r.checked.files} of ${r.files} files`;
  const copies = r.files - r.documents;
  const duplicates = r.diagnostics["id-duplicate"] ?? 0;
  const unexpected = Object.entries(r.diagnostics).filter(([code]) => code !== "id-duplicate");
  if (duplicates !== copies) unexpected.unshift(["id-duplicate", duplicates]);
  if (unexpected.length > 0) return `diagnostics: ${unexpected.map(([code, n]) => `${code} × ${n}`).join(", ")}`;
  if (r.checked.records !== r.documents) return `${r.checked.records} record(s) of ${r.documents} document(s)`;
  return null;
}

/** The XML target: the publisher's XML read at least ten times as fast as its PDF, per core. */
export const XML_OVER_PDF = 10;

/** The input forms' target, checked against a run's own readings. */
export function checkFormsTarget(forms: FormsResult, cores = Infinity): TargetCheck {
  const pdf = forms.forms.find((f) => f.form === "pdf");
  const xml = forms.forms.find((f) => f.form === "xml");
  const target = `XML ≥ ${XML_OVER_PDF} × PDF documents per second per core`;
  const x = xml?.rates.perCpuSecond ?? null;
  const p = pdf?.rates.perCpuSecond ?? null;
  if (!pdf || !xml || x === null || p === null) return { target, at: "every run", measured: "—", verdict: "n/a", indicative: false };
  const rate = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const ratio = x / p;
  const xs = xml.rates.perCpuSecondAfterStartup;
  const ps = pdf.rates.perCpuSecondAfterStartup;
  const startup = xs !== null && ps !== null ? `; start-up excluded ${rate(xs)} vs ${rate(ps)}, × ${(xs / ps).toFixed(0)}` : "";
  const problems = [pdf, xml].flatMap((r) => {
    const problem = readingProblem(r);
    return problem ? [`${r.form.toUpperCase()}: ${problem}`] : [];
  });
  const busy = [pdf, xml].filter((r) => disturbed(r.run, cores)).map((r) => r.form.toUpperCase());
  const caveats = [
    ...problems,
    ...(busy.length > 0 ? [`other work on the machine during ${busy.join(" and ")}: CPU time too is stretched by it, less than wall time`] : []),
    ...(xs !== null && ps !== null && xs / ps >= XML_OVER_PDF !== ratio >= XML_OVER_PDF ? ["the verdict differs with start-up excluded"] : []),
  ];
  return {
    target,
    at: "every run",
    measured: `${rate(x)} vs ${rate(p)} documents per CPU second, × ${ratio.toFixed(1)}${startup}`,
    verdict: problems.length === 0 && ratio >= XML_OVER_PDF ? "pass" : "fail",
    indicative: false,
    ...(caveats.length > 0 ? { caveat: caveats.join("; ") } : {}),
  };
}

export function totals(build: Measurement | null, search: Measurement | null): Totals | null {
  if (!build) return null;
  return {
    wallSeconds: build.wallSeconds + (search?.wallSeconds ?? 0),
    cpuSeconds: build.cpuSeconds + (search?.cpuSeconds ?? 0),
    peakTreeRssBytes: Math.max(build.peakTreeRssBytes, search?.peakTreeRssBytes ?? 0),
  };
}

/**
 * CPU seconds by program over `ms` together (a build and its separate search step), for measurements
 * that have them; null when none does.
 */
export function cpuByProgram(...ms: Array<Measurement | null | undefined>): Record<string, number> | null {
  const withPrograms = ms.filter((m): m is Measurement & { cpuByProgram: Record<string, number> } => !!m?.cpuByProgram);
  if (withPrograms.length === 0) return null;
  const sums: Record<string, number> = {};
  for (const m of withPrograms) for (const [program, seconds] of Object.entries(m.cpuByProgram)) sums[program] = (sums[program] ?? 0) + seconds;
  return sums;
}

/**
 * What the median later query fetched, by part: ` (word index 62 KB, results' data 44 KB)`. The word
 * index is Pagefind's chunks (a fixed number of word positions each), the results' data its fragments
 * (the whole text of each result shown): the two parts that a smaller transfer would have to shrink.
 */
export function medianQueryParts(search: SearchSummary): string {
  const sorted = [...search.later].sort((a, b) => a.bytes - b.bytes);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) return "";
  const kb = (bytes: number | undefined) => `${((bytes ?? 0) / KB).toFixed(0)} KB`;
  return ` (word index ${kb(middle.byKind["index"])}, results' data ${kb(middle.byKind["fragment"])})`;
}

export type Verdict = "pass" | "fail" | "n/a";

export interface TargetCheck {
  target: string;
  /** Where the issue sets it: «87k», «50k» or «every tier». */
  at: string;
  measured: string;
  verdict: Verdict;
  /** True when this tier is not the size the target is set for: the verdict shows the trend only. */
  indicative: boolean;
  /** Why the verdict is no evidence although it was measured, when it is not. */
  caveat?: string;
}

const KB = 1000;
const GB = 1000 ** 3;

/**
 * Share of the machine (all its cores over a measurement's wall time) that other work may take before
 * the measurement counts as disturbed: the benchmark's own sampling takes a little.
 */
export const OTHER_WORK_SHARE = 0.1;

/**
 * Whether other work on the machine took more than {@link OTHER_WORK_SHARE} of it during `m`. Older
 * results have only the load average, which counts the build's own threads: there a load above the
 * number of cores counts.
 */
export function disturbed(m: Measurement | Totals | null | undefined, cores: number): boolean {
  if (!m) return false;
  if ("otherCpuSeconds" in m && m.otherCpuSeconds !== undefined) return m.otherCpuSeconds > OTHER_WORK_SHARE * m.wallSeconds * cores;
  return "load" in m && m.load !== undefined && Math.max(m.load.before, m.load.after) > cores;
}

/**
 * Share of the machine's memory above which a measurement ran at its edge: the kernel then reclaims
 * memory while the system works, and its times vary from run to run by far more than the systems
 * differ (Hugo + Pagefind CLI at 50,000 documents, 21 GB of 25 GB: 3 min in one run, 27 in another).
 */
export const MEMORY_EDGE_SHARE = 0.8;

/** Whether `m` peaked above {@link MEMORY_EDGE_SHARE} of the machine's memory. */
export function atMemoryEdge(m: Measurement | Totals | null | undefined, memoryBytes: number): boolean {
  return !!m && m.peakTreeRssBytes > MEMORY_EDGE_SHARE * memoryBytes;
}

/**
 * Which time to compare two measurements by: wall time, unless other work disturbed either (it then
 * stretches wall time by chance); then CPU time, which a build spends whatever else runs.
 */
export function comparableSeconds(cores: number, ...ms: Array<Measurement | Totals | null | undefined>): { basis: "wall" | "CPU"; values: number[] } {
  const busy = ms.some((m) => disturbed(m, cores));
  return { basis: busy ? "CPU" : "wall", values: ms.map((m) => (m ? (busy ? m.cpuSeconds : m.wallSeconds) : NaN)) };
}

/**
 * The scaling issue's targets, checked against one tier; `cores` decides when other work disturbed a
 * measurement, `memoryBytes` when one ran at the edge of the machine's memory.
 */
export function checkTargets(tier: TierResult, cores = Infinity, memoryBytes = Infinity): TargetCheck[] {
  const product = tier.systems.product;
  const hugo = tier.systems.hugo;
  const checks: TargetCheck[] = [];
  const n = tier.documents;
  const cold = product?.total ?? null;
  checks.push({
    target: "peak RSS < 8 GB (build + search)",
    at: "87k",
    measured: cold ? `${(cold.peakTreeRssBytes / GB).toFixed(2)} GB` : "—",
    verdict: cold ? (product?.build?.ok && cold.peakTreeRssBytes < 8 * GB ? "pass" : "fail") : "n/a",
    indicative: n < 87_000,
  });
  const hugoTotal = hugo?.total ?? null;
  {
    const busy = [product?.build, product?.search, hugo?.build, hugo?.search].some((m) => disturbed(m, cores));
    const p = cold ? (busy ? cold.cpuSeconds : cold.wallSeconds) : NaN;
    const h = hugoTotal ? (busy ? hugoTotal.cpuSeconds : hugoTotal.wallSeconds) : NaN;
    checks.push({
      target: "no slower than Hugo + Pagefind",
      at: "50k",
      measured: cold && hugoTotal ? `${busy ? "CPU " : ""}${p.toFixed(1)} s vs ${h.toFixed(1)} s (×${(p / h).toFixed(1)})` : "—",
      verdict: cold && hugoTotal ? (product?.build?.ok && p <= h ? "pass" : "fail") : "n/a",
      indicative: n < 50_000,
      ...([hugo?.build, hugo?.search].some((m) => atMemoryEdge(m, memoryBytes))
        ? { caveat: "Hugo + Pagefind CLI ran at the edge of the machine's memory: its time says little" }
        : [product?.build, product?.search].some((m) => atMemoryEdge(m, memoryBytes))
          ? { caveat: "the product ran at the edge of the machine's memory: its time says little" }
          : {}),
    });
  }
  const coldBuild = product?.build ?? null;
  for (const [target, m, limit] of [
    ["rebuild, nothing changed < 1/3 of cold", product?.rebuildUnchanged ?? null, 1 / 3],
    ["rebuild, one document changed < 1/2 of cold", product?.rebuildOneChanged ?? null, 1 / 2],
  ] as const) {
    const { basis, values } = comparableSeconds(cores, m, coldBuild);
    const [again, first] = values as [number, number];
    checks.push({
      target,
      at: "every tier",
      measured:
        coldBuild && m ? `${basis === "CPU" ? "CPU " : ""}${again.toFixed(1)} s of ${first.toFixed(1)} s (${((100 * again) / first).toFixed(0)} %)` : "—",
      verdict: coldBuild && m ? (m.ok && again < first * limit ? "pass" : "fail") : "n/a",
      indicative: false,
    });
  }
  const search = product?.searchTransfer ?? null;
  checks.push({
    target: "first query < 300 KB",
    at: "87k",
    measured: search ? `${(search.first.bytes / KB).toFixed(0)} KB${product?.searchSource === "bench" ? " (Pagefind CLI added by the benchmark)" : ""}` : "—",
    verdict: search ? (search.first.bytes < 300 * KB ? "pass" : "fail") : "n/a",
    indicative: n < 87_000,
  });
  checks.push({
    target: "later query < 60 KB",
    at: "87k",
    measured: search
      ? `median ${(search.laterMedianBytes / KB).toFixed(0)} KB${medianQueryParts(search)}, max ${(search.laterMaxBytes / KB).toFixed(0)} KB`
      : "—",
    verdict: search ? (search.laterMaxBytes < 60 * KB ? "pass" : "fail") : "n/a",
    indicative: n < 87_000,
  });
  const doc = product?.pages?.["document"] ?? null;
  checks.push({
    target: "document page < 30 KB gzip with CSS, no JS",
    at: "every tier",
    measured: doc ? `${(doc.totalGzipBytes / KB).toFixed(1)} KB, ${doc.scripts + doc.inlineScripts} script(s)` : "—",
    verdict: doc ? (doc.totalGzipBytes < 30 * KB && doc.scripts + doc.inlineScripts === 0 ? "pass" : "fail") : "n/a",
    indicative: false,
  });
  return checks;
}
