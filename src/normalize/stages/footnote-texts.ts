/**
 * The record's footnotes: each definition's text, and a check that the text cites it. A note that is
 * never cited, or has no text, is a warning: it is kept among the record's footnotes as printed.
 */
import { MARK } from "../../ingest/source.ts";
import type { Footnote } from "../../model.ts";
import type { FootnoteDefinition } from "../footnotes.ts";
import { escapeMarkdown, joinLines } from "../repair.ts";
import type { WorkDocument } from "../work.ts";

/** The footnotes in the order defined; `usedNotes` are those the rendered text references. */
export function writeFootnotes(work: WorkDocument, definitions: readonly FootnoteDefinition[], usedNotes: ReadonlySet<number>): Footnote[] {
  const footnotes: Footnote[] = definitions.map((d) => ({ number: d.number, text: footnoteText(work, d) }));
  for (const d of definitions) {
    if (!usedNotes.has(d.number)) {
      work.report("warning", "footnote-unused", `footnote ${d.number} is defined but never referenced; it is kept in the footnotes`, work.lines[d.lines[0]!]);
    }
  }
  return footnotes;
}

function footnoteText(work: WorkDocument, d: FootnoteDefinition): string {
  const { lines } = work;
  const texts = d.lines.map((i, n) => (n === 0 ? d.firstText : lines[i]!.text));
  let text = joinLines(texts.filter((t) => t !== ""));
  text = text.replace(new RegExp(`[${MARK.supOpen}${MARK.supClose}]`, "gu"), "");
  if (!work.source.inlineMarkdown) text = escapeMarkdown(text);
  if (text.trim() === "") work.report("warning", "footnote-empty", `footnote ${d.number} has no text; it is kept as «(leeg)»`, lines[d.lines[0]!]);
  return text.trim() === "" ? "(leeg)" : text;
}
