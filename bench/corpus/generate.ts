/**
 * Writes a seeded synthetic corpus of Kamervragen documents in the markdown form, or with `--form xml`
 * the same documents in the publisher's XML (`<officiele-publicatie>`), for benchmarks.
 *
 *   npm run corpus -- --count 1000 --seed 1 --out .bench/corpus-1000 [--form markdown|xml]
 *
 * The same count, seed and form give byte-identical files. Files go to `<out>/<vergaderjaar>/<id>.md`
 * (`<id>.xml` in the XML form), with
 * a manifest `<out>/.corpus.json` (hidden: no reader takes it for a document). The folder must be new,
 * empty, or a corpus written by this command (it is then emptied first). Generated corpora never belong
 * in git: use a gitignored folder such as `.bench/`.
 *
 * Exit codes: 0 written; 1 failed; 2 wrong usage.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { CORPUS_FORMS, type CorpusForm } from "./generator.ts";
import { writeCorpus } from "./write.ts";

const usage = `usage: npm run corpus -- --count N --seed S --out DIR [--form ${CORPUS_FORMS.join("|")}]`;

let values: { count?: string; seed?: string; out?: string; form?: string; quiet?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      count: { type: "string" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      form: { type: "string", default: "markdown" },
      quiet: { type: "boolean", default: false },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const count = Number(values.count);
const form = values.form as CorpusForm;
if (!values.count || !Number.isInteger(count) || count < 1 || !values.out || !CORPUS_FORMS.includes(form)) {
  console.error(usage);
  process.exit(2);
}

try {
  const out = values.out;
  if (existsSync(out)) {
    const entries = await readdir(out);
    if (entries.length > 0 && !entries.includes(".corpus.json")) {
      console.error(`${out} is not empty and is not a generated corpus; refusing to write into it`);
      process.exit(2);
    }
    await rm(out, { recursive: true, force: true });
  }
  await mkdir(dirname(join(out, "x")), { recursive: true });
  const started = performance.now();
  const summary = await writeCorpus({ count, seed: values.seed ?? "1", form, out }, (done) => {
    if (!values.quiet && done % 5000 === 0) process.stderr.write(`  ${done} of ${count} documents\n`);
  });
  const seconds = (performance.now() - started) / 1000;
  // No timing in the manifest: the whole folder is byte-identical for a seed.
  await writeFile(join(out, ".corpus.json"), `${JSON.stringify(summary, null, 2)}\n`);
  if (!values.quiet) {
    console.log(
      `${summary.count} documents, ${(summary.bytes / 1024 / 1024).toFixed(1)} MB (${(summary.bytes / summary.count / 1024).toFixed(1)} KB average), ` +
        `${summary.sessions} vergaderjaren, seed ${summary.seed}${form === "markdown" ? "" : `, ${form} form`}, in ${seconds.toFixed(1)} s → ${out}`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
