/**
 * Runs one command under GNU time while sampling its process tree, and timestamps every line it prints.
 * The lines go to a log file; the caller sees each one (to pick out the build's own step reports) but
 * nothing keeps them all in memory, since a build of 87,000 documents prints hundreds of thousands.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { TreeSampler, type TreeSample } from "./proc.ts";
import { parseTimeOutput, TIME_FORMAT, type TimeResult } from "./time-output.ts";

export const GNU_TIME = "/usr/bin/time";

export interface TimedLine {
  /** Milliseconds since the command started. */
  t: number;
  stream: "stdout" | "stderr";
  text: string;
}

export interface RunOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Every line goes here, with its time. */
  logFile: string;
  /** Called with each line as it comes; return true to keep it in the result's `kept` lines. */
  keepLine?: (line: TimedLine) => boolean;
  /** Kill the tree after this long. */
  timeoutMs?: number;
  /** Kill the tree when its resident memory passes this (protects the machine: it has no swap). */
  memoryLimitBytes?: number;
  /** Called every few seconds while the command runs, for progress on the terminal. */
  onTick?: (elapsedMs: number, sample: TreeSample | null) => void;
  tickMs?: number;
  sampleMs?: number;
}

export interface RunResult {
  /** Wall time measured here (spawn to exit), seconds. */
  wallSeconds: number;
  time: TimeResult | null;
  /** Peak resident memory of the whole tree: the larger of the sampled sum and GNU time's largest process. */
  peakTreeRssBytes: number;
  /**
   * CPU seconds, user + system: the larger of GNU time's (every descendant that was waited for) and
   * the sampler's (every process seen in the tree, waited for or not).
   */
  cpuSeconds: number;
  /** The sampler's CPU seconds alone. */
  sampledCpuSeconds: number;
  /** The sampler's CPU seconds by program (`node`, `pagefind_extended`, `hugo`, …). */
  cpuByProgram: Record<string, number>;
  exitCode: number;
  /** Why the benchmark stopped it, if it did. */
  killed: "timeout" | "memory" | null;
  samples: TreeSample[];
  kept: TimedLine[];
  lineCount: number;
  /** The last lines printed, for error reports. */
  tail: string[];
}

export async function runMeasured(options: RunOptions): Promise<RunResult> {
  const timeFile = `${options.logFile}.time`;
  rmSync(timeFile, { force: true });
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  // `-q` is not in every GNU time build; the format line is recognised among any notes instead.
  const child = spawn(GNU_TIME, ["-f", TIME_FORMAT, "-o", timeFile, "--", options.command, ...options.args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so that a kill reaches every descendant
  });
  let killed: RunResult["killed"] = null;
  const killTree = (why: NonNullable<RunResult["killed"]>) => {
    if (killed) return;
    killed = why;
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  let lastSample: TreeSample | null = null;
  const sampler = new TreeSampler(child.pid!, started, options.sampleMs ?? 100, (sample) => {
    lastSample = sample;
    if (options.memoryLimitBytes && sample.rssBytes > options.memoryLimitBytes) killTree("memory");
  });
  sampler.start();
  const timeout = options.timeoutMs ? setTimeout(() => killTree("timeout"), options.timeoutMs) : null;
  const ticker = options.onTick ? setInterval(() => options.onTick!(performance.now() - started, lastSample), options.tickMs ?? 15_000) : null;

  const kept: TimedLine[] = [];
  const tail: string[] = [];
  let lineCount = 0;
  const reader = (stream: NodeJS.ReadableStream, name: TimedLine["stream"]) =>
    new Promise<void>((resolve) => {
      const rl = createInterface({ input: stream, crlfDelay: Infinity });
      rl.on("line", (text) => {
        const line: TimedLine = { t: Math.round(performance.now() - started), stream: name, text };
        lineCount++;
        log.write(`${(line.t / 1000).toFixed(3)} ${name === "stderr" ? "!" : " "} ${text}\n`);
        tail.push(text);
        if (tail.length > 40) tail.shift();
        if (options.keepLine?.(line)) kept.push(line);
      });
      rl.on("close", () => resolve());
    });
  const readers = Promise.all([reader(child.stdout, "stdout"), reader(child.stderr, "stderr")]);
  const exitCode = await new Promise<number>((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : -1)));
    child.on("error", () => resolve(-1));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  sampler.stop();
  if (timeout) clearTimeout(timeout);
  if (ticker) clearInterval(ticker);
  // Descendants that outlive GNU time (they should not) still hold the pipes: do not wait for them forever.
  await Promise.race([readers, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  await new Promise<void>((resolve) => log.end(resolve));
  const time = existsSync(timeFile) ? parseTimeOutput(readFileSync(timeFile, "utf8")) : null;
  const peak = Math.max(sampler.peakRssBytes, time?.maxRssBytes ?? 0);
  return {
    wallSeconds: time && Number.isFinite(time.wallSeconds) && !killed ? time.wallSeconds : wallSeconds,
    time,
    peakTreeRssBytes: peak,
    cpuSeconds: Math.max(time ? time.userSeconds + time.sysSeconds : 0, sampler.cpuSeconds),
    sampledCpuSeconds: sampler.cpuSeconds,
    cpuByProgram: sampler.cpuByProgram,
    exitCode: killed ? 137 : (time?.exitCode ?? exitCode),
    killed,
    samples: sampler.samples,
    kept,
    lineCount,
    tail,
  };
}
