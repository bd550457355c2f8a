/**
 * The folders a build reads its documents from, and how many files they hold: a light module, so that
 * the build can decide how to run (scripts/build.ts) before it loads the rest.
 */
import { readdir } from "node:fs/promises";

/** The default source folder: the site's own documents. */
export const DEFAULT_SOURCES = ["content/documents"] as const;

/** The build's source folders: KAMERVRAGEN_SOURCES (comma-separated, set by `--sources`), else {@link DEFAULT_SOURCES}. */
export function sourceFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  const given = env["KAMERVRAGEN_SOURCES"]?.split(",").filter((s) => s !== "");
  return given && given.length > 0 ? given : [...DEFAULT_SOURCES];
}

/** The files (not hidden ones, which the build skips too) under the folders; a folder that is missing counts none. */
export async function countFiles(folders: readonly string[]): Promise<number> {
  let count = 0;
  for (const folder of folders) {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    });
    for (const entry of entries) if (entry.isFile() && !entry.name.startsWith(".")) count++;
  }
  return count;
}
