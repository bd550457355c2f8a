/**
 * The corpus: every source file under a folder, normalized (through a cache keyed by content hash),
 * checked across documents (one id, one file), and sorted newest first.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readSourceFile, SOURCE_EXTENSIONS } from "./ingest/index.ts";
import type { Diagnostic, KamervraagRecord, NormalizeResult } from "./model.ts";
import { normalizeDocument } from "./normalize/index.ts";

/** Normalizes one file. Never throws for bad input. */
export async function normalizeFile(path: string): Promise<NormalizeResult> {
  const read = await readSourceFile(path);
  if (!read.ok) return { record: null, diagnostics: read.diagnostics };
  try {
    const { record, diagnostics } = normalizeDocument(read.source);
    return { record, diagnostics: [...read.diagnostics, ...diagnostics] };
  } catch (error) {
    // A defect of ours, not of the file: still one diagnostic for this file, and the others go on.
    return {
      record: null,
      diagnostics: [
        {
          file: path,
          severity: "error",
          code: "internal-error",
          message: `the normalizer failed on this file: ${error instanceof Error ? error.message : String(error)}`,
          hint: "please report this with the file",
        },
      ],
    };
  }
}

export interface CorpusOptions {
  /** Where normalized records are cached by content hash; no cache when absent. */
  cacheDir?: string;
  /** Publish documents that have errors too (the default publishes only sound documents). */
  includeDocumentsWithErrors?: boolean;
}

export interface Corpus {
  /** The documents to publish, newest first. */
  records: KamervraagRecord[];
  /** Every problem of every file. */
  diagnostics: Diagnostic[];
  /** Source files that produced no publishable record. */
  rejected: string[];
  /** How many files were normalized, and how many came from the cache. */
  stats: { files: number; cached: number };
}

/** Lists the files under `dir` (hidden ones excepted), sorted, relative paths as given. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function isSourceFile(file: string): boolean {
  return extname(file).toLowerCase() in SOURCE_EXTENSIONS;
}

/** Lists the source files under `dir`, sorted, relative paths as given. */
export async function listSourceFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter(isSourceFile);
}

/** Reads, normalizes and checks every document under `dir`. */
export async function loadCorpus(dir: string | readonly string[], options: CorpusOptions = {}): Promise<Corpus> {
  const all = (await Promise.all((typeof dir === "string" ? [dir] : dir).map(listFiles))).flat();
  const files = all.filter(isSourceFile);
  const diagnostics: Diagnostic[] = all
    .filter((f) => !isSourceFile(f))
    .map((f) => ({
      file: relative(process.cwd(), f) || f,
      severity: "warning" as const,
      code: "format-unknown",
      message: `not a source format, left out: files ending in ${Object.keys(SOURCE_EXTENSIONS).join(", ")} are read`,
    }));
  const byId = new Map<string, KamervraagRecord>();
  const rejected: string[] = [];
  let cached = 0;
  const codeVersion = options.cacheDir ? await normalizerVersion() : "";
  for (const file of files) {
    const path = relative(process.cwd(), file) || file;
    const result = options.cacheDir ? await cachedNormalize(path, options.cacheDir, codeVersion) : { ...(await normalizeFile(path)), hit: false };
    if (result.hit) cached++;
    diagnostics.push(...result.diagnostics);
    const hasErrors = result.diagnostics.some((d) => d.severity === "error");
    if (!result.record || (hasErrors && !options.includeDocumentsWithErrors)) {
      rejected.push(path);
      continue;
    }
    const existing = byId.get(result.record.id);
    if (existing) {
      diagnostics.push({
        file: path,
        severity: "error",
        code: "id-duplicate",
        message: `${result.record.id} is also the document in ${existing.source.path}; only that one is published`,
        hint: "each official id must come from exactly one file",
      });
      rejected.push(path);
      continue;
    }
    byId.set(result.record.id, result.record);
  }
  const records = [...byId.values()].sort(newestFirst);
  return { records, diagnostics, rejected, stats: { files: files.length, cached } };
}

/** Newest answer first; unanswered by submission date; then by number, highest first. */
export function newestFirst(a: KamervraagRecord, b: KamervraagRecord): number {
  const da = a.answered ?? a.submitted ?? "";
  const db = b.answered ?? b.submitted ?? "";
  if (da !== db) return da < db ? 1 : -1;
  if (a.sessionYear !== b.sessionYear) return a.sessionYear < b.sessionYear ? 1 : -1;
  return b.number - a.number;
}

async function cachedNormalize(path: string, cacheDir: string, codeVersion: string): Promise<NormalizeResult & { hit: boolean }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { ...(await normalizeFile(path)), hit: false };
  }
  const key = createHash("sha256").update(codeVersion).update("\0").update(path).update("\0").update(bytes).digest("hex");
  const file = join(cacheDir, key.slice(0, 2), `${key}.json`);
  try {
    return { ...(JSON.parse(await readFile(file, "utf8")) as NormalizeResult), hit: true };
  } catch {
    // Not cached yet (or unreadable): normalize and store.
  }
  const result = await normalizeFile(path);
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(result));
  await rename(temp, file);
  return { ...result, hit: false };
}

let versionPromise: Promise<string> | undefined;

/** A hash of the code that turns files into records, so that a change to it invalidates the cache. */
function normalizerVersion(): Promise<string> {
  versionPromise ??= (async () => {
    const root = dirname(fileURLToPath(import.meta.url));
    const hash = createHash("sha256");
    for (const sub of ["ingest", "normalize"]) {
      const entries = (await readdir(join(root, sub))).filter((f) => f.endsWith(".ts")).sort();
      for (const f of entries) hash.update(f).update(await readFile(join(root, sub, f)));
    }
    hash.update(await readFile(join(root, "model.ts")));
    return hash.digest("hex");
  })();
  return versionPromise;
}
