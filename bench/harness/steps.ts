/**
 * The steps of a build, read from what the build itself prints: the product's data stage
 * (`[kamervragen] N source file(s): …`), Eleventy's summary (`[11ty] … Wrote N files in S seconds`), a
 * search step (Pagefind's `Running Pagefind` … `Finished in S seconds`, or any line of the build that
 * names its search index), and any `[tag] <step> … done in S s` report. Lines are timestamped as they
 * arrive, so each step also gets the wall time, CPU time and peak memory of the process tree between
 * its markers. Nothing here depends on which steps exist: a search step appears when the build has one.
 * A build that reports its search step in one line only (`[kamervragen] search index: 50000 page(s)`)
 * gets a search step from the last page Eleventy wrote (`[11ty] Writing …`) to that line.
 */
import type { TreeSample } from "./proc.ts";

export interface Line {
  t: number;
  text: string;
}

export type MarkerKind = "normalized" | "written" | "rendered" | "search-start" | "search-done";

export interface Marker {
  kind: MarkerKind;
  t: number;
  text: string;
}

/** A duration a tool printed for one of its steps. */
export interface ReportedTiming {
  source: string;
  step: string;
  seconds: number;
  t: number;
}

export interface BuildFacts {
  /** From `[kamervragen] N source file(s): A read and normalized, B from the cache`. */
  sourceFiles: number | null;
  normalizedFresh: number | null;
  fromCache: number | null;
  /** From Eleventy's summary. */
  eleventyWrote: number | null;
  eleventyCopied: number | null;
  eleventySeconds: number | null;
  /** From Pagefind's summary, when the build runs it. */
  searchPages: number | null;
  searchWords: number | null;
  searchSeconds: number | null;
  reported: ReportedTiming[];
}

const NORMALIZED = /\[kamervragen\]\s+(\d+)\s+source file\(s\):\s+(\d+)\s+read and normalized,\s+(\d+)\s+from the cache/u;
const ELEVENTY_SUMMARY = /\[11ty\]\s+(?:Copied\s+(\d+)\s+)?Wrote\s+(\d+)\s+files?\s+in\s+([\d.]+)\s+seconds/u;
const PAGEFIND_START = /Running Pagefind v[\d.]+/u;
const PAGEFIND_DONE = /^\s*Finished in ([\d.]+) seconds/u;
const PAGEFIND_PAGES = /^\s*Indexed (\d+) pages?/u;
const PAGEFIND_WORDS = /^\s*Indexed (\d+) words?/u;
/** A build's own line about its search step: `[kamervragen] search index: 50000 pages in 12.3 s`. */
const SEARCH_WORDS = /\b(?:pagefind|search|zoek\w*)\b/iu;
const TAGGED = /^\[([\w-]+)\]\s+(.*)$/u;
/** Eleventy's line for each page it writes: only the last one is kept, as «written». */
export const ELEVENTY_WRITING = /^\[11ty\]\s+Writing\b/u;
/** The product's line after it wrote the corpus's pages itself (after Eleventy's own): also «written». */
export const CORPUS_WRITTEN = /^\[kamervragen\]\s+corpus pages:/u;
/** `… done in 5.1 s`, `… took 120 ms`, `… in 3.2 seconds` at the end of a tagged line. */
const DURATION = /\b(?:done in|took|finished in|klaar in|in)\s+([\d.]+)\s*(ms|s|sec|seconds|seconden)\b/iu;

function seconds(value: string, unit: string): number {
  return unit.toLowerCase() === "ms" ? Number(value) / 1000 : Number(value);
}

/** Whether a line is worth keeping for `readBuild` (everything else is only logged). */
export function isMarkerLine(text: string): boolean {
  return (
    NORMALIZED.test(text) ||
    ELEVENTY_SUMMARY.test(text) ||
    PAGEFIND_START.test(text) ||
    PAGEFIND_DONE.test(text) ||
    PAGEFIND_PAGES.test(text) ||
    PAGEFIND_WORDS.test(text) ||
    CORPUS_WRITTEN.test(text) ||
    (TAGGED.test(text) && !ELEVENTY_WRITING.test(text) && (DURATION.test(text) || SEARCH_WORDS.test(text)))
  );
}

/** Reads the markers and reported timings from a build's timestamped lines. */
export function readBuild(lines: readonly Line[]): { markers: Marker[]; facts: BuildFacts } {
  const markers: Marker[] = [];
  const facts: BuildFacts = {
    sourceFiles: null,
    normalizedFresh: null,
    fromCache: null,
    eleventyWrote: null,
    eleventyCopied: null,
    eleventySeconds: null,
    searchPages: null,
    searchWords: null,
    searchSeconds: null,
    reported: [],
  };
  let searchStarted = false;
  /** The build's own lines about its search step. */
  const searchMentions: Marker[] = [];
  for (const { t, text } of lines) {
    if (ELEVENTY_WRITING.test(text) || CORPUS_WRITTEN.test(text)) {
      markers.push({ kind: "written", t, text });
      continue;
    }
    const normalized = NORMALIZED.exec(text);
    if (normalized) {
      facts.sourceFiles = Number(normalized[1]);
      facts.normalizedFresh = Number(normalized[2]);
      facts.fromCache = Number(normalized[3]);
      markers.push({ kind: "normalized", t, text });
      continue;
    }
    const summary = ELEVENTY_SUMMARY.exec(text);
    if (summary) {
      facts.eleventyCopied = summary[1] ? Number(summary[1]) : 0;
      facts.eleventyWrote = Number(summary[2]);
      facts.eleventySeconds = Number(summary[3]);
      markers.push({ kind: "rendered", t, text });
      continue;
    }
    if (PAGEFIND_START.test(text)) {
      if (!searchStarted) markers.push({ kind: "search-start", t, text });
      searchStarted = true;
      continue;
    }
    const done = PAGEFIND_DONE.exec(text);
    if (done && searchStarted) {
      facts.searchSeconds = (facts.searchSeconds ?? 0) + Number(done[1]);
      markers.push({ kind: "search-done", t, text });
      continue;
    }
    const pages = PAGEFIND_PAGES.exec(text);
    if (pages) {
      facts.searchPages = (facts.searchPages ?? 0) + Number(pages[1]);
      continue;
    }
    const words = PAGEFIND_WORDS.exec(text);
    if (words) {
      facts.searchWords = (facts.searchWords ?? 0) + Number(words[1]);
      continue;
    }
    const tagged = TAGGED.exec(text);
    if (!tagged) continue;
    const duration = DURATION.exec(tagged[2]!);
    if (duration) {
      const step =
        tagged[2]!
          .slice(0, duration.index)
          .replace(/[\s:,;–-]+$/u, "")
          .trim() || tagged[1]!;
      facts.reported.push({ source: tagged[1]!, step, seconds: seconds(duration[1]!, duration[2]!), t });
    }
    // The build's own search step, however it words it.
    if (SEARCH_WORDS.test(tagged[2]!) && tagged[1] !== "11ty") {
      searchMentions.push({ kind: "search-done", t, text });
      const counted = /(\d+)\s+(?:page|pagina|document)/iu.exec(tagged[2]!);
      if (counted && facts.searchPages === null) facts.searchPages = Number(counted[1]);
      if (duration && facts.searchSeconds === null) facts.searchSeconds = seconds(duration[1]!, duration[2]!);
    }
  }
  // Several mentions: the first starts the step and the last ends it; one mention only ends it.
  if (searchMentions.length > 0 && !searchStarted) {
    if (searchMentions.length > 1) markers.push({ ...searchMentions[0]!, kind: "search-start" });
    markers.push(searchMentions.at(-1)!);
  }
  // Only the last «search-done» ends the search step, and only the last page written counts.
  // The last in time: lines may come in out of order (the runner hands over the last page Eleventy wrote
  // at the end, and the product writes its own pages after Eleventy's).
  const latest = (kind: MarkerKind) => markers.reduce<Marker | null>((last, m) => (m.kind === kind && (last === null || m.t >= last.t) ? m : last), null);
  const lastDone = latest("search-done");
  const lastWritten = latest("written");
  return {
    markers: markers.filter((m) => (m.kind !== "search-done" || m === lastDone) && (m.kind !== "written" || m === lastWritten)).sort((a, b) => a.t - b.t),
    facts,
  };
}

export interface Step {
  name: string;
  fromSeconds: number;
  toSeconds: number;
  wallSeconds: number;
  cpuSeconds: number | null;
  peakRssBytes: number | null;
}

/** CPU seconds of the tree at time `t` (ms): the last sample at or before it. */
function cpuAt(samples: readonly TreeSample[], t: number): number | null {
  let value: number | null = null;
  for (const s of samples) {
    if (s.t > t) break;
    value = s.cpuSeconds;
  }
  return value;
}

/**
 * Splits a run into steps at its markers: `normalize` (from the start, so process start-up and
 * configuration are in it) up to the data stage's report; `render` up to the last page written (or
 * Eleventy's summary, or the start of the search step); `render + search` while pages are still
 * written after the search began (a build that indexes each part of its pages as soon as they are
 * written); `search` up to its end; `other` for time between them that no marker explains; `finish`
 * after the last marker. A search step with no marker of its start begins at the marker before it
 * (and is called `render + search` when that is the data stage's, since rendering is then inside
 * it). Adjacent steps of the same name are merged.
 */
export function splitSteps(markers: readonly Marker[], samples: readonly TreeSample[], totalSeconds: number, totalCpuSeconds: number | null): Step[] {
  const ordered = [...markers].sort((a, b) => a.t - b.t);
  const bounds: Array<{ name: string; t: number }> = [];
  let renderEnded = false;
  let searchOpen = false;
  const last = () => bounds.at(-1)?.name ?? "start";
  for (const m of ordered) {
    if (m.kind === "normalized") bounds.push({ name: "normalize", t: m.t });
    else if (m.kind === "written") {
      // Pages still written after the search began: the two ran side by side.
      bounds.push({ name: searchOpen ? (renderEnded ? "search" : "render + search") : renderEnded ? "other" : "render", t: m.t });
      renderEnded = true;
    } else if (m.kind === "search-start") {
      bounds.push({ name: renderEnded ? "other" : "render", t: m.t });
      searchOpen = true;
    } else if (m.kind === "search-done") {
      bounds.push({ name: searchOpen || renderEnded ? "search" : last() === "normalize" ? "render + search" : "search", t: m.t });
      renderEnded = true;
      searchOpen = false;
    } else if (m.kind === "rendered") {
      bounds.push({ name: searchOpen ? "search" : renderEnded ? "other" : "render", t: m.t });
      renderEnded = true;
    }
  }
  const endMs = Math.max(totalSeconds * 1000, ordered.at(-1)?.t ?? 0);
  // With no marker at all (a build killed early, or one that prints nothing), the run is one step.
  bounds.push({ name: searchOpen ? "search" : bounds.length === 0 ? "whole run" : "finish", t: endMs });
  const merged: typeof bounds = [];
  for (const b of bounds) {
    if (merged.at(-1)?.name === b.name) merged[merged.length - 1] = b;
    else merged.push(b);
  }
  const steps: Step[] = [];
  let from = 0;
  for (const b of merged) {
    const inside = samples.filter((s) => s.t >= from && s.t <= b.t);
    const cpuFrom = from === 0 ? 0 : cpuAt(samples, from);
    const cpuTo = b.t >= endMs && totalCpuSeconds !== null ? totalCpuSeconds : cpuAt(samples, b.t);
    steps.push({
      name: b.name,
      fromSeconds: from / 1000,
      toSeconds: b.t / 1000,
      wallSeconds: (b.t - from) / 1000,
      cpuSeconds: cpuFrom !== null && cpuTo !== null ? Math.max(0, cpuTo - cpuFrom) : null,
      peakRssBytes: inside.length > 0 ? Math.max(...inside.map((s) => s.rssBytes)) : null,
    });
    from = b.t;
  }
  return steps;
}
