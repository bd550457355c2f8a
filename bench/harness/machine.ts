/**
 * The machine and the versions a benchmark ran with, for its results file.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, release, totalmem } from "node:os";
import { join } from "node:path";

function output(command: string, args: readonly string[], cwd?: string): string | null {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 30_000 }).trim();
  } catch {
    return null;
  }
}

function packageVersion(root: string, name: string): string | null {
  const file = join(root, "node_modules", name, "package.json");
  return existsSync(file) ? ((JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? null) : null;
}

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  os: string;
  kernel: string;
}

export interface Versions {
  node: string;
  npm: string | null;
  eleventy: string | null;
  pagefind: string | null;
  hugo: string | null;
  chromium: string | null;
  playwrightCore: string | null;
  gnuTime: string | null;
}

/**
 * Seconds of CPU the whole machine has spent busy since it started, every core added up (user, nice,
 * system, interrupts and time taken by the hypervisor, from /proc/stat); null where there is no
 * /proc/stat. The difference over a measurement, less the measured processes' own CPU time, is the
 * other work the machine did meanwhile.
 */
export function machineBusySeconds(stat: string | null = readStat()): number | null {
  const fields = stat
    ?.match(/^cpu\s+(.*)$/mu)?.[1]
    ?.trim()
    .split(/\s+/u)
    .map(Number);
  if (!fields || fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
  const [user, nice, system, , , irq, softirq, steal] = fields as [number, number, number, number, number, number, number, number];
  // The kernel counts in USER_HZ, 100 a second on Linux whatever the kernel's own tick.
  return (user + nice + system + irq + softirq + steal) / 100;
}

function readStat(): string | null {
  try {
    return readFileSync("/proc/stat", "utf8");
  } catch {
    return null;
  }
}

export function machineInfo(): MachineInfo {
  const osRelease = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "";
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/mu.exec(osRelease)?.[1] ?? process.platform;
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryBytes: totalmem(),
    os: pretty,
    kernel: release(),
  };
}

export function versions(root: string): Versions {
  const pagefindBin = join(root, "node_modules", ".bin", "pagefind");
  return {
    node: process.version,
    npm: output("npm", ["--version"], root),
    eleventy: packageVersion(root, "@11ty/eleventy"),
    pagefind: (existsSync(pagefindBin) ? output(pagefindBin, ["--version"])?.replace(/^pagefind\s+/u, "") : null) ?? packageVersion(root, "pagefind"),
    hugo: output("hugo", ["version"])?.match(/v(\d+\.\d+\.\d+\S*)/u)?.[1] ?? null,
    chromium: output("/usr/bin/chromium", ["--version"]),
    playwrightCore: packageVersion(root, "playwright-core"),
    gnuTime: existsSync("/usr/bin/time") ? (output("dpkg-query", ["-W", "-f=${Version}", "time"]) ?? "present") : null,
  };
}

/** The product's state: commit, and how many files differ from it (others may be editing). */
export function productState(root: string): { commit: string | null; changedFiles: number | null } {
  const commit = output("git", ["rev-parse", "HEAD"], root);
  const status = output("git", ["status", "--porcelain"], root);
  return { commit, changedFiles: status === null ? null : status.split("\n").filter((l) => l.trim() !== "" && !/\s(?:\.bench|bench)\//u.test(l)).length };
}
