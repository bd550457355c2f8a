/**
 * What a fetch left in its folder, read back whole: every file (hidden ones included, so that a
 * temporary file left behind is seen) with its bytes, and the check that the folder holds exactly the
 * documents promised, byte for byte, each with its provenance.json and nothing else.
 */
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { expect } from "vitest";
import type { Provenance } from "../../src/fetch/store.ts";

/** Every file under `dir`, by its path relative to it (forward slashes), with its bytes; none when `dir` is missing. */
export async function filesUnder(dir: string): Promise<Record<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: Record<string, Buffer> = {};
  for (const entry of entries.filter((e) => !e.isDirectory())) {
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split("\\").join("/")] = await readFile(path);
  }
  return files;
}

/** The folders under `dir` (relative), to see that no empty one was left. */
export async function foldersUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** `out` holds exactly `expected` (path → the source's bytes) and one provenance.json per document, nothing else. */
export async function expectDocuments(out: string, expected: Record<string, Buffer>): Promise<Record<string, Provenance>> {
  const files = await filesUnder(out);
  const documents = [...new Set(Object.keys(expected).map((path) => dirname(path)))].sort();
  expect(Object.keys(files).sort()).toEqual([...Object.keys(expected), ...documents.map((d) => `${d}/provenance.json`)].sort());
  for (const [path, bytes] of Object.entries(expected)) expect(files[path]!.equals(bytes), `${path} is byte-identical to its source`).toBe(true);
  expect(await foldersUnder(out)).toEqual(documents);
  return Object.fromEntries(documents.map((d) => [d, JSON.parse(files[`${d}/provenance.json`]!.toString("utf8")) as Provenance]));
}
