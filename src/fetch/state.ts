/**
 * What the fetcher remembers between runs, in one JSON file (by default `.cache/fetch/state.json`),
 * always replaced whole (a temporary file, then a rename), so that a run killed at any moment leaves the
 * last state it wrote:
 * - per scope (the base address and the kinds asked for): the first day ever asked for, the days whose
 *   windows are complete (as ranges), and the window being paged with the position of its next page;
 * - per document: the version of it in the folder (its modification date and moment, its FRBR version,
 *   its itemUrls) and per file its size, SHA-256 and ETag, so that a later run fetches it again only
 *   when the publisher changed it, and then asks with `If-None-Match`.
 * The state describes one documents folder; the same facts stand beside each document in its
 * `provenance.json` (./store.ts), which a run reads where the state has no entry (a state lost, or
 * written before the run was killed), so that nothing is fetched again for want of the state.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { isDay } from "./dates.ts";
import { KINDS, type Kind } from "./sru.ts";

const day = z.string().refine(isDay, "a day written YYYY-MM-DD");

export const fileVersionSchema = z.object({
  manifestation: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  etag: z.string().nullable(),
});

/** One document as it was fetched: what the record said of it, and its files. */
export const documentVersionSchema = z.object({
  kind: z.enum(KINDS),
  version: z.string().nullable(),
  modified: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  /** The addresses its files were fetched from, by manifestation, as the publisher names them. */
  itemUrls: z.record(z.string(), z.string()),
  /** Its files, by the name they have in its folder. */
  files: z.record(z.string(), fileVersionSchema),
  fetchedAt: z.string(),
});

const scopeSchema = z.object({
  since: day,
  completed: z.array(z.tuple([day, day])),
  /** The window being paged: its day, where its next page starts, and what its pages said so far. */
  current: z
    .object({
      day,
      next: z.number().int().min(1),
      total: z.number().int().nonnegative().nullable(),
      transient: z.boolean(),
      pass: z.number().int().min(1),
    })
    .nullable(),
});

const stateSchema = z.object({
  format: z.literal(1),
  out: z.string(),
  scopes: z.record(z.string(), scopeSchema),
  documents: z.record(z.string(), documentVersionSchema),
});

export type FileVersion = z.infer<typeof fileVersionSchema>;
export type DocumentVersion = z.infer<typeof documentVersionSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type WindowPosition = NonNullable<Scope["current"]>;
export type FetchState = z.infer<typeof stateSchema>;

/** The scope of a run: windows complete for one base and set of kinds are not complete for another. */
export function scopeKey(origin: string, kinds: readonly Kind[]): string {
  return `${origin} ${[...kinds].sort().join(",")}`;
}

/** The state could not be used; the message says why and what to do. */
export class StateError extends Error {
  override name = "StateError";
}

export interface StateFile {
  readonly path: string;
  readonly state: FetchState;
  /**
   * Writes the state, unless it was written a moment ago (then the next call writes it): rewriting a
   * state of tens of thousands of documents after every page would cost more than the page. `force`
   * writes it now.
   */
  save(options?: { force?: boolean }): Promise<void>;
}

/**
 * The state at `path` for the documents folder `out` (an absolute path), or a new one when there is
 * none. A state of another folder, or one that cannot be read, is refused rather than guessed at.
 */
export async function openState(path: string, out: string, minIntervalMs = 10_000): Promise<StateFile> {
  let state: FetchState;
  let text: string | null = null;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      throw new StateError(`cannot read the state ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (text === null) state = { format: 1, out, scopes: {}, documents: {} };
  else {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new StateError(`the state ${path} is not JSON; remove it to start again (the folder's provenance.json files keep what was fetched)`);
    }
    const parsed = stateSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new StateError(
        `the state ${path} is not a fetch state (${issue ? `${issue.path.join(".")}: ${issue.message}` : "unreadable"}); remove it to start again (the folder's provenance.json files keep what was fetched)`,
      );
    }
    state = parsed.data;
    if (state.out !== out) {
      throw new StateError(`the state ${path} belongs to the folder ${state.out}, not ${out}: give this folder a state of its own (--state FILE)`);
    }
  }
  let last = 0;
  let interval = 0;
  let writing: Promise<void> = Promise.resolve();
  const write = async () => {
    const started = Date.now();
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(state));
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    last = Date.now();
    // However large the state grows, writing it takes no more than a fiftieth of the run.
    interval = Math.max(minIntervalMs, 50 * (last - started));
  };
  return {
    path,
    state,
    save({ force = false } = {}) {
      if (!force && Date.now() - last < interval) return writing;
      writing = writing.then(write);
      return writing;
    },
  };
}
