/**
 * Folders made once each: a writer of many files asks for the folder of every file, and most share
 * one, so each folder is made at its first request and every later request waits on that. And caches'
 * entries nobody used for a while, removed; and what a folder holds, hashed into a cache's version.
 */
import type { Hash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { join, relative } from "node:path";

/** A function that makes a folder (with its parents) the first time it is asked for, and resolves when it exists. */
export function createFolderMaker(): (path: string) => Promise<unknown> {
  const folders = new Map<string, Promise<unknown>>();
  return (path) => {
    let made = folders.get(path);
    if (!made) folders.set(path, (made = mkdir(path, { recursive: true })));
    return made;
  };
}

/**
 * Removes the entries of `folder` (files or folders) not modified for `maxAgeMs`, except those named in
 * `keep`; a missing folder has none.
 */
export async function removeStale(folder: string, maxAgeMs: number, keep: ReadonlySet<string> = new Set()): Promise<void> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  const cutoff = Date.now() - maxAgeMs;
  await Promise.all(
    entries
      .filter((name) => !keep.has(name))
      .map(async (name) => {
        const path = join(folder, name);
        const info = await stat(path).catch(() => null);
        if (info && info.mtimeMs < cutoff) await rm(path, { recursive: true, force: true });
      }),
  );
}

/** Adds every file under `folder` (its path relative to the folder and its bytes) to `hash`, in a fixed order. */
export async function hashFolder(hash: Hash, folder: string): Promise<void> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) hash.update(`${file}\0`).update(await readFile(join(folder, file)));
}
