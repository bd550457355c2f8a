/**
 * One generated document as parts (./generator.ts fills them as it writes the markdown form; ./xml.ts
 * writes the XML form from them): the header sentences' pieces, the questions, answers and notices with
 * their paragraphs as the markdown form has them before any hard wrap, and the footnotes' texts. Both
 * forms of a document are made from the same draws, so they say the same.
 */

/** Where a header sentence names a person: the markdown form prints the name in bold (or plain), the XML form marks it `<naam>`. */
const NAME_START = "\u0001";
const NAME_END = "\u0002";
const NAME_MARKS = /[\u0001\u0002]/gu;
const MARKED_NAME = /\u0001([^\u0001\u0002]*)\u0002/gu;

export function markName(name: string): string {
  return `${NAME_START}${name}${NAME_END}`;
}

/** A sentence with marked names as the markdown form prints it: the names in bold, or plain. */
export function printNames(marked: string, bold: boolean): string {
  return marked.replace(NAME_MARKS, bold ? "**" : "");
}

/** A sentence with marked names, each piece of text given to `text` and each name to `name`. */
export function renderNames(marked: string, text: (t: string) => string, name: (n: string) => string): string {
  let out = "";
  let last = 0;
  for (const m of marked.matchAll(MARKED_NAME)) {
    out += text(marked.slice(last, m.index)) + name(m[1]!);
    last = m.index + m[0].length;
  }
  return out + text(marked.slice(last));
}

export interface PrintedDate {
  iso: string;
  /** `3 januari 2024`. */
  printed: string;
}

/** A question, an answer or a notice. */
export interface DocumentSection {
  kind: "question" | "answer" | "notice";
  /** `Vraag 2`, `Antwoord 2 en 3`; null for a notice. */
  heading: string | null;
  /**
   * Paragraphs as the markdown form has them before wrapping: text with footnote references (`[^3]`),
   * and the blocks the generator writes in an answer: a list (`lead:\n\n- item;\n- item.`), a table
   * (`lead:\n\n| a | b |\n|---|---|\n| c | d |`) and a quotation (`> «…», aldus …`).
   */
  paragraphs: readonly string[];
}

export interface DocumentParts {
  id: string;
  house: "tk" | "ek";
  /** `2020-2021`. */
  sessionYear: string;
  number: number;
  /**
   * The question sentence's parts. A postponement notice's markdown form has no question sentence of
   * its own (its notice names the questions); its XML form has one: see ./xml.ts.
   */
  question: {
    /** `het lid X (VVD)`, `de leden X en Y (beiden CDA)`: the names marked ({@link markName}). */
    askers: string;
    addressees: string;
    subject: string;
    /** The markdown form prints the subject in italics. */
    italicSubject: boolean;
    submitted: PrintedDate;
  };
  answer: {
    /** `Antwoord van Minister X (Financiën), mede namens …`, up to «(ontvangen …)»: the names marked. */
    opening: string;
    received: PrintedDate;
    /** Whether the sentence ends in a full stop (a postponement notice's may not). */
    period: boolean;
    /** `Zie ook Aanhangsel Handelingen, …`, or null. */
    seeAlso: string | null;
  };
  sections: DocumentSection[];
  /** The footnotes' texts in their order (`[^1]` is the first), URLs as `<https://…>`. */
  footnotes: readonly string[];
}
