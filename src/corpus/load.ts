/**
 * The corpus: every source file under a folder, normalized (through a cache keyed by content hash),
 * checked across documents (one id, one file), witnessed by the publisher's metadata beside each
 * (./witness.ts), and sorted newest first.
 */
import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { dirname, extname, join, relative } from "node:path";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { createNormalizePool, type NormalizePool } from "./pool.ts";
import { createFolderMaker, hashFolder } from "../common/folders.ts";
import { mapLimited } from "../common/limited.ts";
import { isCompanionFile, readSourceFile, SOURCE_EXTENSIONS } from "../ingest/index.ts";
import { readMetadataXml } from "../ingest/metadata.ts";
import type { Diagnostic, Doubt, KamervraagRecord, NormalizeResult } from "../model.ts";
import { normalizeDocument } from "../normalize/index.ts";
import { normalizeStructured } from "../normalize/structured.ts";
import { compareForms, mostAuthoritative } from "./forms.ts";
import { correctGluedNamesByCorpus } from "./names.ts";
import { isProvenanceFile, provenanceOf, readProvenance } from "./provenance.ts";
import { listFiles } from "./source-files.ts";
import { applyWitnesses, assignMetadata, isMetadataFile, type Witness } from "./witness.ts";

/** Normalizes one file (from its `bytes`, when they were read already). Never throws for bad input. */
export async function normalizeFile(path: string, bytes?: Uint8Array): Promise<NormalizeResult> {
  const read = await readSourceFile(path, bytes);
  if (!read.ok) return { record: null, diagnostics: read.diagnostics };
  try {
    const { record, diagnostics } = "sections" in read.source ? normalizeStructured(read.source) : normalizeDocument(read.source);
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
  /** Worker threads for parsing; default one per core. Few files are parsed in this thread. */
  workers?: number;
  /** Called after each file, from the cache or parsed, for progress on long runs. */
  onProgress?: (done: number, total: number) => void;
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

/**
 * A file that describes a document beside it, not a document: the publisher's `metadata.xml` and
 * `metadata_owms.xml` (src/ingest/index.ts), and `<id>.metadata.xml` named after its document.
 */
function isCompanion(file: string): boolean {
  return isCompanionFile(file) || isMetadataFile(file) || isProvenanceFile(file);
}

function isSourceFile(file: string): boolean {
  return extname(file).toLowerCase() in SOURCE_EXTENSIONS && !isCompanion(file);
}

/** Lists the source files under `dir`, sorted, relative paths as given. */
export async function listSourceFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter(isSourceFile);
}

/** Reads, normalizes and checks every document under `dir` (or several folders). */
export async function loadCorpus(dir: string | readonly string[], options: CorpusOptions = {}): Promise<Corpus> {
  const all = (await Promise.all((typeof dir === "string" ? [dir] : dir).map(listFiles))).flat();
  const files = all.filter(isSourceFile).map((f) => relative(process.cwd(), f) || f);
  const metadataFiles = all.filter(isMetadataFile).map((f) => relative(process.cwd(), f) || f);
  const provenanceFiles = all.filter(isProvenanceFile).map((f) => relative(process.cwd(), f) || f);
  const diagnostics: Diagnostic[] = all
    .filter((f) => !isSourceFile(f) && !isCompanion(f))
    .map((f) => ({
      file: relative(process.cwd(), f) || f,
      severity: "warning" as const,
      code: "format-unknown",
      message: `not a source format, left out: files ending in ${Object.keys(SOURCE_EXTENSIONS).join(", ")} are read`,
    }));
  const { results, cached } = await normalizeAll(files, options);
  // The metadata is applied here, after the cache and outside the workers, not inside the cached
  // normalization of one file: which metadata describes a document depends on the other files of its
  // folder (a folder's metadata.xml is used only beside documents of one id), which no key made of one
  // file's bytes (or of its metadata's) would capture; a metadata file is a few KB, read and checked
  // in far less time than a document is parsed; and the worker pool and this thread then give the same
  // result by construction, since the witness never runs in either. The cache keeps the body's record.
  const witnesses = await readWitnesses(
    metadataFiles,
    files.map((path, index) => ({ path, id: results[index]!.record?.id ?? null })),
  );
  const byId = new Map<string, KamervraagRecord[]>();
  const rejected: string[] = [];
  files.forEach((path, index) => {
    const result = results[index]!;
    diagnostics.push(...result.diagnostics);
    const hasErrors = result.diagnostics.some((d) => d.severity === "error");
    if (!result.record || (hasErrors && !options.includeDocumentsWithErrors)) {
      rejected.push(path);
      return;
    }
    const forms = byId.get(result.record.id) ?? [];
    const sameForm = forms.find((form) => form.source.format === result.record!.source.format);
    if (sameForm) {
      diagnostics.push({
        file: path,
        severity: "error",
        code: "id-duplicate",
        message: `${result.record.id} is also the document in ${sameForm.source.path}; only that one is published`,
        hint: "each official id must come from exactly one file of each form (XML, HTML, PDF, text)",
      });
      rejected.push(path);
      return;
    }
    forms.push(result.record);
    byId.set(result.record.id, forms);
  });
  diagnostics.push(...witnesses.diagnostics);
  // One record per document: the most authoritative form, the others compared with it, and the
  // publisher's metadata of the document checked against it and filling what it lacks. What was found
  // wrong on the way stays with the record as its doubts, for its page and its readers.
  const ofFile = new Map(files.map((path, index) => [path, results[index]!.diagnostics]));
  const fetched = await readProvenance(provenanceFiles);
  diagnostics.push(...fetched.diagnostics);
  const published = [...byId.values()].map((forms) => {
    const chosen = mostAuthoritative(forms);
    const compared = forms.filter((other) => other !== chosen).flatMap((other) => compareForms(chosen, other));
    const witnessed = applyWitnesses(chosen, witnesses.byId.get(chosen.id) ?? []);
    const origin = provenanceOf(chosen, fetched.byFolder);
    diagnostics.push(...compared, ...witnessed.diagnostics, ...origin.diagnostics);
    const record = origin.provenance ? { ...witnessed.record, provenance: origin.provenance } : witnessed.record;
    return { record, found: [...(ofFile.get(chosen.source.path) ?? []), ...compared, ...witnessed.diagnostics, ...origin.diagnostics] };
  });
  const named = correctGluedNamesByCorpus(published.map((p) => p.record));
  diagnostics.push(...named.diagnostics.flat());
  const records = named.records
    .map((record, index) => ({ ...record, doubts: [...published[index]!.found, ...named.diagnostics[index]!].map(doubtOf) }))
    .sort(newestFirst);
  return { records, diagnostics, rejected, stats: { files: files.length, cached } };
}

/** A diagnostic as the record keeps it: what is wrong and where, without the file (the record names its source). */
function doubtOf(d: Diagnostic): Doubt {
  return { code: d.code, message: d.message, ...(d.line ? { line: d.line } : {}), ...(d.page ? { page: d.page } : {}) };
}

/**
 * The metadata files that describe a document (./witness.ts), read, by the id of the document; the
 * problems of the others, and of those that cannot be read.
 */
async function readWitnesses(
  metadataFiles: readonly string[],
  documents: ReadonlyArray<{ path: string; id: string | null }>,
): Promise<{ byId: Map<string, Witness[]>; diagnostics: Diagnostic[] }> {
  const { assigned, diagnostics } = assignMetadata(metadataFiles, documents);
  const read = new Array<{ witness: Witness | null; diagnostics: Diagnostic[] }>(assigned.length);
  await mapLimited(assigned, FILES_IN_FLIGHT, async ({ path }, index) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      read[index] = { witness: null, diagnostics: [{ file: path, severity: "error", code: "unreadable", message: `cannot read the metadata: ${code}` }] };
      return;
    }
    const result = readMetadataXml(bytes, path);
    read[index] = { witness: result.ok ? { path, fields: result.fields } : null, diagnostics: result.diagnostics };
  });
  const byId = new Map<string, Witness[]>();
  assigned.forEach(({ id }, index) => {
    const { witness, diagnostics: found } = read[index]!;
    diagnostics.push(...found);
    if (witness) byId.set(id, [...(byId.get(id) ?? []), witness]);
  });
  return { byId, diagnostics };
}

/** Below this many files to parse, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 64;

/** Files looked up, or waiting for their record, at once: bounds the bytes held while workers parse. */
const FILES_IN_FLIGHT = 16;

/**
 * Normalizes every file, in order: from the cache where the content and the normalizer are unchanged,
 * else in worker threads (one per core) when there are many, else here. The workers start as soon as
 * the look-ups have found enough files to parse, and parse while the rest are looked up.
 */
async function normalizeAll(files: readonly string[], options: CorpusOptions): Promise<{ results: NormalizeResult[]; cached: number }> {
  const results: NormalizeResult[] = new Array<NormalizeResult>(files.length);
  const codeVersion = options.cacheDir ? await normalizerVersion() : "";
  const workers = options.workers ?? availableParallelism();
  let done = 0;
  let cached = 0;
  const progress = () => options.onProgress?.(++done, files.length);
  // The cache's folders (256 at most), each made once rather than once per file.
  const folder = createFolderMaker();
  const store = async (index: number, key: string | null, result: NormalizeResult) => {
    results[index] = result;
    progress();
    if (options.cacheDir && key) {
      const file = cacheFile(options.cacheDir, key);
      await folder(dirname(file));
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(result));
      await rename(temp, file);
    }
  };
  // Files to parse found before there were enough of them for the workers: parsed here if no more come.
  const early: { index: number; key: string | null; bytes: Uint8Array | undefined }[] = [];
  let pool: NormalizePool | null = null;
  const inPool = (index: number, key: string | null, bytes: Uint8Array | undefined) =>
    pool!.normalize(files[index]!, bytes).then((result) => store(index, key, result));
  const parse = async (index: number, key: string | null, bytes: Uint8Array | undefined) => {
    if (workers <= 1) await store(index, key, await normalizeFile(files[index]!, bytes));
    else if (!pool && early.length + 1 >= POOL_THRESHOLD) {
      pool = createNormalizePool(workers);
      const started = early.splice(0).map((e) => inPool(e.index, e.key, e.bytes));
      await Promise.all([...started, inPool(index, key, bytes)]);
    } else if (pool) await inPool(index, key, bytes);
    else early.push({ index, key, bytes });
  };
  try {
    // Each file: read, hashed with the normalizer's version, taken from the cache or parsed.
    await mapLimited(files, FILES_IN_FLIGHT, async (path, index) => {
      if (!options.cacheDir) return parse(index, null, undefined);
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch {
        return parse(index, null, undefined); // the normalizer says what is wrong with it
      }
      const key = createHash("sha256").update(codeVersion).update("\0").update(path).update("\0").update(bytes).digest("hex");
      try {
        results[index] = JSON.parse(await readFile(cacheFile(options.cacheDir, key), "utf8")) as NormalizeResult;
        cached++;
        progress();
      } catch {
        await parse(index, key, bytes);
      }
    });
    for (const e of early) await store(e.index, e.key, await normalizeFile(files[e.index]!, e.bytes));
  } finally {
    await (pool as NormalizePool | null)?.close();
  }
  return { results, cached };
}

function cacheFile(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.json`);
}

/** Newest answer first; unanswered by submission date; then by number, highest first. */
export function newestFirst(a: KamervraagRecord, b: KamervraagRecord): number {
  const da = a.answered ?? a.submitted ?? "";
  const db = b.answered ?? b.submitted ?? "";
  if (da !== db) return da < db ? 1 : -1;
  if (a.sessionYear !== b.sessionYear) return a.sessionYear < b.sessionYear ? 1 : -1;
  return b.number - a.number;
}

let versionPromise: Promise<string> | undefined;

/** A hash of the code that turns files into records, so that a change to it invalidates the cache. */
function normalizerVersion(): Promise<string> {
  versionPromise ??= (async () => {
    // The source folder: src/corpus/ is one below it.
    const root = fileURLToPath(new URL("../", import.meta.url));
    const hash = createHash("sha256");
    for (const sub of ["ingest", "normalize"]) await hashFolder(hash, join(root, sub));
    hash.update(await readFile(join(root, "model.ts")));
    return hash.digest("hex");
  })();
  return versionPromise;
}
