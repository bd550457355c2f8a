/**
 * What to do with one search record: skip it (not a Kamervraag, or not of a kind asked for), refuse it
 * (it names something the fetcher must not touch), or fetch its files. Everything a record says is
 * checked here before it names a folder or a request:
 * - the id becomes a folder name, so it must be one plain name: no `..`, no `/` or `\`, nothing absolute;
 * - a file is fetched only from the publisher (its address replaced by `--base-url`) or from the base
 *   itself, never from a host the record names;
 * - the files are written under names of the fetcher's own (`<id>.xml`, `metadata.xml`), the
 *   publisher's layout that src/corpus/witness.ts reads, whatever a URL calls them.
 */
import { PUBLICATION_NAMES, type Kind, type SruRecord } from "./sru.ts";

/** The publisher's file repository, whose addresses the records name. */
export const PUBLISHER_ORIGIN = "https://repository.overheid.nl";

/** Where the publisher shows a document to readers: the official publication. */
export function officialUrl(id: string): string {
  return `https://zoek.officielebekendmakingen.nl/${id}.html`;
}

/** What a file is, for how its bytes are checked (./validate.ts) and how large it may be. */
export type Content = "xml" | "metadata" | "pdf";

export interface PlannedFile {
  /** The name it is written under in the document's folder. */
  name: string;
  /** The record's manifestation (`xml`, `pdf`, `metadata`, `metadataowms`). */
  manifestation: string;
  content: Content;
  /** The address requested: the record's, at the base. */
  url: string;
  /** The address as the publisher names it (at https://repository.overheid.nl), for the provenance. */
  publisherUrl: string;
}

export interface DocumentPlan {
  id: string;
  kind: Kind;
  modified: string | null;
  modifiedAt: string | null;
  /** The version in the document's FRBR address (`…/ah-tk-20202021-3235/1/xml/…`), or null when it names none. */
  version: string | null;
  /** The document first (its XML, else its PDF), then its metadata, when the record names one. */
  files: PlannedFile[];
}

export type RecordPlan =
  | { action: "fetch"; plan: DocumentPlan }
  | { action: "skip"; because: "unrelated"; type: string }
  | { action: "skip"; because: "kind"; kind: Kind }
  | { action: "refuse"; id: string; reason: string };

/**
 * A document id as a folder and file name: letters, digits, `-`, `_` and `.`, starting and ending with
 * a letter or digit, never `..`. The publisher's ids (`ah-tk-20202021-3235`, `kv-2989900822`,
 * `kv-tk-2020Z13248`) are all of this form; anything else could name a place outside the folder.
 */
const SAFE_ID = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,158}[A-Za-z0-9])?$/u;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id) && !id.includes("..");
}

/** One file name that names nothing but itself in its folder: no `..`, no `/` or `\`, no control character. */
export function isPlainName(name: string): boolean {
  return name !== "" && name !== "." && !name.includes("..") && !/[/\\\0-\x1f]/u.test(name);
}

/** The file's own name at the end of an address: one plain name, or null when it is none. */
function lastSegment(url: URL): string | null {
  try {
    const name = decodeURIComponent(url.pathname.split("/").at(-1) ?? "");
    return isPlainName(name) ? name : null;
  } catch {
    return null;
  }
}

/** `id` as printed in a report: a hostile id must not carry control characters into a terminal. */
export function printable(id: string): string {
  const shown = id.replace(/[\0-\x1f\x7f]/gu, "?");
  return shown === "" ? "(no id)" : shown.length > 120 ? `${shown.slice(0, 117)}…` : shown;
}

/**
 * `address` as the fetcher requests it: an address of the publisher's repository moves to `base` (its
 * path kept, after the base's own path), an address already at the base stays; any other host, any other
 * scheme, or no address at all is refused, with the reason.
 */
export function atBase(address: string, base: URL): { ok: true; url: URL; publisherUrl: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: `«${printable(address)}» is not a web address` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: `«${printable(address)}» is not a web address (http or https)` };
  if (url.username !== "" || url.password !== "") return { ok: false, reason: `«${printable(address)}» carries a user name or password` };
  const basePath = base.pathname.replace(/\/+$/u, "");
  const publisher = new URL(PUBLISHER_ORIGIN);
  if (url.hostname === publisher.hostname && url.port === "") {
    const moved = new URL(`${basePath}${url.pathname}${url.search}`, base);
    return { ok: true, url: moved, publisherUrl: `${PUBLISHER_ORIGIN}${url.pathname}${url.search}` };
  }
  if (url.origin === base.origin && (basePath === "" || url.pathname.startsWith(`${basePath}/`))) {
    return { ok: true, url, publisherUrl: `${PUBLISHER_ORIGIN}${url.pathname.slice(basePath.length)}${url.search}` };
  }
  return { ok: false, reason: `«${printable(address)}» is on another host (${url.host}) than the publisher's or the base's (${base.host})` };
}

/** The family of a record (`ah`: answers and notices, `kv`: questions), from its publication or type, else its id. */
function familyOf(record: SruRecord): "ah" | "kv" | null {
  const named = [record.publication ?? "", ...record.types].map((t) => t.toLowerCase());
  if (named.includes(PUBLICATION_NAMES.ah.toLowerCase()) || named.includes("aanhangsel van de handelingen")) return "ah";
  if (named.includes(PUBLICATION_NAMES.kv.toLowerCase())) return "kv";
  const prefix = /^(ah|kv)-/u.exec(record.id)?.[1];
  return prefix === "ah" || prefix === "kv" ? prefix : null;
}

/** The chamber: from the id (`ah-tk-…`), else from the creator (old questions are `kv-<number>`). */
function chamberOf(record: SruRecord): "tk" | "ek" | null {
  const named = /^(?:ah|kv)-(tk|ek)-/u.exec(record.id)?.[1];
  if (named === "tk" || named === "ek") return named;
  if (/\bTweede Kamer\b/iu.test(record.creator ?? "")) return "tk";
  if (/\bEerste Kamer\b/iu.test(record.creator ?? "")) return "ek";
  return null;
}

/** Which files to fetch and under which names: the XML, else the PDF; `metadata.xml`, else `metadata_owms.xml`. */
const DOCUMENT_FILES: ReadonlyArray<{ manifestation: string; content: Content; name: (id: string) => string; role: "document" | "metadata" }> = [
  { manifestation: "xml", content: "xml", name: (id) => `${id}.xml`, role: "document" },
  { manifestation: "pdf", content: "pdf", name: (id) => `${id}.pdf`, role: "document" },
  { manifestation: "metadata", content: "metadata", name: () => "metadata.xml", role: "metadata" },
  { manifestation: "metadataowms", content: "metadata", name: () => "metadata_owms.xml", role: "metadata" },
];

/** Decides what to do with `record`, for the `kinds` asked for, fetching from `base`. */
export function planRecord(record: SruRecord, kinds: readonly Kind[], base: URL): RecordPlan {
  const family = familyOf(record);
  if (family === null) return { action: "skip", because: "unrelated", type: record.types[0] ?? record.publication ?? "unknown type" };
  const id = record.id;
  const refuse = (reason: string): RecordPlan => ({ action: "refuse", id: printable(id), reason });
  if (!isSafeId(id)) return refuse(`the id «${printable(id)}» is not a plain name (letters, digits, - _ . and no ..), so it names no folder`);
  const chamber = chamberOf(record);
  if (chamber === null) return refuse(`the record says of no chamber (id or creator) whether it is the Tweede or the Eerste Kamer's`);
  const kind: Kind = `${family}-${chamber}`;
  if (!kinds.includes(kind)) return { action: "skip", because: "kind", kind };

  const files: PlannedFile[] = [];
  const taken = new Set<string>();
  for (const wanted of DOCUMENT_FILES) {
    if (taken.has(wanted.role)) continue;
    const item = record.items.find((i) => i.manifestation.toLowerCase() === wanted.manifestation);
    if (!item) continue;
    const at = atBase(item.url, base);
    if (!at.ok) return refuse(`its ${wanted.manifestation} itemUrl ${at.reason}`);
    if (lastSegment(at.url) === null) return refuse(`its ${wanted.manifestation} itemUrl «${printable(item.url)}» names no plain file`);
    files.push({ name: wanted.name(id), manifestation: wanted.manifestation, content: wanted.content, url: at.url.href, publisherUrl: at.publisherUrl });
    taken.add(wanted.role);
  }
  if (!taken.has("document")) return refuse(`the record names neither an XML nor a PDF of the document`);
  const documentUrl = new URL(files[0]!.url);
  const segments = documentUrl.pathname.split("/");
  const at = segments.indexOf(id);
  const version = at >= 0 && /^\d+$/u.test(segments[at + 1] ?? "") ? segments[at + 1]! : null;
  return { action: "fetch", plan: { id, kind, modified: record.modified, modifiedAt: record.modifiedAt, version, files } };
}
