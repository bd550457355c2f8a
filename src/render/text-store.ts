/**
 * Texts kept in a temporary file instead of memory, read back by key. The build makes each feed entry
 * (the whole document as escaped HTML) while it writes the document's page, from the same view, and
 * writes the feeds after every page: holding tens of thousands of entries until then would cost
 * gigabytes of memory, and making them again would render most documents twice. The texts are written
 * in large blocks; a read is one positioned read from a file the system has cached.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TextStore {
  /** Keeps `text` under `key`; a key given twice keeps the second text. */
  put(key: string, text: string): void;
  /** The text kept under `key`; throws when there is none. */
  get(key: string): string;
  /** Removes the file. The store cannot be used afterwards. */
  close(): void;
}

/** Bytes gathered before they are written. */
const BLOCK = 1 << 20;

/** Stores' folders are named so. */
const PREFIX = "text-store-";

/**
 * How old a store's folder must be before another store takes it for a leftover: a build that was
 * killed never closed its store, and no build runs for a day.
 */
const LEFTOVER_MS = 24 * 60 * 60 * 1000;

/**
 * A store in a new folder under `parent` (the system's temporary folder), removed by `close`. Folders
 * of stores that were never closed and are a day old are removed first.
 */
export function createTextStore(parent: string = tmpdir()): TextStore {
  mkdirSync(parent, { recursive: true });
  removeLeftovers(parent);
  const folder = mkdtempSync(join(parent, PREFIX));
  const fd = openSync(join(folder, "texts"), "w+");
  const places = new Map<string, { offset: number; length: number }>();
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let fileBytes = 0;
  const flush = () => {
    if (pendingBytes === 0) return;
    const block = Buffer.concat(pending, pendingBytes);
    for (let written = 0; written < block.length;) written += writeSync(fd, block, written, block.length - written, fileBytes + written);
    fileBytes += block.length;
    pending = [];
    pendingBytes = 0;
  };
  return {
    put(key, text) {
      const bytes = Buffer.from(text, "utf8");
      places.set(key, { offset: fileBytes + pendingBytes, length: bytes.length });
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= BLOCK) flush();
    },
    get(key) {
      const place = places.get(key);
      if (!place) throw new Error(`no text kept under ${JSON.stringify(key)}`);
      if (place.offset + place.length > fileBytes) flush();
      const bytes = Buffer.allocUnsafe(place.length);
      for (let read = 0; read < place.length;) {
        const n = readSync(fd, bytes, read, place.length - read, place.offset + read);
        if (n === 0) throw new Error(`the text kept under ${JSON.stringify(key)} ends early in ${folder}`);
        read += n;
      }
      return bytes.toString("utf8");
    },
    close() {
      closeSync(fd);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function removeLeftovers(parent: string): void {
  const cutoff = Date.now() - LEFTOVER_MS;
  for (const entry of readdirSync(parent, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(PREFIX)) continue;
    const path = join(parent, entry.name);
    if (statSync(path).mtimeMs < cutoff) rmSync(path, { recursive: true, force: true });
  }
}
