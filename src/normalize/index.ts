/**
 * From a read source (lines with page and style) to the one validated record. Every line of the source
 * gets exactly one role, so that nothing is dropped without a diagnostic saying so. The stages work on
 * one `WorkDocument` (work.ts) and hand each other what they found; in order, in `stages/`:
 * inline-markup → relines (glued printed lines cut back) → furniture → masthead → letter (a ministry's
 * answer letter's wrapped lines and `1)` notes) → older-layout → footnote-definitions →
 * header-sentences → identity → blocks → footnote-references → text → questions-answers → pairing →
 * footnote-texts → record → document-info (a PDF's own Subject and Title as a witness of the askers'
 * names). The order
 * is the order of the diagnostics, and each stage reads what the ones before it marked: the masthead
 * is what precedes the question sentence and is not furniture, footnote definitions are taken out
 * before the header sentences and blocks are read, and bare footnote markers are rewritten before the
 * text is rendered.
 */
import type { SourceDocument, SourceLine } from "../ingest/source.ts";
import type { Diagnostic, KamervraagRecord } from "../model.ts";
import { splitBlocks } from "./stages/blocks.ts";
import { correctNamesByDocumentInfo } from "./stages/document-info.ts";
import { markFootnoteDefinitions } from "./stages/footnote-definitions.ts";
import { markFootnoteReferences } from "./stages/footnote-references.ts";
import { writeFootnotes } from "./stages/footnote-texts.ts";
import { markFurniture } from "./stages/furniture.ts";
import { readHeaderSentences } from "./stages/header-sentences.ts";
import { readIdentity } from "./stages/identity.ts";
import { checkInlineMarkup } from "./stages/inline-markup.ts";
import { readLetterBody } from "./stages/letter.ts";
import { findDocumentStart, markMasthead } from "./stages/masthead.ts";
import { splitGluedLines } from "./stages/relines.ts";
import { detectOlderLayout } from "./stages/older-layout.ts";
import { checkPairing } from "./stages/pairing.ts";
import { assembleQuestionsAndAnswers, questionNamedInNotice } from "./stages/questions-answers.ts";
import { buildRecord, checkAskersAndDates } from "./stages/record.ts";
import { createTextRenderer } from "./stages/text.ts";
import { createWorkDocument, type LineRole, type WorkDocument } from "./work.ts";

export { parseNumberList, splitInlineHeadings } from "./headings.ts";
export type { LineRole } from "./work.ts";

export interface NormalizedDocument {
  record: KamervraagRecord | null;
  diagnostics: Diagnostic[];
  /** The lines the normalizer read: the source's, with inline headings split off their text. */
  lines: SourceLine[];
  /** The role each of those lines got, parallel to `lines`. */
  roles: LineRole[];
}

/** Normalizes one read document. Never throws for bad input: problems come back as diagnostics. */
export function normalizeDocument(source: SourceDocument): NormalizedDocument {
  const work = createWorkDocument(source);
  checkInlineMarkup(work);
  if (work.lines.length === 0) {
    work.report("error", "empty", "the file holds no text");
    return normalized(work, null);
  }
  splitGluedLines(work);
  const footer = markFurniture(work);
  const start = findDocumentStart(work);
  if (start === null) return normalized(work, null);
  const masthead = markMasthead(work, start);
  readLetterBody(work, start, masthead.letter);
  const older = detectOlderLayout(work, start);
  const definitions = markFootnoteDefinitions(work, start, older);
  const header = readHeaderSentences(work, start, older);
  const identity = readIdentity(work, footer, masthead, header);
  const { blocks, bodyLines } = splitBlocks(work, header, older);
  markFootnoteReferences(work, bodyLines, definitions);
  const text = createTextRenderer(work, header.lines, bodyLines, definitions);
  const content = assembleQuestionsAndAnswers(work, header, blocks, text);
  const question = header.question ?? questionNamedInNotice(header, content.notice);
  checkPairing(work, header, content);
  const footnotes = writeFootnotes(work, definitions, text.usedNotes);
  checkAskersAndDates(work, header, question);
  const record = buildRecord(work, { footer, identity, header, question, content, footnotes });
  return normalized(work, record && correctNamesByDocumentInfo(work, record));
}

function normalized(work: WorkDocument, record: KamervraagRecord | null): NormalizedDocument {
  return { record, diagnostics: work.diagnostics, lines: work.sourceLines, roles: work.roles };
}
