/**
 * Vraag/Antwoord headings as conversions print them: run together with their first words, and naming
 * one question or several (`Vraag 4 en 5`, `Antwoord 2 t/m 4`).
 */
import type { SourceLine } from "../ingest/source.ts";

/**
 * Some conversions put a heading and its first words on one line: `**Vraag 1:** Bent u …` or
 * `Antwoord 2: Ja.`. Such a line becomes two, the heading and the text, with the same line number. Only
 * a bold label or a label with a colon counts: a wrapped line may well begin with «Vraag 2 en 3 …».
 */
const INLINE_HEADING =
  /^(?:(?:\*\*|__)((?:Vraag|Vragen|Antwoord|Antwoorden)\s+\d{1,3}(?:\s*(?:,|en|t\/m|tot\s+en\s+met|[–-])\s*\d{1,3})*)\s*[:.]?\s*(?:\*\*|__)\s*[:.]?|((?:Vraag|Antwoord)\s+\d{1,3}(?:\s*(?:,|en)\s*\d{1,3})*)\s*:)\s+(\S.*)$/u;

export function splitInlineHeadings(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((l) => {
    const m = INLINE_HEADING.exec(l.text);
    if (!m) return [l];
    const { gapBefore: _gap, heading: _heading, ...rest } = l;
    return [
      { ...l, text: (m[1] ?? m[2])!, heading: true },
      { ...rest, text: m[3]! },
    ];
  });
}

/** `4 en 5` → [4, 5]; `4, 5 en 6` → [4, 5, 6]; `2 t/m 4` → [2, 3, 4]. */
export function parseNumberList(text: string): number[] {
  const numbers: number[] = [];
  const parts = text.split(/\s*(?:,|\ben\b)\s*/u).filter((p) => p.trim() !== "");
  for (const part of parts) {
    const range = /^(\d+)\s*(?:t\/m|tot\s+en\s+met|[–-])\s*(\d+)$/u.exec(part.trim());
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 100; n++) numbers.push(n);
    } else if (/^\d+$/u.test(part.trim())) numbers.push(Number(part));
  }
  return numbers;
}
