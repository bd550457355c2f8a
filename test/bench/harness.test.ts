/**
 * The pure parts of the benchmark harness (bench/harness/): GNU time's output, /proc, the build's step
 * markers, byte counting, page weights, the results' tables and chart. No benchmark runs here.
 */
import { spawn } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeOneDocument } from "../../bench/harness/edit.ts";
import { machineBusySeconds } from "../../bench/harness/machine.ts";
import { dirStats, documentPage, findSearchBundle, largestHtml, pageAssets, pageWeight, resolveAsset } from "../../bench/harness/files.ts";
import { copyFirstFiles, copyUnderNewNames, listFilesSorted, smallRunSize } from "../../bench/harness/forms.ts";
import { parseStat, parseStatusRss, processTree, sampleTree, TreeSampler, type TreeSample } from "../../bench/harness/proc.ts";
import {
  formatBytes,
  formatCount,
  formatRate,
  formatSeconds,
  latestForms,
  latestTiers,
  linear,
  niceMax,
  programsText,
  renderChart,
  renderMarkdown,
} from "../../bench/harness/report.ts";
import {
  checkFormsTarget,
  checkTargets,
  cpuByProgram,
  diagnosticCode,
  disturbed,
  formRates,
  medianQueryParts,
  parseCheckSummary,
  readingProblem,
  totals,
  type BenchResults,
  type FormKey,
  type FormReading,
  type FormsResult,
  type Measurement,
  type TierResult,
} from "../../bench/harness/results.ts";
import { announcedCount, CountingServer, compressible, fileKind, hasSearchPage, median, summarize } from "../../bench/harness/search.ts";
import { isMarkerLine, readBuild, splitSteps, type Line } from "../../bench/harness/steps.ts";
import { parseTimeOutput } from "../../bench/harness/time-output.ts";

describe("GNU time output", () => {
  it("reads wall, CPU, largest RSS and exit code", () => {
    const r = parseTimeOutput("bench-time wall=12.34 user=20.50 sys=1.25 maxrss_kb=662616 exit=0\n");
    expect(r).toEqual({ wallSeconds: 12.34, userSeconds: 20.5, sysSeconds: 1.25, maxRssBytes: 662616 * 1024, exitCode: 0, note: null });
  });

  it("keeps GNU time's note and the exit status of a failed command", () => {
    const r = parseTimeOutput("Command exited with non-zero status 1\nbench-time wall=0.50 user=0.40 sys=0.05 maxrss_kb=1000 exit=1\n");
    expect(r?.exitCode).toBe(1);
    expect(r?.note).toBe("Command exited with non-zero status 1");
  });

  it("reports a command killed by a signal as 128 + the signal", () => {
    const r = parseTimeOutput("Command terminated by signal 9\nbench-time wall=3.00 user=2.00 sys=0.50 maxrss_kb=2000 exit=0\n");
    expect(r?.exitCode).toBe(137);
  });

  it("gives null without its line", () => {
    expect(parseTimeOutput("")).toBeNull();
    expect(parseTimeOutput("something else\n")).toBeNull();
  });
});

describe("/proc", () => {
  it("reads VmRSS and the CPU fields of stat, whatever the command name", () => {
    expect(parseStatusRss("Name:\tnode\nVmPeak:\t 999 kB\nVmRSS:\t  181256 kB\n")).toBe(181256 * 1024);
    expect(parseStatusRss("Name:\tzombie\n")).toBe(0);
    // pid (comm with spaces) state ppid … utime(14) stime(15) cutime(16) cstime(17) … starttime(22)
    const fields = ["S", "1", "1", "1", "0", "-1", "0", "0", "0", "0", "0", "250", "50", "100", "0", "20", "0", "1", "0", "98765", "1000"];
    expect(parseStat(`1234 (my (odd) name) ${fields.join(" ")}`)).toEqual({
      program: "my (odd) name",
      ownCpuSeconds: 3,
      childrenCpuSeconds: 1,
      startTime: "98765",
    });
  });

  it("samples this process's tree, counting each process's own CPU", async () => {
    expect(processTree(process.pid)).toContain(process.pid);
    const s = sampleTree(process.pid, performance.now());
    expect(s.rssBytes).toBeGreaterThan(10_000_000);
    expect([...s.cpu.values()].reduce((a, b) => a + b.seconds, 0)).toBeGreaterThan(0);
    expect([...s.cpu.values()].map((p) => p.program)).toContain("node");
    const sampler = new TreeSampler(process.pid, performance.now(), 10);
    sampler.start();
    const until = performance.now() + 60;
    while (performance.now() < until) Math.sqrt(Math.random());
    await new Promise((r) => setTimeout(r, 30));
    sampler.stop();
    expect(sampler.samples.length).toBeGreaterThan(1);
    expect(sampler.cpuSeconds).toBeGreaterThan(0);
    expect(sampler.peakRssBytes).toBeGreaterThan(10_000_000);
    const cpu = sampler.samples.map((x) => x.cpuSeconds);
    expect([...cpu].sort((a, b) => a - b)).toEqual(cpu);
  });

  it("sums CPU by program, a busy child process under its own name", async () => {
    const sampler = new TreeSampler(process.pid, performance.now(), 10);
    sampler.start();
    // A shell that spins for a moment: its CPU is the shell's, not this Node's.
    const child = spawn("sh", ["-c", "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done"]);
    await new Promise((resolve) => child.on("exit", resolve));
    sampler.stop();
    const byProgram = sampler.cpuByProgram;
    expect(byProgram["sh"]).toBeGreaterThan(0);
    expect(byProgram["node"]).toBeGreaterThan(0);
    expect(Object.values(byProgram).reduce((a, b) => a + b, 0)).toBeCloseTo(sampler.cpuSeconds, 5);
  });
});

const sample = (t: number, rssMb: number, cpu: number): TreeSample => ({ t, rssBytes: rssMb * 1e6, cpuSeconds: cpu, processes: 2 });

describe("build steps", () => {
  const productLines: Line[] = [
    { t: 500, text: "[kamervragen] documents read 343/1000 (171/s, 4 s left)" },
    { t: 3866, text: "[kamervragen] documents read 1000/1000 done in 3.4 s" },
    { t: 3900, text: "[kamervragen] 1000 source file(s): 1000 read and normalized, 0 from the cache" },
    { t: 7966, text: "[11ty] Writing /x/soort/mededeling/index.html from ./content/listings.11ty.ts (11ty.js)" },
    { t: 9615, text: "[kamervragen] search index: 1000 page(s)" },
    { t: 9628, text: "[11ty] Copied 4 Wrote 4638 files in 8.78 seconds (8.1ms each, v3.1.8)" },
  ];

  it("keeps only lines that mark a step", () => {
    expect(productLines.filter((l) => isMarkerLine(l.text)).map((l) => l.t)).toEqual([3866, 3900, 9615, 9628]);
    expect(isMarkerLine("Running Pagefind v1.6.0 (Extended)")).toBe(true);
    expect(isMarkerLine("some ordinary line")).toBe(false);
  });

  it("reads the product's report, Eleventy's summary and a one-line search step", () => {
    const { markers, facts } = readBuild(productLines);
    expect(markers.map((m) => m.kind)).toEqual(["normalized", "written", "search-done", "rendered"]);
    expect(facts).toMatchObject({
      sourceFiles: 1000,
      normalizedFresh: 1000,
      fromCache: 0,
      eleventyWrote: 4638,
      eleventyCopied: 4,
      eleventySeconds: 8.78,
      searchPages: 1000,
    });
    expect(facts.reported).toEqual([{ source: "kamervragen", step: "documents read 1000/1000", seconds: 3.4, t: 3866 }]);
    const samples = [sample(0, 100, 0), sample(3000, 400, 3), sample(5000, 600, 6), sample(9000, 900, 10), sample(9700, 300, 11)];
    const steps = splitSteps(markers, samples, 10, 12);
    expect(steps.map((s) => s.name)).toEqual(["normalize", "render", "search", "other", "finish"]);
    expect(steps[0]).toMatchObject({ fromSeconds: 0, toSeconds: 3.9, cpuSeconds: 3, peakRssBytes: 400e6 });
    expect(steps[1]).toMatchObject({ toSeconds: 7.966, peakRssBytes: 600e6 });
    expect(steps[2]).toMatchObject({ fromSeconds: 7.966, toSeconds: 9.615, peakRssBytes: 900e6 });
    expect(steps.at(-1)).toMatchObject({ toSeconds: 10, cpuSeconds: 2 }); // 12 in all, 10 at the last sample before 9.628 s
    expect(steps.reduce((s, x) => s + x.wallSeconds, 0)).toBeCloseTo(10);
  });

  it("ends rendering at the product's own pages, written after Eleventy's, whatever order the lines come in", () => {
    const lines: Line[] = [
      { t: 1000, text: "[kamervragen] 10 source file(s): 0 read and normalized, 10 from the cache" },
      { t: 5000, text: "[kamervragen] corpus pages: 40 file(s) for 10 document(s), 3 listing page(s) and 4 feed(s) in 3.5 s" },
      { t: 6000, text: "[kamervragen] search index: 10 page(s), 10 indexed, 0 from the cache" },
      { t: 6100, text: "[11ty] Copied 4 Wrote 13 files in 5.1 seconds (v3.1.8)" },
      // The runner hands over the last page Eleventy wrote itself at the end.
      { t: 1500, text: "[11ty] Writing /x/soort/index.html from ./content/indexes.11ty.ts (11ty.js)" },
    ];
    const { markers } = readBuild(lines);
    const steps = splitSteps(markers, [], 7, null);
    expect(steps.map((s) => [s.name, s.toSeconds])).toEqual([
      ["normalize", 1],
      ["render", 5],
      ["search", 6],
      ["other", 6.1],
      ["finish", 7],
    ]);
  });

  it("calls the time the search index and the page writer run side by side «render + search»", () => {
    const lines: Line[] = [
      { t: 1000, text: "[kamervragen] 10 source file(s): 10 read and normalized, 0 from the cache" },
      { t: 1200, text: "[11ty] Writing /x/soort/index.html from ./content/indexes.11ty.ts (11ty.js)" },
      { t: 3000, text: "[kamervragen] search index 2021–2025 500/1748 (250/s, 5 s left)" },
      { t: 6000, text: "[kamervragen] search index 2021–2025 1748/1748 done in 4.1 s" },
      { t: 7000, text: "[kamervragen] corpus pages: 40 file(s) for 10 document(s), 3 listing page(s) and 4 feed(s) in 5.5 s" },
      { t: 9000, text: "[kamervragen] search index 1995–2020 8252/8252 done in 6.0 s" },
      { t: 9500, text: "[kamervragen] search index: 10000 page(s) in 2 parts, 10000 indexed, 0 from the cache" },
      { t: 9600, text: "[11ty] Copied 4 Wrote 13 files in 8.6 seconds (v3.1.8)" },
    ];
    const { markers } = readBuild(lines);
    expect(splitSteps(markers, [], 10, null).map((s) => [s.name, s.toSeconds])).toEqual([
      ["normalize", 1],
      ["render", 3],
      ["render + search", 7],
      ["search", 9.5],
      ["other", 9.6],
      ["finish", 10],
    ]);
  });

  it("has no search step when the build has none", () => {
    const { markers } = readBuild(productLines.filter((l) => !/search/u.test(l.text)));
    expect(splitSteps(markers, [], 10, null).map((s) => s.name)).toEqual(["normalize", "render", "other", "finish"]);
  });

  it("calls a run without markers one step", () => {
    expect(splitSteps([], [sample(100, 300, 1)], 2.6, 1.6)).toEqual([
      { name: "whole run", fromSeconds: 0, toSeconds: 2.6, wallSeconds: 2.6, cpuSeconds: 1.6, peakRssBytes: 300e6 },
    ]);
  });

  it("reads a search step with a start and an end, and Pagefind's own lines", () => {
    const lines: Line[] = [
      { t: 1000, text: "[kamervragen] 10 source file(s): 0 read and normalized, 10 from the cache" },
      { t: 2000, text: "[11ty] Copied 1 Wrote 30 files in 1.5 seconds (v3.1.8)" },
      { t: 2100, text: "Running Pagefind v1.6.0 (Extended)" },
      { t: 2500, text: "  Indexed 10 pages" },
      { t: 2501, text: "  Indexed 3654 words" },
      { t: 2900, text: "Finished in 0.790 seconds" },
    ];
    const { markers, facts } = readBuild(lines);
    expect(facts).toMatchObject({ fromCache: 10, searchPages: 10, searchWords: 3654, searchSeconds: 0.79 });
    expect(splitSteps(markers, [], 3, null).map((s) => [s.name, s.wallSeconds])).toEqual([
      ["normalize", 1],
      ["render", 1],
      ["other", 0.1],
      ["search", 0.8],
      ["finish", 0.1],
    ]);
  });

  it("takes a later report of the build's own search step as its start and end", () => {
    const lines: Line[] = [
      { t: 1000, text: "[kamervragen] 10 source file(s): 10 read and normalized, 0 from the cache" },
      { t: 2000, text: "[kamervragen] search: indexing 10 pages" },
      { t: 5000, text: "[kamervragen] search index written in 3.0 s" },
      { t: 5100, text: "[11ty] Wrote 30 files in 5.0 seconds (v3.1.8)" },
    ];
    const { markers, facts } = readBuild(lines);
    expect(facts.searchSeconds).toBe(3);
    expect(splitSteps(markers, [], 5.2, null).map((s) => s.name)).toEqual(["normalize", "render", "search", "other", "finish"]);
  });
});

describe("files and pages", () => {
  let site: string;
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), "kv-site-"));
    await mkdir(join(site, "assets"), { recursive: true });
    await mkdir(join(site, "ah-tk-20232024-1"), { recursive: true });
    await mkdir(join(site, "pagefind"), { recursive: true });
    await writeFile(join(site, "assets", "style.css"), "body { color: black; }\n".repeat(50));
    await writeFile(join(site, "assets", "app.js"), "console.log(1);\n");
    await writeFile(
      join(site, "ah-tk-20232024-1", "index.html"),
      `<!doctype html><link rel="stylesheet" href="/assets/style.css"><link rel=icon href="/favicon.svg"><script type="application/ld+json">{"a":1}</script><p>${"tekst ".repeat(500)}</p>`,
    );
    await writeFile(
      join(site, "index.html"),
      `<link href="assets/style.css" rel="preload stylesheet"><script src="/assets/app.js"></script><script>var x = 1;</script>`,
    );
    await writeFile(join(site, "pagefind", "pagefind-entry.json"), "{}");
    await writeFile(join(site, "pagefind", "pagefind.js"), "export {}");
  });
  afterAll(async () => {
    await rm(site, { recursive: true, force: true });
  });

  it("counts bytes and files, leaving out the search bundle when asked", () => {
    const all = dirStats(site);
    const without = dirStats(site, ["pagefind"]);
    expect(all.files).toBe(6);
    expect(without.files).toBe(4);
    expect(all.bytes - without.bytes).toBe(2 + 9);
    expect(findSearchBundle(site)).toBe("pagefind");
    expect(largestHtml(site, ["pagefind"])?.page).toBe(join("ah-tk-20232024-1", "index.html"));
    expect(documentPage(site, "ah-tk-20232024-1")).toBe("ah-tk-20232024-1/index.html");
    expect(documentPage(site, "ah-tk-20232024-2")).toBeNull();
  });

  it("finds a page's stylesheets and scripts, not its data blocks", () => {
    expect(
      pageAssets(
        `<link rel="stylesheet" href="/a.css"><link rel='icon' href='/i.svg'><script src="/s.js" defer></script><script type="application/ld+json">{}</script><script> x() </script>`,
      ),
    ).toEqual({
      stylesheets: ["/a.css"],
      scripts: ["/s.js"],
      inlineScripts: 1,
    });
    expect(resolveAsset("/site", "a/b/index.html", "../c.css")).toBe("/site/a/c.css");
    expect(resolveAsset("/site", "index.html", "/kamervragen/x.css", "/kamervragen/")).toBe("/site/x.css");
    expect(resolveAsset("/site", "index.html", "https://example.nl/x.css")).toBeNull();
  });

  it("weighs a page with its CSS and JS, each gzipped", () => {
    const doc = pageWeight(site, "ah-tk-20232024-1/index.html");
    expect(doc.stylesheets).toBe(1);
    expect(doc.scripts + doc.inlineScripts).toBe(0);
    expect(doc.cssBytes).toBe(23 * 50);
    expect(doc.cssGzipBytes).toBe(gzipSync("body { color: black; }\n".repeat(50), { level: 6 }).length);
    expect(doc.totalGzipBytes).toBe(doc.htmlGzipBytes + doc.cssGzipBytes);
    const home = pageWeight(site, "index.html");
    expect(home.scripts).toBe(1);
    expect(home.inlineScripts).toBe(1);
    expect(home.jsBytes).toBe(16);
    expect(home.missing).toEqual([]);
  });

  it("counts the body bytes a static server sends, gzipped for text", async () => {
    const server = new CountingServer(site, { "/harness.html": "<p>hi</p>" });
    await server.start();
    try {
      const base = `http://127.0.0.1:${server.port}`;
      await (await fetch(`${base}/harness.html`)).text();
      await (await fetch(`${base}/assets/style.css`, { headers: { "accept-encoding": "gzip" } })).text();
      await (await fetch(`${base}/pagefind/pagefind-entry.json`, { headers: { "accept-encoding": "identity" } })).text();
      await (await fetch(`${base}/missing.js`)).text();
      await (await fetch(`${base}/../../etc/passwd`)).text();
      const fetched = await server.take();
      const css = fetched.find((f) => f.path === "/assets/style.css")!;
      expect(css.fileBytes).toBe(23 * 50);
      expect(css.bytes).toBeLessThan(css.fileBytes);
      expect(css.bytes).toBe(gzipSync("body { color: black; }\n".repeat(50), { level: 6 }).length);
      expect(fetched.find((f) => f.path === "/pagefind/pagefind-entry.json")).toMatchObject({ bytes: 2, fileBytes: 2 });
      expect(fetched.find((f) => f.path === "/missing.js")).toMatchObject({ bytes: 0, status: 404 });
      expect(fetched.some((f) => f.path === "/harness.html")).toBe(false);
      expect(await server.take()).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it("sorts Pagefind's files by kind and sums them", () => {
    expect(
      [
        "/pagefind/pagefind.js",
        "/pagefind/pagefind-worker.js",
        "/pagefind/pagefind-entry.json",
        "/pagefind/wasm.nl.pagefind",
        "/pagefind/pagefind.nl_1.pf_meta",
        "/pagefind/index/nl_1.pf_index",
        "/pagefind/fragment/nl_2.pf_fragment",
        "/x.png",
      ].map(fileKind),
    ).toEqual(["js", "js", "entry", "wasm", "meta", "index", "fragment", "other"]);
    const s = summarize([
      { path: "/pagefind/pagefind.js", bytes: 100, fileBytes: 300, status: 200 },
      { path: "/pagefind/index/a.pf_index", bytes: 50, fileBytes: 50, status: 200 },
      { path: "/pagefind/index/b.pf_index", bytes: 25, fileBytes: 25, status: 200 },
    ]);
    expect(s).toEqual({ requests: 3, bytes: 175, fileBytes: 375, byKind: { js: 100, index: 75 } });
    expect(compressible("a/pagefind.js")).toBe(true);
    expect(compressible("a/wasm.nl.pagefind")).toBe(false);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it("measures a site through its own search page when it has one, reading the count it announces", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bench-search-page-"));
    try {
      expect(hasSearchPage(dir)).toBe(false);
      await mkdir(join(dir, "zoeken"));
      await writeFile(join(dir, "zoeken", "index.html"), "<!doctype html><title>Zoeken</title><p>Zoeken werkt alleen met JavaScript.</p>");
      expect(hasSearchPage(dir)).toBe(false);
      await writeFile(join(dir, "zoeken", "index.html"), '<!doctype html><title>Zoeken</title><div class="kv-search" data-kv-search></div>');
      expect(hasSearchPage(dir)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(announcedCount("1.234 documenten gevonden voor «stikstof». Doorzocht zijn de documenten uit 2021–2026; …")).toBe(1234);
    expect(announcedCount("1 document gevonden voor «x».")).toBe(1);
    expect(announcedCount("Geen documenten gevonden voor «xqzw».")).toBe(0);
  });
});

describe("the one change between builds", () => {
  it("appends a sentence to the last line of text, not to a footnote or heading", () => {
    const text = "## Vraag 1\n\nBent u bekend?\n\n## Antwoord 1\n\nJa. Dat is zo.\n\n[^1]: NOS, <https://nos.nl/a>.\n";
    expect(changeOneDocument(text)).toBe(
      "## Vraag 1\n\nBent u bekend?\n\n## Antwoord 1\n\nJa. Dat is zo. Dit antwoord is na publicatie aangevuld.\n\n[^1]: NOS, <https://nos.nl/a>.\n",
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Results, tables and chart

function measurement(wall: number, rssGb: number, extra: Partial<Measurement> = {}): Measurement {
  return {
    ok: true,
    wallSeconds: wall,
    cpuSeconds: wall * 1.1,
    userSeconds: wall,
    sysSeconds: wall * 0.1,
    peakTreeRssBytes: rssGb * 1e9,
    maxProcessRssBytes: rssGb * 1e9,
    exitCode: 0,
    killed: null,
    ...extra,
  };
}

function tier(documents: number, scale: number): TierResult {
  const weight = {
    page: "ah-tk-1/index.html",
    htmlBytes: 30000,
    htmlGzipBytes: 6000,
    cssBytes: 12000,
    cssGzipBytes: 3000,
    jsBytes: 0,
    jsGzipBytes: 0,
    totalGzipBytes: 9000,
    stylesheets: 1,
    scripts: 0,
    inlineScripts: 0,
    missing: [],
  };
  const search = {
    bundlePath: "pagefind",
    first: { query: "stikstof", results: 3, requests: 8, bytes: 120_000, fileBytes: 180_000, byKind: {} },
    later: [],
    laterMedianBytes: 40_000,
    laterMaxBytes: 70_000,
    browser: "chromium",
  };
  const productBuild = measurement(19 * scale, 0.66 * scale, {
    steps: [
      { name: "normalize", fromSeconds: 0, toSeconds: 5, wallSeconds: 5, cpuSeconds: 5, peakRssBytes: 4e8 },
      { name: "render", fromSeconds: 5, toSeconds: 19, wallSeconds: 14, cpuSeconds: 12, peakRssBytes: 6.6e8 },
    ],
  });
  return {
    documents,
    corpus: {
      seed: "1",
      files: documents,
      bytes: documents * 12_000,
      averageBytes: 12_000,
      generateSeconds: 0.5,
      kinds: { antwoord: documents },
      medianDocument: "ah-tk-1",
    },
    elapsedSeconds: 60,
    systems: {
      product: {
        label: "product",
        build: productBuild,
        search: null,
        searchSource: "build",
        total: totals(productBuild, null),
        output: { bytes: 114e6, files: 4640 },
        searchBundle: { bytes: 5e6, files: 1000 },
        searchTransfer: search,
        rebuildUnchanged: measurement(15 * scale, 0.5 * scale),
        rebuildOneChanged: measurement(5 * scale, 0.5 * scale, { ok: false, exitCode: 1 }),
        pages: { document: weight, listing: null },
        notes: ["a note"],
      },
      hugo: {
        label: "Hugo",
        build: measurement(1 * scale, 0.2 * scale),
        search: measurement(3 * scale, 0.34 * scale),
        searchSource: null,
        total: totals(measurement(1 * scale, 0.2 * scale), measurement(3 * scale, 0.34 * scale)),
        output: { bytes: 12e6, files: documents },
        searchBundle: { bytes: 5e6, files: 1000 },
        searchTransfer: search,
        notes: [],
      },
    },
  };
}

function run(startedAt: string, tiers: TierResult[]): BenchResults {
  return {
    schema: "kamervragen-bench/1",
    startedAt,
    finishedAt: startedAt,
    machine: { cores: 2, cpuModel: "x", memoryBytes: 24e9, os: "Debian", kernel: "6" },
    versions: { node: "v20", npm: "11", eleventy: "3.1.8", pagefind: "1.6.0", hugo: "0.111.3", chromium: null, playwrightCore: null, gnuTime: null },
    product: { commit: "abc", changedFiles: 0 },
    options: { seed: "1", tiers: tiers.map((t) => t.documents), quick: false, systems: ["product", "hugo"] },
    tiers,
  };
}

describe("results", () => {
  it("checks the scaling issue's targets", () => {
    const checks = checkTargets(tier(1000, 1));
    const verdict = (start: string) => checks.find((c) => c.target.startsWith(start))!;
    expect(verdict("peak RSS")).toMatchObject({ verdict: "pass", indicative: true });
    expect(verdict("no slower")).toMatchObject({ verdict: "fail", indicative: true });
    expect(verdict("rebuild, nothing")).toMatchObject({ verdict: "fail" });
    expect(verdict("rebuild, one")).toMatchObject({ verdict: "fail" }); // it failed, though fast
    expect(verdict("first query")).toMatchObject({ verdict: "pass" });
    expect(verdict("later query")).toMatchObject({ verdict: "fail" });
    expect(verdict("document page")).toMatchObject({ verdict: "pass", indicative: false });
  });

  it("compares times by CPU when the machine was busier than it has cores", () => {
    const busy = tier(1000, 1);
    const p = busy.systems.product!;
    p.build = { ...p.build!, wallSeconds: 45, cpuSeconds: 17, load: { before: 5, after: 8 } };
    p.rebuildOneChanged = { ...p.build, wallSeconds: 15, cpuSeconds: 15, ok: true };
    const quiet = checkTargets(busy, 16).find((c) => c.target.startsWith("rebuild, one"))!;
    const loaded = checkTargets(busy, 2).find((c) => c.target.startsWith("rebuild, one"))!;
    expect(quiet).toMatchObject({ verdict: "pass", measured: "15.0 s of 45.0 s (33 %)" });
    expect(loaded).toMatchObject({ verdict: "fail", measured: "CPU 15.0 s of 17.0 s (88 %)" });
  });

  it("says when a system ran at the edge of the machine's memory, where its time says little", () => {
    const edge = tier(1000, 1);
    const memory = 25e9;
    const h = edge.systems.hugo!;
    expect(checkTargets(edge, 2, memory).find((c) => c.target.startsWith("no slower"))?.caveat).toBeUndefined();
    h.search = { ...h.search!, peakTreeRssBytes: 21e9 };
    expect(checkTargets(edge, 2, memory).find((c) => c.target.startsWith("no slower"))?.caveat).toMatch(
      /Hugo \+ Pagefind CLI ran at the edge of the machine's memory/,
    );
    const results = run("2025-01-01T00:00:00Z", [edge]);
    results.machine = { ...results.machine, memoryBytes: memory };
    expect(renderMarkdown([results])).toMatch(/at the edge of the machine's memory \(Hugo[^,]*, search: 21\.00 GB of 25\.00 GB\)/);
  });

  it("counts other work by the machine's busy time less the measurement's own, not by its load", () => {
    const busy = tier(1000, 1);
    const p = busy.systems.product!;
    // A build of three threads on two cores: a load of 3 that is all its own.
    p.build = { ...p.build!, wallSeconds: 45, cpuSeconds: 80, load: { before: 3, after: 3.4 }, otherCpuSeconds: 4 };
    p.rebuildOneChanged = { ...p.build, wallSeconds: 15, cpuSeconds: 15, otherCpuSeconds: 0, ok: true };
    expect(disturbed(p.build, 2)).toBe(false);
    expect(checkTargets(busy, 2).find((c) => c.target.startsWith("rebuild, one"))).toMatchObject({ verdict: "pass", measured: "15.0 s of 45.0 s (33 %)" });
    expect(renderMarkdown([run("2025-01-01T00:00:00Z", [busy])])).not.toMatch(/other work on the machine/);
    // Another job took a fifth of the machine during the build: times are compared by CPU.
    p.build = { ...p.build, otherCpuSeconds: 18 };
    expect(disturbed(p.build, 2)).toBe(true);
    expect(checkTargets(busy, 2).find((c) => c.target.startsWith("rebuild, one"))).toMatchObject({ measured: "CPU 15.0 s of 80.0 s (19 %)" });
    expect(renderMarkdown([run("2025-01-01T00:00:00Z", [busy])])).toMatch(
      /other work on the machine disturbed a measurement of this tier \(product[^:]*, build: 20 % of the machine\)/,
    );
  });

  it("splits CPU by program, so that the search indexer's share is seen apart from the build's", () => {
    const split = tier(1000, 1);
    const p = split.systems.product!;
    const h = split.systems.hugo!;
    expect(renderMarkdown([run("2025-01-01T00:00:00Z", [split])])).not.toMatch(/CPU by program/);
    p.build = { ...p.build!, cpuByProgram: { node: 98.1, pagefind_extend: 41.2, esbuild: 0.02 } };
    h.build = { ...h.build!, cpuByProgram: { hugo: 12.2 } };
    h.search = { ...h.search!, cpuByProgram: { pagefind_extended: 42.6, time: 0.01 } };
    expect(cpuByProgram(h.build, h.search)).toEqual({ hugo: 12.2, pagefind_extended: 42.6, time: 0.01 });
    expect(cpuByProgram(null, measurement(1, 1))).toBeNull();
    expect(programsText({ node: 98.1, pagefind_extend: 41.2, esbuild: 0.02 })).toBe("Node 98.1 s, Pagefind 41.2 s");
    expect(programsText({ hugo: 1, sh: 0.5, time: 0.01 })).toBe("Hugo 1.0 s, sh 0.5 s");
    expect(renderMarkdown([run("2025-01-01T00:00:00Z", [split])])).toMatch(
      /CPU by program, cold build and search together \([^)]*\): product: Node 98\.1 s, Pagefind 41\.2 s; Hugo \+ Pagefind CLI: Pagefind 42\.6 s, Hugo 12\.2 s/,
    );
  });

  it("says what the median later query fetched: word index and results' data", () => {
    const parts = tier(1000, 1);
    const query = (q: string, index: number, fragment: number) => ({
      query: q,
      results: 10,
      requests: 12,
      bytes: index + fragment,
      fileBytes: index + fragment,
      byKind: { index, fragment },
    });
    parts.systems.product!.searchTransfer = {
      ...parts.systems.product!.searchTransfer!,
      later: [query("a", 30_000, 40_000), query("b", 60_000, 44_000), query("c", 100_000, 40_000)],
      laterMedianBytes: 104_000,
      laterMaxBytes: 140_000,
    };
    expect(medianQueryParts(parts.systems.product!.searchTransfer)).toBe(" (word index 60 KB, results' data 44 KB)");
    expect(checkTargets(parts).find((c) => c.target.startsWith("later query"))?.measured).toBe(
      "median 104 KB (word index 60 KB, results' data 44 KB), max 140 KB",
    );
  });

  it("reads the machine's busy time from /proc/stat", () => {
    const stat = "cpu  1000 20 300 90000 50 7 3 10 0 0\ncpu0 500 10 150 45000 25 3 2 5 0 0\nintr 1 2 3\n";
    expect(machineBusySeconds(stat)).toBeCloseTo(13.4);
    expect(machineBusySeconds("no cpu line")).toBeNull();
    expect(machineBusySeconds(null)).toBeNull();
  });

  it("takes, for each tier, the newest run that has it", () => {
    const old = run("2025-01-01T00:00:00Z", [tier(1000, 1), tier(10000, 10)]);
    const newer = run("2025-02-01T00:00:00Z", [tier(1000, 2)]);
    const latest = latestTiers([newer, old]);
    expect(latest.map((l) => [l.tier.documents, l.run.startedAt])).toEqual([
      [1000, "2025-02-01T00:00:00Z"],
      [10000, "2025-01-01T00:00:00Z"],
    ]);
  });

  it("formats numbers", () => {
    expect(formatBytes(1_234)).toBe("1.2 KB");
    expect(formatBytes(3_400_000_000)).toBe("3.40 GB");
    expect(formatBytes(null)).toBe("—");
    expect(formatSeconds(12.345)).toBe("12.3 s");
    expect(formatSeconds(1200)).toBe("20.0 min");
    expect(formatCount(87000)).toBe("87,000");
    expect(niceMax(0)).toBe(1);
    expect(niceMax(13)).toBe(20);
    expect(niceMax(190)).toBe(200);
    expect(niceMax(0.66)).toBe(1);
  });

  it("renders a table per tier", () => {
    const md = renderMarkdown([run("2025-01-01T00:00:00Z", [tier(1000, 1), tier(10000, 10)])]);
    expect(md).toContain("## 1,000 documents");
    expect(md).toContain("## 10,000 documents");
    expect(md).toContain("| product (own search step) | 19.0 s | 20.9 s | 660.0 MB | 114.0 MB / 4,640 | 5.0 MB / 1,000 | 120.0 KB | 40.0 KB / 70.0 KB |");
    expect(md).toContain("| nothing changed | 15.0 s (79 % of cold) |");
    expect(md).toContain("(failed, exit 1)");
    expect(md).toContain("normalize 5.0 s (400.0 MB), render 14.0 s (660.0 MB)");
    expect(md).toContain("| document | `ah-tk-1/index.html` | 6.0 KB | 3.0 KB | 0 B | 9.0 KB | 0 |");
    expect(md).toContain("- product: a note");
    expect(md).toContain("## Projection (not measured)");
    expect(md).toContain("| product, peak RSS | 660.0 MB | 6.60 GB | 33.00 GB | 57.42 GB |");
    expect(linear(1000, 1, 10000, 10, 87000)).toBe(87);
  });

  it("draws a well-formed SVG chart with a panel per tier", () => {
    const svg = renderChart([run("2025-01-01T00:00:00Z", [tier(1000, 1), tier(10000, 10)])]);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("1,000 documents: wall time");
    expect(svg).toContain("10,000 documents: peak RSS");
    expect((svg.match(/<rect /gu) ?? []).length).toBeGreaterThan(10);
    expect(svg).toContain("✗");
    expect(renderChart([])).toContain("<svg");
  });
});

// ---------------------------------------------------------------------------------------------------
// Reading each input form

function reading(
  form: FormKey,
  files: number,
  documents: number,
  cpu: number,
  small: { files: number; cpu: number } | null,
  extra: Partial<FormReading> = {},
): FormReading {
  const run = measurement(cpu / 1.6, 0.4, { cpuSeconds: cpu, ok: files === documents, exitCode: files === documents ? 0 : 1 });
  const smallRun = small ? { files: small.files, run: measurement(small.cpu / 1.6, 0.3, { cpuSeconds: small.cpu }), checked: null, diagnostics: {} } : null;
  return {
    form,
    source: form === "pdf" ? "content/documents/*.pdf, 20 copies each" : "generated, seed 1",
    files,
    documents,
    bytes: files * 12_000,
    run,
    checked: { files, records: documents, errors: files - documents, filesWithErrors: files - documents, warnings: 0 },
    diagnostics: files > documents ? { "id-duplicate": files - documents } : {},
    small: smallRun,
    rates: formRates(files, run, smallRun),
    ...extra,
  };
}

function forms(xmlCpu = 10): FormsResult {
  return {
    command: "node --import tsx scripts/check.ts",
    seed: "1",
    forms: [
      reading("pdf", 240, 12, 22, { files: 64, cpu: 7 }),
      reading("markdown", 5000, 5000, 16, { files: 500, cpu: 3 }),
      reading("xml", 5000, 5000, xmlCpu, { files: 500, cpu: 2.5 }),
    ],
    notes: [],
  };
}

describe("reading each input form", () => {
  it("reads the check command's closing line and the codes of its diagnostics", () => {
    expect(parseCheckSummary("240 file(s) checked: 12 record(s), 228 error(s) in 228 file(s), 0 warning(s)")).toEqual({
      files: 240,
      records: 12,
      errors: 228,
      filesWithErrors: 228,
      warnings: 0,
    });
    expect(parseCheckSummary("something else")).toBeNull();
    expect(diagnosticCode("../forms/pdf/a.copy-2.pdf: error id-duplicate: ah-tk-1 is also the document in …")).toBe("id-duplicate");
    expect(diagnosticCode("x.xml:12: warning xml-element-unknown: the element <foo> …")).toBe("xml-element-unknown");
    expect(diagnosticCode("    hint: each official id must come from exactly one file")).toBeNull();
  });

  it("counts documents per second of wall and of CPU time, and with the start-up left out", () => {
    const r = reading("xml", 5000, 5000, 10, { files: 500, cpu: 2.5 });
    expect(r.rates.perCpuSecond).toBe(500);
    expect(r.rates.perSecond).toBeCloseTo(800);
    expect(r.rates.perCpuSecondAfterStartup).toBe(600); // 4500 more files in 7.5 s more
    expect(formRates(10, measurement(1, 1, { killed: "timeout" }), null)).toEqual({ perSecond: null, perCpuSecond: null, perCpuSecondAfterStartup: null });
    // A check that reported errors (exit 1) read its files all the same.
    expect(formRates(240, measurement(10, 1, { ok: false, exitCode: 1, cpuSeconds: 20 }), null).perCpuSecond).toBe(12);
  });

  it("takes the PDFs' copies for what they are, and anything else for a problem", () => {
    expect(readingProblem(reading("pdf", 240, 12, 22, null))).toBeNull();
    expect(readingProblem(reading("xml", 5000, 5000, 10, null))).toBeNull();
    expect(readingProblem(reading("xml", 5000, 5000, 10, null, { diagnostics: { "xml-element-unknown": 3 } }))).toBe("diagnostics: xml-element-unknown × 3");
    expect(readingProblem(reading("pdf", 240, 12, 22, null, { diagnostics: { "id-duplicate": 200 } }))).toBe("diagnostics: id-duplicate × 200");
    expect(readingProblem(reading("xml", 5000, 5000, 10, null, { checked: null }))).toMatch(/no closing line/u);
  });

  it("checks XML against ten times PDF per core, from the run's own readings", () => {
    const pass = checkFormsTarget(forms(10));
    expect(pass).toMatchObject({ verdict: "pass", target: "XML ≥ 10 × PDF documents per second per core" });
    expect(pass.measured).toBe("500 vs 10.9 documents per CPU second, × 45.8; start-up excluded 600 vs 11.7, × 51");
    expect(pass.caveat).toBeUndefined();
    // 5000 documents in 500 CPU seconds: 10 a second, less than ten times the PDFs' 10.9.
    expect(checkFormsTarget(forms(500)).verdict).toBe("fail");
    const broken = forms(10);
    broken.forms[2] = { ...broken.forms[2]!, diagnostics: { "xml-element-unknown": 1 } };
    expect(checkFormsTarget(broken)).toMatchObject({ verdict: "fail", caveat: "XML: diagnostics: xml-element-unknown × 1" });
    expect(checkFormsTarget({ ...forms(), forms: [] }).verdict).toBe("n/a");
  });

  it("renders its section from the newest run that has it, and older runs without it as before", () => {
    const older = run("2025-01-01T00:00:00Z", [tier(1000, 1)]);
    const without = renderMarkdown([older]);
    expect(without).not.toContain("## Reading each input form");
    expect(latestForms([older])).toBeNull();
    const formsRun: BenchResults = { ...run("2025-02-01T00:00:00Z", []), forms: forms(10) };
    const oldForms: BenchResults = { ...run("2025-01-15T00:00:00Z", []), forms: forms(500) };
    expect(latestForms([formsRun, older, oldForms])).toBe(formsRun);
    const md = renderMarkdown([older, oldForms, formsRun]);
    // The tiers still come from the run that has them.
    expect(md).toContain("## 1,000 documents");
    expect(md).toContain("## Reading each input form");
    expect(md).toContain("Run of 2025-02-01 on 2 cores");
    expect(md).toContain(
      "| PDF (real, copied) | 240 (12 documents) | 2.9 MB | 13.8 s | 22.0 s | 400.0 MB | 17.5 | **10.9** | 11.7 (first 64 files: CPU 7.0 s) |",
    );
    expect(md).toContain("| XML (generated) | 5,000 | 60.0 MB | 6.3 s | 10.0 s | 400.0 MB | 800 | **500** | 600 (first 500 files: CPU 2.5 s) |");
    expect(md).toContain(
      "| XML ≥ 10 × PDF documents per second per core | 500 vs 10.9 documents per CPU second, × 45.8; start-up excluded 600 vs 11.7, × 51 | pass |",
    );
    expect(md).toMatch(/- PDF: each of the 228 copies is read and normalized/u);
    expect(md.indexOf("## Reading each input form")).toBeLessThan(md.indexOf("## Projection") === -1 ? Infinity : md.indexOf("## Projection"));
    expect(formatRate(1234.5)).toBe("1,235");
    expect(formatRate(10.94)).toBe("10.9");
    expect(formatRate(null)).toBe("—");
  });
});

describe("the input forms' folders", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "kv-forms-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("copies files under new names, and the first files of a folder in the product's order", async () => {
    await mkdir(join(root, "src"), { recursive: true });
    await writeFile(join(root, "src", "ah-tk-1.pdf"), "one");
    await writeFile(join(root, "src", "ah-tk-2.pdf"), "two");
    const written = copyUnderNewNames([join(root, "src", "ah-tk-1.pdf"), join(root, "src", "ah-tk-2.pdf")], join(root, "pdf"), 12);
    expect(written).toHaveLength(24);
    expect(
      listFilesSorted(join(root, "pdf"))
        .slice(0, 2)
        .map((f) => f.slice(root.length)),
    ).toEqual(["/pdf/ah-tk-1.copy-01.pdf", "/pdf/ah-tk-1.copy-02.pdf"]);
    await mkdir(join(root, "corpus", "2020-2021"), { recursive: true });
    await mkdir(join(root, "corpus", "2019-2020"), { recursive: true });
    await writeFile(join(root, "corpus", "2020-2021", "a.xml"), "<a/>");
    await writeFile(join(root, "corpus", "2019-2020", "b.xml"), "<b/>");
    await writeFile(join(root, "corpus", ".corpus.json"), "{}");
    expect(copyFirstFiles(join(root, "corpus"), join(root, "first"), 1)).toBe(1);
    expect(listFilesSorted(join(root, "first")).map((f) => f.slice(root.length))).toEqual(["/first/2019-2020/b.xml"]);
  });

  it("reads enough files in the smaller run for the product's worker threads, or none", () => {
    expect(smallRunSize(240)).toBe(64);
    expect(smallRunSize(5000)).toBe(500);
    expect(smallRunSize(100)).toBeNull();
    expect(smallRunSize(24)).toBeNull();
  });
});
