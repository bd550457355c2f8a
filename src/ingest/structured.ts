/**
 * What the readers of the publisher's structured forms (the official XML, ./official-xml.ts; the
 * official HTML, ./official-html.ts) hand the normalizer: the document's parts as the publication marks
 * them, not lines to be recognised. Readers know the formats' elements, not Kamervragen: the header
 * sentences' grammar, the numbering of questions and answers and everything Dutch are
 * src/normalize/structured.ts's.
 */
import type { Diagnostic } from "../model.ts";

/**
 * Where the publisher's documents live: a link to another publication (the XML's `<extref doc>`, the
 * HTML's relative `stb-2020-118.html`) points there.
 */
export const PUBLICATIONS = "https://zoek.officielebekendmakingen.nl/";

/**
 * The parts of a document by the names the publisher gives them: the XML's elements of both forms, which
 * its HTML uses as classes.
 */
export const SECTION_KINDS: Readonly<Record<string, Section["kind"]>> = {
  vraag: "question",
  antwoord: "answer",
  reactie: "answer",
  kamervraagopmerking: "notice",
  kamervraagmededeling: "notice",
  mededeling: "notice",
  toelichting: "explanation",
};

/** Text as the structured forms give it in a line of their own (a heading, a sentence, a name): white space folded. */
export function tidy(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Text with the inline markup the publication keeps. */
export type Inline =
  | { type: "text"; text: string }
  | { type: "emphasis"; strong: boolean; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  /** A footnote reference, by the label printed with it (`1`). */
  | { type: "note"; label: string }
  | { type: "break" };

/** A block of a question, answer or notice. */
export type Block =
  | { type: "paragraph"; content: Inline[]; line: number }
  | { type: "list"; ordered: boolean; items: Array<{ label: string | null; blocks: Block[] }>; line: number }
  | { type: "table"; rows: Inline[][][]; header: boolean; line: number };

/** A header sentence (`Vragen van het lid … (ingezonden …)`, `Antwoord van … (ontvangen …)`). */
export interface Sentence {
  /** The sentence as printed, white space tidied. */
  text: string;
  /** The names the publication marks (`<naam>`), in order, when it marks them. */
  names: string[] | null;
  /** The dates the publication marks with their ISO form (`<datum isodatum>`), in order. */
  dates: string[];
  /** The subject the publication marks (`<kamervraagonderwerp>`), when it marks it. */
  subject: string | null;
  line: number;
}

export interface Section {
  kind: "question" | "answer" | "notice" | "explanation";
  /** The heading as printed (`Vraag 1`, `Antwoord vragen 1, 2 en 3`), or null. */
  heading: string | null;
  blocks: Block[];
  line: number;
}

export interface Footnote {
  label: string;
  content: Block[];
  line: number;
}

export interface StructuredSource {
  path: string;
  format: "xml" | "html";
  /** The masthead's lines (`Vergaderjaar 2020-2021`, `Tweede Kamer der Staten-Generaal`). */
  masthead: string[];
  /** The Aanhangsel number as printed, or null. */
  number: string | null;
  question: Sentence | null;
  answer: Sentence | null;
  sections: Section[];
  footnotes: Footnote[];
  /** Metadata the file carries itself (`DC.identifier`, `OVERHEIDop.vraagnummer`, …), by name. */
  meta: Record<string, string[]>;
  /** What the reader met and could only keep as text: elements it does not know, by path. */
  diagnostics: Diagnostic[];
}
