/**
 * The publisher's search service: SRU 2.0 (https://docs.oasis-open.org/search-ws/searchRetrieve/v1.0/)
 * at `<base>/sru`, queried in CQL over the publisher's own index names, answering with records in its
 * `gzd` schema. Here: the query of one window of modification dates, the address of one page of its
 * results, and a page read into plain records. Nothing here decides what to fetch (./plan.ts does).
 *
 * The response goes through the project's one XML parser (src/ingest/xml-tree.ts): no DTD, no entity
 * beyond XML's own, bounded size and depth. That parser does not resolve namespaces, so elements are
 * matched by their local name (`sru:record` and `record` alike), whatever prefix a response binds.
 */
import { childElements, parseXml, textOf, type XmlElement } from "../ingest/xml-tree.ts";

/** The kinds of document fetched: answers and notices (`ah`) and questions (`kv`), of either chamber. */
export const KINDS = ["ah-tk", "kv-tk", "ah-ek", "kv-ek"] as const;
export type Kind = (typeof KINDS)[number];

/**
 * The publication names (`w.publicatienaam`) of the two families, as the service spells them in its
 * records and in the metadata beside each document alike. The publication type (`dt.type`) is spelled
 * «Kamervragen zonder antwoord» in the search records but «… Antwoord» in a question's metadata, so the
 * query does not rely on it.
 */
export const PUBLICATION_NAMES = { ah: "Kamervragen (Aanhangsel)", kv: "Kamervragen zonder antwoord" } as const;

/**
 * The CQL query of one day of modifications for the families of `kinds`. A day is the window because a
 * document has one modification date, so the days partition the archive: every document is in exactly
 * one window, a past day's window only ever loses documents (to the day they are changed again), and a
 * window is small enough to page through in a few requests. The chamber is not part of the query: the
 * records say it, and the fetcher keeps only the kinds asked for (./plan.ts).
 */
export function windowQuery(day: string, kinds: readonly Kind[]): string {
  const families = [...new Set(kinds.map((kind) => (kind.startsWith("ah-") ? "ah" : "kv")))].sort();
  const names = families.map((family) => `w.publicatienaam=="${PUBLICATION_NAMES[family]}"`);
  const publication = names.length === 1 ? names[0]! : `(${names.join(" or ")})`;
  return `c.product-area=="officielepublicaties" and ${publication} and dt.modified=="${day}"`;
}

/** The address of one page of results: `maximumRecords` records from the 1-based `startRecord`. */
export function searchUrl(base: URL, query: string, startRecord: number, maximumRecords: number): URL {
  const url = new URL(`${base.pathname.replace(/\/+$/u, "")}/sru`, base);
  // Percent-encoded throughout (a space as %20, not +): what every server decodes alike.
  const parameters = { operation: "searchRetrieve", version: "2.0", query, startRecord: String(startRecord), maximumRecords: String(maximumRecords) };
  url.search = Object.entries(parameters)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
  return url;
}

/** One search record, as the service gives it: nothing checked yet but its shape. */
export interface SruRecord {
  /** 1-based position in the result set, as the response numbers it (not always right). */
  position: number | null;
  /** `dcterms:identifier`, as given: unchecked, so never used as a name before ./plan.ts checked it. */
  id: string;
  /** Every `dcterms:type` of the record (`Aanhangsel van de Handelingen`, `Kamerstuk`, …). */
  types: string[];
  /** The publication name (`publicatienaam`): `Kamervragen (Aanhangsel)`, `Kamerstuk`, … */
  publication: string | null;
  /** `dcterms:creator`: the chamber (`Tweede Kamer der Staten-Generaal`). */
  creator: string | null;
  /** `dcterms:modified`, the day of the last change (`2021-07-22`). */
  modified: string | null;
  /** The moment of that change, to the fraction of a second (`datumTijdstipWijzigingExpression`). */
  modifiedAt: string | null;
  /** The files of the document (`gzd:itemUrl`), by manifestation (`xml`, `pdf`, `metadata`, …), in the record's order. */
  items: Array<{ manifestation: string; url: string }>;
}

export interface SruPage {
  /** `numberOfRecords`: how many the whole result has (the service calls it an estimate). */
  total: number | null;
  /** `nextRecordPosition`: where the next page starts; null on the last page. */
  next: number | null;
  records: SruRecord[];
  /** The service's diagnostics (a query it cannot run, a parameter it refuses), as sentences. */
  diagnostics: string[];
}

export type SruRead = { ok: true; page: SruPage } | { ok: false; message: string };

/** Reads one `searchRetrieveResponse`; never throws for bad input. */
export function readSruPage(bytes: Uint8Array): SruRead {
  const parsed = parseXml(bytes);
  if (!parsed.ok) return { ok: false, message: `the search response is not well-formed XML: ${parsed.message}${parsed.line ? ` (line ${parsed.line})` : ""}` };
  const root = parsed.root;
  if (localName(root.name) !== "searchRetrieveResponse") {
    return { ok: false, message: `the search response's root is <${root.name}>, not an SRU <searchRetrieveResponse>` };
  }
  const records = child(root, "records");
  return {
    ok: true,
    page: {
      total: wholeNumber(child(root, "numberOfRecords")),
      next: wholeNumber(child(root, "nextRecordPosition")),
      records: records ? children(records, "record").map(readRecord) : [],
      diagnostics: readDiagnostics(root),
    },
  };
}

function readRecord(record: XmlElement): SruRecord {
  const data = child(record, "recordData") ?? record;
  const kern = descendant(data, "owmskern") ?? data;
  const first = (within: XmlElement, name: string) => {
    const found = descendant(within, name);
    return found ? tidy(textOf(found)) || null : null;
  };
  const items: SruRecord["items"] = [];
  for (const item of descendants(data, "itemUrl")) {
    const manifestation = item.attributes["manifestation"]?.trim();
    const url = tidy(textOf(item));
    if (manifestation && url) items.push({ manifestation, url });
  }
  return {
    position: wholeNumber(child(record, "recordPosition")),
    id: first(kern, "identifier") ?? "",
    types: descendants(kern, "type")
      .map((type) => tidy(textOf(type)))
      .filter((type) => type !== ""),
    publication: first(data, "publicatienaam"),
    creator: first(kern, "creator"),
    modified: first(kern, "modified"),
    modifiedAt: first(data, "datumTijdstipWijzigingExpression") ?? first(data, "datumTijdstipWijzigingWork"),
    items,
  };
}

/** `<diagnostics><diagnostic><uri/><details/><message/></diagnostic></diagnostics>`, each as one sentence. */
function readDiagnostics(root: XmlElement): string[] {
  const diagnostics = child(root, "diagnostics");
  if (!diagnostics) return [];
  return children(diagnostics, "diagnostic").map((diagnostic) => {
    const part = (name: string) => {
      const element = child(diagnostic, name);
      return element ? tidy(textOf(element)) : "";
    };
    return [part("message") || part("uri") || "a diagnostic without a message", part("details")].filter((p) => p !== "").join(": ");
  });
}

/** The name without its namespace prefix: `sru:record` is `record`. */
function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

function children(element: XmlElement, name: string): XmlElement[] {
  return childElements(element).filter((c) => localName(c.name) === name);
}

function child(element: XmlElement, name: string): XmlElement | null {
  return children(element, name)[0] ?? null;
}

/** Every descendant element named `name` (by local name), in document order. */
function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const c of childElements(node)) {
      if (localName(c.name) === name) found.push(c);
      walk(c);
    }
  };
  walk(element);
  return found;
}

function descendant(element: XmlElement, name: string): XmlElement | null {
  return descendants(element, name)[0] ?? null;
}

function tidy(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

function wholeNumber(element: XmlElement | null): number | null {
  if (!element) return null;
  const text = tidy(textOf(element));
  return /^\d+$/u.test(text) ? Number(text) : null;
}
