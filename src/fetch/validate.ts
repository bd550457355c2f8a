/**
 * Whether the bytes a request gave are what the record promised, before anything is written: a service
 * in trouble answers with an HTML error page, a cut-off body or an empty one as readily as with the
 * file. XML is read with the project's one parser (src/ingest/xml-tree.ts: no DTD, no entity beyond
 * XML's own), exactly as the build will read it.
 */
import { MAX_XML_BYTES, parseXml } from "../ingest/xml-tree.ts";
import type { Content } from "./plan.ts";

/**
 * The largest body accepted of each kind, refused while it streams in: XML as large as the parser
 * reads (20 MB), metadata as large as src/ingest/metadata.ts reads (1 MB), a PDF as large as
 * src/ingest/index.ts reads (50 MB). The publisher's files are a few dozen KB.
 */
export const MAX_BYTES: Readonly<Record<Content, number>> = {
  xml: MAX_XML_BYTES,
  metadata: 1024 * 1024,
  pdf: 50 * 1024 * 1024,
};

/** A page of search results: as large as the parser reads, and a thousand records of a few KB each are some 5 MB. */
export const MAX_PAGE_BYTES = MAX_XML_BYTES;

/** The root elements of the publisher's two forms of metadata (src/ingest/metadata.ts). */
const METADATA_ROOTS = new Set(["metadata_gegevens", "owms-metadata"]);

/** An HTML page rather than XML: its media type, or how it starts. */
export function looksLikeHtml(bytes: Uint8Array, contentType: string | null): boolean {
  if (/^\s*(?:text\/html|application\/xhtml\+xml)\b/iu.test(contentType ?? "")) return true;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).replace(/^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/u, "");
  return /^<(?:!doctype\s+html|html)\b/iu.test(head);
}

/** Null when `bytes` are a file of the `content` promised, else why not. */
export function checkContent(content: Content, bytes: Uint8Array, contentType: string | null): string | null {
  if (bytes.length === 0) return "the body is empty";
  if (content === "pdf") {
    if (looksLikeHtml(bytes, contentType)) return "an HTML page where a PDF was promised";
    return new TextDecoder("latin1").decode(bytes.subarray(0, 5)) === "%PDF-" ? null : "not a PDF (it does not start with %PDF-)";
  }
  if (looksLikeHtml(bytes, contentType)) return "an HTML page where XML was promised";
  const parsed = parseXml(bytes);
  if (!parsed.ok) return `not well-formed XML: ${parsed.message}${parsed.line ? ` (line ${parsed.line})` : ""}`;
  const root = parsed.root.name.slice(parsed.root.name.indexOf(":") + 1);
  if (root.toLowerCase() === "html") return "an HTML page where XML was promised";
  if (content === "metadata" && !METADATA_ROOTS.has(root)) return `the root element is <${parsed.root.name}>, not the publisher's metadata`;
  return null;
}
