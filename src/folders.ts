/**
 * Folders made once each: a writer of many files asks for the folder of every file, and most share
 * one, so each folder is made at its first request and every later request waits on that.
 */
import { mkdir } from "node:fs/promises";

/** A function that makes a folder (with its parents) the first time it is asked for, and resolves when it exists. */
export function createFolderMaker(): (path: string) => Promise<unknown> {
  const folders = new Map<string, Promise<unknown>>();
  return (path) => {
    let made = folders.get(path);
    if (!made) folders.set(path, (made = mkdir(path, { recursive: true })));
    return made;
  };
}
