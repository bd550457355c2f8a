/**
 * One fetch: the windows (days of modification) from `since` to `until` that are not complete yet,
 * each paged through the search service (./sru.ts), each record planned (./plan.ts), each document
 * fetched, checked (./validate.ts) and written (./store.ts) unless the folder has that version already,
 * and what happened remembered (./state.ts) and reported.
 *
 * How a run resumes without gaps or duplicates:
 * - a window is complete when all its pages were read, no document in it failed in a way that may pass
 *   (the network, the service), it is at least {@link SETTLE_DAYS} days old (the service may still add
 *   records of today and yesterday), and its result did not change while it was paged; complete windows
 *   are never searched again, every other one is searched again by the next run;
 * - within a window the state keeps where the next page starts, and a resumed window goes on there;
 * - a result that changed size between its first page and its last (a document of that day modified
 *   again, so the records behind it moved up a place) is paged again from the start, so that no record
 *   slips between two pages; what was fetched is not fetched again;
 * - a record that a page repeats from an earlier one is handled once.
 */
import { resolve } from "node:path";
import { mapLimited } from "../common/limited.ts";
import { createProgress, type Progress } from "../common/progress.ts";
import { addDays, addToRanges, daysBetween, dutchDay, inRanges } from "./dates.ts";
import { createHttpClient, FetchFailure, type HttpClient } from "./http.ts";
import { planRecord, type Content, type DocumentPlan } from "./plan.ts";
import { filesPresent, readProvenance, sha256, sweepTemporary, writeDocument } from "./store.ts";
import { openState, scopeKey, type DocumentVersion, type FileVersion, type Scope, type StateFile, type WindowPosition } from "./state.ts";
import { readSruPage, searchUrl, windowQuery, type Kind, type SruRecord } from "./sru.ts";
import { MAX_BYTES, MAX_PAGE_BYTES, checkContent, looksLikeHtml } from "./validate.ts";

/** Today's and yesterday's windows are never complete: the service may still add records of those days. */
export const SETTLE_DAYS = 2;

/** Passes over one window whose result keeps changing while it is paged, before it is left for the next run. */
const MAX_PASSES = 3;

export interface FetchOptions {
  /** The first and last day of modification, `YYYY-MM-DD`; `until` defaults to today (in the Netherlands). */
  since: string;
  until?: string | undefined;
  kinds: readonly Kind[];
  /** The documents folder. */
  out: string;
  /** The state file. */
  statePath: string;
  /** The service's address, in place of https://repository.overheid.nl. */
  baseUrl: string;
  userAgent: string;
  /** Records per page of search results (`maximumRecords`); default 100. */
  pageSize?: number;
  /** Requests at once; default 4. */
  concurrency?: number;
  /** Requests started per second at most; default 5, 0 for no limit. */
  requestsPerSecond?: number;
  /** How long the service may send nothing, in ms; default 30 s. */
  timeoutMs?: number;
  /** Retries of a request that failed in a way that may pass; default 5. */
  retries?: number;
  /** The first wait before a retry, doubled each time up to `maxBackoffMs`; default 1 s and 60 s. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** The longest Retry-After honoured; default 5 minutes. */
  maxRetryAfterMs?: number;
  /** The least time between two writes of the state while the run goes on; default 10 s. */
  stateIntervalMs?: number;
  /** Body limits, in place of ./validate.ts's. */
  maxBytes?: Partial<Record<Content | "page", number>>;
  /** The day it is, `YYYY-MM-DD`; default the day in the Netherlands. */
  today?: string;
  /** Stops the run: it writes its state and reports what it did. */
  signal?: AbortSignal;
  /** Where progress lines go; none when absent. */
  progress?: ((line: string) => void) | undefined;
}

export interface FetchReport {
  since: string;
  until: string;
  /** Windows this run had to search (the others were complete), searched to their end, and found complete. */
  windows: { total: number; searched: number; completed: number };
  pages: number;
  /** Documents new to the folder, and documents of which a new version replaced the old, by id. */
  fetched: string[];
  replaced: string[];
  unchanged: number;
  /** Records a page repeated from an earlier page, handled once. */
  repeated: number;
  /** Records that are no Kamervragen, by their type; and Kamervragen of kinds not asked for, by kind. */
  skipped: { unrelated: Record<string, number>; kinds: Record<string, number> };
  /** Documents not fetched, and why; nothing of them was written. */
  failed: Array<{ id: string; reason: string }>;
  /** Why the run stopped before its last window, or null when it did not. */
  stopped: string | null;
  /** Requests sent, retries among them, body bytes received, and temporary files of an earlier run removed. */
  requests: number;
  retries: number;
  bytes: number;
  removedTemporary: number;
}

/** How a record ended: nothing to do again, a failure that may pass, or the run was stopped. */
type Outcome = "done" | "transient" | "aborted";

/** Fetches what the windows from `since` to `until` hold into `out`; rejects only when the state cannot be read or written. */
export async function fetchArchive(options: FetchOptions): Promise<FetchReport> {
  const today = options.today ?? dutchDay();
  const until = options.until === undefined || options.until > today ? today : options.until;
  const base = new URL(options.baseUrl);
  const out = resolve(options.out);
  const kinds = [...options.kinds];
  const pageSize = options.pageSize ?? 100;
  const concurrency = options.concurrency ?? 4;
  const limits = { ...MAX_BYTES, page: MAX_PAGE_BYTES, ...options.maxBytes };
  const signal = options.signal;

  const file = await openState(options.statePath, out, options.stateIntervalMs);
  const state = file.state;
  const key = scopeKey(base.href.replace(/\/+$/u, ""), kinds);
  const scope = (state.scopes[key] ??= { since: options.since, completed: [], current: null });
  if (options.since < scope.since) scope.since = options.since;
  const removedTemporary = await sweepTemporary(out);
  const http = createHttpClient({
    origin: base.origin,
    userAgent: options.userAgent,
    concurrency,
    requestsPerSecond: options.requestsPerSecond ?? 5,
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries ?? 5,
    backoffMs: options.backoffMs ?? 1000,
    maxBackoffMs: options.maxBackoffMs ?? 60_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 300_000,
    signal,
  });

  const days = daysBetween(options.since, until).filter((day) => !inRanges(scope.completed, day));
  const report: FetchReport = {
    since: options.since,
    until,
    windows: { total: days.length, searched: 0, completed: 0 },
    pages: 0,
    fetched: [],
    replaced: [],
    unchanged: 0,
    repeated: 0,
    skipped: { unrelated: {}, kinds: {} },
    failed: [],
    stopped: null,
    requests: 0,
    retries: 0,
    bytes: 0,
    removedTemporary,
  };
  const progress = options.progress ? windowProgress(days.length, report, options.progress) : null;
  const seen = new Set<string>();
  const context: Context = {
    http,
    out,
    kinds,
    base,
    limits,
    file,
    scope,
    pageSize,
    concurrency,
    settled: addDays(today, -SETTLE_DAYS),
    report,
    seen,
    signal,
    tick: () => progress?.tick(report.windows.searched),
  };
  try {
    for (const day of days) {
      if (signal?.aborted) {
        report.stopped = "interrupted";
        break;
      }
      const search = await searchWindow(context, day);
      if (search !== null) {
        report.stopped = search;
        break;
      }
      progress?.tick(report.windows.searched);
    }
  } finally {
    await file.save({ force: true });
    Object.assign(report, { requests: http.stats.requests, retries: http.stats.retries, bytes: http.stats.bytes });
  }
  if (report.stopped === null) progress?.finish();
  report.fetched.sort();
  report.replaced.sort();
  report.failed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return report;
}

interface Context {
  http: HttpClient;
  out: string;
  kinds: readonly Kind[];
  base: URL;
  limits: Record<Content | "page", number>;
  file: StateFile;
  scope: Scope;
  pageSize: number;
  concurrency: number;
  /** The last day whose window may be complete: the service adds no more records of it. */
  settled: string;
  report: FetchReport;
  /** The ids handled in this run: a record repeated by a later page is not handled again. */
  seen: Set<string>;
  signal: AbortSignal | undefined;
  tick: () => void;
}

/**
 * Pages through one window, from where the state says its next page starts; null when it was searched
 * to its end, else why the run must stop (the search failed, or the run was stopped).
 */
async function searchWindow(context: Context, day: string): Promise<string | null> {
  const { http, report, signal, file, scope, pageSize } = context;
  let position: WindowPosition = scope.current?.day === day ? scope.current : { day, next: 1, total: null, transient: false, pass: 1 };
  const query = windowQuery(day, context.kinds);
  for (;;) {
    scope.current = position;
    const start = position.next;
    let bytes: Buffer;
    try {
      const page = await http.get(searchUrl(context.base, query, start, pageSize).href, {
        maxBytes: context.limits.page,
        accept: "application/xml, text/xml",
      });
      if (page.status !== "ok") return `the search for ${day} gave no page`;
      if (looksLikeHtml(page.bytes, page.contentType)) return `the search for ${day} (from record ${start}) gave an HTML page, not a search response`;
      bytes = page.bytes;
    } catch (error) {
      if (signal?.aborted) return "interrupted";
      return `the search for ${day} (from record ${start}) failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    const read = readSruPage(bytes);
    if (!read.ok) return `the search for ${day} (from record ${start}): ${read.message}`;
    const page = read.page;
    if (page.records.length === 0 && page.diagnostics.length > 0) return `the service did not search ${day}: ${page.diagnostics.join("; ")}`;
    report.pages++;
    const outcomes = await mapLimited(page.records, context.concurrency, (record) => handleRecord(context, record));
    if (signal?.aborted || outcomes.includes("aborted")) return "interrupted";
    const total = position.total ?? page.total;
    const transient = position.transient || outcomes.includes("transient");
    const next = page.next;
    if (next !== null && next > start && page.records.length > 0) {
      position = { day, next, total, transient, pass: position.pass };
      scope.current = position;
      await file.save();
      continue;
    }
    // The last page: the window was read through, unless its result changed under it.
    const changed = total !== null && page.total !== null && page.total !== total;
    if (changed && position.pass < MAX_PASSES) {
      position = { day, next: 1, total: null, transient, pass: position.pass + 1 };
      continue;
    }
    scope.current = null;
    report.windows.searched++;
    if (day <= context.settled && !transient && !changed) {
      scope.completed = addToRanges(scope.completed, day);
      report.windows.completed++;
    }
    await file.save();
    return null;
  }
}

async function handleRecord(context: Context, record: SruRecord): Promise<Outcome> {
  const { report } = context;
  const planned = planRecord(record, context.kinds, context.base);
  if (planned.action === "skip") {
    const counts = planned.because === "unrelated" ? report.skipped.unrelated : report.skipped.kinds;
    const name = planned.because === "unrelated" ? planned.type : planned.kind;
    counts[name] = (counts[name] ?? 0) + 1;
    return "done";
  }
  const id = planned.action === "refuse" ? planned.id : planned.plan.id;
  if (context.seen.has(id)) {
    report.repeated++;
    return "done";
  }
  context.seen.add(id);
  if (planned.action === "refuse") {
    report.failed.push({ id, reason: `refused: ${planned.reason}` });
    return "done";
  }
  const outcome = await fetchDocument(context, planned.plan);
  context.tick();
  return outcome;
}

/** The version of the document the folder has: the state's, else the one its provenance.json describes. */
async function previousVersion(context: Context, id: string): Promise<{ version: DocumentVersion; adopted: boolean } | null> {
  const known = context.file.state.documents[id];
  if (known) return { version: known, adopted: false };
  const provenance = await readProvenance(context.out, id);
  if (!provenance) return null;
  const { kind, version, modified, modifiedAt, itemUrls, files, fetchedAt } = provenance;
  return { version: { kind, version, modified, modifiedAt, itemUrls, files, fetchedAt }, adopted: true };
}

/** Whether the record describes the version the folder has: same dates, FRBR version, addresses and files. */
function sameVersion(before: DocumentVersion, plan: DocumentPlan, itemUrls: Record<string, string>): boolean {
  const names = plan.files.map((f) => f.name).sort();
  return (
    before.version === plan.version &&
    before.modified === plan.modified &&
    before.modifiedAt === plan.modifiedAt &&
    JSON.stringify(Object.entries(before.itemUrls).sort()) === JSON.stringify(Object.entries(itemUrls).sort()) &&
    JSON.stringify(Object.keys(before.files).sort()) === JSON.stringify(names)
  );
}

/** Fetches one document's files, checks them all, and writes them, unless the folder has this version already. */
async function fetchDocument(context: Context, plan: DocumentPlan): Promise<Outcome> {
  const { http, report, out, signal } = context;
  const id = plan.id;
  const itemUrls = Object.fromEntries(plan.files.map((f) => [f.manifestation, f.publisherUrl]));
  const previous = await previousVersion(context, id);
  const present = previous !== null && (await filesPresent(out, id, previous.version.files));
  if (previous && present && sameVersion(previous.version, plan, itemUrls)) {
    if (previous.adopted) context.file.state.documents[id] = previous.version;
    report.unchanged++;
    return "done";
  }
  const files: Record<string, FileVersion> = {};
  const write: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const planned of plan.files) {
    // The ETag of a file is asked after only while that file is in the folder as it was fetched.
    const before = present ? previous.version.files[planned.name] : undefined;
    const etag = before && previous?.version.itemUrls[planned.manifestation] === planned.publisherUrl ? before.etag : null;
    const fail = (reason: string) => report.failed.push({ id, reason: `its ${planned.manifestation} (${planned.publisherUrl}): ${reason}` });
    let result;
    try {
      result = await http.get(planned.url, {
        maxBytes: context.limits[planned.content],
        etag,
        accept: planned.content === "pdf" ? "application/pdf" : "application/xml, text/xml",
      });
    } catch (error) {
      if (signal?.aborted) return "aborted";
      if (error instanceof FetchFailure) {
        fail(error.message);
        return error.transient ? "transient" : "done";
      }
      throw error;
    }
    if (result.status === "not-modified") {
      if (!before) {
        fail("the service answered 304 Not Modified to a request that named no version");
        return "transient";
      }
      files[planned.name] = { ...before, etag: result.etag ?? before.etag };
      continue;
    }
    const problem = checkContent(planned.content, result.bytes, result.contentType);
    if (problem) {
      fail(problem);
      return "done";
    }
    const hash = sha256(result.bytes);
    files[planned.name] = { manifestation: planned.manifestation, bytes: result.bytes.length, sha256: hash, etag: result.etag };
    if (before?.sha256 !== hash) write.push({ name: planned.name, bytes: result.bytes });
  }
  if (signal?.aborted) return "aborted";
  const remove = previous ? Object.keys(previous.version.files).filter((name) => !(name in files)) : [];
  const version: DocumentVersion = {
    kind: plan.kind,
    version: plan.version,
    modified: plan.modified,
    modifiedAt: plan.modifiedAt,
    itemUrls,
    files,
    fetchedAt: new Date().toISOString(),
  };
  try {
    await writeDocument(out, id, { write, remove, version });
  } catch (error) {
    // The disk, not the publisher: it may pass, so the window is left for the next run.
    const code = (error as NodeJS.ErrnoException).code;
    report.failed.push({ id, reason: `cannot be written to the folder: ${code ?? (error instanceof Error ? error.message : String(error))}` });
    return "transient";
  }
  context.file.state.documents[id] = version;
  if (!previous || !present) report.fetched.push(id);
  else if (write.length > 0 || remove.length > 0) report.replaced.push(id);
  else report.unchanged++;
  return "done";
}

/** The windows' progress (src/common/progress.ts), each line with the pages and documents so far. */
function windowProgress(total: number, report: FetchReport, write: (line: string) => void): Progress {
  return createProgress("fetch: days searched", total, (line) => {
    const documents = report.fetched.length + report.replaced.length + report.unchanged;
    write(
      `${line}; ${report.pages} page(s), ${documents} document(s): ${report.fetched.length} fetched, ${report.replaced.length} replaced, ` +
        `${report.unchanged} unchanged, ${report.failed.length} failed`,
    );
  });
}

/**
 * The first day an earlier run of the same scope (base address and kinds) asked for, from the state:
 * where `npm run update` starts. Complete windows after it are not searched again, so this costs one
 * search per window not complete yet. Null when no run of this scope wrote the state.
 */
export async function fetchedSince(options: Pick<FetchOptions, "statePath" | "out" | "baseUrl" | "kinds">): Promise<string | null> {
  const file = await openState(options.statePath, resolve(options.out));
  return file.state.scopes[scopeKey(new URL(options.baseUrl).href.replace(/\/+$/u, ""), options.kinds)]?.since ?? null;
}
