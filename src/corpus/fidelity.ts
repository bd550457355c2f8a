/**
 * The fidelity report (`npm run check -- --report FILE`): per source file, what was found wrong, by
 * kind, so that a publisher sees which documents need a person's look, largest doubt first. The order:
 * files with errors (not published, or published only when asked to), then by the weight of their
 * warnings, where a doubt about the structure (an answer without its question, a lost footnote) weighs
 * more than one about a spelling, then by path for a stable report.
 */
import type { Diagnostic, Severity } from "../model.ts";

export interface FidelityEntry {
  file: string;
  /** The record's id, or null when the file gave none. */
  id: string | null;
  errors: number;
  warnings: number;
  /** The sum of the warnings' weights (see WEIGHTS): the order of the report. */
  weight: number;
  /** How many diagnostics of each code. */
  byCode: Record<string, number>;
  diagnostics: Array<{ severity: Severity; code: string; message: string; line?: number; page?: number; hint?: string }>;
}

export interface FidelityReport {
  files: number;
  withErrors: number;
  withWarnings: number;
  /** Every file with at least one diagnostic, largest doubt first. */
  documents: FidelityEntry[];
}

/**
 * How much a warning says about a record's correctness. Structure lost or guessed weighs most; a
 * disagreement between witnesses next; a spelling kept as printed least. A code not listed weighs 2.
 */
const WEIGHTS: ReadonlyArray<[prefix: string, weight: number]> = [
  ["answer-missing", 5],
  ["answer-without-question", 5],
  ["question-", 4],
  ["answer-", 4],
  ["unplaced-text", 4],
  ["footnote-", 3],
  ["letter-form", 3],
  ["names-disagree", 3],
  ["dates-disagree", 3],
  ["metadata-", 3],
  ["forms-disagree", 3],
  ["unknown-text", 2],
  ["name-corrected", 1],
  ["party-unknown", 1],
  ["ministry-unknown", 1],
  ["control-characters", 0],
];

export function warningWeight(code: string): number {
  return WEIGHTS.find(([prefix]) => (prefix.endsWith("-") ? code.startsWith(prefix) : code === prefix))?.[1] ?? 2;
}

/** The report of `files` (every file checked) from their `diagnostics` and the ids their records have. */
export function fidelityReport(files: readonly string[], ids: ReadonlyMap<string, string>, diagnostics: readonly Diagnostic[]): FidelityReport {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const documents = [...byFile].map(([file, found]): FidelityEntry => {
    const byCode: Record<string, number> = {};
    for (const d of found) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
    const warnings = found.filter((d) => d.severity === "warning");
    return {
      file,
      id: ids.get(file) ?? null,
      errors: found.length - warnings.length,
      warnings: warnings.length,
      weight: warnings.reduce((sum, d) => sum + warningWeight(d.code), 0),
      byCode,
      diagnostics: found.map(({ file: _file, ...rest }) => rest),
    };
  });
  documents.sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || b.weight - a.weight || b.errors - a.errors || a.file.localeCompare(b.file));
  return {
    files: files.length,
    withErrors: documents.filter((d) => d.errors > 0).length,
    withWarnings: documents.filter((d) => d.errors === 0 && d.warnings > 0).length,
    documents,
  };
}
