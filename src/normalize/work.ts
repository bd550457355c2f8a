/**
 * The one document the normalizer's stages work on: its lines, the role each line has been given so
 * far, and the diagnostics reported so far. Lines and roles are changed in place because every later
 * stage reads them; anything else a stage finds it returns, so that index.ts shows what each stage needs.
 */
import type { SourceDocument, SourceLine } from "../ingest/source.ts";
import type { Diagnostic, Severity } from "../model.ts";
import { BLOCK_HEADING, type WorkLine } from "./footnotes.ts";
import { splitInlineHeadings } from "./headings.ts";
import { normalizeCharacters, stripEmphasis } from "./repair.ts";

export type LineRole = "furniture" | "masthead" | "header" | "heading" | "body" | "footnote";

export interface WorkDocument {
  readonly source: SourceDocument;
  /** The lines the normalizer read: the source's, with inline headings split off their text. */
  readonly sourceLines: SourceLine[];
  /** The same lines, parallel to `sourceLines`, as the stages read and repair them. */
  readonly lines: WorkLine[];
  /** The role each line got; every line starts as body text. */
  readonly roles: LineRole[];
  readonly diagnostics: Diagnostic[];
  report(severity: Severity, code: string, message: string, at?: WorkLine | null, hint?: string): void;
}

export function createWorkDocument(source: SourceDocument): WorkDocument {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Severity, code: string, message: string, at?: WorkLine | null, hint?: string) => {
    diagnostics.push({
      file: source.path,
      ...(at ? (source.format === "pdf" ? { page: at.page, line: at.line } : { line: at.line }) : {}),
      severity,
      code,
      message,
      ...(hint ? { hint } : {}),
    });
  };
  const sourceLines = splitInlineHeadings(source.lines);
  const lines: WorkLine[] = sourceLines.map((l) => ({
    text: normalizeCharacters(l.text).trim(),
    line: l.line,
    page: l.page,
    gapBefore: l.gapBefore ?? false,
    indent: l.indent ?? 0,
    heading: l.heading ?? false,
  }));
  const roles: LineRole[] = lines.map(() => "body");
  return { source, sourceLines, lines, roles, diagnostics, report };
}

/** Line `i` without its markup, for reading its grammar. */
export function plainText(work: WorkDocument, i: number): string {
  return stripEmphasis(work.lines[i]!.text).trim();
}

/** Whether line `i` is a Vraag/Antwoord/Mededeling heading, at any markdown heading level. */
export function isBlockHeading(work: WorkDocument, i: number): boolean {
  return BLOCK_HEADING.test(plainText(work, i).replace(/^#+\s*/u, ""));
}

/** The indexes of the lines that have `role` and stand at or after `start`, in order. */
export function linesFrom(work: WorkDocument, start: number, role: LineRole): number[] {
  return work.lines.map((_, i) => i).filter((i) => i >= start && work.roles[i] === role);
}
