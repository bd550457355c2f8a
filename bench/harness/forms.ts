/**
 * The folders the benchmark reads each input form from: the real PDFs copied under new names (PDFs
 * cannot be generated), and the first files of a folder for a smaller run of the same command.
 */
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";

/** Every file under `dir` but hidden ones, sorted as the product lists its sources (src/corpus/source-files.ts). */
export function listFilesSorted(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * `copies` copies of each file into `to`, under new names (`ah-tk-20232024-1076.copy-03.pdf`); returns
 * the files written. A copy is the same document as its original, so the product reads and normalizes
 * every copy and then refuses all but one of each as the same document (`id-duplicate`).
 */
export function copyUnderNewNames(files: readonly string[], to: string, copies: number): string[] {
  mkdirSync(to, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const ext = extname(file);
    const base = basename(file, ext);
    for (let k = 1; k <= copies; k++) {
      const target = join(to, `${base}.copy-${String(k).padStart(String(copies).length, "0")}${ext}`);
      copyFileSync(file, target);
      written.push(target);
    }
  }
  return written;
}

/** The first `count` files of `from` (in the product's order) copied to `to`, keeping their paths; returns how many. */
export function copyFirstFiles(from: string, to: string, count: number): number {
  const files = listFilesSorted(from).slice(0, count);
  for (const file of files) {
    const target = join(to, relative(from, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  return files.length;
}

/**
 * How many files the smaller run reads: enough that the product starts its worker threads as for the
 * whole folder (it parses fewer than 64 files in its own thread: POOL_THRESHOLD in
 * src/corpus/load.ts), and a tenth of the folder when that is more; null when the folder is too
 * small for the difference between the two runs to say anything.
 */
export function smallRunSize(files: number): number | null {
  const size = Math.max(64, Math.round(files / 10));
  return size * 2 <= files ? size : null;
}
