/** Footnote definitions anywhere after the start; see ../footnotes.ts for how they are told from text. */
import { findDefinitions, type FootnoteDefinition } from "../footnotes.ts";
import type { OlderLayout } from "../layout.ts";
import { linesFrom, type WorkDocument } from "../work.ts";

/**
 * Marks the definitions' lines as footnotes and returns the definitions, each number once. A second
 * definition of a number is a warning, not an error: the document is still published, with the first.
 */
export function markFootnoteDefinitions(work: WorkDocument, start: number, older: OlderLayout | null): FootnoteDefinition[] {
  const { lines, roles } = work;
  // The older layout numbers its items with bare numbers, which must not be taken for footnotes.
  const candidates = new Set(linesFrom(work, start, "body").filter((i) => !older?.items.has(i)));
  const found = findDefinitions(lines, candidates);
  for (const def of found) for (const i of def.lines) roles[i] = "footnote";
  const definitions = found.filter((d) => !d.duplicate);
  for (const d of found.filter((f) => f.duplicate)) {
    work.report(
      "warning",
      "footnote-duplicate",
      `footnote ${d.number} is defined twice; the first definition is kept and this second one is left out: «${d.firstText.slice(0, 60)}»`,
      lines[d.lines[0]!],
      "give each footnote its own number",
    );
  }
  return definitions;
}
