/**
 * The PDF's own document information as a second witness of the askers' names (../glued-names.ts):
 * a name whose particle the text layer glued (`Inge vanDijk`) is read as the Subject or Title spells
 * it (`Inge van Dijk`), with a warning that says so; without such a witness it stays as printed.
 */
import type { KamervraagRecord } from "../../model.ts";
import { textNames, ungluedName } from "../glued-names.ts";
import type { WorkDocument } from "../work.ts";

export function correctNamesByDocumentInfo(work: WorkDocument, record: KamervraagRecord): KamervraagRecord {
  const info = work.source.documentInfo;
  const witnesses = [info?.subject, info?.title].filter((text): text is string => text !== undefined);
  if (witnesses.length === 0) return record;
  let changed = false;
  const askers = record.askers.map((asker) => {
    const spaced = ungluedName(asker.name);
    if (spaced === null) return asker;
    const witness = witnesses.find((text) => textNames(text, spaced) && !textNames(text, asker.name));
    if (witness === undefined) return asker;
    changed = true;
    work.report(
      "warning",
      "name-corrected",
      `asker «${asker.name}» read as «${spaced}»: the text layer glues the particle to the surname, the PDF's document information (${witness === info?.subject ? "Subject" : "Title"}) has the space`,
      null,
      "check the name against the printed page",
    );
    return { ...asker, name: spaced };
  });
  return changed ? { ...record, askers } : record;
}
