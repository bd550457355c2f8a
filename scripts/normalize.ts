/**
 * `npm run normalize -- <file>`: prints the normalized record of one source file as JSON on stdout and
 * its diagnostics on stderr. Exit code 0 when a record was made, 1 when not, 2 on wrong usage.
 */
import { relative } from "node:path";
import { formatDiagnostic } from "../src/model.ts";
import { normalizeFile } from "../src/corpus/load.ts";

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (files.length !== 1) {
  process.stderr.write("usage: npm run normalize -- <file>\n");
  process.exit(2);
}
const path = relative(process.cwd(), files[0]!) || files[0]!;
const { record, diagnostics } = await normalizeFile(path);
for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
if (record) process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
// exitCode, not exit(): exit() would drop what a full pipe has not taken yet of the record above.
process.exitCode = record ? 0 : 1;
