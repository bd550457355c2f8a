/**
 * Raised and lowered digits that a plain-text extraction set on the line as ordinary digits: the `3`
 * of m³ after a number (`1.000 m3`), and a formula's subscript that PyPDF2 moved to the start of the
 * next line (`CO` / `2-heffing`). Repaired before footnote markers are looked for, so that neither is
 * taken for one.
 */
import type { WorkLine } from "./footnotes.ts";

const RAISED = { "2": "²", "3": "³" } as const;
const UNIT_IN_LINE = /(\d[\d.,]*\s?(?:k|c|d|h)?m)([23])(?![\p{L}\p{N}])/gu;
const UNIT_AT_END = /\d[\d.,]*\s?(?:k|c|d|h)?m$/u;
const FORMULA_AT_END = /(?:^|[\s(«])(?:CO|NO|SO|NH|CH|N|H|O|PM)$/u;

/** Repairs the lines `indexes` (in reading order) in place. */
export function repairUnitDigits(lines: WorkLine[], indexes: readonly number[]): void {
  indexes.forEach((li, k) => {
    const text = lines[li]!.text;
    if (/m[23]/u.test(text)) lines[li] = { ...lines[li]!, text: text.replace(UNIT_IN_LINE, (_w, unit: string, d: "2" | "3") => unit + RAISED[d]) };
    const previous = indexes[k - 1];
    if (previous !== li - 1 || previous === undefined) return;
    const before = lines[previous]!.text;
    const current = lines[li]!.text;
    const power = /^([23])(?=$|[\s.,;:)])/u.exec(current);
    if (power && UNIT_AT_END.test(before)) {
      lines[previous] = { ...lines[previous]!, text: before + RAISED[power[1] as "2" | "3"] };
      lines[li] = { ...lines[li]!, text: current.slice(1).trimStart() };
      return;
    }
    const subscript = /^\d{1,2}(?:-[\p{L}\d-]*)?(?=$|[\s.,;:)])/u.exec(current);
    if (subscript && FORMULA_AT_END.test(before)) {
      lines[previous] = { ...lines[previous]!, text: before + subscript[0] };
      lines[li] = { ...lines[li]!, text: current.slice(subscript[0].length).trimStart() };
    }
  });
}
