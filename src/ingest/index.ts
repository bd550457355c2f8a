/**
 * Reads a source file of any supported format into a `SourceDocument`, or explains why it cannot.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Diagnostic } from "../model.ts";
import { binaryShare, decodeText, STRAY_CONTROL } from "./decode.ts";
import { readMarkdown } from "./markdown.ts";
import { readOfficialHtml } from "./official-html.ts";
import { readOfficialXml } from "./official-xml.ts";
import { readPdf } from "./pdf.ts";
import type { SourceDocument } from "./source.ts";
import type { StructuredSource } from "./structured.ts";
import { readText } from "./text.ts";

/** File extensions the product reads, by format. */
export const SOURCE_EXTENSIONS: Record<string, ReadFormat> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".pdf": "pdf",
  ".xml": "xml",
  ".html": "html",
};

type ReadFormat = "markdown" | "text" | "pdf" | "xml" | "html";

/**
 * Files that stand beside a document to describe it (the publisher's `metadata.xml`, or
 * `<id>.metadata.xml`), not documents of their own: src/corpus/witness.ts reads them.
 */
export function isCompanionFile(name: string): boolean {
  return /^(?:.+\.)?metadata(?:_owms)?\.xml$/iu.test(name.split(/[\\/]/u).at(-1) ?? "");
}

/** Files larger than this are refused: no real Kamervragen document comes near it (a few dozen KB). */
export const MAX_SOURCE_BYTES = {
  markdown: 5 * 1024 * 1024,
  text: 5 * 1024 * 1024,
  pdf: 50 * 1024 * 1024,
  xml: 20 * 1024 * 1024,
  html: 20 * 1024 * 1024,
} as const;

/** A read either succeeds, possibly with warnings about what had to be guessed or removed, or fails. */
export type ReadResult =
  { ok: true; source: SourceDocument | StructuredSource; bytes: Uint8Array; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** What a reader of a line-based form (text, markdown) gives. */
export type LineReadResult = { ok: true; source: SourceDocument; bytes: Uint8Array; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Reads and decodes a file, or its `given` bytes when they were read already; `path` is how diagnostics name it. */
export async function readSourceFile(path: string, given?: Uint8Array): Promise<ReadResult> {
  const format = SOURCE_EXTENSIONS[extname(path).toLowerCase()];
  const fail = (code: string, message: string, hint?: string): ReadResult => ({
    ok: false,
    diagnostics: [{ file: path, severity: "error", code, message, ...(hint ? { hint } : {}) }],
  });
  if (!format)
    return fail("format-unknown", `cannot read files of type «${extname(path) || "(none)"}»`, `supported: ${Object.keys(SOURCE_EXTENSIONS).join(", ")}`);
  let bytes: Uint8Array;
  try {
    bytes = given ?? (await readFile(path));
  } catch (error) {
    return fail("unreadable", `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return readSource(bytes, path, format);
}

/** Reads bytes already read, of any format; split out so that callers holding the bytes read once. */
export async function readSource(bytes: Uint8Array, path: string, format: ReadFormat): Promise<ReadResult> {
  if (format === "xml") {
    const tooLarge = sizeProblem(bytes, path, format);
    if (tooLarge) return tooLarge;
    const read = readOfficialXml(bytes, path);
    return read.ok ? { ok: true, source: read.source, bytes, diagnostics: read.diagnostics } : read;
  }
  if (format === "html") {
    const tooLarge = sizeProblem(bytes, path, format);
    if (tooLarge) return tooLarge;
    const read = readOfficialHtml(bytes, path);
    return read.ok ? { ok: true, source: read.source, bytes, diagnostics: read.diagnostics } : read;
  }
  if (format !== "pdf") return decodeSource(bytes, path, format);
  const tooLarge = sizeProblem(bytes, path, format);
  if (tooLarge) return tooLarge;
  const read = await readPdf(bytes, path);
  return read.ok ? { ok: true, source: read.source, bytes, diagnostics: [] } : read;
}

function sizeProblem(bytes: Uint8Array, path: string, format: keyof typeof MAX_SOURCE_BYTES): { ok: false; diagnostics: Diagnostic[] } | null {
  const limit = MAX_SOURCE_BYTES[format];
  if (bytes.length <= limit) return null;
  return {
    ok: false,
    diagnostics: [
      {
        file: path,
        severity: "error",
        code: "too-large",
        message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${limit / 1024 / 1024} MB`,
        hint: "a Kamervragen document is a few dozen KB; is this the right file?",
      },
    ],
  };
}

/** Decodes the bytes of a text format. */
export function decodeSource(bytes: Uint8Array, path: string, format: "markdown" | "text"): LineReadResult {
  const fail = (code: string, message: string, hint?: string): LineReadResult => ({
    ok: false,
    diagnostics: [{ file: path, severity: "error", code, message, ...(hint ? { hint } : {}) }],
  });
  if (bytes.length === 0) return fail("empty", "the file is empty");
  const tooLarge = sizeProblem(bytes, path, format);
  if (tooLarge) return tooLarge;
  const decoded = decodeText(bytes);
  if (binaryShare(decoded.text) > 0.02) {
    return fail("binary", `the file is not text (it holds binary data) although its name ends in ${extname(path)}`);
  }
  const warnings: Diagnostic[] = [];
  if (decoded.encoding === "windows-1252") {
    warnings.push({
      file: path,
      severity: "warning",
      code: "encoding-guessed",
      message: "the file is not UTF-8; it was read as Windows-1252",
      hint: "save it as UTF-8",
    });
  }
  const stray = decoded.text.match(STRAY_CONTROL)?.length ?? 0;
  const text = stray > 0 ? decoded.text.replace(STRAY_CONTROL, "") : decoded.text;
  if (stray > 0) {
    warnings.push({ file: path, severity: "warning", code: "control-characters", message: `${stray} control character(s) removed` });
  }
  const source = format === "markdown" ? readMarkdown(text, path) : readText(text, path);
  return { ok: true, source, bytes, diagnostics: warnings };
}
