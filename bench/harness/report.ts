/**
 * The human side of the results: `bench/RESULTS.md` (short tables) and `bench/results/chart.svg` (drawn
 * here, no chart library), both from every results file in `bench/results/`: for each tier, the newest
 * run that measured it, and for the input forms the newest run that measured them. Ratios are only ever
 * taken within one run.
 */
import {
  atMemoryEdge,
  checkFormsTarget,
  checkTargets,
  cpuByProgram,
  disturbed,
  readingProblem,
  totals,
  type BenchResults,
  type FormKey,
  type FormReading,
  type Measurement,
  type SystemKey,
  type SystemResult,
  type TierResult,
} from "./results.ts";

export interface TierOfRun {
  run: BenchResults;
  tier: TierResult;
}

/** For each tier size, the newest run that has it, smallest tier first. */
export function latestTiers(runs: readonly BenchResults[]): TierOfRun[] {
  const byTier = new Map<number, TierOfRun>();
  for (const run of [...runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
    for (const tier of run.tiers) byTier.set(tier.documents, { run, tier });
  }
  return [...byTier.values()].sort((a, b) => a.tier.documents - b.tier.documents);
}

// ---------------------------------------------------------------------------------------------------
// Numbers

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return "—";
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return "—";
  if (seconds >= 600) return `${(seconds / 60).toFixed(1)} min`;
  if (seconds >= 100) return `${seconds.toFixed(0)} s`;
  return `${seconds.toFixed(1)} s`;
}

export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
}

function status(m: Measurement | null | undefined): string {
  if (!m) return "";
  if (m.killed === "memory") return " (killed: memory limit)";
  if (m.killed === "timeout") return " (killed: timeout)";
  return m.ok ? "" : ` (failed, exit ${m.exitCode})`;
}

// ---------------------------------------------------------------------------------------------------
// Markdown

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
}

const ORDER: readonly SystemKey[] = ["product", "eleventy", "hugo"];

function systemRow(key: SystemKey, s: SystemResult): string[] {
  const t = s.total;
  const search = s.searchTransfer;
  const searchLabel =
    key === "product"
      ? s.searchSource === "build"
        ? " (own search step)"
        : s.searchSource === "bench"
          ? " + Pagefind CLI"
          : " (no search)"
      : " + Pagefind CLI";
  return [
    `${s.label}${searchLabel}${status(s.build)}${status(s.search)}`,
    formatSeconds(t?.wallSeconds),
    formatSeconds(t?.cpuSeconds),
    formatBytes(t?.peakTreeRssBytes),
    s.output ? `${formatBytes(s.output.bytes)} / ${formatCount(s.output.files)}` : "—",
    s.searchBundle ? `${formatBytes(s.searchBundle.bytes)} / ${formatCount(s.searchBundle.files)}` : "—",
    search ? formatBytes(search.first.bytes) : "—",
    search ? `${formatBytes(search.laterMedianBytes)} / ${formatBytes(search.laterMaxBytes)}` : "—",
  ];
}

function stepsLine(m: Measurement | null | undefined): string {
  if (!m?.steps || m.steps.length === 0) return "—";
  return m.steps
    .filter((s) => s.wallSeconds >= 0.05)
    .map((s) => `${s.name} ${formatSeconds(s.wallSeconds)}${s.peakRssBytes ? ` (${formatBytes(s.peakRssBytes)})` : ""}`)
    .join(", ");
}

export function renderMarkdown(runs: readonly BenchResults[]): string {
  const tiers = latestTiers(runs);
  const out: string[] = [];
  out.push("# Benchmark results");
  out.push("");
  out.push(
    "Written by `npm run bench` (bench/harness/) from the files in `bench/results/`: for each tier the newest run. " +
      "Every system of a tier ran in the same run on the same generated corpus (`npm run corpus`), one after the other; " +
      "compare within a tier. KB, MB and GB are powers of 1000. Wall and CPU add the search step to the build; peak RSS is the larger " +
      "of the two, summed over each process tree. Query transfer: bytes on the wire (text gzipped as a static host does) for the first query " +
      "on a fresh page (`stikstof`, with the data of its first ten results) and for each later query in that page (median / max): the product " +
      "through its own search page (its default order, newest first, which reads the index's parts only as far as the first results need), " +
      "the baselines through a page that loads their `pagefind.js`. The chart is `results/chart.svg`. " +
      "Why a target fails, and what would close it: [README.md](README.md#where-the-product-falls-short-and-what-would-close-it).",
  );
  for (const { run, tier } of tiers) {
    out.push("");
    out.push(`## ${formatCount(tier.documents)} documents`);
    out.push("");
    out.push(
      `Run of ${run.startedAt.slice(0, 10)} on ${run.machine.cores} cores, ${formatBytes(run.machine.memoryBytes)} (${run.machine.os}); ` +
        `Node ${run.versions.node}, Eleventy ${run.versions.eleventy ?? "?"}, Hugo ${run.versions.hugo ?? "?"}, Pagefind ${run.versions.pagefind ?? "?"}. ` +
        `Corpus: seed ${tier.corpus.seed}, ${formatBytes(tier.corpus.bytes)} (${formatBytes(tier.corpus.averageBytes)} a document). ` +
        `Product at ${run.product.commit?.slice(0, 10) ?? "?"}${run.product.changedFiles ? ` with ${run.product.changedFiles} changed file(s)` : ""}.`,
    );
    out.push("");
    const rows = ORDER.filter((k) => tier.systems[k]).map((k) => systemRow(k, tier.systems[k]!));
    out.push(table(["system", "wall", "CPU", "peak RSS", "output / files", "search bundle / files", "first query", "later query (median / max)"], rows));
    const product = tier.systems.product;
    if (product) {
      out.push("");
      const cold = product.build;
      const ratio = (m: Measurement | null | undefined) =>
        m && cold ? `${formatSeconds(m.wallSeconds)} (${((100 * m.wallSeconds) / cold.wallSeconds).toFixed(0)} % of cold)${status(m)}` : "—";
      const cpuRatio = (m: Measurement | null | undefined) =>
        m && cold ? `${formatSeconds(m.cpuSeconds)} (${((100 * m.cpuSeconds) / cold.cpuSeconds).toFixed(0)} %)` : "—";
      out.push(
        table(
          ["product build", "wall", "CPU", "peak RSS", "steps (from its own output: wall, peak RSS)"],
          [
            [
              "cold",
              `${formatSeconds(cold?.wallSeconds)}${status(cold)}`,
              formatSeconds(cold?.cpuSeconds),
              formatBytes(cold?.peakTreeRssBytes),
              stepsLine(cold),
            ],
            [
              "nothing changed",
              ratio(product.rebuildUnchanged),
              cpuRatio(product.rebuildUnchanged),
              formatBytes(product.rebuildUnchanged?.peakTreeRssBytes),
              stepsLine(product.rebuildUnchanged),
            ],
            [
              "one document changed",
              ratio(product.rebuildOneChanged),
              cpuRatio(product.rebuildOneChanged),
              formatBytes(product.rebuildOneChanged?.peakTreeRssBytes),
              stepsLine(product.rebuildOneChanged),
            ],
            ...(product.search
              ? [
                  [
                    "Pagefind CLI over its output (added by the benchmark)",
                    formatSeconds(product.search.wallSeconds),
                    formatSeconds(product.search.cpuSeconds),
                    formatBytes(product.search.peakTreeRssBytes),
                    "—",
                  ],
                ]
              : []),
          ],
        ),
      );
      if (product.pages) {
        out.push("");
        const pageRows = Object.entries(product.pages).map(([kind, p]) =>
          p
            ? [
                kind,
                `\`${p.page}\``,
                formatBytes(p.htmlGzipBytes),
                formatBytes(p.cssGzipBytes),
                formatBytes(p.jsGzipBytes),
                formatBytes(p.totalGzipBytes),
                String(p.scripts + p.inlineScripts),
              ]
            : [kind, "—", "—", "—", "—", "—", "—"],
        );
        out.push(table(["product page", "path", "HTML gzip", "CSS gzip", "JS gzip", "total gzip", "scripts"], pageRows));
      }
      out.push("");
      const checks = checkTargets(tier, run.machine.cores, run.machine.memoryBytes);
      out.push(
        table(
          ["target (scaling issue)", "set at", "measured here", "verdict"],
          checks.map((c) => [
            c.target,
            c.at,
            c.measured,
            c.verdict === "n/a" ? "n/a" : `${c.verdict}${c.indicative ? " (trend only at this size)" : ""}${c.caveat ? ` (${c.caveat})` : ""}`,
          ]),
        ),
      );
    }
    const notes = ORDER.flatMap((k) => tier.systems[k]?.notes.map((n) => `${tier.systems[k]!.label}: ${n}`) ?? []);
    const programs = ORDER.flatMap((k) => {
      const system = tier.systems[k];
      const split = system ? cpuByProgram(system.build, system.search) : null;
      return system && split ? [`${system.label}${system.search ? " + Pagefind CLI" : ""}: ${programsText(split)}`] : [];
    });
    if (programs.length > 0)
      notes.push(`CPU by program, cold build and search together (Pagefind's service and its CLI are the same program): ${programs.join("; ")}`);
    const measured = measuredSteps(tier);
    const disturbances = measured.flatMap(({ label, m }) => (disturbed(m, run.machine.cores) ? [`${label}: ${disturbance(m, run.machine.cores)}`] : []));
    if (disturbances.length > 0) {
      notes.push(
        `other work on the machine disturbed ${disturbances.length === 1 ? "a measurement" : "measurements"} of this tier (${disturbances.join("; ")}): ` +
          "wall times are inflated by chance, so the time targets are judged by CPU time (marked «CPU»)",
      );
    }
    const edges = measured.flatMap(({ label, m }) =>
      atMemoryEdge(m, run.machine.memoryBytes) ? [`${label}: ${formatBytes(m.peakTreeRssBytes)} of ${formatBytes(run.machine.memoryBytes)}`] : [],
    );
    if (edges.length > 0) {
      notes.push(
        `at the edge of the machine's memory (${edges.join("; ")}): the kernel reclaims memory while such a step works, and its time varies from run to run far more than the systems differ`,
      );
    }
    if (notes.length > 0) {
      out.push("");
      for (const n of notes) out.push(`- ${n}`);
    }
  }
  out.push(...formsSection(runs));
  out.push(...projectionSection(tiers));
  out.push("");
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------------
// Reading each input form

/** The newest run that measured the input forms, or null. */
export function latestForms(runs: readonly BenchResults[]): BenchResults | null {
  return (
    [...runs]
      .filter((r) => r.forms && r.forms.forms.length > 0)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      .at(-1) ?? null
  );
}

const FORM_NAMES: Record<FormKey, string> = { pdf: "PDF (real, copied)", markdown: "markdown (generated)", xml: "XML (generated)" };

/** Documents a second, to three significant figures at most. */
export function formatRate(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return n >= 100 ? formatCount(n) : n.toFixed(1);
}

function formRow(r: FormReading): string[] {
  const c = r.checked;
  return [
    FORM_NAMES[r.form],
    r.documents === r.files ? formatCount(r.files) : `${formatCount(r.files)} (${formatCount(r.documents)} documents)`,
    formatBytes(r.bytes),
    `${formatSeconds(r.run.wallSeconds)}${r.run.killed ? status(r.run) : ""}`,
    formatSeconds(r.run.cpuSeconds),
    formatBytes(r.run.peakTreeRssBytes),
    formatRate(r.rates.perSecond),
    `**${formatRate(r.rates.perCpuSecond)}**`,
    r.small ? `${formatRate(r.rates.perCpuSecondAfterStartup)} (first ${formatCount(r.small.files)} files: CPU ${formatSeconds(r.small.run.cpuSeconds)})` : "—",
    c ? `${formatCount(c.records)} record(s), ${formatCount(c.errors)} error(s), ${formatCount(c.warnings)} warning(s)` : "—",
  ];
}

/** `## Reading each input form`: the newest run's readings and its target's verdict. */
function formsSection(runs: readonly BenchResults[]): string[] {
  const run = latestForms(runs);
  const forms = run?.forms;
  if (!run || !forms) return [];
  const generated = forms.forms.find((f) => f.form !== "pdf");
  const out = [
    "",
    "## Reading each input form",
    "",
    `How many documents a second one core normalizes, for each form the product reads. Run of ${run.startedAt.slice(0, 10)} on ${run.machine.cores} cores ` +
      `(${run.machine.cpuModel}), Node ${run.versions.node}; product at ${run.product.commit?.slice(0, 10) ?? "?"}` +
      `${run.product.changedFiles ? ` with ${run.product.changedFiles} changed file(s)` : ""}. ` +
      `Each form is a folder read by the product's check (\`${forms.command} <folder>\`, \`npm run check\`, from the snapshot; it has no record cache), ` +
      "under GNU time as every command of the benchmark. Per core is documents per CPU second: the user + system time of the whole process tree " +
      "(the command and its worker threads), so it does not depend on how many cores the machine has. Start-up excluded: the same command over " +
      "the first files of the same folder, and the difference between the two runs (what one more document costs). " +
      `The PDFs are the real ones of \`content/documents/\`, each copied under new names, since PDFs cannot be generated; ` +
      `markdown and XML are ${generated ? formatCount(generated.files) : "the"} generated documents (\`npm run corpus -- --form markdown|xml\`, seed ${forms.seed}), the same documents in each.`,
    "",
    table(
      ["form", "files", "size", "wall", "CPU", "peak RSS", "documents/s", "documents/s per core", "per core, start-up excluded", "the check's count"],
      forms.forms.map(formRow),
    ),
    "",
  ];
  const check = checkFormsTarget(forms, run.machine.cores);
  out.push(
    table(
      ["target (input forms)", "measured here (documents per CPU second)", "verdict"],
      [[check.target, check.measured, check.verdict === "n/a" ? "n/a" : `${check.verdict}${check.caveat ? ` (${check.caveat})` : ""}`]],
    ),
  );
  const notes = [...forms.notes];
  const pdf = forms.forms.find((f) => f.form === "pdf");
  if (pdf && pdf.files > pdf.documents && !readingProblem(pdf)) {
    notes.push(
      `PDF: each of the ${formatCount(pdf.files - pdf.documents)} copies is read and normalized, then refused as the same document as another file (\`id-duplicate\`, an error), so the check exits 1; that is the expected count`,
    );
  }
  const busy = forms.forms.flatMap((r) => [
    ...(disturbed(r.run, run.machine.cores) ? [`${r.form}: ${disturbance(r.run, run.machine.cores)}`] : []),
    ...(r.small && disturbed(r.small.run, run.machine.cores) ? [`${r.form}, first files: ${disturbance(r.small.run, run.machine.cores)}`] : []),
  ]);
  if (busy.length > 0) notes.push(`other work on the machine while reading (${busy.join("; ")}): CPU time is stretched by it too, though less than wall time`);
  if (notes.length > 0) {
    out.push("");
    for (const n of notes) out.push(`- ${n}`);
  }
  return out;
}

/** Every measurement of a tier, named `<system>, <step>`, for the notes under its tables. */
function measuredSteps(tier: TierResult): { label: string; m: Measurement }[] {
  return ORDER.flatMap((k) => {
    const system = tier.systems[k];
    if (!system) return [];
    const steps = [
      ["build", system.build],
      ["search", system.search],
      ["rebuild, nothing changed", system.rebuildUnchanged],
      ["rebuild, one changed", system.rebuildOneChanged],
    ] as const;
    return steps.flatMap(([step, m]) => (m ? [{ label: `${system.label}, ${step}`, m }] : []));
  });
}

/** Readable names of the programs a build runs, by the start of the kernel's name (cut to 15 characters: `pagefind_extend`). */
const PROGRAM_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["node", "Node"],
  ["pagefind", "Pagefind"],
  ["hugo", "Hugo"],
];

function programName(program: string): string {
  return PROGRAM_NAMES.find(([start]) => program.startsWith(start))?.[1] ?? program;
}

/** `Node 98.1 s, Pagefind 41.2 s`: the programs that took a tenth of a second or more, the busiest first. */
export function programsText(split: Record<string, number>): string {
  const named = new Map<string, number>();
  for (const [program, seconds] of Object.entries(split)) {
    const name = programName(program);
    named.set(name, (named.get(name) ?? 0) + seconds);
  }
  const shown = [...named].filter(([, seconds]) => seconds >= 0.1).sort((a, b) => b[1] - a[1]);
  return shown.length > 0 ? shown.map(([name, seconds]) => `${name} ${formatSeconds(seconds)}`).join(", ") : "—";
}

/** y = a + b·x through two points, evaluated at `x`. */
export function linear(x1: number, y1: number, x2: number, y2: number, x: number): number {
  return y1 + ((y2 - y1) * (x - x1)) / (x2 - x1);
}

interface Projected {
  metric: string;
  value: (t: TierResult) => number | null | undefined;
  format: (v: number) => string;
}

const PROJECTED: readonly Projected[] = [
  { metric: "product, cold build CPU", value: (t) => t.systems.product?.total?.cpuSeconds, format: formatSeconds },
  { metric: "product, rebuild with nothing changed CPU", value: (t) => t.systems.product?.rebuildUnchanged?.cpuSeconds, format: formatSeconds },
  { metric: "product, peak RSS", value: (t) => t.systems.product?.total?.peakTreeRssBytes, format: formatBytes },
  { metric: "product, output", value: (t) => t.systems.product?.output?.bytes, format: formatBytes },
  { metric: "product, first query", value: (t) => t.systems.product?.searchTransfer?.first.bytes, format: formatBytes },
  { metric: "product, later query (max)", value: (t) => t.systems.product?.searchTransfer?.laterMaxBytes, format: formatBytes },
  { metric: "product, largest page (gzip)", value: (t) => t.systems.product?.pages?.["largest page"]?.totalGzipBytes, format: formatBytes },
  { metric: "Eleventy + Pagefind CLI, CPU", value: (t) => t.systems.eleventy?.total?.cpuSeconds, format: formatSeconds },
  { metric: "Eleventy + Pagefind CLI, peak RSS", value: (t) => t.systems.eleventy?.total?.peakTreeRssBytes, format: formatBytes },
  { metric: "Hugo + Pagefind CLI, CPU", value: (t) => t.systems.hugo?.total?.cpuSeconds, format: formatSeconds },
  { metric: "Hugo + Pagefind CLI, peak RSS", value: (t) => t.systems.hugo?.total?.peakTreeRssBytes, format: formatBytes },
];

/**
 * A straight line through the two largest tiers measured, read at 50,000 and 87,000 documents, for the
 * tiers not measured yet: a guide to what the large tiers will show, not a measurement (memory and
 * index sizes of the tools grow less than linearly, fixed costs fade).
 */
function projectionSection(tiers: readonly TierOfRun[]): string[] {
  if (tiers.length < 2) return [];
  const [a, b] = tiers.slice(-2).map((t) => t.tier) as [TierResult, TierResult];
  const targets = [50_000, 87_000].filter((n) => n > b.documents);
  if (targets.length === 0) return [];
  const rows: string[][] = [];
  for (const p of PROJECTED) {
    const va = p.value(a);
    const vb = p.value(b);
    if (va === null || va === undefined || vb === null || vb === undefined) continue;
    rows.push([p.metric, p.format(va), p.format(vb), ...targets.map((n) => p.format(Math.max(0, linear(a.documents, va, b.documents, vb, n))))]);
  }
  return [
    "",
    "## Projection (not measured)",
    "",
    `A straight line through the ${formatCount(a.documents)} and ${formatCount(b.documents)} tiers, read at ${targets.map(formatCount).join(" and ")} documents: ` +
      "a guide until those tiers are run (`npm run bench -- --tiers 50000 --full 87000`). Fixed costs fade and the tools' memory grows less " +
      "than linearly at scale (Pagefind has been reported to need 13.5 GB at 50,000 pages), so treat memory figures as upper bounds.",
    "",
    table(["metric", formatCount(a.documents), formatCount(b.documents), ...targets.map((n) => `${formatCount(n)} (projected)`)], rows),
  ];
}

// ---------------------------------------------------------------------------------------------------
// SVG chart

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");
}

/** A round axis maximum above `value`: 1, 2, 5 × 10^n. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= value) return m * power;
  return 10 * power;
}

interface Bar {
  label: string;
  /** Stacked parts, bottom first. */
  parts: Array<{ value: number; color: string; name: string }>;
  failed: boolean;
}

const COLORS = {
  normalize: "#9cc3e6",
  render: "#1f5f99",
  rest: "#b8b8b8",
  search: "#e08a1e",
  eleventy: "#4d8f4d",
  hugo: "#8c5fa8",
} as const;

type Metric = "wall" | "cpu" | "rss";

/** A product build as bars stacked by its steps: normalize, render, search, the rest. */
function productParts(m: Measurement, metric: Exclude<Metric, "rss">): Bar["parts"] {
  const pick = (s: NonNullable<Measurement["steps"]>[number]) => (metric === "wall" ? s.wallSeconds : (s.cpuSeconds ?? 0));
  const steps = m.steps ?? [];
  const sum = (names: readonly string[]) => steps.filter((s) => names.includes(s.name)).reduce((t, s) => t + pick(s), 0);
  const known = sum(["normalize", "render", "render + search", "search"]);
  const total = metric === "wall" ? m.wallSeconds : m.cpuSeconds;
  return [
    { value: sum(["normalize"]), color: COLORS.normalize, name: "normalize" },
    { value: sum(["render", "render + search"]), color: COLORS.render, name: "render" },
    { value: sum(["search"]), color: COLORS.search, name: "search" },
    { value: Math.max(0, total - known), color: COLORS.rest, name: "other" },
  ];
}

function barsFor(tier: TierResult, metric: Metric): Bar[] {
  const bars: Bar[] = [];
  const p = tier.systems.product;
  const failed = (...ms: Array<Measurement | null | undefined>) => ms.some((m) => m && !m.ok);
  const seconds = (m: Measurement | null | undefined) => (m ? (metric === "wall" ? m.wallSeconds : m.cpuSeconds) : 0);
  const productBar = (label: string, m: Measurement | null | undefined, extra: Measurement | null = null) => {
    if (!m) return;
    if (metric === "rss") {
      bars.push({
        label,
        parts: [{ value: Math.max(m.peakTreeRssBytes, extra?.peakTreeRssBytes ?? 0) / 1e9, color: COLORS.render, name: "peak" }],
        failed: failed(m, extra),
      });
      return;
    }
    const parts = productParts(m, metric);
    // A search step the benchmark added (no search in the build yet) stacks on top.
    if (extra) parts.push({ value: seconds(extra), color: COLORS.search, name: "Pagefind CLI (added)" });
    bars.push({ label, parts, failed: failed(m, extra) });
  };
  productBar("cold", p?.build, p?.search ?? null);
  productBar("again", p?.rebuildUnchanged);
  productBar("1 edit", p?.rebuildOneChanged);
  const baseline = (label: string, s: SystemResult | undefined, color: string) => {
    if (!s?.build) return;
    if (metric === "rss") {
      bars.push({
        label,
        parts: [{ value: (totals(s.build, s.search)?.peakTreeRssBytes ?? 0) / 1e9, color, name: "peak" }],
        failed: failed(s.build, s.search),
      });
    } else {
      bars.push({
        label,
        parts: [
          { value: seconds(s.build), color, name: "build" },
          { value: seconds(s.search), color: COLORS.search, name: "Pagefind" },
        ],
        failed: failed(s.build, s.search),
      });
    }
  };
  baseline("Eleventy", tier.systems.eleventy, COLORS.eleventy);
  baseline("Hugo", tier.systems.hugo, COLORS.hugo);
  return bars;
}

function panel(x: number, y: number, width: number, height: number, title: string, unit: string, bars: Bar[]): string {
  const parts: string[] = [];
  const max = niceMax(Math.max(0, ...bars.map((b) => b.parts.reduce((s, p) => s + p.value, 0))));
  const left = x + 44;
  const plotWidth = width - 54;
  const top = y + 22;
  const plotHeight = height - 62;
  parts.push(`<text x="${x + width / 2}" y="${y + 12}" text-anchor="middle" class="title">${escapeXml(title)}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    const gy = top + plotHeight - (plotHeight * i) / 4;
    parts.push(`<line x1="${left}" y1="${gy.toFixed(1)}" x2="${left + plotWidth}" y2="${gy.toFixed(1)}" class="grid"/>`);
    parts.push(`<text x="${left - 4}" y="${(gy + 3).toFixed(1)}" text-anchor="end" class="tick">${escapeXml(Number(v.toPrecision(3)).toString())}</text>`);
  }
  parts.push(
    `<text x="${x + 8}" y="${top + plotHeight / 2}" transform="rotate(-90 ${x + 8} ${top + plotHeight / 2})" text-anchor="middle" class="tick">${escapeXml(unit)}</text>`,
  );
  const slot = bars.length > 0 ? plotWidth / bars.length : plotWidth;
  const barWidth = Math.min(36, slot * 0.7);
  bars.forEach((bar, i) => {
    const bx = left + slot * i + (slot - barWidth) / 2;
    let base = top + plotHeight;
    let total = 0;
    for (const p of bar.parts) {
      if (p.value <= 0) continue;
      const h = (plotHeight * p.value) / max;
      base -= h;
      total += p.value;
      parts.push(
        `<rect x="${bx.toFixed(1)}" y="${base.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${p.color}"><title>${escapeXml(`${bar.label} ${p.name}: ${p.value.toFixed(2)} ${unit}`)}</title></rect>`,
      );
    }
    parts.push(
      `<text x="${(bx + barWidth / 2).toFixed(1)}" y="${(base - 3).toFixed(1)}" text-anchor="middle" class="value">${escapeXml(`${total.toPrecision(3)}${bar.failed ? " ✗" : ""}`)}</text>`,
    );
    parts.push(`<text x="${(bx + barWidth / 2).toFixed(1)}" y="${top + plotHeight + 14}" text-anchor="middle" class="label">${escapeXml(bar.label)}</text>`);
  });
  return parts.join("\n");
}

export function renderChart(runs: readonly BenchResults[]): string {
  const tiers = latestTiers(runs);
  const panelWidth = 360;
  const panelHeight = 200;
  const rows: Array<{ metric: Metric; title: string; unit: string }> = [
    { metric: "wall", title: "wall time", unit: "seconds" },
    { metric: "cpu", title: "CPU time", unit: "seconds" },
    { metric: "rss", title: "peak RSS", unit: "GB" },
  ];
  const width = Math.max(1, tiers.length) * panelWidth + 20;
  const height = rows.length * panelHeight + 80;
  const body: string[] = [];
  tiers.forEach(({ tier }, i) => {
    const x = 10 + i * panelWidth;
    rows.forEach((r, k) =>
      body.push(
        panel(x, 30 + k * panelHeight, panelWidth - 10, panelHeight, `${formatCount(tier.documents)} documents: ${r.title}`, r.unit, barsFor(tier, r.metric)),
      ),
    );
  });
  const legend = [
    ["product: normalize", COLORS.normalize],
    ["render", COLORS.render],
    ["search step / Pagefind", COLORS.search],
    ["other", COLORS.rest],
    ["Eleventy (plain)", COLORS.eleventy],
    ["Hugo", COLORS.hugo],
  ] as const;
  const legendY = height - 30;
  let lx = 14;
  const legendItems = legend.map(([name, color]) => {
    const item = `<rect x="${lx}" y="${legendY - 9}" width="10" height="10" fill="${color}"/><text x="${lx + 14}" y="${legendY}" class="label" text-anchor="start">${escapeXml(name)}</text>`;
    lx += 24 + name.length * 6;
    return item;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">Kamervragen build benchmark: wall time, CPU time and peak memory per tier (product builds cold, again and after one edit; plain Eleventy and Hugo, each with Pagefind)</title>`,
    `<style>.title{font-size:13px;font-weight:600}.tick{font-size:10px;fill:#555}.label{font-size:10px;fill:#222}.value{font-size:9px;fill:#222}.grid{stroke:#ddd;stroke-width:1}</style>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="18" class="title">Build + search per tier, same corpus and run (product: cold, again, after 1 edit; ✗ failed)</text>`,
    ...body,
    ...legendItems,
    `<text x="14" y="${height - 10}" class="tick">Other work on a shared machine stretches wall time; CPU time (whole process tree) much less.</text>`,
    `</svg>`,
    "",
  ].join("\n");
}

/** How much other work a measurement shared the machine with. */
function disturbance(m: Measurement, cores: number): string {
  if (m.otherCpuSeconds !== undefined) return `${Math.round((100 * m.otherCpuSeconds) / (m.wallSeconds * cores))} % of the machine`;
  // Older results: the load average, which counts the build's own threads too.
  return `load average up to ${Math.max(m.load?.before ?? 0, m.load?.after ?? 0).toFixed(1)} on ${cores} cores, the build's own threads included`;
}
