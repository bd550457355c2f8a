import { describe, expect, it } from "vitest";
import { canonicalParty } from "../../src/normalize/parties.ts";

describe("canonicalParty", () => {
  it.each([
    ["GL", "GroenLinks"],
    ["Groenlinks", "GroenLinks"],
    ["GL-PvdA", "GroenLinks-PvdA"],
    ["GroenLinks-PvdA", "GroenLinks-PvdA"],
    ["CU", "ChristenUnie"],
    ["Denk", "DENK"],
    ["Partij voor de Dieren", "PvdD"],
    ["Nieuw Sociaal Contract", "NSC"],
    ["vvd", "VVD"],
  ])("files %s under %s", (printed, canonical) => {
    expect(canonicalParty(printed)).toBe(canonical);
  });

  it("keeps a party it does not know as printed, whitespace tidied", () => {
    expect(canonicalParty("Groep Van Haga")).toBe("Groep Van Haga");
    expect(canonicalParty(" Lid  Omtzigt ")).toBe("Lid Omtzigt");
  });
});
