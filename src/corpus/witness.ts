/**
 * The publisher's metadata beside a document (`metadata.xml`, read by src/ingest/metadata.ts) as a
 * second witness of it. Its fields fill what the document's body does not say (the Zaak number, the
 * policy topics) and are checked against what the body says (askers, the date of the answer, the kind,
 * the number, the id, the vergaderjaar): every disagreement is a warning on the document that names the
 * field, both values and the metadata file, and the record stays the body's, with one exception: a
 * name whose particle the print glued (`Inge vanDijk`) is read as the metadata spells it, with a warning.
 *
 * Which metadata belongs to which document:
 * - `<id>.metadata.xml` beside the document whose id (or file name without its extension) is `<id>`;
 * - `metadata.xml` in a folder that holds documents of exactly one id (the publisher's layout, one folder
 *   per document: `ah-tk-20202021-3235/{ah-tk-20202021-3235.xml, .html, .pdf, metadata.xml}`), or, when
 *   the folder has no `metadata.xml`, its `metadata_owms.xml` (the same record in the OWMS form).
 * A folder `metadata.xml` beside documents of several ids describes none of them for certain: a warning,
 * and it is not used. Metadata whose `DC.identifier` names another document is a warning, and not used.
 *
 * The witness is applied after the record cache (src/corpus/load.ts), to the record a build publishes:
 * see there why.
 */
import { basename, dirname, extname } from "node:path";
import { recordSchema, type Diagnostic, type KamervraagRecord } from "../model.ts";
import { ungluedName } from "../normalize/glued-names.ts";
import { SURNAME_PARTICLES } from "../normalize/vocabulary.ts";

/** A metadata file read: its path (as diagnostics name it) and its fields by `metadata.xml`'s names. */
export interface Witness {
  path: string;
  fields: Record<string, string[]>;
}

const COMPANION = /^(?:(.+)\.)?metadata(_owms)?\.xml$/iu;

/**
 * Whether `path` names a metadata file: the publisher's `metadata.xml` and `metadata_owms.xml`, and
 * `<id>.metadata.xml` (or `<id>.metadata_owms.xml`) beside a document. None of them is a document.
 */
export function isMetadataFile(path: string): boolean {
  return COMPANION.test(basename(path));
}

/** A source file of the corpus and the id of its record, or null when it gave none. */
export interface DocumentFile {
  path: string;
  id: string | null;
}

/** Which metadata file describes which document (by id), and why the others describe none. */
export function assignMetadata(
  metadataFiles: readonly string[],
  documents: readonly DocumentFile[],
): { assigned: Array<{ path: string; id: string }>; diagnostics: Diagnostic[] } {
  // Indexes, so that a flat folder of thousands of documents and their metadata is not searched per file.
  const byFolder = new Map<string, DocumentFile[]>();
  const byName = new Map<string, DocumentFile[]>();
  const index = <K>(map: Map<K, DocumentFile[]>, key: K, document: DocumentFile) => {
    const list = map.get(key);
    if (list) list.push(document);
    else map.set(key, [document]);
  };
  for (const document of documents) {
    const folder = dirname(document.path);
    index(byFolder, folder, document);
    const stem = basename(document.path, extname(document.path));
    index(byName, `${folder}\0${stem}`, document);
    if (document.id !== null && document.id !== stem) index(byName, `${folder}\0${document.id}`, document);
  }
  const present = new Set(metadataFiles.map((path) => `${dirname(path)}\0${basename(path).toLowerCase()}`));
  const assigned: Array<{ path: string; id: string }> = [];
  const diagnostics: Diagnostic[] = [];
  const warn = (path: string, code: string, message: string, hint: string) => diagnostics.push({ file: path, severity: "warning", code, message, hint });
  for (const path of [...metadataFiles].sort()) {
    const [, owner = null, owms] = COMPANION.exec(basename(path)) ?? [];
    const folder = dirname(path);
    // The publisher's two files of one record: metadata.xml is read, metadata_owms.xml only without it.
    if (owms && present.has(`${folder}\0${owner === null ? "" : `${owner.toLowerCase()}.`}metadata.xml`)) continue;
    const described = (owner === null ? byFolder.get(folder) : byName.get(`${folder}\0${owner}`)) ?? [];
    const ids = [...new Set(described.flatMap((d) => (d.id === null ? [] : [d.id])))];
    if (described.length === 0) {
      warn(
        path,
        "metadata-unused",
        owner === null ? "metadata beside no document: it describes nothing here" : `metadata of ${owner}, but no document ${owner} stands beside it`,
        "metadata.xml stands in a document's folder, or is named after the document (<id>.metadata.xml) beside it",
      );
    } else if (ids.length > 1) {
      warn(
        path,
        "metadata-ambiguous",
        `metadata beside documents of ${ids.length} ids (${ids.join(", ")}): which one it describes is not known, so it is not used`,
        "keep one document per folder (the publisher's layout), or name the metadata after its document: <id>.metadata.xml",
      );
    } else if (ids.length === 1) assigned.push({ path, id: ids[0]! });
    // No id at all: the documents beside it gave no record, which their own errors say.
  }
  return { assigned, diagnostics };
}

/** A Zaak number; the Eerste Kamer's question numbers (`219200007`) are not, and fill nothing. */
const ZAAK = /^\d{4}Z\d{5}$/u;

/**
 * A name as the surname it is compared by: `S.P.R.A. van Weyenberg`, `Van Weyenberg` and `Dijk, D.J.H.
 * van` as `van weyenberg` and `van dijk`; `R.H. (Romke) de Jong` and `Romke de Jong` as `de jong`.
 * Initials and first names are left out, case and accents do not count.
 */
export function surnameKey(name: string): string {
  let text = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/gu, "'")
    .replace(/\([^)]*\)/gu, " ");
  // The catalogue's order: the surname, a comma, the initials and the particles.
  const inverted = /^([^,]+),(.+)$/u.exec(text);
  if (inverted) text = `${inverted[2]} ${inverted[1]}`;
  const words = text
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== "" && !word.includes(".") && !/^\p{L}$/u.test(word));
  const start = words.findIndex((word, i) => SURNAME_PARTICLES.has(word) && i < words.length - 1);
  return (start < 0 ? words.slice(-1) : words.slice(start)).join(" ");
}

/**
 * The catalogue's name as a reader writes it: `R.H. (Romke) de Jong` → `Romke de Jong` (the name the
 * member goes by, in brackets, instead of the initials), `Dijk, I. van` → `I. van Dijk`; null for
 * nothing readable.
 */
export function readableName(catalogued: string): string | null {
  let text = catalogued.replace(/\s+/gu, " ").trim();
  const inverted = /^([^,]+),\s*(.+)$/u.exec(text);
  if (inverted) {
    // `Dijk, I. van`: the initials, then the particles that follow them, then the surname.
    const rest = inverted[2]!.split(" ");
    const particles = rest.filter((word) => SURNAME_PARTICLES.has(word.toLowerCase()));
    const initials = rest.filter((word) => !SURNAME_PARTICLES.has(word.toLowerCase()));
    text = [...initials, ...particles, inverted[1]!.trim()].join(" ");
  }
  const called = /^(?:\p{Lu}\.)+\s*\(([^()]+)\)\s*(.+)$/u.exec(text);
  if (called) text = `${called[1]!.trim()} ${called[2]!.trim()}`;
  return text === "" ? null : text;
}

/** What the body lacks and the metadata gives: the only fields a witness ever changes. */
type Filled = Partial<Pick<KamervraagRecord, "zaak" | "topics" | "askers">>;

/**
 * What `witness` adds to the body's `record`, and a warning for each field in which the two disagree.
 * Metadata that names another document adds nothing.
 */
function examine(record: KamervraagRecord, witness: Witness): { filled: Filled; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const filled: Filled = {};
  const values = (name: string) => witness.fields[name] ?? [];
  const firstOf = (name: string) => values(name)[0] ?? null;
  const disagree = (field: string, name: string, body: string, metadata: string, consequence = "the document's is kept") =>
    diagnostics.push({
      file: record.source.path,
      severity: "warning",
      code: "metadata-disagrees",
      message: `${field}: «${body}» in this document, «${metadata}» in ${witness.path} (${name}); ${consequence}`,
      hint: "the document and the publisher's metadata describe it differently: check which is right",
    });

  const identifier = firstOf("DC.identifier");
  if (identifier !== null && identifier !== record.id) {
    disagree("id", "DC.identifier", record.id, identifier, "the metadata describes another document and is not used");
    return { filled, diagnostics };
  }

  const zaak = firstOf("OVERHEIDop.vraagnummer");
  if (zaak !== null) {
    if (record.zaak === null) {
      if (ZAAK.test(zaak)) filled.zaak = zaak;
    } else if (record.zaak !== zaak) disagree("zaak", "OVERHEIDop.vraagnummer", record.zaak, zaak);
  }
  const topics = [...new Set(values("OVERHEID.category"))];
  if (topics.length > 0) {
    if (record.topics.length === 0) filled.topics = topics;
    else if (!sameSet(record.topics, topics)) disagree("topics", "OVERHEID.category", record.topics.join("; "), topics.join("; "));
  }

  const askers = values("OVERHEIDop.indiener");
  // A name whose particle the print glued (`Inge vanDijk`) is read as the metadata spells it; and
  // the metadata's fuller name (initials, a first name) is kept beside the printed one.
  const keys = new Set(askers.map(surnameKey));
  const withFullNames = (list: KamervraagRecord["askers"]) =>
    list.map((asker) => {
      const full = askers.find((given) => surnameKey(given) === surnameKey(asker.name));
      const fullName = full === undefined ? null : readableName(full);
      return fullName === null || fullName === asker.name || asker.fullName === fullName ? asker : { ...asker, fullName };
    });
  const unglued = record.askers.map((asker) => {
    const spaced = ungluedName(asker.name);
    if (spaced === null || keys.has(surnameKey(asker.name)) || !keys.has(surnameKey(spaced))) return asker;
    diagnostics.push({
      file: record.source.path,
      severity: "warning",
      code: "name-corrected",
      message: `asker «${asker.name}» read as «${spaced}»: the print glues the particle to the surname, ${witness.path} (OVERHEIDop.indiener) has the space`,
      hint: "check the name against the printed page",
    });
    return { ...asker, name: spaced };
  });
  const corrected = withFullNames(unglued);
  if (corrected.some((asker, i) => asker !== record.askers[i])) filled.askers = corrected;
  if (
    askers.length > 0 &&
    !sameMultiset(
      corrected.map((a) => surnameKey(a.name)),
      askers.map(surnameKey),
    )
  ) {
    disagree("askers", "OVERHEIDop.indiener", record.askers.map((a) => a.name).join(", ") || "—", askers.join(", "));
  }
  const answered = firstOf("OVERHEIDop.datumOntvangst");
  if (answered !== null && answered !== record.answered) disagree("answered", "OVERHEIDop.datumOntvangst", record.answered ?? "—", answered);
  const kind = values("DC.type").find((type) => /^(?:antwoord|mededeling)$/iu.test(type));
  if (kind !== undefined && kind.toLowerCase() !== record.kind) disagree("kind", "DC.type", record.kind, kind);
  const number = firstOf("OVERHEIDop.aanhangselNummer");
  if (number !== null && (!/^\d+$/u.test(number) || Number(number) !== record.number)) {
    disagree("number", "OVERHEIDop.aanhangselNummer", String(record.number), number);
  }
  const sessionYear = firstOf("OVERHEIDop.vergaderjaar");
  if (sessionYear !== null && sessionYear.replace(/\s*[-–—/]\s*/u, "-") !== record.sessionYear) {
    disagree("vergaderjaar", "OVERHEIDop.vergaderjaar", record.sessionYear, sessionYear);
  }
  return { filled, diagnostics };
}

/**
 * The body's `record` with what its `witnesses` add (the first to give a field fills it), and every
 * disagreement of each of them with the body.
 */
export function applyWitnesses(record: KamervraagRecord, witnesses: readonly Witness[]): { record: KamervraagRecord; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const filled: Filled = {};
  for (const witness of witnesses) {
    const examined = examine(record, witness);
    diagnostics.push(...examined.diagnostics);
    filled.zaak ??= examined.filled.zaak;
    filled.topics ??= examined.filled.topics;
    filled.askers ??= examined.filled.askers;
  }
  if (filled.zaak === undefined) delete filled.zaak;
  if (filled.topics === undefined) delete filled.topics;
  if (filled.askers === undefined) delete filled.askers;
  if (Object.keys(filled).length === 0) return { record, diagnostics };
  // What was filled in must leave a record the schema accepts, like everything else that is published.
  const parsed = recordSchema.safeParse({ ...record, ...filled });
  if (parsed.success) return { record: parsed.data, diagnostics };
  diagnostics.push({
    file: record.source.path,
    severity: "warning",
    code: "metadata-unusable",
    message: `what ${witnesses.map((w) => w.path).join(", ")} adds leaves no valid record (${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}); it is not used`,
  });
  return { record, diagnostics };
}

/** The same values, in any order. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/** The same values, in any order, as often each. */
function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");
}
