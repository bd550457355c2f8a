/**
 * Vraag/Antwoord headings in every spelling the documents use: the Aanhangsel's own (`Vraag 1`,
 * `Vragen 5 en 6`, `Antwoorden 5 en 6`), the ministries' (`Antwoord op vraag 1`, `Antwoord vraag 4-7:`,
 * `Antwoord vragen 1,2,3,4 en 5`, `Antwoord op vragen 9 t/m 14`), a bare `Vraag` or `Antwoord` without a
 * number, and conversions that run a heading together with its first words.
 */
import type { SourceLine } from "../ingest/source.ts";

/** One question number or several: `4`, `4 en 5`, `4, 5 en 6`, `2 t/m 4`, `4-7`, `1,2,3,4 en 5`. */
const NUMBER_LIST = String.raw`\d{1,3}(?:\s*(?:,|en|t\/m|tot\s+en\s+met|[–-])\s*\d{1,3})*`;
/** `Antwoord op vraag`, `Antwoord vraag`, `Antwoord op de vragen`, `Antwoorden op vragen`. */
const ANSWER_TO = String.raw`Antwoord(?:en)?\s+(?:op\s+)?(?:de\s+)?(?:vraag|vragen)`;

const NUMBERED = new RegExp(String.raw`^(Vraag|Vragen|${ANSWER_TO}|Antwoord|Antwoorden)\s+(${NUMBER_LIST})\s*[:.]?$`, "iu");
const BARE = /^(Vraag|Antwoord)\s*[:.]?$/iu;
const NOTICE = /^Mededeling\s*[:.]?$/iu;

export interface BlockHeading {
  type: "vraag" | "antwoord" | "mededeling";
  /** The numbers as printed, in the printed order; empty for a bare heading and a Mededeling. */
  numbers: number[];
  /** A `Vraag` or `Antwoord` without a number: the question it belongs to follows from its place. */
  bare: boolean;
}

/**
 * Reads a heading line (its markup and a markdown `#` already removed). Returns null for any other
 * line: a sentence that begins with «Vraag» or «Antwoord» (`Vragen van het lid …`) is none.
 */
export function readBlockHeading(text: string): BlockHeading | null {
  const t = text.replace(/\s+/gu, " ").trim();
  const numbered = NUMBERED.exec(t);
  if (numbered) {
    const numbers = parseNumberList(numbered[2]!);
    if (numbers.length === 0) return null;
    return { type: /^vra/iu.test(numbered[1]!) ? "vraag" : "antwoord", numbers, bare: false };
  }
  const bare = BARE.exec(t);
  if (bare) return { type: /^vra/iu.test(bare[1]!) ? "vraag" : "antwoord", numbers: [], bare: true };
  if (NOTICE.test(t)) return { type: "mededeling", numbers: [], bare: false };
  return null;
}

/**
 * Some conversions put a heading and its first words on one line: `**Vraag 1:** Bent u …` or
 * `Antwoord 2: Ja.`. Such a line becomes two, the heading and the text, with the same line number. Only
 * a bold label or a label with a colon counts: a wrapped line may well begin with «Vraag 2 en 3 …».
 */
const INLINE_HEADING = new RegExp(
  String.raw`^(?:(?:\*\*|__)((?:Vraag|Vragen|${ANSWER_TO}|Antwoord|Antwoorden)\s+${NUMBER_LIST})\s*[:.]?\s*(?:\*\*|__)\s*[:.]?|((?:Vraag|Vragen|${ANSWER_TO}|Antwoord|Antwoorden)\s+${NUMBER_LIST})\s*:)\s+(\S.*)$`,
  "u",
);

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

/** `4 en 5` → [4, 5]; `4, 5 en 6` → [4, 5, 6]; `2 t/m 4` and `2-4` → [2, 3, 4]; `1 en 4` → [1, 4]. */
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
