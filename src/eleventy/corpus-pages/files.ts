/**
 * Writes pages into the output folder as they are made, a few at a time, so that neither the pages nor
 * the work of writing them pile up in memory. A page's URL says where it goes: `/ah-…/` is
 * `ah-…/index.html`, `/feed.xml` is `feed.xml`.
 */
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createFolderMaker } from "../../folders.ts";

export interface PageFiles {
  write(url: string, content: string): Promise<void>;
  /** Waits until everything given to `write` is on disk; rejects with the first failure. */
  flush(): Promise<void>;
  /** Files written so far. */
  readonly count: number;
}

/** The file of a root-relative URL under `outputDir`. */
export function fileOfUrl(outputDir: string, url: string): string {
  if (!url.startsWith("/") || url.includes("..")) throw new Error(`not a root-relative site URL: ${url}`);
  return join(outputDir, url.endsWith("/") ? `${url}index.html` : url);
}

export function createPageFiles(outputDir: string, inFlight = 32): PageFiles {
  const folder = createFolderMaker();
  const pending = new Set<Promise<void>>();
  let failure: unknown = null;
  let count = 0;
  return {
    async write(url, content) {
      if (failure) throw failure;
      const file = fileOfUrl(outputDir, url);
      const job = folder(dirname(file))
        .then(() => writeFile(file, content))
        .then(() => void count++)
        .catch((error: unknown) => void (failure ??= error));
      pending.add(job);
      void job.finally(() => pending.delete(job));
      if (pending.size >= inFlight) await Promise.race(pending);
    },
    async flush() {
      await Promise.all(pending);
      if (failure) throw failure;
    },
    get count() {
      return count;
    },
  };
}
