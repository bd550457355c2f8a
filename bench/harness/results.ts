/**
 * The shape of a benchmark's results file (`bench/results/<date>-<tiers>.json`), and the checks against
 * the targets of the product's scaling issue, computed from it.
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
  options: { seed: string; tiers: number[]; quick: boolean; systems: SystemKey[] };
  tiers: TierResult[];
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
