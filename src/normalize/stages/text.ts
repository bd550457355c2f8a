/**
 * Paragraphs and text repair: lines back into markdown paragraphs, with the conversion's damage undone
 * and footnote references written as `[^n]`.
 */
import { MARK } from "../../ingest/source.ts";
import type { FootnoteDefinition, WorkLine } from "../footnotes.ts";
import { runningHeadPage } from "../furniture.ts";
import { cutGluedListStarts, runWidth, splitParagraphs, wrapWidth, type Paragraph } from "../paragraphs.ts";
import { collectHyphenated, escapeMarkdown, joinLines, repairGluedWords } from "../repair.ts";
import type { WorkDocument } from "../work.ts";

export interface TextRenderer {
  /** The markdown of the lines given; a reference to an undefined footnote is a warning, and stays its number. */
  toMarkdown(indexes: readonly number[]): string;
  /** The footnotes referenced in the text rendered so far. */
  readonly usedNotes: ReadonlySet<number>;
}

/** Renders lines as markdown; the header and body lines tell the column the document is wrapped at. */
export function createTextRenderer(
  work: WorkDocument,
  headerLines: readonly number[],
  bodyLines: readonly number[],
  definitions: readonly FootnoteDefinition[],
): TextRenderer {
  const { lines, roles, source } = work;
  const hyphenated = collectHyphenated(lines.filter((_, i) => roles[i] !== "furniture").map((l) => l.text));
  // Header lines are wrapped at the same column as the body: they help short documents.
  const measured = [...headerLines, ...bodyLines].map((i) => lines[i]!);
  // Long lines of a text with the print's running heads are printed lines glued together.
  const printed = lines.some((l, i) => roles[i] === "furniture" && runningHeadPage(l.text) !== undefined);
  const runs = printed && !source.inlineMarkdown ? runWidth(measured) : null;
  const width = runs ?? wrapWidth(measured);
  const defined = new Map(definitions.map((d) => [d.number, d]));
  const usedNotes = new Set<number>();
  const finishText = (text: string, paragraph: readonly WorkLine[]): string => {
    const lineOf = (n: string) => paragraph.find((l) => new RegExp(`${MARK.supOpen}[^${MARK.supClose}]*\\b${n}\\b`, "u").test(l.text)) ?? paragraph[0]!;
    let out = repairGluedWords(text, hyphenated);
    if (!source.inlineMarkdown) out = escapeMarkdown(out);
    return out.replace(new RegExp(`\\s*${MARK.supOpen}([^${MARK.supClose}]*)${MARK.supClose}`, "gu"), (_whole, inner: string) => {
      const numbers = inner.match(/\d+/gu);
      if (!numbers || !/^[\d\s,]+$/u.test(inner.trim())) return inner.trim(); // a raised ordinal: 11e
      return numbers
        .map((n) => {
          const value = Number(n);
          if (defined.has(value)) {
            usedNotes.add(value);
            return `[^${value}]`;
          }
          work.report(
            "warning",
            "footnote-undefined",
            `footnote ${value} is referenced but never defined; its number is kept in the text`,
            lineOf(n),
            "add its definition, or remove the reference",
          );
          return n;
        })
        .join("");
    });
  };
  return {
    toMarkdown(indexes) {
      // A line whose marker moved to the line before it may be left empty (footnote-references.ts).
      const texts = indexes.map((i) => lines[i]!).filter((l) => l.text !== "");
      const paragraphs = splitParagraphs(source.inlineMarkdown ? texts : cutGluedListStarts(texts), width, source.inlineMarkdown, runs !== null);
      return renderParagraphs(paragraphs, hyphenated, finishText);
    },
    usedNotes,
  };
}

function renderParagraphs(paragraphs: Paragraph[], hyphenated: ReadonlySet<string>, finish: (text: string, paragraph: readonly WorkLine[]) => string): string {
  const out: string[] = [];
  paragraphs.forEach((p, index) => {
    if (p.kind === "table") {
      out.push(`${index === 0 ? "" : "\n\n"}${p.lines.map((l) => finish(l.text, [l])).join("\n")}`);
      return;
    }
    const text = finish(
      joinLines(
        p.lines.map((l) => l.text),
        hyphenated,
      ),
      p.lines,
    );
    if (p.kind === "li") {
      const prev = paragraphs[index - 1];
      const sep = index === 0 ? "" : prev?.kind === "li" ? "\n" : "\n\n";
      out.push(`${sep}${p.marker} ${text}`);
    } else {
      out.push(`${index === 0 ? "" : "\n\n"}${text}`);
    }
  });
  return out.join("");
}
