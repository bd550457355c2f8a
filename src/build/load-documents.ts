/**
 * The first stage of a build: the corpus, every publishable record, newest first (src/corpus/). Every
 * diagnostic of every file is printed, then a summary; documents with errors are left out and listed.
 * With `strict` any problem, warnings included, fails the build, and the previous site stays.
 */
import { join } from "node:path";
import { createProgress, type Progress } from "../common/progress.ts";
import { loadCorpus } from "../corpus/load.ts";
import { formatDiagnostic, type KamervraagRecord } from "../model.ts";
import type { ResolvedBuildOptions } from "./options.ts";

export async function loadDocuments(options: Pick<ResolvedBuildOptions, "sources" | "cacheDir" | "strict">): Promise<KamervraagRecord[]> {
  const report: { progress: Progress | null } = { progress: null };
  const { records, diagnostics, rejected, stats } = await loadCorpus(options.sources, {
    cacheDir: join(options.cacheDir, "records"),
    onProgress: (done, total) => {
      // Only long runs report progress; a small site builds in a second.
      if (total < 500) return;
      report.progress ??= createProgress("documents read", total);
      report.progress.tick(done);
    },
  });
  report.progress?.finish();
  // The build's own report: an unchanged corpus is read from the cache, no file is parsed again.
  console.log(`[kamervragen] ${stats.files} source file(s): ${stats.files - stats.cached} read and normalized, ${stats.cached} from the cache`);
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  if (diagnostics.length > 0 || rejected.length > 0) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    console.error(
      `${records.length} document(s) published; ${rejected.length} left out because of errors${rejected.length ? `: ${rejected.join(", ")}` : ""}; ` +
        `${errors} error(s), ${diagnostics.length - errors} warning(s)`,
    );
  }
  if (options.strict && diagnostics.length > 0) {
    throw new Error(`--strict: ${diagnostics.length} problem(s) in the documents (listed above); nothing was published`);
  }
  return records;
}
