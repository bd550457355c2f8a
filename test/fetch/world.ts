/**
 * What each fetch test starts from: the service (./service.ts) on a port of its own, an empty working
 * folder (the documents folder and the state inside it), and a fetch of the archive's four days from
 * that service, quick to time out and to retry (the defaults are the publisher's: src/fetch/run.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { fetchArchive, type FetchOptions, type FetchReport } from "../../src/fetch/run.ts";
import { KINDS } from "../../src/fetch/sru.ts";
import { startService, type Service } from "./service.ts";

export interface World {
  service: Service;
  /** The working folder: `documents/`, `state.json`, and nothing else unless a test puts it there. */
  work: string;
  out: string;
  statePath: string;
  fetch(options?: Partial<FetchOptions>): Promise<FetchReport>;
}

export const USER_AGENT = "kamervragen/test (+https://example.nl/kamervragen)";

/** Options of a quick fetch of 2021-07-19 to 2021-07-22 from `origin` into `out`. */
export function quickOptions(origin: string, out: string, statePath: string): FetchOptions {
  return {
    since: "2021-07-19",
    until: "2021-07-22",
    kinds: [...KINDS],
    out,
    statePath,
    baseUrl: origin,
    userAgent: USER_AGENT,
    pageSize: 2,
    requestsPerSecond: 0,
    timeoutMs: 2000,
    retries: 3,
    backoffMs: 10,
    maxBackoffMs: 50,
    maxRetryAfterMs: 5000,
    stateIntervalMs: 0,
    today: "2025-01-01",
  };
}

/** A new service and working folder for each test of the file, removed after it. */
export function useWorld(): World {
  const world = {} as World;
  beforeEach(async () => {
    world.service = await startService();
    world.work = await mkdtemp(join(tmpdir(), "kamervragen-fetch-"));
    world.out = join(world.work, "documents");
    world.statePath = join(world.work, "state.json");
    world.fetch = (options = {}) => fetchArchive({ ...quickOptions(world.service.origin, world.out, world.statePath), ...options });
  });
  afterEach(async () => {
    await world.service.stop();
    await rm(world.work, { recursive: true, force: true });
  });
  return world;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts a command (`scripts/fetch.ts`) with tsx, as `npm run` does: no terminal, and no CI in its environment. */
export function start(script: string, args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const { CI: _ci, ...env } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}
