/**
 * The corpus as a witness of its own names: a member asks many questions, and a name whose particle
 * one print glued (`Inge vanDijk`) is read as the other documents print it (`Inge van Dijk`), with a
 * warning. Only a name printed exactly so, first names included, elsewhere counts: two members may
 * share a surname, never a whole name and a glued form of it.
 */
import type { Diagnostic, KamervraagRecord } from "../model.ts";
import { ungluedName } from "../normalize/glued-names.ts";

/** The records with such names read as the corpus prints them, and for each record (by index) its warnings. */
export function correctGluedNamesByCorpus(records: readonly KamervraagRecord[]): { records: KamervraagRecord[]; diagnostics: Diagnostic[][] } {
  const printed = new Map<string, string>(); // name → the id of a document that prints it
  for (const record of records) for (const asker of record.askers) if (!printed.has(asker.name)) printed.set(asker.name, record.id);
  const diagnostics: Diagnostic[][] = records.map(() => []);
  const corrected = records.map((record, index) => {
    let changed = false;
    const askers = record.askers.map((asker) => {
      const spaced = ungluedName(asker.name);
      const elsewhere = spaced === null ? undefined : printed.get(spaced);
      if (spaced === null || elsewhere === undefined || elsewhere === record.id) return asker;
      changed = true;
      diagnostics[index]!.push({
        file: record.source.path,
        severity: "warning",
        code: "name-corrected",
        message: `asker «${asker.name}» read as «${spaced}»: the print glues the particle to the surname, ${elsewhere} prints the name with the space`,
        hint: "check the name against the printed page",
      });
      return { ...asker, name: spaced };
    });
    return changed ? { ...record, askers } : record;
  });
  return { records: corrected, diagnostics };
}
