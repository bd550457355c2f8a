/**
 * The options of `npm run fetch` and `npm run update`, from their command lines to the typed options
 * of a run (./run.ts), and the words of the report a run ends with. The commands (scripts/fetch.ts,
 * scripts/update.ts) read the environment and the terminal; this module reads neither.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isDay } from "./dates.ts";
import { PUBLISHER_ORIGIN } from "./plan.ts";
import type { FetchOptions, FetchReport } from "./run.ts";
import { KINDS, type Kind } from "./sru.ts";

/** The state's file under the build's cache folder (`.cache/`, src/build/options.ts), unless `--state` names another. */
export function defaultStatePath(cacheDir: string): string {
  return join(cacheDir, "fetch", "state.json");
}

/** The options both commands take, as node:util's parseArgs reads them. */
export const FETCH_ARGUMENTS = {
  since: { type: "string" },
  until: { type: "string" },
  kinds: { type: "string" },
  out: { type: "string" },
  "base-url": { type: "string" },
  state: { type: "string" },
  concurrency: { type: "string" },
  rate: { type: "string" },
  "page-size": { type: "string" },
  timeout: { type: "string" },
  retries: { type: "string" },
} as const;

export type FetchArguments = Partial<Record<keyof typeof FETCH_ARGUMENTS, string>>;

/**
 * The run's options from the command line's, or the first thing wrong with them. `since` may come from
 * elsewhere (the state, for `npm run update`); `defaults` are the folders of this checkout.
 */
export function fetchOptions(
  values: FetchArguments,
  defaults: { out: string; statePath: string; userAgent: string; since?: string | undefined },
): { ok: true; options: FetchOptions } | { ok: false; message: string } {
  const since = values.since ?? defaults.since;
  if (since === undefined) return { ok: false, message: "--since YYYY-MM-DD is required: the first day of modification to fetch" };
  if (!isDay(since)) return { ok: false, message: `--since ${since} is not a day written YYYY-MM-DD` };
  if (values.until !== undefined && !isDay(values.until)) return { ok: false, message: `--until ${values.until} is not a day written YYYY-MM-DD` };
  if (values.until !== undefined && values.until < since) return { ok: false, message: `--until ${values.until} is before --since ${since}` };
  const kinds = parseKinds(values.kinds);
  if (!kinds.ok) return kinds;
  const base = values["base-url"] ?? PUBLISHER_ORIGIN;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return { ok: false, message: `--base-url ${base} is not a web address` };
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search !== "" || url.hash !== "" || url.username !== "") {
    return { ok: false, message: `--base-url ${base} must be a plain http or https address (no query, fragment or user)` };
  }
  const numbers: Record<string, number> = {};
  const bounds = { concurrency: [1, 16], rate: [0, 100], "page-size": [1, 1000], timeout: [1, 600], retries: [0, 20] } as const;
  for (const [name, [low, high]] of Object.entries(bounds)) {
    const text = values[name as keyof typeof bounds];
    if (text === undefined) continue;
    const value = Number(text);
    if (!/^\d+(?:\.\d+)?$/u.test(text) || value < low || value > high)
      return { ok: false, message: `--${name} ${text} must be a number from ${low} to ${high}` };
    numbers[name] = value;
  }
  const options: FetchOptions = {
    since,
    until: values.until,
    kinds: kinds.kinds,
    out: values.out ?? defaults.out,
    statePath: values.state ?? defaults.statePath,
    baseUrl: url.href.replace(/\/+$/u, ""),
    userAgent: defaults.userAgent,
    ...(numbers["concurrency"] !== undefined ? { concurrency: Math.floor(numbers["concurrency"]) } : {}),
    ...(numbers["rate"] !== undefined ? { requestsPerSecond: numbers["rate"] } : {}),
    ...(numbers["page-size"] !== undefined ? { pageSize: Math.floor(numbers["page-size"]) } : {}),
    ...(numbers["timeout"] !== undefined ? { timeoutMs: numbers["timeout"] * 1000 } : {}),
    ...(numbers["retries"] !== undefined ? { retries: Math.floor(numbers["retries"]) } : {}),
  };
  return { ok: true, options };
}

/** `--kinds ah-tk,kv-tk`: the kinds named, each once, in the order of {@link KINDS}; none named is all of them. */
export function parseKinds(text: string | undefined): { ok: true; kinds: Kind[] } | { ok: false; message: string } {
  if (text === undefined) return { ok: true, kinds: [...KINDS] };
  const named = text
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "");
  const unknown = named.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) return { ok: false, message: `--kinds: ${unknown.join(", ")} is no kind; the kinds are ${KINDS.join(", ")}` };
  if (named.length === 0) return { ok: false, message: `--kinds names no kind; the kinds are ${KINDS.join(", ")}` };
  return { ok: true, kinds: KINDS.filter((k) => named.includes(k)) };
}

/** The User-Agent: the project's name and version, and its address when package.json gives one (`homepage`, else `repository`). */
export async function userAgent(packageJson: string): Promise<string> {
  const project = JSON.parse(await readFile(packageJson, "utf8")) as {
    name?: string;
    version?: string;
    homepage?: string;
    repository?: string | { url?: string };
  };
  const address = project.homepage ?? (typeof project.repository === "string" ? project.repository : project.repository?.url);
  return `${project.name ?? "kamervragen"}/${project.version ?? "0"} (fetcher of the Aanhangsel van de Handelingen${address ? `; +${address}` : ""})`;
}

/** The report of a run, in lines: what came in, what was left, and each failure by document. */
export function formatReport(report: FetchReport): string[] {
  const count = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, n]) => `${name} ${n}`)
      .join(", ");
  const unrelated = Object.values(report.skipped.unrelated).reduce((a, b) => a + b, 0);
  const otherKinds = Object.values(report.skipped.kinds).reduce((a, b) => a + b, 0);
  const { total, searched, completed } = report.windows;
  const lines = [
    `[kamervragen] fetch ${report.since} to ${report.until}: ${searched} of ${total} day(s) searched (${completed} complete), ${report.pages} page(s), ` +
      `${report.requests} request(s) (${report.retries} retried), ${(report.bytes / 1024 / 1024).toFixed(1)} MB`,
    `[kamervragen] ${report.fetched.length} fetched, ${report.replaced.length} replaced by a newer version, ${report.unchanged} unchanged, ` +
      `${unrelated + otherKinds} skipped${unrelated ? ` (not Kamervragen: ${count(report.skipped.unrelated)})` : ""}` +
      `${otherKinds ? ` (kinds not asked for: ${count(report.skipped.kinds)})` : ""}, ${report.failed.length} failed` +
      `${report.repeated ? `; ${report.repeated} record(s) repeated by the service, handled once` : ""}`,
  ];
  if (report.replaced.length > 0) lines.push(`[kamervragen] replaced: ${report.replaced.join(", ")}`);
  for (const { id, reason } of report.failed) lines.push(`${id}: failed: ${reason}`);
  if (report.stopped !== null) lines.push(`[kamervragen] stopped early: ${report.stopped}; the next run goes on from there`);
  return lines;
}
