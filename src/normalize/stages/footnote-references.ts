/**
 * Footnote references: explicit raised numbers first, then bare digits for notes still without one.
 * Bare markers found are rewritten as raised numbers, so that the text stage reads both alike; a marker
 * found at a line start is moved, with the rest of its line, to the end of the body line before it,
 * which is where it was printed, and leaves its own line empty.
 */
import { MARK } from "../../ingest/source.ts";
import { findBareMarkers, type FootnoteDefinition, type MarkerPosition } from "../footnotes.ts";
import { repairUnitDigits } from "../unit-digits.ts";
import type { WorkDocument } from "../work.ts";

export function markFootnoteReferences(work: WorkDocument, bodyLines: readonly number[], definitions: readonly FootnoteDefinition[]): void {
  const { lines } = work;
  if (!work.source.inlineMarkdown) repairUnitDigits(lines, bodyLines);
  const referenced = new Set<number>();
  for (const i of bodyLines) {
    for (const m of lines[i]!.text.matchAll(new RegExp(`${MARK.supOpen}([^${MARK.supClose}]*)${MARK.supClose}`, "gu"))) {
      for (const n of (m[1] ?? "").match(/\d+/gu) ?? []) referenced.add(Number(n));
    }
  }
  const unreferenced = definitions.filter((d) => !referenced.has(d.number));
  if (unreferenced.length === 0) return;
  const markers = findBareMarkers(lines, bodyLines, unreferenced);
  const byLine = new Map<number, MarkerPosition[]>();
  for (const m of markers) byLine.set(m.lineIndex, [...(byLine.get(m.lineIndex) ?? []), m]);
  const raised = (m: MarkerPosition) => MARK.supOpen + m.numbers.join(" ") + MARK.supClose;
  for (const [li, ms] of [...byLine].sort((a, b) => a[0] - b[0])) {
    let text = lines[li]!.text;
    for (const m of ms.filter((p) => !p.atLineStart).sort((a, b) => b.start - a.start)) {
      text = text.slice(0, m.start) + raised(m) + text.slice(m.end);
    }
    const atStart = ms.find((p) => p.atLineStart);
    // The line before may itself have been emptied into the one before it.
    let k = bodyLines.indexOf(li) - 1;
    while (k > 0 && lines[bodyLines[k]!]!.text === "") k--;
    const target = bodyLines[k];
    if (atStart && target !== undefined) {
      lines[target] = { ...lines[target]!, text: lines[target]!.text + raised(atStart) + text.slice(atStart.end) };
      text = "";
    }
    lines[li] = { ...lines[li]!, text };
  }
}
