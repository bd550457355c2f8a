/**
 * The few fixed words of the domain, in one place: parties seen in the Tweede Kamer since 1995 and the
 * role titles of members of government. Used to recognise structure and to warn about spellings that
 * may be typos; never to change what the document says.
 */

/** Party names and abbreviations as printed in Kamervragen (current and historical). */
// A word list, packed by hand rather than one name a line.
// prettier-ignore
export const KNOWN_PARTIES: readonly string[] = [
  "VVD", "PVV", "CDA", "D66", "GroenLinks", "GL", "SP", "PvdA", "GroenLinks-PvdA", "GL-PvdA", "ChristenUnie", "CU",
  "SGP", "PvdD", "Partij voor de Dieren", "DENK", "Denk", "50PLUS", "FvD", "Forum voor Democratie", "JA21", "Volt",
  "BBB", "BIJ1", "NSC", "Nieuw Sociaal Contract", "Groep Van Haga", "Groep Krol/Van Kooten-Arissen", "Lid Omtzigt",
  "Omtzigt", "Krol", "Van Kooten-Arissen", "Groep Wilders", "Groep Bontes/Van Klaveren", "Groep Kuzu/Öztürk",
  "LPF", "Leefbaar Nederland", "LN", "Groep Nawijn", "Groep Lazrak", "Groep Wijnschenk", "Groep Eerdmans/Van Schijndel",
  "Groep Markuszower", "RPF", "GPV", "AOV", "Unie 55+", "Groep Verdonk", "TON", "Lid Den Haan", "Den Haan",
  "Lid Van Haga", "Fractie Den Haan", "Groep Van Kooten-Arissen", "Lid Gündoğan", "Gündoğan", "Lid Simons",
  "Lid Kuzu", "Lid Öztürk", "Lid Klaver", "Lid Bontes", "Lid Van Klaveren", "Lid Houwers", "Lid Monasch",
  "Lid Van Vliet", "Lid Brinkman", "Lid Hernandez", "Lid Verdonk", "Lid Wijnschenk", "Lid Van Oudenallen",
  "Lid Lucassen", "Lid Kops", "PvdA/GL",
];

const knownParties = new Set(KNOWN_PARTIES);

/** Exact spelling, case included: `Groenlinks` is a typo worth a warning even though it is readable. */
export function isKnownParty(party: string): boolean {
  return knownParties.has(party);
}

/** Role titles of members of government, longest first so that `Minister-President` wins over `Minister`. */
export const ROLE_TITLES = ["Minister-President", "Minister-president", "Viceminister-President", "Staatssecretaris", "Minister"] as const;

/** The plural forms a shared-title addressee uses (`de Ministers van … en van …`). */
export const PLURAL_ROLES: Record<string, string> = {
  ministers: "Minister",
  staatssecretarissen: "Staatssecretaris",
};

export const ROLE_PATTERN = "(?:Minister-[Pp]resident|Viceminister-[Pp]resident|[Ss]taatssecretaris(?:sen)?|[Mm]inisters?)";

/** Particles of Dutch (and a few other) surnames, which begin a surname wherever they stand. */
// prettier-ignore
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op", "aan", "la", "le", "du", "da", "di", "von", "zu", "el", "al",
]);
