/**
 * The publisher's metadata of a document, as it serves it beside the document: `metadata.xml` (root
 * `<metadata_gegevens>`, one `<metadata name content>` element per value) or `metadata_owms.xml` (root
 * `<owms-metadata>`, the OWMS elements `dcterms:identifier`, `overheidop:indiener`, … grouped in
 * `<owmskern>`, `<owmsmantel>` and `<oep>`). Both are read into the same fields, by the names the first
 * form uses (`DC.identifier`, `OVERHEIDop.vraagnummer`, `OVERHEID.category`), every value in the
 * file's order. The XML goes through the project's one parser (./xml-tree.ts), so hostile XML is
 * refused here exactly as in a document.
 */
import type { Diagnostic } from "../model.ts";
import { childElements, parseXml, textOf, type XmlElement } from "./xml-tree.ts";

/** A metadata file is a few KB; one of a megabyte is no metadata of the publisher's. */
export const MAX_METADATA_BYTES = 1024 * 1024;

export type MetadataRead = { ok: true; fields: Record<string, string[]>; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** The OWMS namespaces, by URI, and the prefix of the names `metadata.xml` gives their elements. */
const NAMESPACES: Record<string, "DCTERMS" | "DC" | "OVERHEID" | "OVERHEIDop"> = {
  "http://purl.org/dc/terms/": "DCTERMS",
  "http://purl.org/dc/elements/1.1/": "DC",
  "http://standaarden.overheid.nl/owms/terms/": "OVERHEID",
  "http://standaarden.overheid.nl/oep/meta/": "OVERHEIDop",
};

/** The prefixes the publisher's files declare, for an element whose prefix is not declared. */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  dcterms: "http://purl.org/dc/terms/",
  dc: "http://purl.org/dc/elements/1.1/",
  overheid: "http://standaarden.overheid.nl/owms/terms/",
  overheidop: "http://standaarden.overheid.nl/oep/meta/",
};

/**
 * The `dcterms:` elements that `metadata.xml` names `DC.*` rather than `DCTERMS.*`: those two files of
 * one document (test/fixtures/official/ah-tk-20202021-3235/) show `DC.identifier`, `DC.title`,
 * `DC.type` and `DC.creator` beside `DCTERMS.language`, `DCTERMS.available` and `DCTERMS.issued`.
 */
const DC_NAMES = new Set(["identifier", "title", "type", "creator"]);

/** Reads `bytes` of either form; `path` is how diagnostics name the file. Never throws for bad input. */
export function readMetadataXml(bytes: Uint8Array, path: string): MetadataRead {
  const refuse = (code: string, message: string, line?: number | null): MetadataRead => ({
    ok: false,
    diagnostics: [{ file: path, ...(line ? { line } : {}), severity: "error", code, message }],
  });
  if (bytes.length > MAX_METADATA_BYTES) {
    return refuse("too-large", `the metadata file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the publisher's are a few KB (limit 1 MB)`);
  }
  const parsed = parseXml(bytes);
  if (!parsed.ok) return refuse("metadata-malformed", `the metadata cannot be read: ${parsed.message}`, parsed.line);
  const fields: Record<string, string[]> = {};
  const diagnostics: Diagnostic[] = [];
  const add = (name: string, value: string) => {
    const tidied = value.replace(/\s+/gu, " ").trim();
    if (tidied !== "") (fields[name] ??= []).push(tidied);
  };
  const root = parsed.root;
  if (root.name === "metadata_gegevens") readGegevens(root, path, add, diagnostics);
  else if (root.name === "owms-metadata") readOwms(root, declarations(root, {}), add);
  else {
    return refuse(
      "metadata-not-metadata",
      `the root element is <${root.name}>, not <metadata_gegevens> or <owms-metadata>: not the publisher's metadata of a document`,
      root.line,
    );
  }
  return { ok: true, fields, diagnostics };
}

/** `<metadata name="DC.identifier" scheme="…" content="ah-tk-20202021-3235"/>`, one element per value. */
function readGegevens(root: XmlElement, path: string, add: (name: string, value: string) => void, diagnostics: Diagnostic[]): void {
  for (const element of childElements(root)) {
    if (element.name !== "metadata" && element.name !== "meta") continue;
    const name = element.attributes["name"]?.trim();
    if (!name) {
      diagnostics.push({
        file: path,
        line: element.line,
        severity: "warning",
        code: "metadata-unnamed",
        message: `a <${element.name}> element without a name; its value «${element.attributes["content"] ?? ""}» is left out`,
      });
      continue;
    }
    add(name, element.attributes["content"] ?? "");
  }
}

/** The OWMS elements, wherever they stand under the root: an element with no child element is a value. */
function readOwms(element: XmlElement, scope: Record<string, string>, add: (name: string, value: string) => void): void {
  for (const child of childElements(element)) {
    const inner = declarations(child, scope);
    if (childElements(child).length > 0) readOwms(child, inner, add);
    else add(fieldName(child.name, inner), textOf(child));
  }
}

/** The namespace prefixes in scope at `element`: its parent's and its own `xmlns:` attributes. */
function declarations(element: XmlElement, scope: Record<string, string>): Record<string, string> {
  const own = Object.entries(element.attributes).filter(([name]) => name.startsWith("xmlns:"));
  if (own.length === 0) return scope;
  return { ...scope, ...Object.fromEntries(own.map(([name, uri]) => [name.slice("xmlns:".length), uri])) };
}

/**
 * `overheidop:vraagnummer` as `OVERHEIDop.vraagnummer`, `dcterms:identifier` as `DC.identifier`. The
 * publisher writes `<dcterms.modified>` (a dot for the colon) in its OWMS files; that is read as the
 * element it means. An element of a namespace this reader does not know keeps its name as written.
 */
function fieldName(qualified: string, scope: Record<string, string>): string {
  const match = /^([A-Za-z][\w-]*)[:.](.+)$/u.exec(qualified);
  if (!match) return qualified;
  const [, prefix = "", local = ""] = match;
  const declared = qualified.includes(":") ? scope[prefix] : undefined;
  const uri = declared ?? CONVENTIONAL_PREFIXES[prefix.toLowerCase()];
  const namespace = uri === undefined ? undefined : NAMESPACES[uri];
  if (!namespace) return qualified;
  if (namespace === "DCTERMS" && DC_NAMES.has(local)) return `DC.${local}`;
  return `${namespace}.${local}`;
}
