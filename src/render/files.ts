/**
 * Writes pages into the output folder as they are made, a few at a time, so that neither the pages nor
 * the work of writing them pile up in memory. A page's URL says where it goes: `/ah-…/` is
 * `ah-…/index.html`, `/feed.xml` is `feed.xml`.
 *
 * A file written with the key of its inputs is recorded, so that the next build may keep it: given the
 * published site of the build before (./previous-site.ts), `keep` puts that build's file in place, as
 * a hard link (a copy where the file system has none), when its key is the same and the file is still
 * as that build left it. Neither build ever changes a file in place, so the two sites may share it.
 */
import { statSync } from "node:fs";
import { copyFile, link, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { createFolderMaker } from "../common/folders.ts";
import { fileOfUrl } from "../site/urls.ts";
import type { MadeFile, PreviousSite } from "./previous-site.ts";

export interface PageFiles {
  /** Writes a page; with `made.key`, records it for the next build (with its digest, if given). */
  write(url: string, content: string, made?: { key: string; digest?: string }): Promise<void>;
  /**
   * Puts the previous build's file of `url` in place when it was made from inputs of this `key` and
   * is as it was left; returns what that build recorded of it, or null when the file must be made.
   */
  keep(url: string, key: string): Promise<MadeFile | null>;
  /** Waits until everything given to `write` and `keep` is on disk; rejects with the first failure. */
  flush(): Promise<void>;
  /** Files written or kept so far. */
  readonly count: number;
  /** Files kept from the previous build so far. */
  readonly kept: number;
  /** The files written with a key or kept, by URL: the record for the next build. */
  readonly made: ReadonlyMap<string, MadeFile>;
}

export function createPageFiles(outputDir: string, options: { previous?: PreviousSite | null; inFlight?: number } = {}): PageFiles {
  const { previous = null, inFlight = 32 } = options;
  const folder = createFolderMaker();
  const pending = new Set<Promise<void>>();
  const made = new Map<string, MadeFile>();
  let failure: unknown = null;
  let count = 0;
  let kept = 0;

  const enqueue = async (file: string, work: () => Promise<void>) => {
    if (failure) throw failure;
    const job = folder(dirname(file))
      .then(work)
      .then(() => void count++)
      .catch((error: unknown) => void (failure ??= error));
    pending.add(job);
    void job.finally(() => pending.delete(job));
    if (pending.size >= inFlight) await Promise.race(pending);
  };

  /** Where the file stands now, to recognise it in the next build. */
  const recorded = async (file: string, key: string, digest: string | null): Promise<MadeFile> => {
    const info = await stat(file);
    return { key, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, digest };
  };

  return {
    async write(url, content, key) {
      const file = fileOfUrl(outputDir, url);
      await enqueue(file, async () => {
        await writeFile(file, content);
        if (key) made.set(url, await recorded(file, key.key, key.digest ?? null));
      });
    },
    async keep(url, key) {
      const before = previous?.files.get(url);
      if (!previous || !before || before.key !== key) return null;
      const source = fileOfUrl(previous.dir, url);
      // Synchronously: one system call, and the answer decides whether the page is rendered.
      const info = statSync(source, { throwIfNoEntry: false });
      if (!info || info.size !== before.size || info.mtimeMs !== before.mtimeMs || info.ino !== before.ino) return null;
      const file = fileOfUrl(outputDir, url);
      await enqueue(file, async () => {
        try {
          await link(source, file);
          made.set(url, before);
        } catch {
          await copyFile(source, file);
          made.set(url, await recorded(file, key, before.digest));
        }
        kept++;
      });
      return before;
    },
    async flush() {
      await Promise.all(pending);
      if (failure) throw failure;
    },
    get count() {
      return count;
    },
    get kept() {
      return kept;
    },
    made,
  };
}
