/**
 * Footnote references: explicit raised numbers first, then bare digits for notes still without one.
 * Bare markers found are rewritten as raised numbers, so that the text stage reads both alike.
 */
import { MARK } from "../../ingest/source.ts";
import { findBareMarkers, type FootnoteDefinition } from "../footnotes.ts";
import type { WorkDocument } from "../work.ts";

export function markFootnoteReferences(work: WorkDocument, bodyLines: readonly number[], definitions: readonly FootnoteDefinition[]): void {
  const { lines } = work;
  const referenced = new Set<number>();
  for (const i of bodyLines) {
    for (const m of lines[i]!.text.matchAll(new RegExp(`${MARK.supOpen}([^${MARK.supClose}]*)${MARK.supClose}`, "gu"))) {
      for (const n of (m[1] ?? "").match(/\d+/gu) ?? []) referenced.add(Number(n));
    }
  }
  const unreferenced = definitions.filter((d) => !referenced.has(d.number));
  if (unreferenced.length === 0) return;
  const markers = findBareMarkers(lines, bodyLines, unreferenced);
  const byLine = new Map<number, typeof markers>();
  for (const m of markers) byLine.set(m.lineIndex, [...(byLine.get(m.lineIndex) ?? []), m]);
  for (const [li, ms] of byLine) {
    let text = lines[li]!.text;
    for (const m of [...ms].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, m.start) + MARK.supOpen + m.numbers.join(" ") + MARK.supClose + text.slice(m.end);
    }
    lines[li] = { ...lines[li]!, text };
  }
}
