import { describe, expect, it } from "vitest";
import { fidelityReport, warningWeight } from "../../src/corpus/fidelity.ts";
import type { Diagnostic } from "../../src/model.ts";

const warning = (file: string, code: string, line?: number): Diagnostic => ({
  file,
  severity: "warning",
  code,
  message: `${code} here`,
  ...(line ? { line } : {}),
});

describe("fidelityReport", () => {
  it("lists per file its problems by kind, errors first, then the largest doubt", () => {
    const diagnostics: Diagnostic[] = [
      warning("a.txt", "party-unknown", 3),
      warning("b.txt", "answer-missing", 10),
      warning("b.txt", "footnote-unused", 40),
      warning("b.txt", "footnote-unused", 41),
      { file: "c.txt", severity: "error", code: "not-kamervragen", message: "not a Kamervraag" },
      warning("d.txt", "unknown-text", 1),
    ];
    const report = fidelityReport(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], new Map([["b.txt", "ah-tk-20242025-604"]]), diagnostics);
    expect(report.files).toBe(5);
    expect(report.withErrors).toBe(1);
    expect(report.withWarnings).toBe(3);
    expect(report.documents.map((d) => d.file)).toEqual(["c.txt", "b.txt", "d.txt", "a.txt"]);
    expect(report.documents[1]).toEqual({
      file: "b.txt",
      id: "ah-tk-20242025-604",
      errors: 0,
      warnings: 3,
      weight: 5 + 3 + 3,
      byCode: { "answer-missing": 1, "footnote-unused": 2 },
      diagnostics: [
        { severity: "warning", code: "answer-missing", message: "answer-missing here", line: 10 },
        { severity: "warning", code: "footnote-unused", message: "footnote-unused here", line: 40 },
        { severity: "warning", code: "footnote-unused", message: "footnote-unused here", line: 41 },
      ],
    });
  });

  it("weighs a lost structure above a disagreement, a disagreement above a spelling, and an unknown kind in between", () => {
    expect(warningWeight("answer-without-question")).toBeGreaterThan(warningWeight("names-disagree"));
    expect(warningWeight("names-disagree")).toBeGreaterThan(warningWeight("party-unknown"));
    expect(warningWeight("a-new-kind")).toBeGreaterThan(warningWeight("party-unknown"));
    expect(warningWeight("a-new-kind")).toBeLessThan(warningWeight("names-disagree"));
  });
});
