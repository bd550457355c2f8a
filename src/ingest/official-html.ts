/**
 * The publisher's HTML page of an Aanhangsel (officielebekendmakingen.nl's `ah-tk-….html`, XHTML made
 * from its XML) to a {@link StructuredSource}, the same parts as ./official-xml.ts reads from the XML:
 * - `<meta name content>` in the head: the file's own metadata; the page prints no masthead, so the
 *   masthead is made from it as the masthead would print it (`Vergaderjaar …`, the Kamer);
 * - `<h1 class="kamervraagomschrijving_kop">`: the header sentences, which mark no names or dates;
 * - `<div class="vraag">`, `<div class="antwoord">` (and the XML's other parts under their names as
 *   classes, `mededeling`, `kamervraagopmerking`, …): the parts, numbered by their `<h2 class="stuktitel">`;
 * - footnotes: a reference is an `<a href="#…">` whose target lies in a note (`<div class="voet noot">`
 *   in `<div id="noten">`); its label is the reference's text.
 * The page is parsed as HTML (parse5), never as XML: its DOCTYPE names a DTD, which HTML never reads, and
 * HTML's entities are a fixed table, so nothing is fetched or expanded beyond it. Script, style and the
 * page's navigation are left out; an element this reader does not know is a warning naming it and its
 * path, and its text is kept, as is text outside every part (with a warning).
 */
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import type { Diagnostic } from "../model.ts";
import { PUBLICATIONS, SECTION_KINDS, tidy, type Block, type Footnote, type Inline, type Section, type Sentence, type StructuredSource } from "./structured.ts";

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** Larger than any real page (a few dozen KB) by far, as for the XML. */
export const MAX_HTML_BYTES = 20 * 1024 * 1024;

/** The publisher's pages nest some ten levels deep; a hundred is no page, and deeper would strain the reader's recursion. */
export const MAX_HTML_DEPTH = 100;

/** The header sentences' class (`kamervraagomschrijving_kop`, after the XML's `<kamervraagomschrijving>`). */
const SENTENCE_CLASSES = new Set(["kamervraagomschrijving_kop", "kamervraagomschrijving"]);

/** Elements whose children are the document's parts. */
const CONTAINER_TAGS = new Set(["body", "main", "article"]);
const CONTAINER_IDS = new Set(["broodtekst"]);

/** Never part of the text: left out without a warning. */
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "nav", "link", "meta", "object", "iframe", "svg", "head", "title"]);
/** The page's furniture: its header line, table of contents and footer line. */
const SKIPPED_IDS = new Set(["kopregel", "inhoudsopgave", "voetregel"]);

/** The block of notes at the end of the page (`<div id="noten">`), or of a table (`<div class="tabelnoten">`), by id or class. */
const NOTES_BLOCKS = new Set(["noten", "voetnoten", "eindnoten", "tabelnoten", "footnotes"]);
/** A note in it (`<div class="voet noot">`), by class. */
const NOTE_CLASSES = new Set(["noot", "voetnoot", "eindnoot", "footnote"]);
/** The popup's close button in a note (`<h5 class="note-close">X Noot</h5>`): not the note's text. */
const NOTE_FURNITURE = new Set(["note-close"]);

/** A list item's printed label (`<span class="ol">a.</span>`, after the XML's `<li.nr>`), by class. */
const LABEL_CLASSES = new Set(["ol", "li-nr", "li-nummer", "linummer", "lijstnummer", "nr", "nummer"]);

/** Elements that group blocks: read as the blocks they hold. */
const GROUPS = new Set(["div", "blockquote", "section", "article", "center", "dl", "dt", "dd", "figure", "figcaption", "aside", "header", "footer"]);
/** Blocks read as one paragraph each: subheadings (the XML's `<tussenkop>`), preformatted text, addresses. */
const PARAGRAPHS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address"]);

/** Inline elements that only style or mark what the text says in so many words. */
const TRANSPARENT = new Set([
  "span",
  "sup",
  "sub",
  "small",
  "big",
  "abbr",
  "acronym",
  "cite",
  "q",
  "u",
  "s",
  "strike",
  "code",
  "kbd",
  "samp",
  "var",
  "dfn",
  "mark",
  "time",
  "font",
  "nobr",
  "bdi",
  "bdo",
  "ins",
  "del",
  "label",
  "tt",
]);

interface Reader {
  path: string;
  diagnostics: Diagnostic[];
  footnotes: Footnote[];
  /** Elements by `id` and by `name` (the anchors `<a name>`): what a fragment (`#…`) points at. */
  targets: Map<string, Element>;
  /** Notes read, with their label. */
  notes: Map<Element, string>;
  warned: Set<string>;
}

export function readOfficialHtml(
  bytes: Uint8Array,
  path: string,
): { ok: true; source: StructuredSource; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const fail = (code: string, message: string, line?: number | null, hint?: string) => ({
    ok: false as const,
    diagnostics: [{ file: path, ...(line ? { line } : {}), severity: "error" as const, code, message, ...(hint ? { hint } : {}) }],
  });
  if (bytes.length === 0) return fail("empty", "the file is empty");
  if (bytes.length > MAX_HTML_BYTES) {
    return fail(
      "too-large",
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; HTML larger than ${MAX_HTML_BYTES / 1024 / 1024} MB is refused`,
      undefined,
      "a Kamervragen document is a few dozen KB; is this the right file?",
    );
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return fail("html-encoding", "the file is not valid UTF-8, as the publisher's HTML is", decoded.line, "save it as UTF-8, or read the publisher's XML");
  }
  const document = parse(decoded.text, { sourceCodeLocationInfo: true });
  const html = elementChildren(document).find((child) => child.tagName === "html");
  const head = html ? elementChildren(html).find((child) => child.tagName === "head") : undefined;
  const body = html ? elementChildren(html).find((child) => child.tagName === "body") : undefined;
  if (!html || !body) return fail("html-not-kamervragen", "the file holds no HTML page");
  const deep = tooDeep(html);
  if (deep) return fail("html-too-deep", `elements nest deeper than ${MAX_HTML_DEPTH} levels`, lineOf(deep));

  const reader: Reader = { path, diagnostics: [], footnotes: [], targets: new Map(), notes: new Map(), warned: new Set() };
  collectTargets(body, reader);
  const source: StructuredSource = {
    path,
    format: "html",
    masthead: [],
    number: null,
    question: null,
    answer: null,
    sections: [],
    footnotes: reader.footnotes,
    meta: head ? readMeta(head) : {},
    diagnostics: reader.diagnostics,
  };
  // The page prints no masthead: it is made from the metadata, as the masthead prints it.
  const session = first(source.meta["OVERHEIDop.vergaderjaar"]);
  const house = first(source.meta["DC.creator"]);
  source.masthead = [...(session ? [`Vergaderjaar ${session}`] : []), ...(house ? [house] : [])];
  source.number = first(source.meta["OVERHEIDop.aanhangselNummer"]);

  readContainer(body, ["html", "body"], source, reader);
  if (!source.question && !source.answer && source.sections.every((section) => section.kind === "explanation")) {
    return fail(
      "html-not-kamervragen",
      'the page has no <h1 class="kamervraagomschrijving_kop"> and no <div class="vraag"> or <div class="antwoord">: not a Kamervragen page of the publisher',
      lineOf(body),
    );
  }
  readUnreferencedNotes(body, ["html", "body"], reader);
  return { ok: true, source, diagnostics: [] };
}

function readMeta(head: Element): Record<string, string[]> {
  const meta: Record<string, string[]> = {};
  for (const element of descendants(head, (e) => e.tagName === "meta")) {
    const name = attribute(element, "name");
    const content = attribute(element, "content");
    if (name && content !== null) (meta[name] ??= []).push(content);
  }
  return meta;
}

function readContainer(container: Element, path: string[], source: StructuredSource, reader: Reader): void {
  for (const node of container.childNodes) {
    if (isText(node)) {
      // Text directly in the page's body is never a part of the document; say so rather than drop it.
      if (node.value.trim() !== "") warnText(container, path, node.value, lineOf(node) ?? lineOf(container), reader);
      continue;
    }
    if (!isElement(node) || isSkipped(node) || isNotes(node)) continue;
    const at = [...path, step(node)];
    const kind = sectionKind(node);
    if (isContainer(node)) readContainer(node, at, source, reader);
    else if (node.tagName === "h1" && classes(node).some((c) => SENTENCE_CLASSES.has(c))) readSentence(node, at, source, reader);
    else if (kind) source.sections.push(readSection(node, kind, at, reader));
    else if (textOf(node).trim() !== "") {
      // Kept where it stands: after the part before it, or as a part of its own.
      warnUnknown(node, at, reader, "its text is kept with the part before it");
      const blocks = readBlocks(node.childNodes, lineOf(node), at, reader);
      const last = source.sections.at(-1);
      if (last) last.blocks.push(...blocks);
      else source.sections.push({ kind: "explanation", heading: null, blocks, line: lineOf(node) ?? 1 });
    }
    // An unknown element without text (an anchor, a rule, an empty block) holds nothing to keep.
  }
}

function readSentence(element: Element, path: string[], source: StructuredSource, reader: Reader): void {
  // Read as inline text, so that a footnote referred to in the sentence is kept as a footnote, not as a digit of the sentence.
  const sentence: Sentence = {
    text: tidy(plainText(readInline(element.childNodes, path, reader))),
    names: null,
    dates: [],
    subject: null,
    line: lineOf(element) ?? 1,
  };
  if (/^(?:Antwoord|Mededeling|Reactie)\b/iu.test(sentence.text) || (source.question && !/^Vragen?\b/iu.test(sentence.text))) source.answer = sentence;
  else source.question = sentence;
}

function readSection(element: Element, kind: Section["kind"], path: string[], reader: Reader): Section {
  const heading = elementChildren(element).find((child) => child.tagName === "h2" && classes(child).includes("stuktitel"));
  const content = element.childNodes.filter((node) => node !== heading);
  return {
    kind,
    heading: heading ? tidy(textOf(heading)) : null,
    blocks: readBlocks(content, lineOf(element), path, reader),
    line: lineOf(element) ?? 1,
  };
}

/** The blocks of an element's content: paragraphs, lists, tables; loose text becomes a paragraph. */
function readBlocks(nodes: readonly ChildNode[], line: number | null, path: string[], reader: Reader): Block[] {
  const blocks: Block[] = [];
  let loose: ChildNode[] = [];
  const flush = () => {
    const content = readInline(loose, path, reader);
    const at = loose.map(lineOf).find((l) => l !== null) ?? line ?? 1;
    if (content.some((run) => run.type !== "text" || run.text.trim() !== "")) blocks.push({ type: "paragraph", content, line: at });
    loose = [];
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      if (isText(node)) loose.push(node);
      continue;
    }
    if (isSkipped(node) || isNotes(node)) continue;
    const at = [...path, step(node)];
    const tag = node.tagName;
    if (PARAGRAPHS.has(tag)) {
      flush();
      const content = readInline(node.childNodes, at, reader);
      if (content.some((run) => run.type !== "text" || run.text.trim() !== "")) blocks.push({ type: "paragraph", content, line: lineOf(node) ?? line ?? 1 });
    } else if (tag === "ul" || tag === "ol") {
      flush();
      blocks.push(readList(node, at, reader));
    } else if (tag === "table") {
      flush();
      blocks.push(readTable(node, at, reader));
    } else if (GROUPS.has(tag)) {
      flush();
      blocks.push(...readBlocks(node.childNodes, lineOf(node) ?? line, at, reader));
    } else if (tag === "hr") {
      flush();
    } else {
      loose.push(node);
    }
  }
  flush();
  return blocks;
}

function readList(list: Element, path: string[], reader: Reader): Block {
  const items: Array<{ label: string | null; blocks: Block[] }> = [];
  for (const node of list.childNodes) {
    if (isText(node)) {
      if (node.value.trim() === "") continue;
      // Kept, as an item of its own.
      warnText(list, path, node.value, lineOf(node) ?? lineOf(list), reader);
      items.push({ label: null, blocks: readBlocks([node], lineOf(node), path, reader) });
      continue;
    }
    if (!isElement(node) || isSkipped(node)) continue;
    const at = [...path, step(node)];
    if (node.tagName !== "li") warnUnknown(node, at, reader, "its text is kept as an item of the list");
    const label = labelOf(node);
    const content = label ? withoutNode(node.childNodes, label.element) : node.childNodes;
    items.push({ label: label?.text ?? null, blocks: readBlocks(content, lineOf(node), at, reader) });
  }
  const start = Number(attribute(list, "start") ?? "1");
  const type = attribute(list, "type") ?? "1";
  // An `<ol>` that starts elsewhere than at 1 prints its numbers: they are its labels.
  if (list.tagName === "ol" && start !== 1 && Number.isInteger(start) && type === "1" && items.every((item) => item.label === null)) {
    items.forEach((item, i) => (item.label = `${start + i}.`));
  }
  const ordered = list.tagName === "ol" || classes(list).includes("expliciet") || items.some((item) => item.label !== null && /\d/u.test(item.label));
  return { type: "list", ordered, items, line: lineOf(list) ?? 1 };
}

/** An item's printed label: a labelled `<span>` it (or its first paragraph) starts with. */
function labelOf(item: Element): { element: Element; text: string } | null {
  let parent: Element = item;
  for (let depth = 0; depth < 2; depth++) {
    const start = parent.childNodes.find((node) => !isText(node) || node.value.trim() !== "");
    if (!start || !isElement(start)) return null;
    if (classes(start).some((c) => LABEL_CLASSES.has(c))) {
      const text = tidy(textOf(start));
      return text === "" ? null : { element: start, text };
    }
    if (start.tagName !== "p") return null;
    parent = start;
  }
  return null;
}

/** `nodes` without `removed`, which stands in them or in one of their descendants. */
function withoutNode(nodes: readonly ChildNode[], removed: Element): ChildNode[] {
  return nodes
    .filter((node) => node !== removed)
    .map((node) => (isElement(node) && contains(node, removed) ? { ...node, childNodes: withoutNode(node.childNodes, removed) } : node));
}

/** A table as rows of cells; a caption is kept as the first row, so that its words are not lost. */
function readTable(table: Element, path: string[], reader: Reader): Block {
  const rows: Inline[][][] = [];
  let header = false;
  const visit = (element: Element, inHead: boolean, at: string[]) => {
    for (const child of elementChildren(element)) {
      if (child.tagName === "tr") {
        const cells = elementChildren(child).filter((cell) => cell.tagName === "td" || cell.tagName === "th");
        if (rows.length === 0 && (inHead || (cells.length > 0 && cells.every((cell) => cell.tagName === "th")))) header = true;
        rows.push(cells.map((cell) => readCell(cell, [...at, "tr", cell.tagName], reader)));
      } else if (child.tagName === "caption") rows.push([readCell(child, [...at, "caption"], reader)]);
      else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot")
        visit(child, inHead || child.tagName === "thead", [...at, child.tagName]);
    }
  };
  visit(table, false, path);
  return { type: "table", rows, header, line: lineOf(table) ?? 1 };
}

/** A cell's text: its paragraphs and lines one after the other, with a break between them. */
function readCell(cell: Element, path: string[], reader: Reader): Inline[] {
  const runs: Inline[] = [];
  let loose: ChildNode[] = [];
  const flush = () => {
    runs.push(...readInline(loose, path, reader));
    loose = [];
  };
  for (const node of cell.childNodes) {
    if (
      isElement(node) &&
      (PARAGRAPHS.has(node.tagName) || GROUPS.has(node.tagName) || node.tagName === "ul" || node.tagName === "ol" || node.tagName === "li")
    ) {
      flush();
      if (runs.length > 0) runs.push({ type: "break" });
      runs.push(...readCell(node, [...path, step(node)], reader));
    } else loose.push(node);
  }
  flush();
  return runs;
}

function readInline(nodes: readonly ChildNode[], path: string[], reader: Reader): Inline[] {
  const runs: Inline[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      runs.push({ type: "text", text: node.value });
      continue;
    }
    if (!isElement(node) || isSkipped(node) || isNotes(node)) continue;
    const at = [...path, step(node)];
    switch (node.tagName) {
      case "i":
      case "em":
        runs.push({ type: "emphasis", strong: false, children: readInline(node.childNodes, at, reader) });
        break;
      case "b":
      case "strong":
        runs.push({ type: "emphasis", strong: true, children: readInline(node.childNodes, at, reader) });
        break;
      case "a":
        runs.push(...readAnchor(node, at, reader));
        break;
      case "br":
        runs.push({ type: "break" });
        break;
      case "img":
      case "wbr":
        break;
      default:
        if (!TRANSPARENT.has(node.tagName)) warnUnknown(node, at, reader, "its text is kept");
        runs.push(...readInline(node.childNodes, at, reader));
    }
  }
  return runs;
}

/** A link, a footnote reference, or an anchor (`<a name>`) that only marks a place. */
function readAnchor(anchor: Element, path: string[], reader: Reader): Inline[] {
  const href = (attribute(anchor, "href") ?? "").trim();
  const children = () => readInline(anchor.childNodes, path, reader);
  if (href.startsWith("#")) {
    const label = tidy(textOf(anchor));
    const target = reader.targets.get(decodeFragment(href.slice(1)));
    const note = target ? noteOf(target, label) : null;
    if (note) return [{ type: "note", label: addFootnote(note, label, path, reader) }];
    if (classes(anchor).includes("nootnum")) {
      reader.diagnostics.push({
        file: reader.path,
        ...lineField(anchor),
        severity: "warning",
        code: "html-note-unknown",
        message: `the footnote reference ${startTag(anchor)} (${path.join("/")}) points at no footnote of the page; its text is kept`,
      });
    }
    // A link to another place of the page: the record has no such places, its text is kept.
    return children();
  }
  const link = linkOf(href);
  return link ? [{ type: "link", href: link, children: children() }] : children();
}

/**
 * Where a link points: an absolute http(s) URL as it is; a page of another publication, which the
 * publisher's page names relative to itself (`stb-2020-118.html`), on the publisher's site, as the XML's
 * `<extref doc="stb-2020-118">`. Anything else (other schemes, other relative paths) is no link.
 */
function linkOf(href: string): string | null {
  if (/^https?:\/\/[^\s/]/iu.test(href)) return href;
  if (/^[a-z]+-[\w.-]+\.html$/iu.test(href)) return `${PUBLICATIONS}${href}`;
  return null;
}

/**
 * The note a fragment's target stands in, when it stands in one: in a block of notes or in a note
 * element (by class). The note is the nearest note element around the target, else the nearest
 * element around it that holds more than the label (`<a id>` in `<span class="nootnum">1</span>` is
 * not the note; the `<div>` with the note's text is), else the block's child the target stands in.
 */
function noteOf(target: Element, label: string): Element | null {
  const chain: Element[] = [];
  let block: Element | null = null;
  for (let element: Element | null = target; element && element.tagName !== "body"; element = parentElement(element)) {
    if (isNotesBlock(element)) {
      block = element;
      break;
    }
    chain.push(element);
  }
  const marked = chain.find((element) => isNote(element));
  if (marked) return marked;
  if (!block || chain.length === 0) return null;
  const holding = chain.find((element) => {
    const text = tidy(textOf(element));
    return text !== "" && text !== label;
  });
  return holding ?? (chain.at(-1) as Element);
}

/** A note's label (the reference's text), its text added to the document's footnotes once. */
function addFootnote(note: Element, referenced: string, path: string[], reader: Reader): string {
  const known = reader.notes.get(note);
  if (known !== undefined) return known;
  const printed = printedLabel(note);
  const label = referenced || printed?.text || String(reader.footnotes.length + 1);
  if (printed && referenced && printed.text !== referenced) {
    reader.diagnostics.push({
      file: reader.path,
      ...lineField(note),
      severity: "warning",
      code: "html-note-label",
      message: `a footnote referred to as «${referenced}» is numbered «${printed.text}» where it stands; the reference's label is taken`,
    });
  }
  reader.notes.set(note, label);
  const content = readBlocks(noteBody(note, printed?.element ?? null), lineOf(note), [...path, step(note)], reader);
  reader.footnotes.push({ label, content, line: lineOf(note) ?? 1 });
  return label;
}

/** The number a note prints with it: its `nootnum`, or a `<sup>` it starts with. */
function printedLabel(note: Element): { element: Element; text: string } | null {
  const marked = descendants(note, (e) => classes(e).includes("nootnum"))[0];
  if (marked) {
    const text = tidy(textOf(marked));
    if (text !== "") return { element: outermostWithText(marked, note), text };
  }
  const start = note.childNodes.find((node) => !isText(node) || node.value.trim() !== "");
  if (start && isElement(start) && start.tagName === "sup" && tidy(textOf(start)) !== "") return { element: start, text: tidy(textOf(start)) };
  return null;
}

/** The outermost ancestor of `element` below `note` with the same text (`<sup><span class="nootnum">1</span></sup>`: the `<sup>`). */
function outermostWithText(element: Element, note: Element): Element {
  const text = tidy(textOf(element));
  let outer = element;
  for (let parent = parentElement(outer); parent && parent !== note && tidy(textOf(parent)) === text; parent = parentElement(parent)) outer = parent;
  return outer;
}

/** A note's content: without its printed number and the popup's close button. */
function noteBody(note: Element, label: Element | null): ChildNode[] {
  const body = label ? withoutNode(note.childNodes, label) : note.childNodes;
  return body.filter((node) => !(isElement(node) && classes(node).some((c) => NOTE_FURNITURE.has(c))));
}

/** Notes of the page that nothing refers to: kept too, numbered as printed or by their place (the normalizer says that nothing refers to them). */
function readUnreferencedNotes(body: Element, path: string[], reader: Reader): void {
  for (const block of descendants(body, isNotes)) {
    const notes = isNotesBlock(block) ? notesIn(block) : [block];
    notes.forEach((note, index) => {
      if (!reader.notes.has(note)) addFootnote(note, printedLabel(note)?.text ?? String(index + 1), [...path, step(block)], reader);
    });
  }
}

/** The notes of a block: its note elements (by class), else its children with text, a list's items each a note. */
function notesIn(block: Element): Element[] {
  const marked = descendants(block, (e) => isNote(e));
  if (marked.length > 0) return marked;
  return elementChildren(block)
    .flatMap((child) => (child.tagName === "ul" || child.tagName === "ol" ? elementChildren(child) : [child]))
    .filter((child) => !isSkipped(child) && !/^(?:h[1-6]|hr)$/u.test(child.tagName) && textOf(child).trim() !== "");
}

function collectTargets(element: Element, reader: Reader): void {
  for (const child of elementChildren(element)) {
    for (const key of [attribute(child, "id"), child.tagName === "a" ? attribute(child, "name") : null]) {
      if (key && !reader.targets.has(key)) reader.targets.set(key, child);
    }
    collectTargets(child, reader);
  }
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The first element nested deeper than {@link MAX_HTML_DEPTH}, found without recursion. */
function tooDeep(root: Element): Element | null {
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    if (depth > MAX_HTML_DEPTH) return element;
    for (const child of elementChildren(element)) stack.push([child, depth + 1]);
  }
  return null;
}

/**
 * The text of UTF-8 bytes (a byte order mark dropped), or the first line that is not valid UTF-8:
 * never replaced silently. A line feed is never part of a UTF-8 sequence, so the lines decode apart.
 */
function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return { ok: false, line };
      }
      line++;
      start = i + 1;
    }
    return { ok: false, line: 1 };
  }
}

function sectionKind(element: Element): Section["kind"] | null {
  if (element.tagName !== "div") return null;
  for (const c of classes(element)) {
    const kind = SECTION_KINDS[c];
    if (kind) return kind;
  }
  return null;
}

function isContainer(element: Element): boolean {
  return CONTAINER_TAGS.has(element.tagName) || CONTAINER_IDS.has(attribute(element, "id") ?? "");
}

function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName) || SKIPPED_IDS.has(attribute(element, "id") ?? "") || attribute(element, "role") === "navigation";
}

function isNotesBlock(element: Element): boolean {
  return NOTES_BLOCKS.has(attribute(element, "id") ?? "") || classes(element).some((c) => NOTES_BLOCKS.has(c));
}

function isNote(element: Element): boolean {
  return classes(element).some((c) => NOTE_CLASSES.has(c));
}

/** A block of notes or a note: read where it is referred to, and at the end when nothing refers to it, never as the text around it. */
function isNotes(element: Element): boolean {
  return isNotesBlock(element) || isNote(element);
}

function isElement(node: ChildNode): node is Element {
  return "tagName" in node;
}

function isText(node: ChildNode): node is DefaultTreeAdapterTypes.TextNode {
  return node.nodeName === "#text";
}

function elementChildren(parent: { childNodes: ChildNode[] }): Element[] {
  return parent.childNodes.filter(isElement);
}

function parentElement(element: Element): Element | null {
  const parent = element.parentNode;
  return parent && "tagName" in parent ? parent : null;
}

function contains(ancestor: Element, element: Element): boolean {
  for (let e: Element | null = element; e; e = parentElement(e)) if (e === ancestor) return true;
  return false;
}

function descendants(element: Element, test: (element: Element) => boolean): Element[] {
  return elementChildren(element).flatMap((child) => (test(child) ? [child] : descendants(child, test)));
}

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null;
}

function classes(element: Element): string[] {
  return (attribute(element, "class") ?? "").split(/\s+/u).filter((c) => c !== "");
}

/** The element's text, its descendants' included, without script and style. */
function textOf(node: ChildNode): string {
  if (isText(node)) return node.value;
  if (!isElement(node) || isSkipped(node)) return "";
  return node.childNodes.map(textOf).join("");
}

/** Inline runs as plain text: a footnote reference is left out (it is kept as a footnote). */
function plainText(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      switch (run.type) {
        case "text":
          return run.text;
        case "emphasis":
        case "link":
          return plainText(run.children);
        case "break":
          return " ";
        case "note":
          return "";
      }
    })
    .join("");
}

function lineOf(node: ChildNode): number | null {
  return node.sourceCodeLocation?.startLine ?? null;
}

function lineField(node: ChildNode): { line?: number } {
  const line = lineOf(node);
  return line ? { line } : {};
}

/** An element in a path: its name, id and classes (`div#broodtekst`, `div.vraag`). */
function step(element: Element): string {
  const id = attribute(element, "id");
  return `${element.tagName}${id ? `#${id}` : ""}${classes(element)
    .map((c) => `.${c}`)
    .join("")}`;
}

/** The element's start tag with the attributes that name it (`<div class="bijlage">`). */
function startTag(element: Element): string {
  const named = ["id", "class", "href"].flatMap((name) => {
    const value = attribute(element, name);
    return value === null ? [] : [` ${name}="${value}"`];
  });
  return `<${element.tagName}${named.join("")}>`;
}

function warnUnknown(element: Element, path: string[], reader: Reader, kept: string): void {
  const line = lineOf(element);
  const key = `${path.join("/")}@${line ?? 0}`;
  if (reader.warned.has(key)) return;
  reader.warned.add(key);
  reader.diagnostics.push({
    file: reader.path,
    ...(line ? { line } : {}),
    severity: "warning",
    code: "html-element-unknown",
    message: `the element ${startTag(element)} (${path.join("/")}) is not known; ${kept}`,
  });
}

function warnText(container: Element, path: string[], text: string, line: number | null, reader: Reader): void {
  reader.diagnostics.push({
    file: reader.path,
    ...(line ? { line } : {}),
    severity: "warning",
    code: "html-text-outside",
    message: `text directly in ${startTag(container)} (${path.join("/")}) belongs to no part of the document: «${tidy(text).slice(0, 80)}»`,
  });
}

function first(values: readonly string[] | undefined): string | null {
  const value = values?.find((v) => v.trim() !== "");
  return value === undefined ? null : value.trim();
}
