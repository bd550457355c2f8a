/**
 * Reads a source file of any supported format into a `SourceDocument`, or explains why it cannot.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Diagnostic } from "../model.ts";
import { binaryShare, decodeText, STRAY_CONTROL } from "./decode.ts";
import { readMarkdown } from "./markdown.ts";
import type { SourceDocument } from "./source.ts";
import { readText } from "./text.ts";

/** File extensions the product reads, by format. */
export const SOURCE_EXTENSIONS: Record<string, "markdown" | "text"> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
};

/** Files larger than this are refused: no real Kamervragen document comes near it. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** A read either succeeds, possibly with warnings about what had to be guessed or removed, or fails. */
export type ReadResult =
  | { ok: true; source: SourceDocument; bytes: Uint8Array; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Reads and decodes a file; `path` is how diagnostics name it. */
export async function readSourceFile(path: string): Promise<ReadResult> {
  const format = SOURCE_EXTENSIONS[extname(path).toLowerCase()];
  const fail = (code: string, message: string, hint?: string): ReadResult => ({
    ok: false,
    diagnostics: [{ file: path, severity: "error", code, message, ...(hint ? { hint } : {}) }],
  });
  if (!format) return fail("format-unknown", `cannot read files of type «${extname(path) || "(none)"}»`, `supported: ${Object.keys(SOURCE_EXTENSIONS).join(", ")}`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail("unreadable", `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return decodeSource(bytes, path, format);
}

/** Decodes bytes already read; split out so that callers holding the bytes (for hashing) read once. */
export function decodeSource(bytes: Uint8Array, path: string, format: "markdown" | "text"): ReadResult {
  const fail = (code: string, message: string, hint?: string): ReadResult => ({
    ok: false,
    diagnostics: [{ file: path, severity: "error", code, message, ...(hint ? { hint } : {}) }],
  });
  if (bytes.length === 0) return fail("empty", "the file is empty");
  if (bytes.length > MAX_SOURCE_BYTES) {
    return fail("too-large", `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MB`, "a Kamervragen document is a few dozen KB; is this the right file?");
  }
  const decoded = decodeText(bytes);
  if (binaryShare(decoded.text) > 0.02) {
    return fail("binary", `the file is not text (it holds binary data) although its name ends in ${extname(path)}`);
  }
  const warnings: Diagnostic[] = [];
  if (decoded.encoding === "windows-1252") {
    warnings.push({ file: path, severity: "warning", code: "encoding-guessed", message: "the file is not UTF-8; it was read as Windows-1252", hint: "save it as UTF-8" });
  }
  const stray = decoded.text.match(STRAY_CONTROL)?.length ?? 0;
  const text = stray > 0 ? decoded.text.replace(STRAY_CONTROL, "") : decoded.text;
  if (stray > 0) {
    warnings.push({ file: path, severity: "warning", code: "control-characters", message: `${stray} control character(s) removed` });
  }
  const source = format === "markdown" ? readMarkdown(text, path) : readText(text, path);
  return { ok: true, source, bytes, diagnostics: warnings };
}
