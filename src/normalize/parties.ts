/**
 * One name per party for browsing. Documents print a party in several ways (`GL` and `GroenLinks`,
 * `CU` and `ChristenUnie`, `Denk` and `DENK`); the record keeps what was printed, and the site groups
 * by the name given here. A party not in the list keeps its printed name.
 */
import { matchKey } from "./ministries.ts";

/** Canonical party names with the other ways documents print them. */
const PARTIES: ReadonlyArray<{ name: string; aliases: readonly string[] }> = [
  { name: "50PLUS", aliases: [] },
  { name: "BBB", aliases: ["BoerBurgerBeweging"] },
  { name: "BIJ1", aliases: [] },
  { name: "CDA", aliases: [] },
  { name: "ChristenUnie", aliases: ["CU"] },
  { name: "D66", aliases: [] },
  { name: "DENK", aliases: [] },
  { name: "FvD", aliases: ["Forum voor Democratie"] },
  { name: "GroenLinks", aliases: ["GL"] },
  { name: "GroenLinks-PvdA", aliases: ["GL-PvdA", "GL/PvdA", "GroenLinks/PvdA", "PvdA/GL", "PvdA-GroenLinks"] },
  { name: "JA21", aliases: [] },
  { name: "NSC", aliases: ["Nieuw Sociaal Contract"] },
  { name: "PvdA", aliases: [] },
  { name: "PvdD", aliases: ["Partij voor de Dieren"] },
  { name: "PVV", aliases: [] },
  { name: "SGP", aliases: [] },
  { name: "SP", aliases: [] },
  { name: "Volt", aliases: [] },
  { name: "VVD", aliases: [] },
];

const BY_KEY = new Map(PARTIES.flatMap(({ name, aliases }) => [name, ...aliases].map((variant) => [matchKey(variant), name] as const)));

/** `GL` → `GroenLinks`, `Denk` → `DENK`; any other party as printed (whitespace tidied). */
export function canonicalParty(party: string): string {
  const printed = party.replace(/\s+/gu, " ").trim();
  return BY_KEY.get(matchKey(printed)) ?? printed;
}
