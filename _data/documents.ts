/**
 * Global data `documents`: every record of content/documents/, newest first. Every diagnostic is
 * printed; what fails the build is decided by the corpus (see the README on `--strict`).
 */
import { loadCorpus } from "../src/corpus.ts";
import { formatDiagnostic, type KamervraagRecord } from "../src/model.ts";

export default async function documents(): Promise<KamervraagRecord[]> {
  const { records, diagnostics } = await loadCorpus("content/documents", { cacheDir: ".cache/records" });
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  return records;
}
