import { describe, expect, it } from "vitest";
import { correctGluedNamesByCorpus } from "../../src/corpus/names.ts";
import type { KamervraagRecord } from "../../src/model.ts";
import { fixtureRecord } from "../fixtures/records.ts";

const withAskers = (record: KamervraagRecord, id: string, ...names: string[]): KamervraagRecord => ({
  ...record,
  id,
  source: { ...record.source, path: `${id}.txt` },
  askers: names.map((name) => ({ name, party: "CDA", canonicalParty: "CDA" })),
});

describe("correctGluedNamesByCorpus", () => {
  it("reads a glued name as another document prints it whole, with a warning on the glued one", async () => {
    const base = await fixtureRecord("ah-tk-20232024-387");
    const glued = withAskers(base, "ah-tk-20232024-1", "Inge vanDijk", "Bontenbal");
    const spaced = withAskers(base, "ah-tk-20232024-2", "Inge van Dijk");
    const { records, diagnostics } = correctGluedNamesByCorpus([glued, spaced]);
    expect(records[0]!.askers.map((a) => a.name)).toEqual(["Inge van Dijk", "Bontenbal"]);
    expect(records[1]).toBe(spaced);
    expect(diagnostics[0]).toEqual([
      {
        file: "ah-tk-20232024-1.txt",
        severity: "warning",
        code: "name-corrected",
        message: "asker «Inge vanDijk» read as «Inge van Dijk»: the print glues the particle to the surname, ah-tk-20232024-2 prints the name with the space",
        hint: "check the name against the printed page",
      },
    ]);
    expect(diagnostics[1]).toEqual([]);
  });

  it("needs the whole name elsewhere: a shared surname, or the glued form alone, changes nothing", async () => {
    const base = await fixtureRecord("ah-tk-20232024-387");
    const glued = withAskers(base, "ah-tk-20232024-1", "Inge vanDijk");
    const other = withAskers(base, "ah-tk-20232024-2", "Jan van Dijk");
    const again = withAskers(base, "ah-tk-20232024-3", "Inge vanDijk");
    const { records, diagnostics } = correctGluedNamesByCorpus([glued, other, again]);
    expect(records.map((r) => r.askers[0]!.name)).toEqual(["Inge vanDijk", "Jan van Dijk", "Inge vanDijk"]);
    expect(diagnostics.flat()).toEqual([]);
  });
});
