/**
 * The files of the folders a build reads its documents from, and how many: a light module, so that the
 * build can decide how to run (scripts/build.ts) before it loads the rest.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Lists the files under `dir` (hidden ones excepted), sorted, relative paths as given. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** How many files {@link listFiles} finds under the folders; a folder that is missing counts none. */
export async function countFiles(folders: readonly string[]): Promise<number> {
  let count = 0;
  for (const folder of folders) {
    const files = await listFiles(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    });
    count += files.length;
  }
  return count;
}
