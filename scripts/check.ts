/**
 * `npm run check [-- --strict] [paths…]`: normalizes every source file (default: content/documents) and
 * lists every problem of every file, without building. Exit codes: 0 no errors (warnings are listed),
 * 1 at least one error (with --strict: at least one error or warning), 2 wrong usage.
 */
import { stat } from "node:fs/promises";
import { relative } from "node:path";
import { formatDiagnostic, type Diagnostic } from "../src/model.ts";
import { listSourceFiles, loadCorpus, normalizeFile } from "../src/corpus/load.ts";

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const unknown = args.filter((a) => a.startsWith("--") && a !== "--strict");
if (unknown.length > 0) {
  process.stderr.write(`unknown option ${unknown.join(" ")}\nusage: npm run check -- [--strict] [file or folder …]\n`);
  process.exit(2);
}
const targets = args.filter((a) => !a.startsWith("--"));
if (targets.length === 0) targets.push("content/documents");

const diagnostics: Diagnostic[] = [];
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
    files += (await listSourceFiles(target)).length;
    documents += corpus.records.length;
    diagnostics.push(...corpus.diagnostics);
  } else {
    files++;
    const { record, diagnostics: found } = await normalizeFile(relative(process.cwd(), target) || target);
    if (record) documents++;
    diagnostics.push(...found);
  }
}

for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
const errors = diagnostics.filter((d) => d.severity === "error").length;
const warnings = diagnostics.length - errors;
const withProblems = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).size;
process.stdout.write(`${files} file(s) checked: ${documents} record(s), ${errors} error(s) in ${withProblems} file(s), ${warnings} warning(s)\n`);
// exitCode, not exit(): exit() would drop what a full pipe has not taken yet of the report above.
process.exitCode = errors > 0 || (strict && warnings > 0) ? 1 : 0;
