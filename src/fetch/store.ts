/**
 * The documents folder as the fetcher writes it: one folder per document in the publisher's layout,
 * `<out>/<id>/<id>.xml` (or `<id>.pdf`), `<out>/<id>/metadata.xml`, and beside them `provenance.json`:
 * where the files came from and which version they are.
 *
 * Every file is written whole or not at all: under a hidden temporary name in its folder, then renamed
 * over the old one. A document's new files are all downloaded and checked before the first is renamed,
 * files of an older version that the new one lacks are removed after, and `provenance.json` is written
 * last, so that it only ever describes files that are there. Temporary files that a killed run left are
 * removed by the next run before it starts ({@link sweepTemporary}); the build never reads them
 * (src/corpus/source-files.ts skips hidden files).
 */
import { createHash, randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";
import { isPlainName, officialUrl } from "./plan.ts";
import { documentVersionSchema, type DocumentVersion, type FileVersion } from "./state.ts";

/** The file beside a document's files that says where they came from. */
export const PROVENANCE_FILE = "provenance.json";

const provenanceSchema = documentVersionSchema.extend({
  id: z.string(),
  officialUrl: z.string(),
  /** The ETag of the document's own file (its XML or PDF), when the publisher gave one. */
  etag: z.string().nullable(),
});

export type Provenance = z.infer<typeof provenanceSchema>;

/** The temporary name of a file being written: hidden, and recognisably the fetcher's. */
const TEMPORARY = /^\..+\.fetch-\d+-[0-9a-f]{8}\.tmp$/u;

function temporaryName(name: string): string {
  return `.${name}.fetch-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The folder of document `id` under `out`: always a direct child of `out`, whatever `id` says. */
export function documentFolder(out: string, id: string): string {
  const folder = resolve(out, id);
  if (dirname(folder) !== resolve(out) || basename(folder) !== id || !isPlainName(id)) throw new Error(`«${id}» names no folder inside ${out}`);
  return folder;
}

/**
 * Removes the temporary files a killed run left under `out`, and a document's folder that this leaves
 * empty (a document that was being fetched for the first time); says how many files it removed.
 */
export async function sweepTemporary(out: string): Promise<number> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const left = entries.filter((entry) => entry.isFile() && TEMPORARY.test(entry.name));
  const folders = new Set<string>();
  for (const entry of left) {
    await rm(join(entry.parentPath, entry.name), { force: true });
    folders.add(entry.parentPath);
  }
  for (const folder of folders) {
    if (resolve(folder) !== resolve(out)) await rmdir(folder).catch(() => undefined); // only when it is empty
  }
  return left.length;
}

/** The provenance beside document `id`, or null when there is none that can be read. */
export async function readProvenance(out: string, id: string): Promise<Provenance | null> {
  try {
    const parsed = provenanceSchema.safeParse(JSON.parse(await readFile(join(documentFolder(out, id), PROVENANCE_FILE), "utf8")));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether every one of `files` is in the document's folder with the size it was written with. */
export async function filesPresent(out: string, id: string, files: Record<string, FileVersion>): Promise<boolean> {
  const folder = documentFolder(out, id);
  for (const [name, file] of Object.entries(files)) {
    if (!isPlainName(name)) return false;
    const info = await lstat(join(folder, name)).catch(() => null);
    if (!info?.isFile() || info.size !== file.bytes) return false;
  }
  return true;
}

/** Writes `bytes` to `path` whole or not at all. */
async function writeWhole(path: string, bytes: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), temporaryName(basename(path)));
  try {
    // `wx`: a new file, never one that stands there already (nor where a link there points).
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Puts a version of document `id` in its folder: `write` (every file whose bytes are new), removing
 * `remove` (files of the version before that this one no longer has), then its provenance.
 */
export async function writeDocument(
  out: string,
  id: string,
  change: { write: Array<{ name: string; bytes: Uint8Array }>; remove: string[]; version: DocumentVersion },
): Promise<void> {
  const folder = documentFolder(out, id);
  const existing = await lstat(folder).catch(() => null);
  if (existing && !existing.isDirectory()) throw new Error(`${folder} is there but is not a folder`);
  if (!existing) await mkdir(folder, { recursive: true });
  const temps: Array<{ temp: string; path: string }> = [];
  try {
    // Everything downloaded is on disk under temporary names before the first file is replaced.
    for (const file of change.write) {
      if (!isPlainName(file.name)) throw new Error(`«${file.name}» is not a plain file name`);
      const temp = join(folder, temporaryName(file.name));
      temps.push({ temp, path: join(folder, file.name) });
      await writeFile(temp, file.bytes, { flag: "wx" });
    }
    for (const { temp, path } of temps) await rename(temp, path);
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    if (!existing) await rmdir(folder).catch(() => undefined);
    throw error;
  }
  for (const name of change.remove) if (isPlainName(name) && name !== PROVENANCE_FILE) await rm(join(folder, name), { force: true });
  const main = Object.values(change.version.files).find((file) => file.manifestation === "xml" || file.manifestation === "pdf");
  const { kind, version, modified, modifiedAt, itemUrls, files, fetchedAt } = change.version;
  const provenance: Provenance = {
    id,
    officialUrl: officialUrl(id),
    kind,
    version,
    modified,
    modifiedAt,
    etag: main?.etag ?? null,
    itemUrls,
    files,
    fetchedAt,
  };
  await writeWhole(join(folder, PROVENANCE_FILE), `${JSON.stringify(provenance, null, 2)}\n`);
}
