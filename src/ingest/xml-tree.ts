/**
 * XML as a small tree of elements with the line each starts on, read with saxes (a streaming parser
 * that never fetches anything and expands no entity but XML's five and character references). Input
 * from outside is hostile until shown otherwise, so a document is refused, by name, when it
 * - declares a DTD (`<!DOCTYPE …>`): the publisher's XML has none, and a DTD is where external entities
 *   (XXE) and entity expansion ("billion laughs") live; the doctype is refused as soon as it is read,
 *   before any of its entities is used;
 * - uses an entity that is not XML's own: saxes reports it as undefined, so nothing is expanded;
 * - is larger than {@link MAX_XML_BYTES}, or nests deeper than {@link MAX_XML_DEPTH};
 * - is not well-formed, or not valid in its declared encoding.
 */
import { SaxesParser } from "saxes";

/** Larger than any real document (a few dozen KB) by far, small enough to parse in bounded memory. */
export const MAX_XML_BYTES = 20 * 1024 * 1024;

/** The publisher's documents nest some ten levels deep; a hundred is no document. */
export const MAX_XML_DEPTH = 100;

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag. */
  line: number;
}

export type XmlNode = XmlElement | string;

export type XmlParse = { ok: true; root: XmlElement; encoding: string } | { ok: false; message: string; line: number | null };

/** Decodes and parses `bytes`; never throws for bad input. */
export function parseXml(bytes: Uint8Array): XmlParse {
  if (bytes.length > MAX_XML_BYTES) {
    return {
      ok: false,
      message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; XML larger than ${MAX_XML_BYTES / 1024 / 1024} MB is refused`,
      line: null,
    };
  }
  const decoded = decodeXml(bytes);
  if (!decoded.ok) return decoded;
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: { message: string; line: number | null } | null = null;
  const fail = (message: string) => {
    failure ??= { message, line: parser.line };
  };
  parser.on("doctype", () => fail("the file declares a DTD (<!DOCTYPE>); DTDs are refused, so no entity of it is ever read or expanded"));
  parser.on("opentag", (tag) => {
    if (failure) return;
    if (stack.length >= MAX_XML_DEPTH) {
      fail(`elements nest deeper than ${MAX_XML_DEPTH} levels`);
      return;
    }
    // Without namespace processing (the parser's default), attributes are plain strings.
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], line: parser.line };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    if (!failure) stack.pop();
  });
  const addText = (text: string) => {
    const parent = stack.at(-1);
    if (failure || !parent) return;
    const last = parent.children.at(-1);
    if (typeof last === "string") parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (error) => fail(explain(error.message.replace(/^\d+:\d+: /u, ""), decoded.text)));
  try {
    // Chunks, so that a refusal stops the work early rather than after the whole file.
    const chunk = 64 * 1024;
    for (let start = 0; start < decoded.text.length && !failure; start += chunk) parser.write(decoded.text.slice(start, start + chunk));
    if (!failure) parser.close();
  } catch (error) {
    fail(error instanceof Error ? error.message.replace(/^\d+:\d+: /u, "") : String(error));
  }
  if (failure) return { ok: false, ...(failure as { message: string; line: number | null }) };
  if (!root) return { ok: false, message: "the file holds no XML element", line: null };
  return { ok: true, root, encoding: decoded.encoding };
}

/** saxes's «undefined entity», with the entity's name: an entity the file declares nowhere XML knows. */
function explain(message: string, text: string): string {
  if (!/^undefined entity/u.test(message)) return message;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)([A-Za-z_][\w.-]*);/iu.exec(text)?.[1];
  return `the entity «&${entity ?? "?"};» is not one of XML's own; entities are never expanded`;
}

const DECLARATION = /^\uFEFF?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/u;

/**
 * The text of an XML file: UTF-8 unless its declaration names another encoding this runtime knows.
 * Bytes that are not valid in that encoding are an error naming the line, never replaced silently.
 */
function decodeXml(bytes: Uint8Array): { ok: true; text: string; encoding: string } | { ok: false; message: string; line: number | null } {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = DECLARATION.exec(head)?.[1]?.toLowerCase() ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    return { ok: false, message: `the file declares the encoding «${declared}», which cannot be read`, line: 1 };
  }
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/u, ""), encoding: decoder.encoding };
  } catch {
    // Find the first line that does not decode, to say where the damage is.
    const lenient = new TextDecoder(declared).decode(bytes);
    const at = lenient.indexOf("\uFFFD");
    const line = at < 0 ? null : lenient.slice(0, at).split("\n").length;
    return { ok: false, message: `the file is not valid ${decoder.encoding} (as it declares, or as XML is by default)`, line };
  }
}

/** The element's text, its descendants' included, white space as in the file. */
export function textOf(node: XmlNode): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}

/** The child elements of `element` named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== "string" && (name === undefined || child.name === name));
}

/** The first descendant element named `name`, depth first, or null. */
export function findElement(element: XmlElement, name: string): XmlElement | null {
  for (const child of childElements(element)) {
    if (child.name === name) return child;
    const found = findElement(child, name);
    if (found) return found;
  }
  return null;
}
