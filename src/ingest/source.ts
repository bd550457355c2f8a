/**
 * The common shape every reader hands the normalizer: the document as physical lines with their origin
 * (file line, page) and the little inline styling the format preserved. Readers know formats, not
 * Kamervragen: everything Dutch and domain-specific happens in `src/normalize/`.
 */
import type { SourceFormat } from "../model.ts";

/**
 * Inline markers readers put into line text. Private-use code points never occur in real documents, so
 * they cannot collide with content; the normalizer turns them into markdown or removes them.
 */
export const MARK = {
  /** Raised text (a footnote marker or an ordinal such as the `e` of `11e`) starts. */
  supOpen: "\uE000",
  supClose: "\uE001",
} as const;

export interface SourceLine {
  /** The line's text, trimmed of trailing white space; inline markdown is kept for markdown sources. */
  text: string;
  /** 1-based line number in the source file (for PDFs: the line number within the extracted text). */
  line: number;
  /** 1-based page number when the format has pages, else 1. */
  page: number;
  /** The reader saw a heading here (`#`, a bold-only line, or a large font). */
  heading?: boolean;
  /** Indentation relative to the page's left margin, in characters (layout text) when known. */
  indent?: number;
  /** The line is separated from the previous one by vertical space (a blank line, a paragraph gap). */
  gapBefore?: boolean;
}

/** What a PDF says of itself in its document information dictionary, when it says anything. */
export interface DocumentInfo {
  title?: string;
  subject?: string;
}

export interface SourceDocument {
  path: string;
  format: SourceFormat;
  lines: SourceLine[];
  /** The PDF's own Title and Subject (src/ingest/pdf.ts), a second witness of what its text layer says. */
  documentInfo?: DocumentInfo;
  /** Key/value pairs of a front matter block, for hand-authored markdown. */
  frontMatter?: Record<string, string>;
  /** Whether body text is markdown already (keep its inline markup) or plain text (escape it). */
  inlineMarkdown: boolean;
}
