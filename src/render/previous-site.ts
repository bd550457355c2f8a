/**
 * What the last build of a site wrote, so that the next may keep what has not changed: for each file
 * the key of its inputs (./input-key.ts) and how the build left it (size, modification time, inode).
 * The record is kept in the cache, one file per published folder, and names the folder by its inode and
 * the moment it was made: the build writes beside the site and renames its folder into place
 * (src/build/pipeline.ts), so the record is valid only for the folder that build made (a folder made later in its
 * place may get the same inode, never the same moment). A file is kept only when it is still as the build left
 * it, so a page edited by hand or by a later step is made again.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { removeStale } from "../common/folders.ts";
import { inputKey } from "./input-key.ts";

/** One file as a build left it. */
export interface MadeFile {
  /** The key of what it was made from. */
  key: string;
  size: number;
  mtimeMs: number;
  ino: number;
  /** For a document page: the digest of its HTML that the search index keys its parts by (hex). */
  digest: string | null;
}

/** The files of the published site that a build may keep, by URL. */
export interface PreviousSite {
  dir: string;
  files: ReadonlyMap<string, MadeFile>;
}

/** Bumped when the record's shape changes: older records are then ignored. */
const FORMAT = 2;

/** A record nobody wrote for this long belongs to a site no longer built here. */
const UNUSED_MS = 30 * 24 * 60 * 60 * 1000;

type Row = [url: string, key: string, size: number, mtimeMs: number, ino: number, digest: string | null];

interface Manifest {
  format: number;
  site: string;
  dev: number;
  ino: number;
  born: number;
  version: string;
  files: Row[];
}

function manifestPath(cacheDir: string, siteDir: string): string {
  return join(cacheDir, `${inputKey(resolve(siteDir))}.json`);
}

/**
 * The files of the site published in `siteDir` as its build recorded them, when that build's record is
 * there, of the same render version, and about this very folder; else null (everything is made anew).
 */
export async function readPreviousSite(cacheDir: string, siteDir: string, version: string): Promise<PreviousSite | null> {
  const [text, folder] = await Promise.all([readFile(manifestPath(cacheDir, siteDir), "utf8").catch(() => null), stat(siteDir).catch(() => null)]);
  if (text === null || folder === null) return null;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    return null;
  }
  if (
    manifest.format !== FORMAT ||
    manifest.version !== version ||
    manifest.dev !== folder.dev ||
    manifest.ino !== folder.ino ||
    manifest.born !== folder.birthtimeMs
  )
    return null;
  const files = new Map<string, MadeFile>();
  for (const [url, key, size, mtimeMs, ino, digest] of manifest.files) files.set(url, { key, size, mtimeMs, ino, digest });
  return { dir: siteDir, files };
}

/**
 * Records the files a build made in `builtDir`, which is to be published as `siteDir` (the same folder,
 * or one renamed into its place). Written whole to a temporary name and renamed, so a record is never
 * half there; records of sites not built for a month are removed.
 */
export async function writeSiteRecord(
  cacheDir: string,
  siteDir: string,
  builtDir: string,
  version: string,
  files: ReadonlyMap<string, MadeFile>,
): Promise<void> {
  const folder = await stat(builtDir);
  const manifest: Manifest = {
    format: FORMAT,
    site: resolve(siteDir),
    dev: folder.dev,
    ino: folder.ino,
    born: folder.birthtimeMs,
    version,
    files: [...files].map(([url, file]) => [url, file.key, file.size, file.mtimeMs, file.ino, file.digest]),
  };
  await mkdir(cacheDir, { recursive: true });
  const target = manifestPath(cacheDir, siteDir);
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temporary, JSON.stringify(manifest));
  await rename(temporary, target);
  await removeStale(cacheDir, UNUSED_MS);
}
