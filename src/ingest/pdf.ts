/**
 * Reader for PDF files (the official prints of the Aanhangsel). pdfjs-dist supplies positioned text
 * items and the real font names; `pdf-layout.ts` turns them into physical lines with footnote markers,
 * gaps and indentation, the same kind of lines the text readers hand the normalizer. Bad files (not a
 * PDF, encrypted, truncated, scanned without a text layer) come back as diagnostics, never exceptions.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PDFDocumentProxy, TextItem } from "pdfjs-dist/types/src/display/api.js";
import type { Diagnostic } from "../model.ts";
import { layoutPages, type PdfItem, type PdfLine, type PdfPageItems } from "./pdf-layout.ts";
import type { DocumentInfo, SourceDocument, SourceLine } from "./source.ts";

export type PdfReadResult = { ok: true; source: SourceDocument } | { ok: false; diagnostics: Diagnostic[] };

/** What a PDF holds beyond the source lines: every line with its fonts and position, for tests and tools. */
export interface PdfLayout {
  pages: number;
  lines: PdfLine[];
  /** The PDF's own document information, where it says something (see `documentInfo`). */
  info: DocumentInfo;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsPromise: Promise<PdfJs> | null = null;
/** pdfjs-dist is loaded on first use: reading markdown and text never pays for it. */
function loadPdfJs(): Promise<PdfJs> {
  // In Node the legacy build runs its worker code in this thread (a "fake worker"): no Worker needed.
  pdfjsPromise ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjsPromise;
}

/**
 * Where pdfjs-dist finds its data files in Node (file paths ending in a separator): predefined CMaps and
 * standard-font data for PDFs that do not embed them, decoders and colour profiles for images.
 */
function dataPaths(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string; iccUrl: string } | Record<string, never> {
  try {
    const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
    const folder = (name: string) => join(root, name) + "/";
    return { cMapUrl: folder("cmaps"), standardFontDataUrl: folder("standard_fonts"), wasmUrl: folder("wasm"), iccUrl: folder("iccs") };
  } catch {
    return {};
  }
}

/**
 * Weight and style from a font's real name (`ABCDEF+Univers-Black`), whatever the family: a style word
 * after a separator (`-Bold`, `,Italic`, `-SemiBold`, `-Demi`) or capitalized inside the name
 * (`Arial-BoldItalicMT`, `ArialBlack`), so that a family name that merely contains the letters
 * (`Academia`) does not count.
 */
export function fontStyle(name: string): { bold: boolean; italic: boolean } {
  const n = name.replace(/^[A-Z]{6}\+/u, "");
  return {
    bold: /(?:^|[-,_ ])(?:semi|demi|extra|ultra)?-?(?:bold|black|heavy|demi\b)/iu.test(n) || /(?:Bold|Black|Heavy)|(?:^|[-,_ ])(?:Bd|Blk|Hv)(?![a-z])/u.test(n),
    italic: /(?:^|[-,_ ])(?:italic|oblique|kursiv|slanted|inclined)/iu.test(n) || /Italic|Oblique|Kursiv|Slanted|Inclined|(?:^|[-,_ ])It(?![a-z])/u.test(n),
  };
}

/** Reads a PDF into source lines, or explains why it cannot. `path` is how diagnostics name the file. */
export async function readPdf(bytes: Uint8Array, path: string): Promise<PdfReadResult> {
  const layout = await readPdfLayout(bytes, path);
  if (!layout.ok) return layout;
  const lines: SourceLine[] = layout.layout.lines.map((l) => ({
    text: l.text,
    line: l.line,
    page: l.page,
    ...(l.heading ? { heading: true } : {}),
    ...(l.indent ? { indent: l.indent } : {}),
    ...(l.gapBefore ? { gapBefore: true } : {}),
  }));
  const info = layout.layout.info;
  return { ok: true, source: { path, format: "pdf", lines, inlineMarkdown: false, ...(Object.keys(info).length > 0 ? { documentInfo: info } : {}) } };
}

/** Reads a PDF into styled, positioned lines (what `readPdf` hands on, with fonts and geometry). */
export async function readPdfLayout(bytes: Uint8Array, path: string): Promise<{ ok: true; layout: PdfLayout } | { ok: false; diagnostics: Diagnostic[] }> {
  const fail = (code: string, message: string, hint?: string, page?: number) => ({
    ok: false as const,
    diagnostics: [{ file: path, ...(page ? { page } : {}), severity: "error" as const, code, message, ...(hint ? { hint } : {}) }],
  });
  if (bytes.length === 0) return fail("pdf-invalid", "the file is empty", "expected a PDF file");
  if (!hasPdfHeader(bytes)) {
    return fail(
      "pdf-invalid",
      "the file is not a PDF (it does not start with «%PDF-»)",
      "check that this is the PDF itself and not, e.g., an HTML error page saved under a .pdf name",
    );
  }
  if (!hasEndMarker(bytes)) {
    return fail(
      "pdf-corrupt",
      "the PDF is truncated or damaged: it has no end-of-file marker («%%EOF»)",
      "download the file again; an interrupted download leaves a PDF like this",
    );
  }

  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return fail("pdf-reader-unavailable", `the PDF library could not be loaded: ${messageOf(error)}`, "run «npm install»");
  }
  let doc: PDFDocumentProxy | null = null;
  // pdfjs-dist takes over the buffer it is given: hand it a copy, the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: true,
    verbosity: 0,
    cMapPacked: true,
    ...dataPaths(),
  });
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string } | null)?.name;
    if (name === "PasswordException") {
      return fail(
        "pdf-encrypted",
        "the PDF is encrypted and needs a password to be opened",
        "ask for an unprotected copy, or remove the protection with the password (e.g. «qpdf --decrypt --password=… in.pdf out.pdf»)",
      );
    }
    if (name === "InvalidPDFException") {
      return fail("pdf-corrupt", `the PDF is damaged and cannot be read: ${messageOf(error)}`, "download the file again or ask for a new copy");
    }
    return fail("pdf-corrupt", `the PDF cannot be opened: ${messageOf(error)}`, "download the file again or ask for a new copy");
  }

  try {
    const pages: PdfPageItems[] = [];
    let characters = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      let read: PdfPageItems;
      try {
        read = await readPage(pdfjs, doc, p);
      } catch (error) {
        return fail("pdf-corrupt", `page ${p} of the PDF cannot be read: ${messageOf(error)}`, "download the file again or ask for a new copy", p);
      }
      for (const item of [...read.items, ...(read.rotated ?? [])]) characters += item.text.replace(/\s/gu, "").length;
      pages.push(read);
    }
    if (characters === 0) {
      return fail(
        "pdf-no-text",
        `the PDF has ${doc.numPages === 1 ? "1 page" : `${doc.numPages} pages`} but no text layer (a scan or an image)`,
        "the text must be recognized first: run OCR (e.g. «ocrmypdf in.pdf out.pdf») and read the result, or use the official PDF",
      );
    }
    return { ok: true, layout: { pages: doc.numPages, lines: layoutPages(pages), info: await documentInfo(doc) } };
  } catch (error) {
    return fail("pdf-corrupt", `the PDF cannot be read: ${messageOf(error)}`, "download the file again or ask for a new copy");
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * The Title and Subject of the PDF's document information dictionary. The publisher's typesetting
 * writes the subject sentence there (`Antwoord op vragen van het lid Inge van Dijk over …`) from its
 * own data, not from the text layer: a second witness of names the text layer glued. Placeholders
 * (`None`, empty) say nothing and are left out; a dictionary that cannot be read gives nothing.
 */
async function documentInfo(doc: PDFDocumentProxy): Promise<DocumentInfo> {
  let info: Record<string, unknown>;
  try {
    info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
  const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" && !/^(?:none|null|untitled)$/iu.test(value.trim()) ? value.trim() : null);
  const title = text(info["Title"]);
  const subject = text(info["Subject"]);
  return { ...(title !== null ? { title } : {}), ...(subject !== null ? { subject } : {}) };
}

/** The text items of one page in page coordinates (y downwards), with weight and style. */
async function readPage(pdfjs: PdfJs, doc: PDFDocumentProxy, pageNumber: number): Promise<PdfPageItems> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent({ includeMarkedContent: false });
    const textItems = content.items.filter((i): i is TextItem => "str" in i && i.str !== "");
    if (textItems.length === 0) return { page: pageNumber, items: [] };
    // The real font names are known only once the page's operators are loaded (text content names
    // fonts by an internal id such as `g_d0_f1`). That also decodes the page's images: a picture that
    // cannot be decoded costs the styles of the page, not its text.
    try {
      await page.getOperatorList();
    } catch {
      // styles unknown: every item plain
    }
    const styles = new Map<string, { bold: boolean; italic: boolean }>();
    const styleOf = (fontId: string) => {
      let s = styles.get(fontId);
      if (!s) {
        let name = "";
        try {
          name = String((page.commonObjs.get(fontId) as { name?: string } | null)?.name ?? "");
        } catch {
          name = "";
        }
        s = fontStyle(name);
        styles.set(fontId, s);
      }
      return s;
    };
    const viewport = page.getViewport({ scale: 1 });
    const items: PdfItem[] = [];
    const rotated: PdfItem[] = [];
    for (const t of textItems) {
      const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, t.transform) as number[];
      const size = Math.hypot(c!, d!);
      const item: PdfItem = { text: t.str, x: e!, y: f!, width: t.width, size, ...styleOf(t.fontName) };
      const horizontal = a! > 0 && Math.abs(b!) <= 0.01 * Math.abs(a!) && Math.abs(c!) <= 0.01 * Math.abs(d!);
      (horizontal ? items : rotated).push(item);
    }
    return { page: pageNumber, items, ...(rotated.length > 0 ? { rotated } : {}) };
  } finally {
    page.cleanup();
  }
}

/** `%PDF-` within the first 1024 bytes, as readers tolerate. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  return indexOf(bytes.subarray(0, 1024), "%PDF-") >= 0;
}

/** `%%EOF` within the last 1024 bytes: a PDF cut short has none. */
function hasEndMarker(bytes: Uint8Array): boolean {
  return indexOf(bytes.subarray(Math.max(0, bytes.length - 1024)), "%%EOF") >= 0;
}

function indexOf(bytes: Uint8Array, ascii: string): number {
  const first = ascii.charCodeAt(0);
  outer: for (let i = 0; i + ascii.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < ascii.length; k++) if (bytes[i + k] !== ascii.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
