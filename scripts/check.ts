/**
 * `npm run check [-- --strict] [--report FILE] [paths…]`: normalizes every source file (default:
 * content/documents) and lists every problem of every file, without building. `--report FILE` also
 * writes the fidelity report (src/corpus/fidelity.ts) as JSON: per file its problems by kind, largest
 * doubt first. Exit codes: 0 no errors (warnings are listed), 1 at least one error (with --strict: at
 * least one error or warning), 2 wrong usage.
 */
import { stat, writeFile } from "node:fs/promises";
import { relative } from "node:path";
import { fidelityReport } from "../src/corpus/fidelity.ts";
import { formatDiagnostic, type Diagnostic } from "../src/model.ts";
import { listSourceFiles, loadCorpus, normalizeFile } from "../src/corpus/load.ts";

const USAGE = "usage: npm run check -- [--strict] [--report FILE] [file or folder …]\n";
const args = process.argv.slice(2);
const strict = args.includes("--strict");
const reportAt = args.indexOf("--report");
const reportPath = reportAt >= 0 ? args[reportAt + 1] : undefined;
if (reportAt >= 0 && (reportPath === undefined || reportPath.startsWith("--"))) {
  process.stderr.write(`--report needs a file name\n${USAGE}`);
  process.exit(2);
}
const unknown = args.filter((a) => a.startsWith("--") && a !== "--strict" && a !== "--report");
if (unknown.length > 0) {
  process.stderr.write(`unknown option ${unknown.join(" ")}\n${USAGE}`);
  process.exit(2);
}
const targets = args.filter((a, i) => !a.startsWith("--") && !(reportAt >= 0 && i === reportAt + 1));
if (targets.length === 0) targets.push("content/documents");

const diagnostics: Diagnostic[] = [];
const checked: string[] = [];
const ids = new Map<string, string>();
let files = 0;
let documents = 0;
for (const target of targets) {
  let isDir: boolean;
  try {
    isDir = (await stat(target)).isDirectory();
  } catch {
    diagnostics.push({ file: target, severity: "error", code: "missing", message: "no such file or folder" });
    continue;
  }
  if (isDir) {
    const corpus = await loadCorpus(target, { includeDocumentsWithErrors: true });
    const listed = await listSourceFiles(target);
    files += listed.length;
    checked.push(...listed);
    documents += corpus.records.length;
    for (const record of corpus.records) ids.set(record.source.path, record.id);
    diagnostics.push(...corpus.diagnostics);
  } else {
    files++;
    const path = relative(process.cwd(), target) || target;
    checked.push(path);
    const { record, diagnostics: found } = await normalizeFile(path);
    if (record) {
      documents++;
      ids.set(path, record.id);
    }
    diagnostics.push(...found);
  }
}

for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
const errors = diagnostics.filter((d) => d.severity === "error").length;
const warnings = diagnostics.length - errors;
const withProblems = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).size;
process.stdout.write(`${files} file(s) checked: ${documents} record(s), ${errors} error(s) in ${withProblems} file(s), ${warnings} warning(s)\n`);
if (reportPath !== undefined) {
  await writeFile(reportPath, `${JSON.stringify(fidelityReport(checked, ids, diagnostics), null, 2)}\n`);
  process.stdout.write(`fidelity report: ${reportPath}\n`);
}
// exitCode, not exit(): exit() would drop what a full pipe has not taken yet of the report above.
process.exitCode = errors > 0 || (strict && warnings > 0) ? 1 : 0;
