/**
 * The publisher's XML (KOOP's `op-xsd`, root `<officiele-publicatie>`) to a {@link StructuredSource}:
 * every element maps to a part of the document, so nothing is recognised from the look of lines.
 * The older form (before about 2010: `vraagdoc`, `vragen`, `reactie`, `nummer`, `omschr`, `nootref`,
 * `kamervraagopmerking`) is read by the same rules under its own names. An element this reader does
 * not know is a warning naming it and its path, and its text is kept in place.
 */
import type { Diagnostic } from "../model.ts";
import { PUBLICATIONS, SECTION_KINDS, tidy, type Block, type Footnote, type Inline, type Section, type Sentence, type StructuredSource } from "./structured.ts";
import { childElements, parseXml, textOf, type XmlElement, type XmlNode } from "./xml-tree.ts";

/** Containers whose children are the document's parts. */
const CONTAINERS = new Set(["officiele-publicatie", "kamervragen", "vraagdoc", "vragen", "fragment"]);

/** Elements that carry nothing for the record: kept out without a warning. */
const IGNORED = new Set(["metadata", "kamervraagkop", "kamervraagnummer", "kamervraagomschrijving", "omschr", "nr", "nummer", "meta"]);

/** Inline elements that only mark what the sentence or paragraph says in so many words. */
const TRANSPARENT = new Set([
  "naam",
  "voornaam",
  "achternaam",
  "voorletters",
  "tussenvoegsel",
  "datum",
  "organisatie",
  "kamervraagonderwerp",
  "functie",
  "aanhef",
]);

interface Reader {
  path: string;
  diagnostics: Diagnostic[];
  footnotes: Footnote[];
  /** Footnotes defined apart from their reference (the older form's `<nootref>`), by id. */
  notesById: Map<string, XmlElement>;
  warned: Set<string>;
}

export function readOfficialXml(
  bytes: Uint8Array,
  path: string,
): { ok: true; source: StructuredSource; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const parsed = parseXml(bytes);
  if (!parsed.ok) {
    return {
      ok: false,
      diagnostics: [{ file: path, ...(parsed.line ? { line: parsed.line } : {}), severity: "error", code: "xml-malformed", message: parsed.message }],
    };
  }
  const root = parsed.root;
  if (!CONTAINERS.has(root.name)) {
    return {
      ok: false,
      diagnostics: [
        {
          file: path,
          line: root.line,
          severity: "error",
          code: "xml-not-kamervragen",
          message: `the root element is <${root.name}>, not <officiele-publicatie> or <vraagdoc>: not a Kamervragen document of the publisher`,
        },
      ],
    };
  }
  const reader: Reader = { path, diagnostics: [], footnotes: [], notesById: new Map(), warned: new Set() };
  collectNotesById(root, reader);
  const source: StructuredSource = {
    path,
    format: "xml",
    masthead: [],
    number: null,
    question: null,
    answer: null,
    sections: [],
    footnotes: reader.footnotes,
    meta: {},
    diagnostics: reader.diagnostics,
  };
  readContainer(root, [root.name], source, reader);
  return { ok: true, source, diagnostics: [] };
}

function readContainer(container: XmlElement, path: string[], source: StructuredSource, reader: Reader): void {
  for (const child of childElements(container)) {
    const at = [...path, child.name];
    if (CONTAINERS.has(child.name)) readContainer(child, at, source, reader);
    else if (child.name === "metadata") readMeta(child, source);
    else if (child.name === "kamervraagkop") source.masthead = childElements(child).map((line) => tidy(textOf(line)));
    else if (child.name === "kamervraagnummer" || (child.name === "nummer" && container.name !== "vraag")) source.number = tidy(textOf(child));
    else if (child.name === "kamervraagomschrijving" || child.name === "omschr") readSentence(child, source);
    else if (SECTION_KINDS[child.name]) source.sections.push(readSection(child, at, reader));
    else {
      // Kept where it stands: after the part before it, or as a part of its own.
      warnUnknown(child, at, reader, "its text is kept with the part before it");
      const blocks = readBlocks(child, at, reader);
      const last = source.sections.at(-1);
      if (last) last.blocks.push(...blocks);
      else source.sections.push({ kind: "explanation", heading: null, blocks, line: child.line });
    }
  }
  // Text directly in a container is never a part of a document; say so rather than drop it.
  for (const node of container.children) {
    if (typeof node === "string" && node.trim() !== "") warnText(container, path, node, reader);
  }
}

function readMeta(metadata: XmlElement, source: StructuredSource): void {
  for (const meta of childElements(metadata, "meta")) {
    const name = meta.attributes["name"];
    const content = meta.attributes["content"];
    if (name && content !== undefined) (source.meta[name] ??= []).push(content);
  }
}

function readSentence(element: XmlElement, source: StructuredSource): void {
  const names = descendants(element, "naam").map((naam) => tidy(textOf(naam)));
  const dates = descendants(element, "datum")
    .map((datum) => datum.attributes["isodatum"] ?? "")
    .filter((date) => date !== "");
  const subject = descendants(element, "kamervraagonderwerp")[0];
  const sentence: Sentence = {
    text: tidy(textOf(element)),
    names: names.length > 0 ? names : null,
    dates,
    subject: subject ? tidy(textOf(subject)) : null,
    line: element.line,
  };
  const type = element.attributes["type"];
  if (type === "antwoord" || (!type && source.question)) source.answer = sentence;
  else source.question = sentence;
}

function readSection(element: XmlElement, path: string[], reader: Reader): Section {
  const kind = SECTION_KINDS[element.name] as Section["kind"];
  const numberElement = childElements(element).find((child) => child.name === "nr" || child.name === "nummer");
  return { kind, heading: numberElement ? tidy(textOf(numberElement)) : null, blocks: readBlocks(element, path, reader), line: element.line };
}

/** The blocks of an element's content: paragraphs, lists, tables; loose text becomes a paragraph. */
function readBlocks(element: XmlElement, path: string[], reader: Reader): Block[] {
  const blocks: Block[] = [];
  let loose: XmlNode[] = [];
  const flush = () => {
    const content = readInline(loose, path, reader);
    if (content.some((run) => run.type !== "text" || run.text.trim() !== "")) blocks.push({ type: "paragraph", content, line: element.line });
    loose = [];
  };
  for (const node of element.children) {
    if (typeof node === "string") {
      loose.push(node);
      continue;
    }
    const at = [...path, node.name];
    if (IGNORED.has(node.name)) continue;
    if (node.name === "al" || node.name === "alinea") {
      flush();
      blocks.push({ type: "paragraph", content: readInline(node.children, at, reader), line: node.line });
    } else if (node.name === "lijst") {
      flush();
      blocks.push(readList(node, at, reader));
    } else if (node.name === "tabel" || node.name === "table") {
      flush();
      blocks.push(readTable(node, at, reader));
    } else if (node.name === "al-groep" || node.name === "tussenkop") {
      flush();
      blocks.push(...readBlocks(node, at, reader));
    } else {
      loose.push(node);
    }
  }
  flush();
  return blocks;
}

function readList(list: XmlElement, path: string[], reader: Reader): Block {
  const items = childElements(list, "li").map((li) => {
    const label = childElements(li, "li.nr")[0];
    const content: XmlElement = { ...li, children: li.children.filter((child) => typeof child === "string" || child.name !== "li.nr") };
    return { label: label ? tidy(textOf(label)) : null, blocks: readBlocks(content, [...path, "li"], reader) };
  });
  const type = list.attributes["type"] ?? "";
  return { type: "list", ordered: type === "expliciet" || items.some((item) => item.label !== null && /\d/u.test(item.label)), items, line: list.line };
}

/** A CALS table (`tgroup`, `thead`, `tbody`, `row`, `entry`), as rows of cells. */
function readTable(table: XmlElement, path: string[], reader: Reader): Block {
  const rows: Inline[][][] = [];
  let header = false;
  const visit = (element: XmlElement, inHead: boolean) => {
    for (const child of childElements(element)) {
      if (child.name === "row") {
        if (inHead && rows.length === 0) header = true;
        rows.push(childElements(child, "entry").map((entry) => readInline(entry.children, [...path, "row", "entry"], reader)));
      } else if (child.name === "titel" || child.name === "title") {
        // The table's title: kept as the first row, so its words are not lost.
        rows.push([readInline(child.children, [...path, child.name], reader)]);
      } else visit(child, inHead || child.name === "thead");
    }
  };
  visit(table, false);
  return { type: "table", rows, header, line: table.line };
}

function readInline(nodes: readonly XmlNode[], path: string[], reader: Reader): Inline[] {
  const runs: Inline[] = [];
  for (const node of nodes) {
    if (typeof node === "string") {
      runs.push({ type: "text", text: node });
      continue;
    }
    const at = [...path, node.name];
    switch (node.name) {
      case "nadruk": {
        const type = node.attributes["type"] ?? "";
        runs.push({ type: "emphasis", strong: type === "vet", children: readInline(node.children, at, reader) });
        break;
      }
      case "extref":
      case "intref": {
        const href = linkOf(node);
        const children = readInline(node.children, at, reader);
        if (href) runs.push({ type: "link", href, children });
        else runs.push(...children);
        break;
      }
      case "noot":
        runs.push({ type: "note", label: addFootnote(node, at, reader) });
        break;
      case "nootref": {
        const note = reader.notesById.get(node.attributes["refid"] ?? node.attributes["ref"] ?? "");
        if (note) runs.push({ type: "note", label: addFootnote(note, at, reader) });
        else warnUnknown(node, at, reader, "it names no footnote of the document");
        break;
      }
      case "br":
        runs.push({ type: "break" });
        break;
      case "sup":
      case "inf":
        runs.push(...readInline(node.children, at, reader));
        break;
      default:
        if (!TRANSPARENT.has(node.name)) warnUnknown(node, at, reader, "its text is kept");
        runs.push(...readInline(node.children, at, reader));
    }
  }
  return runs;
}

/** A footnote's label (its printed number), its text added to the document's footnotes once. */
function addFootnote(note: XmlElement, path: string[], reader: Reader): string {
  const labelElement = childElements(note).find((child) => child.name === "noot.nr" || child.name === "nootnr");
  const label = labelElement ? tidy(textOf(labelElement)) : String(reader.footnotes.length + 1);
  if (!reader.footnotes.some((footnote) => footnote.label === label && footnote.line === note.line)) {
    const body: XmlElement = {
      ...note,
      children: note.children.filter((child) => typeof child === "string" || (child.name !== "noot.nr" && child.name !== "nootnr")),
    };
    const paragraphs = childElements(body).filter((child) => child.name === "noot.al" || child.name === "al");
    const content: Block[] =
      paragraphs.length > 0
        ? paragraphs.map((al) => ({ type: "paragraph" as const, content: readInline(al.children, [...path, al.name], reader), line: al.line }))
        : readBlocks(body, path, reader);
    reader.footnotes.push({ label, content, line: note.line });
  }
  return label;
}

function collectNotesById(element: XmlElement, reader: Reader): void {
  for (const child of childElements(element)) {
    if (child.name === "noot" && child.attributes["id"]) reader.notesById.set(child.attributes["id"], child);
    collectNotesById(child, reader);
  }
}

/** Where an `<extref>` points: a URL as it is, another publication by its id. */
function linkOf(element: XmlElement): string | null {
  const target = (element.attributes["doc"] ?? element.attributes["href"] ?? "").trim();
  if (target === "") return null;
  if (/^(?:https?:|mailto:)/iu.test(target)) return target;
  if (/^[a-z]+-[\w.-]+$/iu.test(target)) return `${PUBLICATIONS}${target}.html`;
  return null;
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  return childElements(element).flatMap((child) => (child.name === name ? [child] : descendants(child, name)));
}

function warnUnknown(element: XmlElement, path: string[], reader: Reader, kept: string): void {
  const key = `${path.join("/")}@${element.line}`;
  if (reader.warned.has(key)) return;
  reader.warned.add(key);
  reader.diagnostics.push({
    file: reader.path,
    line: element.line,
    severity: "warning",
    code: "xml-element-unknown",
    message: `the element <${element.name}> (${path.join("/")}) is not known; ${kept}`,
  });
}

function warnText(container: XmlElement, path: string[], text: string, reader: Reader): void {
  reader.diagnostics.push({
    file: reader.path,
    line: container.line,
    severity: "warning",
    code: "xml-text-outside",
    message: `text directly in <${container.name}> (${path.join("/")}) belongs to no part of the document: «${tidy(text).slice(0, 80)}»`,
  });
}
