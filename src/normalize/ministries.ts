/**
 * Which ministry a title or portfolio belongs to, with one canonical name per ministry.
 *
 * Documents name ministries in many ways: an addressee `Minister van Justitie en Veiligheid`, a
 * respondent's portfolio `Financiën – Fiscaliteit en Belastingdienst`, an abbreviation `(BZ)`, or a
 * minister without a ministry of their own (`Minister voor Klimaat en Energie`, who belonged to EZK and,
 * since 2 July 2024, to KGG). This module is the one place that knows the ministries and those
 * ministers; it never changes what a record says: the normalizer stores its reading beside the printed
 * names (the record's `ministries`, ./canonical.ts), and the site groups records by it. A name it does
 * not know is kept as its own entry rather than dropped.
 */
import type { Ministry } from "../model.ts";

export type { Ministry } from "../model.ts";

interface MinistryDefinition {
  id: string;
  name: string;
  abbreviation: string;
  /** Other ways documents write the name (the abbreviation and the name itself always match). */
  aliases?: readonly string[];
  /**
   * When the ministry went by this name, `from` inclusive and `until` exclusive (ISO dates). Only
   * used to choose between a ministry and a minister's portfolio that share a name.
   */
  from?: string;
  until?: string;
}

/**
 * Ministries of the Netherlands under their names since the 1990s. Renamed ministries are entries of
 * their own (EZ, EZK; LNV, LVVN), since documents and readers know them by the name of their time.
 */
const MINISTRY_DEFINITIONS: readonly MinistryDefinition[] = [
  { id: "az", abbreviation: "AZ", name: "Algemene Zaken" },
  { id: "aenm", abbreviation: "AenM", name: "Asiel en Migratie", aliases: ["A&M"], from: "2024-07-02" },
  { id: "bz", abbreviation: "BZ", name: "Buitenlandse Zaken", aliases: ["BuZa"] },
  { id: "bzk", abbreviation: "BZK", name: "Binnenlandse Zaken en Koninkrijksrelaties", aliases: ["Binnenlandse Zaken"] },
  { id: "defensie", abbreviation: "Def", name: "Defensie", aliases: ["MinDef"] },
  { id: "ez", abbreviation: "EZ", name: "Economische Zaken" },
  { id: "ezk", abbreviation: "EZK", name: "Economische Zaken en Klimaat", aliases: ["EZ&K"], from: "2017-10-26", until: "2024-07-02" },
  { id: "eli", abbreviation: "EL&I", name: "Economische Zaken, Landbouw en Innovatie", aliases: ["ELenI"], from: "2010-10-14", until: "2012-11-05" },
  { id: "financien", abbreviation: "Fin", name: "Financiën" },
  { id: "ienm", abbreviation: "IenM", name: "Infrastructuur en Milieu", aliases: ["I&M"], from: "2010-10-14", until: "2017-10-26" },
  { id: "ienw", abbreviation: "IenW", name: "Infrastructuur en Waterstaat", aliases: ["I&W"], from: "2017-10-26" },
  { id: "jenv", abbreviation: "JenV", name: "Justitie en Veiligheid", aliases: ["J&V"], from: "2017-10-26" },
  { id: "justitie", abbreviation: "Just", name: "Justitie", until: "2010-10-14" },
  { id: "kgg", abbreviation: "KGG", name: "Klimaat en Groene Groei", from: "2024-07-02" },
  { id: "lnv", abbreviation: "LNV", name: "Landbouw, Natuur en Voedselkwaliteit", until: "2024-07-02" },
  { id: "lvvn", abbreviation: "LVVN", name: "Landbouw, Visserij, Voedselzekerheid en Natuur", from: "2024-07-02" },
  { id: "ocw", abbreviation: "OCW", name: "Onderwijs, Cultuur en Wetenschap", aliases: ["OC&W", "OCenW"] },
  { id: "szw", abbreviation: "SZW", name: "Sociale Zaken en Werkgelegenheid" },
  { id: "venj", abbreviation: "VenJ", name: "Veiligheid en Justitie", aliases: ["V&J"], from: "2010-10-14", until: "2017-10-26" },
  { id: "venw", abbreviation: "VenW", name: "Verkeer en Waterstaat", aliases: ["V&W"], until: "2010-10-14" },
  { id: "vro", abbreviation: "VRO", name: "Volkshuisvesting en Ruimtelijke Ordening", from: "2024-07-02" },
  { id: "vrom", abbreviation: "VROM", name: "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer", until: "2010-10-14" },
  { id: "vws", abbreviation: "VWS", name: "Volksgezondheid, Welzijn en Sport" },
];

interface PortfolioDefinition {
  /** The portfolio as in `Minister voor …`. */
  name: string;
  /** The id of the ministry it belongs to. */
  ministry: string;
  from?: string;
  until?: string;
}

/**
 * Ministers without a ministry of their own (`Minister voor …`) and where they belong. A portfolio
 * that moved lists each period.
 */
const PORTFOLIO_DEFINITIONS: readonly PortfolioDefinition[] = [
  { name: "Armoedebeleid, Participatie en Pensioenen", ministry: "szw" },
  { name: "Basis- en Voortgezet Onderwijs en Media", ministry: "ocw" },
  { name: "Bestuurlijke Vernieuwing en Koninkrijksrelaties", ministry: "bzk" },
  { name: "Buitenlandse Handel en Ontwikkelingshulp", ministry: "bz" },
  { name: "Buitenlandse Handel en Ontwikkelingssamenwerking", ministry: "bz" },
  { name: "Immigratie en Asiel", ministry: "bzk" },
  { name: "Immigratie, Integratie en Asiel", ministry: "bzk" },
  { name: "Jeugd en Gezin", ministry: "vws" },
  { name: "Klimaat en Energie", ministry: "ezk", until: "2024-07-02" },
  { name: "Klimaat en Energie", ministry: "kgg", from: "2024-07-02" },
  { name: "Langdurige Zorg en Sport", ministry: "vws" },
  { name: "Medische Zorg", ministry: "vws" },
  { name: "Medische Zorg en Sport", ministry: "vws" },
  { name: "Migratie", ministry: "jenv" },
  { name: "Milieu en Wonen", ministry: "bzk" },
  { name: "Natuur en Stikstof", ministry: "lnv" },
  { name: "Ontwikkelingssamenwerking", ministry: "bz" },
  { name: "Primair en Voortgezet Onderwijs", ministry: "ocw" },
  { name: "Rechtsbescherming", ministry: "jenv" },
  { name: "Vreemdelingenzaken en Integratie", ministry: "justitie" },
  { name: "Volkshuisvesting en Ruimtelijke Ordening", ministry: "bzk", until: "2024-07-02" },
  { name: "Wonen en Rijksdienst", ministry: "bzk" },
  { name: "Wonen, Wijken en Integratie", ministry: "vrom" },
];

/** What a name is compared by: no case, no diacritics, `&` as `en`, no spaces or punctuation. */
export function matchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, "en")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const MINISTRIES = new Map<string, Ministry>(
  MINISTRY_DEFINITIONS.map((d) => [d.id, Object.freeze({ id: d.id, name: d.name, abbreviation: d.abbreviation, known: true })]),
);

interface Candidate {
  ministry: Ministry;
  from?: string | undefined;
  until?: string | undefined;
}

function index<T>(entries: Iterable<[string, T]>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [key, value] of entries) map.set(key, [...(map.get(key) ?? []), value]);
  return map;
}

const BY_MINISTRY_NAME = index<Candidate>(
  MINISTRY_DEFINITIONS.flatMap((d) =>
    [d.name, d.abbreviation, ...(d.aliases ?? [])].map((name): [string, Candidate] => [
      matchKey(name),
      { ministry: MINISTRIES.get(d.id) as Ministry, from: d.from, until: d.until },
    ]),
  ),
);

const BY_PORTFOLIO = index<Candidate>(
  PORTFOLIO_DEFINITIONS.map((p): [string, Candidate] => {
    const ministry = MINISTRIES.get(p.ministry);
    if (!ministry) throw new Error(`portfolio ${p.name}: no ministry ${p.ministry}`);
    return [matchKey(p.name), { ministry, from: p.from, until: p.until }];
  }),
);

/** Every ministry this module knows, by canonical name. */
export function knownMinistries(): Ministry[] {
  return [...MINISTRIES.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

/** A known ministry by its id. */
export function ministryById(id: string): Ministry | undefined {
  return MINISTRIES.get(id);
}

const ROLE = /^(?:(?:de|het)\s+)?(minister-president|viceminister-president|ministerie|ministers?|staatssecretaris(?:sen)?)(?![\p{L}-])\s*/iu;
const PREPOSITION = /^(van|voor)\s+/iu;
/** A sub-portfolio after a spaced dash (`Financiën – Fiscaliteit en Belastingdienst`), or in parentheses. */
const SUB_PORTFOLIO = /\s+[–—-]\s+.*$|\s*\(.*\)\s*$/su;

function inPeriod(candidate: Candidate, date: string | null | undefined): boolean {
  if (!date) return true;
  return (!candidate.from || date >= candidate.from) && (!candidate.until || date < candidate.until);
}

/** The first candidate of the first list that fits the date, else the first of any list. */
function choose(lists: ReadonlyArray<readonly Candidate[] | undefined>, date: string | null | undefined): Ministry | undefined {
  for (const list of lists) {
    const fitting = list?.find((candidate) => inPeriod(candidate, date));
    if (fitting) return fitting.ministry;
  }
  for (const list of lists) {
    if (list?.[0]) return list[0].ministry;
  }
  return undefined;
}

/**
 * The ministry of a title or portfolio as documents print it: `Minister van Financiën`, `Minister voor
 * Klimaat en Energie`, `Staatssecretaris van Volksgezondheid, Welzijn en Sport`, `Minister-President`,
 * `Financiën – Fiscaliteit en Belastingdienst`, `BZK`. `date` (ISO) is when the title was used; it
 * decides where a portfolio that moved belongs. A name it does not know becomes an entry of its own
 * (`known: false`, named as printed); a bare role such as `Minister` gives null.
 */
export function ministryOf(title: string, date?: string | null): Ministry | null {
  let rest = title
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/[.,;:]+$/u, "");
  const role = ROLE.exec(rest);
  if (role) {
    if (/^(?:vice)?minister-president$/iu.test(role[1] ?? "")) return MINISTRIES.get("az") as Ministry;
    rest = rest.slice(role[0].length);
  }
  const preposition = PREPOSITION.exec(rest);
  if (preposition) rest = rest.slice(preposition[0].length);
  rest = rest.replace(SUB_PORTFOLIO, "").trim();
  if (rest === "") return null;

  const key = matchKey(rest);
  if (key === "") return null;
  const asMinistry = BY_MINISTRY_NAME.get(key);
  const asPortfolio = BY_PORTFOLIO.get(key);
  // `Minister voor X` names a portfolio; `Minister van X` and a bare name name a ministry first.
  const lists = preposition?.[1]?.toLowerCase() === "voor" ? [asPortfolio, asMinistry] : [asMinistry, asPortfolio];
  const known = choose(lists, date);
  if (known) return known;
  return { id: `?${key}`, name: rest, abbreviation: null, known: false };
}

/** The ministry of a respondent: by portfolio, or by role for the Minister-President. */
export function respondentMinistry(respondent: { role: string; portfolio: string | null }, date?: string | null): Ministry | null {
  if (respondent.portfolio) return ministryOf(respondent.portfolio, date);
  return ministryOf(respondent.role, date);
}

/**
 * Every ministry a record involves, once each: those it is addressed to (as of the day the questions
 * were sent), then those that answer or are answered for (as of the answer). Unknown names included.
 */
export function recordMinistries(record: {
  addressees: readonly string[];
  respondents: ReadonlyArray<{ role: string; portfolio: string | null }>;
  onBehalfOf: readonly string[];
  submitted: string | null;
  answered: string | null;
}): Ministry[] {
  const asked = record.submitted ?? record.answered;
  const answered = record.answered ?? record.submitted;
  const all = [
    ...record.addressees.map((title) => ministryOf(title, asked)),
    ...record.respondents.map((respondent) => respondentMinistry(respondent, answered)),
    ...record.onBehalfOf.map((title) => ministryOf(title, answered)),
  ];
  const seen = new Map<string, Ministry>();
  for (const ministry of all) {
    if (ministry && !seen.has(ministry.id)) seen.set(ministry.id, ministry);
  }
  return [...seen.values()];
}
