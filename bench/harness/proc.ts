/**
 * Samples a process tree from /proc (Linux): the resident memory of all its processes together and
 * their CPU time, a few times a second. GNU time reports the largest single process; a build that runs
 * Node and a search indexer side by side needs the sum.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface TreeSample {
  /** Milliseconds since the command started. */
  t: number;
  /** Resident memory of every process of the tree, summed. */
  rssBytes: number;
  /**
   * CPU time (user + system) spent so far by every process seen in the tree, each counted by its own
   * time (not its children's), so a process that ends is still counted even when nobody waits for it:
   * a build that leaves a helper process (Pagefind's service) to be reaped by init would otherwise
   * lose that helper's CPU from GNU time's total.
   */
  cpuSeconds: number;
  processes: number;
}

const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** The children of a process, through every one of its threads. */
export function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const task of tasks) {
    const text = read(`/proc/${pid}/task/${task}/children`);
    if (text) for (const c of text.trim().split(/\s+/u)) if (c !== "") children.push(Number(c));
  }
  return children;
}

/** Every process of the tree rooted at `pid`, the root included (if it still runs). */
export function processTree(pid: number): number[] {
  const seen: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (seen.includes(p)) continue;
    seen.push(p);
    stack.push(...childrenOf(p));
  }
  return seen;
}

/** VmRSS from /proc/<pid>/status in bytes (0 for a zombie or a process that is gone). */
export function parseStatusRss(status: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/mu.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/**
 * A process's program name (the kernel's `comm`: `node`, `pagefind_extended`, `hugo`), its own CPU time
 * (utime + stime, all its threads) and start time, from /proc/<pid>/stat.
 */
export function parseStat(stat: string): { program: string; ownCpuSeconds: number; childrenCpuSeconds: number; startTime: string } {
  // The command name (field 2) is in parentheses and may hold spaces: split after the last «)».
  const close = stat.lastIndexOf(")");
  const program = stat.slice(stat.indexOf("(") + 1, close);
  const rest = stat.slice(close + 2).split(" ");
  // rest[0] is field 3 (state); utime is field 14 → rest[11]; starttime is field 22 → rest[19].
  const [utime, stime, cutime, cstime] = [rest[11], rest[12], rest[13], rest[14]].map((v) => Number(v ?? 0));
  return { program, ownCpuSeconds: (utime! + stime!) / CLOCK_TICKS, childrenCpuSeconds: (cutime! + cstime!) / CLOCK_TICKS, startTime: rest[19] ?? "" };
}

/** What one look sees of a process: its program and its own CPU time so far. */
export interface ProcessCpu {
  program: string;
  seconds: number;
}

/** One look at the tree: memory now, and each live process's own CPU so far (keyed by pid and start). */
export function sampleTree(rootPid: number, startedAt: number): { t: number; rssBytes: number; processes: number; cpu: Map<string, ProcessCpu> } {
  let rssBytes = 0;
  const cpu = new Map<string, ProcessCpu>();
  for (const pid of processTree(rootPid)) {
    const status = read(`/proc/${pid}/status`);
    const stat = read(`/proc/${pid}/stat`);
    if (status === null || stat === null) continue;
    rssBytes += parseStatusRss(status);
    const parsed = parseStat(stat);
    cpu.set(`${pid}@${parsed.startTime}`, { program: parsed.program, seconds: parsed.ownCpuSeconds });
  }
  return { t: Math.round(performance.now() - startedAt), rssBytes, processes: cpu.size, cpu };
}

/** Samples `rootPid`'s tree every `intervalMs` until stopped; `onSample` may act on each sample. */
export class TreeSampler {
  readonly samples: TreeSample[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** The last own CPU time seen of every process ever in the tree, with its program. */
  private readonly cpuByProcess = new Map<string, ProcessCpu>();

  constructor(
    private readonly rootPid: number,
    private readonly startedAt: number,
    private readonly intervalMs = 100,
    private readonly onSample?: (sample: TreeSample) => void,
  ) {}

  start(): void {
    const tick = () => {
      const look = sampleTree(this.rootPid, this.startedAt);
      if (look.processes === 0) return;
      for (const [key, seen] of look.cpu) {
        const before = this.cpuByProcess.get(key);
        // A process that replaced its program (exec) keeps its pid and start: the newest name counts.
        this.cpuByProcess.set(key, { program: seen.program, seconds: Math.max(seen.seconds, before?.seconds ?? 0) });
      }
      const sample: TreeSample = { t: look.t, rssBytes: look.rssBytes, processes: look.processes, cpuSeconds: this.cpuSeconds };
      this.samples.push(sample);
      this.onSample?.(sample);
    };
    tick();
    this.timer = setInterval(tick, this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** CPU seconds of every process seen so far. */
  get cpuSeconds(): number {
    let sum = 0;
    for (const v of this.cpuByProcess.values()) sum += v.seconds;
    return sum;
  }

  /**
   * CPU seconds of every process seen so far, summed by program: what the build's own processes spent
   * apart from its helpers' (Pagefind's service, which the product and the Pagefind CLI share).
   */
  get cpuByProgram(): Record<string, number> {
    const sums: Record<string, number> = {};
    for (const { program, seconds } of this.cpuByProcess.values()) sums[program] = (sums[program] ?? 0) + seconds;
    return sums;
  }

  get peakRssBytes(): number {
    return this.samples.reduce((max, s) => Math.max(max, s.rssBytes), 0);
  }
}
