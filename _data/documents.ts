/**
 * The global `documents`: every publishable record of the build, newest first, as the build pipeline
 * loaded them (src/build/, handed over by src/eleventy/corpus.ts). A template added to `content/` reads
 * them as `documents`, or as `collections.documents` for Eleventy's pagination.
 */
import type { KamervraagRecord } from "../src/model.ts";
import { CORPUS_DATA_KEY } from "../src/eleventy/corpus.ts";

export default function documents(configData: Record<string, unknown>): KamervraagRecord[] {
  const records = configData[CORPUS_DATA_KEY];
  if (!Array.isArray(records)) throw new Error("_data/documents.ts: no records were handed over; build the site with npm run build");
  return records as KamervraagRecord[];
}
