/**
 * The XML form of a generated document: the publisher's `op-xsd` as its Kamervragen are published
 * (root `<officiele-publicatie>`, `<kamervragen>`; see test/fixtures/official/ for a real one), written
 * from the document's parts (./parts.ts), so that it says what the markdown form of the same document
 * says. The parts are marked as the publisher marks them: the masthead's lines (`<kamervraagkop>`), the
 * number, the header sentences with their names (`<naam>`), subject (`<kamervraagonderwerp>`) and dates
 * (`<datum isodatum>`), each question and answer with its printed number (`<vraag><nr>Vraag 1</nr>`),
 * paragraphs (`<al>`), lists (`<lijst>`), tables (CALS `<tabel>`), footnotes where they are referred to
 * (`<noot>`), links (`<extref soort="URL">`), emphasis (`<nadruk type="cur">`). All text is escaped.
 *
 * What the markdown form has and this one does not: its look (mastheads or none, heading markup, hard
 * wraps, page-break rules), and quotations as such: the publisher's XML as the product reads it has no
 * quotation element, so a quotation is a paragraph of its own (its guillemets kept).
 *
 * What this form has and the markdown form does not: a postponement notice's question sentence. The
 * markdown form names the questions in the notice only («De vragen van het lid … (ingezonden …) kunnen
 * niet …»), and the product reads the askers, subject and date from there; its XML path reads them from
 * `<kamervraagomschrijving type="vraag">` only (src/normalize/structured.ts), and without it makes no
 * record (`schema: subject`). So the XML form writes that sentence for a notice too, with the askers,
 * subject and date the notice names: the record is the markdown form's.
 */
import { renderNames, type DocumentParts, type DocumentSection } from "./parts.ts";

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

const SERIES = "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden";
const SCHEMA = "http://technische-documentatie.oep.overheid.nl/repository/schemas/op-consolidated/op-consolidated_2014-05-15/xsd/op-xsd-2014-05-15.xsd";

export function renderXml(parts: DocumentParts): string {
  const lines: string[] = [];
  const put = (depth: number, text: string) => lines.push(`${"  ".repeat(depth)}${text}`);
  const house = parts.house === "ek" ? "Eerste Kamer der Staten-Generaal" : "Tweede Kamer der Staten-Generaal";
  put(0, `<?xml version="1.0" encoding="UTF-8"?>`);
  put(0, `<officiele-publicatie xsi:noNamespaceSchemaLocation="${SCHEMA}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`);
  put(1, "<metadata>");
  put(2, `<meta name="OVERHEIDop.externMetadataRecord" scheme="" content="https://zoek.officielebekendmakingen.nl/${escapeXml(parts.id)}/metadata.xml"/>`);
  put(1, "</metadata>");
  put(1, "<kamervragen>");
  put(2, "<kamervraagkop>");
  put(3, `<tekstregel inhoud="vergaderjaar">Vergaderjaar ${escapeXml(parts.sessionYear)}</tekstregel>`);
  put(3, `<tekstregel inhoud="kameraanduiding">${house}</tekstregel>`);
  put(3, `<tekstregel inhoud="kamernummer">${parts.house === "ek" ? 1 : 2}</tekstregel>`);
  put(3, `<tekstregel inhoud="documenttype">Aanhangsel van de Handelingen</tekstregel>`);
  put(3, `<tekstregel inhoud="overig">${SERIES}</tekstregel>`);
  put(2, "</kamervraagkop>");
  put(2, `<kamervraagnummer>${parts.number}</kamervraagnummer>`);
  const names = (marked: string) => renderNames(marked, escapeXml, (name) => `<naam><achternaam>${escapeXml(name)}</achternaam></naam>`);
  const date = (d: { iso: string; printed: string }) => `<datum isodatum="${escapeXml(d.iso)}">${escapeXml(d.printed)}</datum>`;
  const q = parts.question;
  const subject = q.italicSubject ? `<nadruk type="cur">${escapeXml(q.subject)}</nadruk>` : escapeXml(q.subject);
  put(
    2,
    `<kamervraagomschrijving type="vraag">Vragen van ${names(q.askers)} aan ${escapeXml(q.addressees)} over ` +
      `<kamervraagonderwerp>${subject}</kamervraagonderwerp> (ingezonden ${date(q.submitted)}).</kamervraagomschrijving>`,
  );
  const a = parts.answer;
  put(
    2,
    `<kamervraagomschrijving type="antwoord">${names(a.opening)} (ontvangen ${date(a.received)})${a.period ? "." : ""}` +
      `${a.seeAlso ? ` ${escapeXml(a.seeAlso)}` : ""}</kamervraagomschrijving>`,
  );
  for (const section of parts.sections) renderSection(section, parts.footnotes, put);
  put(1, "</kamervragen>");
  put(0, "</officiele-publicatie>");
  return `${lines.join("\n")}\n`;
}

const ELEMENTS: Record<DocumentSection["kind"], string> = { question: "vraag", answer: "antwoord", notice: "kamervraagmededeling" };

function renderSection(section: DocumentSection, footnotes: readonly string[], put: (depth: number, text: string) => void): void {
  const element = ELEMENTS[section.kind];
  put(2, `<${element}>`);
  if (section.heading !== null) put(3, `<nr status="officieel">${escapeXml(section.heading)}</nr>`);
  for (const paragraph of section.paragraphs) for (const block of paragraph.split("\n\n")) renderBlock(block, footnotes, put);
  put(2, `</${element}>`);
}

/** One block of the markdown form's paragraphs (see {@link DocumentSection.paragraphs}) as the publisher marks it. */
function renderBlock(block: string, footnotes: readonly string[], put: (depth: number, text: string) => void): void {
  const lines = block.split("\n");
  if (lines.every((line) => /^(?:-|\d+\.) /u.test(line))) {
    const ordered = /^\d/u.test(lines[0]!);
    put(3, `<lijst type="${ordered ? "expliciet" : "ongemarkeerd"}">`);
    for (const line of lines) {
      const [, label = "", text = ""] = /^(\S+) (.*)$/u.exec(line) ?? [];
      put(4, `<li><li.nr>${ordered ? escapeXml(label) : "–"}</li.nr><al>${inline(text, footnotes)}</al></li>`);
    }
    put(3, "</lijst>");
    return;
  }
  if (lines.every((line) => line.startsWith("|"))) {
    const cells = (line: string) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim());
    const [head = "", , ...body] = lines;
    const width = cells(head).length;
    const row = (line: string) =>
      `<row>${cells(line)
        .map((cell) => `<entry>${inline(cell, footnotes)}</entry>`)
        .join("")}</row>`;
    put(3, `<tabel><tgroup cols="${width}">`);
    put(4, `<thead>${row(head)}</thead>`);
    put(4, `<tbody>${body.map(row).join("")}</tbody>`);
    put(3, "</tgroup></tabel>");
    return;
  }
  if (lines.length > 1) throw new Error(`the generator wrote a block the XML form does not know: «${block.slice(0, 60)}»`);
  // A quotation (`> «…»`): a paragraph of its own.
  put(3, `<al>${inline(block.replace(/^> /u, ""), footnotes)}</al>`);
}

/** Text with footnote references (`[^3]`): each footnote where it is referred to. */
function inline(text: string, footnotes: readonly string[]): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/\[\^(\d+)\]/gu)) {
    const n = Number(m[1]);
    const note = footnotes[n - 1];
    if (note === undefined) throw new Error(`footnote ${n} is referred to but not written`);
    out += `${escapeXml(text.slice(last, m.index))}<noot id="n${n}" type="voet"><noot.nr>${n}</noot.nr><noot.al>${links(note)}</noot.al></noot>`;
    last = m.index + m[0].length;
  }
  return out + escapeXml(text.slice(last));
}

/** A footnote's text, its URLs (`<https://…>`) as links. */
function links(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/<(https?:\/\/[^\s<>]+)>/gu)) {
    out += `${escapeXml(text.slice(last, m.index))}<extref soort="URL" doc="${escapeXml(m[1]!)}">${escapeXml(m[1]!)}</extref>`;
    last = m.index + m[0].length;
  }
  return out + escapeXml(text.slice(last));
}
