/**
 * The fetcher's record of where a document came from (`provenance.json` in the document's folder,
 * written by src/fetch/store.ts), read into the published record's `provenance`. It belongs to the
 * document of its folder whose id it names; one that names another id, or that cannot be read, is a
 * warning and is not used: it never changes what the document says.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { z } from "zod";
import { provenanceSchema, type Diagnostic, type Provenance } from "../model.ts";

export const PROVENANCE_FILE = "provenance.json";

/** The file as the fetcher writes it: the record's part, its id, and what else it keeps (ignored here). */
const fileSchema = provenanceSchema.extend({ id: z.string().min(1) });

export function isProvenanceFile(path: string): boolean {
  return basename(path) === PROVENANCE_FILE;
}

/** The provenance files read, by folder, each with the id it names; and the problems of the others. */
export async function readProvenance(
  paths: readonly string[],
): Promise<{ byFolder: Map<string, { id: string; provenance: Provenance; path: string }>; diagnostics: Diagnostic[] }> {
  const byFolder = new Map<string, { id: string; provenance: Provenance; path: string }>();
  const diagnostics: Diagnostic[] = [];
  const warn = (path: string, message: string) => diagnostics.push({ file: path, severity: "warning", code: "provenance-unreadable", message });
  for (const path of paths) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      warn(path, `cannot read where the document came from: ${error instanceof Error ? error.message : String(error)}; it is not used`);
      continue;
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) {
      warn(path, `not the fetcher's provenance (${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}); it is not used`);
      continue;
    }
    const { id, officialUrl, version, modified, itemUrls, fetchedAt } = parsed.data;
    byFolder.set(dirname(path), { id, path, provenance: { officialUrl, version, modified, itemUrls, fetchedAt } });
  }
  return { byFolder, diagnostics };
}

/** The provenance of `record` (read from `source`'s folder), or a warning when the folder's names another document. */
export function provenanceOf(
  record: { id: string; source: { path: string } },
  byFolder: ReadonlyMap<string, { id: string; provenance: Provenance; path: string }>,
): { provenance: Provenance | null; diagnostics: Diagnostic[] } {
  const found = byFolder.get(dirname(record.source.path));
  if (!found) return { provenance: null, diagnostics: [] };
  if (found.id === record.id) return { provenance: found.provenance, diagnostics: [] };
  return {
    provenance: null,
    diagnostics: [
      {
        file: found.path,
        severity: "warning",
        code: "provenance-unused",
        message: `names ${found.id}, but the document beside it is ${record.id}; it is not used`,
      },
    ],
  };
}
