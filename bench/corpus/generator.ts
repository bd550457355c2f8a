/**
 * A seeded generator of Kamervragen documents in the markdown form (or the same documents in the
 * publisher's XML form, ./xml.ts), for benchmarks: the structure and
 * variants of the real documents (docs/record.md: masthead or not, number heading, question sentence
 * with one to three askers and every party form, shared-title addressees, subjects with guillemets,
 * answer sentence with «mede namens» and «Zie ook», Mededelingen and postponement notices, 2–15
 * questions, grouped answers, footnotes with URLs, lists, tables, hard wraps), spread over the
 * vergaderjaren 1995–1996 to 2024–2025 with 2,500–4,000 items a year, unique ids, about 12 KB a document.
 *
 * Everything depends on the seed only: the same seed and count give byte-identical files on any machine.
 * Each document has its own random stream (seed + id), so documents can be generated one at a time.
 * The XML form takes no draw of its own: a seed gives the same documents (ids, askers, questions,
 * answers, footnotes) in either form, and the markdown form the bytes it gave before the XML form was.
 */
import { Random } from "./random.ts";
import { markName, printNames, type DocumentParts } from "./parts.ts";
import { renderXml } from "./xml.ts";
import {
  ACTIONS,
  ADJECTIVES,
  COMPOUND_TAILS,
  INSTRUMENTS,
  MINISTRIES,
  MONTHS,
  NAME_PREFIXES,
  NEWS_OUTLETS,
  ORGANISATIONS,
  PARTIES,
  PLACES,
  POLICY_NOUNS,
  SURNAMES,
  TIME_PHRASES,
  TOPICS,
  type MinistrySpec,
  type PartySpec,
  type Topic,
} from "./vocabulary.ts";

export const FIRST_SESSION = 1995;
export const LAST_SESSION = 2024; // 2024–2025
/** Share of Eerste Kamer items (a few hundred of the 87,000). */
const EK_SHARE = 0.004;

export interface PlannedDocument {
  house: "tk" | "ek";
  /** First calendar year of the vergaderjaar. */
  session: number;
  number: number;
  /** Where in the vergaderjaar it was answered, 0..1 (follows the number). */
  position: number;
}

export type DocumentKind = "antwoord" | "mededeling" | "uitstel";
export type DocumentStyle = "authored" | "converted" | "inline";

/** What a generated document contains, for tests of variety and for the benchmark's notes. */
export interface Variant {
  kind: DocumentKind;
  style: DocumentStyle;
  masthead: boolean;
  frontMatter: boolean;
  hardWrapped: boolean;
  askers: number;
  askerForm: "single" | "each" | "beiden" | "allen" | "mixed";
  missingSpace: boolean;
  addressees: number;
  sharedTitle: boolean;
  respondents: number;
  medeNamens: boolean;
  seeAlso: boolean;
  guillemets: boolean;
  questions: number;
  answers: number;
  groupedAnswers: number;
  groupedQuestions: number;
  footnotes: number;
  urls: number;
  lists: number;
  tables: number;
  quotes: number;
  headingForms: string[];
}

export interface GeneratedDocument {
  id: string;
  /** Path under the corpus folder: `<vergaderjaar>/<id>.md` (the XML form: `<vergaderjaar>/<id>.xml`). */
  path: string;
  content: string;
  /** What the document holds; the markdown form's look (style, hard wraps, heading forms) too, which the XML form does not have. */
  variant: Variant;
}

/** The markdown form (the default), or the publisher's XML (`<officiele-publicatie>`) of the same documents. */
export type CorpusForm = "markdown" | "xml";

export const CORPUS_FORMS: readonly CorpusForm[] = ["markdown", "xml"];

export interface CorpusOptions {
  count: number;
  seed: string;
  /** Default `markdown`. */
  form?: CorpusForm;
}

// ---------------------------------------------------------------------------------------------------
// Dates

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

function fromDayNumber(n: number): string {
  const d = new Date(n * 86_400_000);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(n: number): number {
  return new Date(n * 86_400_000).getUTCDay();
}

/** Prinsjesdag, the third Tuesday of September: the vergaderjaar starts on it. */
export function prinsjesdag(year: number): string {
  const firstWeekday = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - firstWeekday + 7) % 7);
  return toIso(year, 9, firstTuesday + 14);
}

/** `2024-01-03` → `3 januari 2024`. */
export function dutchDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

function sessionLabel(session: number, dash = "–"): string {
  return `${session}${dash}${session + 1}`;
}

// ---------------------------------------------------------------------------------------------------
// The plan: how many items each vergaderjaar has, and which numbers the corpus holds

/** Items a vergaderjaar has in reality (2,500–4,000, rising over the years, about 87,000 in all), fixed by the seed. */
export function sessionSizes(seed: string): Map<number, number> {
  const rng = new Random(`${seed}:sessions`);
  const sizes = new Map<number, number>();
  for (let y = FIRST_SESSION; y <= LAST_SESSION; y++) {
    // About 87,000 over the thirty years, the later years busier.
    const trend = 2550 + (800 * (y - FIRST_SESSION)) / (LAST_SESSION - FIRST_SESSION);
    const size = Math.round(trend + (rng.next() - 0.5) * 700);
    sizes.set(y, Math.min(4000, Math.max(2500, size)));
  }
  return sizes;
}

/** Splits `total` over the weights by largest remainder: deterministic, sums exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k]![1]]! += 1;
  return counts;
}

/** `count` distinct numbers in 1..size, spread evenly with jitter, ascending. */
function spreadNumbers(rng: Random, count: number, size: number): number[] {
  const range = Math.max(size, count);
  const numbers: number[] = [];
  for (let k = 0; k < count; k++) {
    const lo = Math.floor((k * range) / count);
    const hi = Math.floor(((k + 1) * range) / count) - 1;
    numbers.push(1 + lo + Math.floor(rng.next() * (hi - lo + 1)));
  }
  return numbers;
}

/** Every document of the corpus: house, vergaderjaar and number, in id order. */
export function planCorpus(options: CorpusOptions): PlannedDocument[] {
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, got ${count}`);
  const sizes = sessionSizes(seed);
  const sessions = [...sizes.keys()];
  const ekCount = Math.round(count * EK_SHARE);
  const tkCount = count - ekCount;
  const tk = apportion(
    tkCount,
    sessions.map((s) => sizes.get(s)!),
  );
  const ek = apportion(
    ekCount,
    sessions.map(() => 1),
  );
  const rng = new Random(`${seed}:numbers`);
  const plan: PlannedDocument[] = [];
  sessions.forEach((session, i) => {
    for (const [house, n, size] of [
      ["tk", tk[i]!, sizes.get(session)!],
      ["ek", ek[i]!, 40],
    ] as const) {
      const range = Math.max(size, n);
      for (const number of spreadNumbers(rng, n, range)) {
        plan.push({ house, session, number, position: Math.min(0.999, (number - 0.5) / range) });
      }
    }
  });
  return plan;
}

export function documentId(p: PlannedDocument): string {
  return `ah-${p.house}-${p.session}${p.session + 1}-${p.number}`;
}

/** Generates the whole corpus, one document at a time. */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedDocument> {
  for (const planned of planCorpus(options)) yield generateDocument(planned, options.seed, options.form);
}

// ---------------------------------------------------------------------------------------------------
// People and titles

interface Title {
  role: "Minister" | "Staatssecretaris" | "Minister-President";
  ministry: MinistrySpec;
}

function ministryAt(key: string, iso: string): MinistrySpec | null {
  return MINISTRIES.find((m) => m.key === key && (!m.from || iso >= m.from) && (!m.until || iso < m.until)) ?? null;
}

/** `Minister van Financiën`, `Minister voor Klimaat en Energie`, `Minister-President`. */
function titleText(t: Title): string {
  if (t.role === "Minister-President") return "Minister-President, Minister van Algemene Zaken";
  return `${t.role} ${t.ministry.preposition} ${t.ministry.name}`;
}

function capitalizeName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A surname as printed alone: `Van den Berg`, `De Vries`, `Faber-van de Klashorst`, `Kostić`. */
function personName(rng: Random): string {
  const base = rng.pick(SURNAMES);
  const r = rng.next();
  if (r < 0.12) {
    const other = rng.pick(SURNAMES);
    return `${capitalizeName(base)}-${other}`;
  }
  if (r < 0.2 && !/^(?:van|de|ter|den|in)\b/iu.test(base)) return `${rng.pick(NAME_PREFIXES)} ${base}`;
  return capitalizeName(base);
}

// ---------------------------------------------------------------------------------------------------
// Words and sentences

class Writer {
  readonly footnotes: string[] = [];
  urls = 0;
  lists = 0;
  tables = 0;
  quotes = 0;

  constructor(
    readonly rng: Random,
    readonly topic: Topic,
    readonly year: number,
    readonly answeredIso: string,
  ) {}

  /** Guilders before 2002. */
  get currency(): string {
    return this.year < 2002 ? "gulden" : "euro";
  }

  place(): string {
    return this.rng.pick(PLACES);
  }

  org(): string {
    return this.rng.pick(ORGANISATIONS);
  }

  noun(): string {
    return this.rng.pick(this.topic.nouns);
  }

  /** A compound word of the field: `jeugdzorgbeleid`, `woningbouwopgave`, `stikstofmaatregelen`. */
  compound(): string {
    const stem = this.rng.pick(this.topic.stems);
    const tail = this.rng.pick(COMPOUND_TAILS);
    const joint = /(?:heid|ing|schap|arbeid|recht)$/u.test(stem) && !/^belasting$/u.test(stem) ? "s" : "";
    if (this.rng.chance(0.25)) {
      const middle = this.rng.pick(this.topic.stems.filter((s) => s !== stem).concat(["uitvoerings", "actie", "investerings", "herstel"]));
      return `${stem}${joint}${middle}${tail}`;
    }
    return `${stem}${joint}${tail}`;
  }

  number(min: number, max: number): string {
    const n = this.rng.int(min, max);
    // Dutch thousands: a point (1.250), or a space in official prints (14 000).
    const s = String(n);
    if (n < 10_000) return s;
    return s.replace(/\B(?=(\d{3})+(?!\d))/gu, this.rng.chance(0.5) ? "." : " ");
  }

  pastDate(maxDaysBack: number): string {
    const n = dayNumber(this.answeredIso) - this.rng.int(3, maxDaysBack);
    return dutchDate(fromDayNumber(n));
  }

  dossier(): string {
    return `${this.rng.int(21, 36)} ${this.rng.int(100, 999)}`;
  }

  kamerstuk(): string {
    return `Kamerstuk ${this.dossier()}, nr. ${this.rng.int(1, 320)}`;
  }

  headline(): string {
    return this.rng.pick(this.topic.headlines).replace("{place}", this.place()).replace("{org}", capitalizeName(this.org()));
  }

  slug(text: string): string {
    return text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, "-")
      .replace(/^-|-$/gu, "")
      .slice(0, 70);
  }

  /** A footnote text with a URL, a Kamerstuk or a report; returns the reference `[^n]`. */
  footnote(kind: "news" | "any" = "any", headline?: string): string {
    const r = kind === "news" ? 0 : this.rng.next();
    let text: string;
    if (r < 0.45) {
      const outlet = this.rng.pick(NEWS_OUTLETS);
      const title = headline ?? this.headline();
      const slug = this.slug(title);
      const url =
        outlet.path === "nos"
          ? `https://nos.nl/artikel/${this.rng.int(2_100_000, 2_599_999)}-${slug}`
          : outlet.path === "dpg"
            ? `https://${outlet.host}/nieuws/${slug}~b${this.rng.hex(8)}/`
            : `https://${outlet.host}/${this.rng.pick(["nieuws", "artikel", "binnenland", "politiek"])}/${this.rng.int(10000, 999999)}/${slug}`;
      text = this.rng.chance(0.3) ? `<${url}>` : `${outlet.name}, ${this.pastDate(40)}, «${title}», <${url}>`;
      this.urls++;
    } else if (r < 0.65) {
      text = this.rng.chance(0.5) ? this.kamerstuk() : `Motie van het lid ${personName(this.rng)} c.s. over ${this.compound()}, ${this.kamerstuk()}`;
    } else if (r < 0.8) {
      const y = this.year;
      text = `Aanhangsel Handelingen II ${y - 1}/${String(y).slice(2)}, nr. ${this.rng.int(100, 3900)}`;
    } else {
      const path = `${this.year}/${String(this.rng.int(1, 12)).padStart(2, "0")}/${String(this.rng.int(1, 28)).padStart(2, "0")}`;
      const org = this.org();
      text = `${capitalizeName(org)}, ${capitalizeName(this.compound())} ${this.year}, <https://www.rijksoverheid.nl/documenten/rapporten/${path}/${this.slug(`${org} ${this.compound()}`)}>`;
      this.urls++;
    }
    this.footnotes.push(text);
    return `[^${this.footnotes.length}]`;
  }

  /** A claim, as in «Klopt het dat …». */
  claim(): string {
    const rng = this.rng;
    return rng.pick([
      `het aantal ${this.noun()} in ${this.place()} sinds ${this.year - rng.int(2, 6)} met ${rng.int(10, 60)} procent is gestegen`,
      `${this.org()} al in ${MONTHS[rng.int(0, 11)]} heeft gewaarschuwd voor de gevolgen van het ${this.compound()}`,
      `er in ${this.place()} meer dan ${this.number(120, 25000)} ${this.noun()} op een wachtlijst staan`,
      `de ${this.compound()} pas in ${this.year + rng.int(1, 4)} gereed zal zijn`,
      `gemeenten onvoldoende middelen krijgen voor de uitvoering van het ${this.compound()}`,
      `het ${this.compound()} niet aansluit bij de praktijk van ${this.noun()}`,
      `de kosten van de ${this.compound()} zijn opgelopen tot ${this.number(12, 900)} miljoen ${this.currency}`,
    ]);
  }

  opinion(): string {
    return this.rng.pick([
      `dit onacceptabel is voor ${this.noun()}`,
      `de ${this.compound()} dringend moet worden herzien`,
      `${this.noun()} recht hebben op duidelijkheid over het ${this.compound()}`,
      `de regering hier een eigen verantwoordelijkheid heeft`,
      `het huidige ${this.compound()} tekortschiet`,
    ]);
  }

  goal(): string {
    return this.rng.pick([
      `de wachttijden voor ${this.noun()} terug te dringen`,
      `herhaling te voorkomen`,
      `${this.noun()} in ${this.place()} beter te ondersteunen`,
      `de ${this.compound()} te versnellen`,
      `de uitvoering van het ${this.compound()} te verbeteren`,
    ]);
  }

  question(index: number, total: number, headline: string | null): string {
    const rng = this.rng;
    if (index === 0 && headline !== null) {
      const ref = rng.chance(0.8) ? this.footnote("news", headline) : "";
      return rng.pick([
        `Bent u bekend met het bericht «${headline}»?${ref}`,
        `Heeft u kennisgenomen van het bericht «${headline}» van ${this.pastDate(30)}?${ref}`,
        `Kent u het bericht «${headline}»?${ref}`,
      ]);
    }
    if (index === total - 1 && total > 3 && rng.chance(0.35)) {
      return "Kunt u deze vragen één voor één en binnen de gebruikelijke termijn van drie weken beantwoorden?";
    }
    const ref = () => (rng.chance(0.18) ? this.footnote() : "");
    const first = rng.pick([
      () => `Wat is uw reactie op het bericht dat ${this.claim()}?${ref()}`,
      () => `Klopt het dat ${this.claim()}?${ref()} Zo ja, hoe beoordeelt u dit?`,
      () =>
        `Kunt u aangeven hoeveel ${this.noun()} er in ${this.year - 1} in ${this.place()} waren, en hoe dit aantal zich sinds ${this.year - rng.int(3, 8)} heeft ontwikkeld?`,
      () => `Deelt u de mening dat ${this.opinion()}? Zo nee, waarom niet?`,
      () => `Bent u bereid in overleg te treden met ${this.org()} over het ${this.compound()}? Zo ja, op welke termijn? Zo nee, waarom niet?`,
      () => `Welke maatregelen gaat u nemen om ${this.goal()}?`,
      () => `Hoe verhoudt dit zich tot de motie van het lid ${personName(rng)} (${this.kamerstuk()}) over het ${this.compound()}?`,
      () => `In hoeverre is het ${this.compound()} toereikend om ${this.goal()}?${ref()}`,
      () => `Welke rol spelen ${this.noun()} en ${this.org()} bij de uitvoering van de ${this.compound()}?`,
    ])();
    if (rng.chance(0.45)) {
      const second = rng.pick([
        `Kunt u daarbij ingaan op de gevolgen voor ${this.noun()} in ${this.place()}?`,
        `Welke rol ziet u hierbij voor ${this.org()}?`,
        `Bent u bereid de Kamer hierover voor ${MONTHS[rng.int(0, 11)]} ${this.year + 1} te informeren?`,
        `Wat betekent dit voor de ${this.compound()}?`,
        `Is hierover overleg gevoerd met de betrokken gemeenten en ${this.noun()}?`,
      ]);
      return `${first} ${second}`;
    }
    return first;
  }

  sentence(previousQuestions: number): string {
    const rng = this.rng;
    const ref = () => (rng.chance(0.08) ? this.footnote() : "");
    const adj = () => rng.pick(ADJECTIVES);
    const actors = () => rng.pick(POLICY_NOUNS);
    const when = () => rng.pick(TIME_PHRASES);
    return rng.pick([
      () => `Het kabinet hecht groot belang aan een zorgvuldige uitvoering van het ${this.compound()}.`,
      () =>
        `Volgens de meest recente cijfers van ${this.org()} ging het in ${this.year - 1} om ${this.number(40, 48000)} ${this.noun()}, een ${rng.pick(["stijging", "daling"])} van ${rng.int(2, 38)} procent ten opzichte van het jaar daarvoor.${ref()}`,
      () =>
        `Zoals ik in mijn brief van ${this.pastDate(200)} (${this.kamerstuk()}) heb aangegeven, werk ik samen met ${this.org()} aan een ${this.compound()}.`,
      () => `Ik deel de zorgen van de leden over de gevolgen voor ${this.noun()} in ${this.place()}.`,
      () =>
        `Daarnaast wordt samen met ${this.org()} en de betrokken ${actors()} gewerkt aan een ${this.compound()}, waarvan de eerste resultaten in ${MONTHS[rng.int(0, 11)]} ${this.year + 1} worden verwacht.`,
      () => `Het is niet mogelijk om ${when()} een uitspraak te doen over de ${this.compound()}, omdat de benodigde gegevens pas later beschikbaar komen.`,
      () =>
        `De verantwoordelijkheid voor de ${this.compound()} ligt in eerste instantie bij ${rng.pick(["gemeenten", "provincies", "de betrokken instellingen", this.org()])}.`,
      () => `Voor ${this.year + 1} is ${this.number(3, 950)} miljoen ${this.currency} beschikbaar gesteld voor de ${this.compound()}.${ref()}`,
      () =>
        `Ik heb ${this.org()} gevraagd om vóór ${MONTHS[rng.int(0, 11)]} een ${this.compound()} op te stellen, zodat ${this.noun()} sneller duidelijkheid krijgen.`,
      () => `Uit de evaluatie van het ${this.compound()} blijkt dat ${actors()} in ${this.place()} nog onvoldoende worden bereikt.${ref()}`,
      () => `Het is aan ${this.org()} om binnen de wettelijke kaders een afweging te maken; ik treed daar niet in.`,
      () => `Wel ben ik bereid met ${this.org()} in gesprek te gaan over de ${this.compound()} en de mogelijkheden om ${this.goal()}.`,
      () => `Het ${this.compound()} wordt op dit moment herzien; de Kamer ontvangt daarover ${when()} een brief.`,
      () => `Ook in ${this.place()} en ${this.place()} zijn ${actors()} betrokken bij de ${this.compound()}.`,
      () =>
        `Dit is in lijn met het ${this.compound()} dat ${this.org()} in ${this.year - 1} heeft gepresenteerd, en met de afspraken in het ${this.compound()}.`,
      () => `Met ${rng.pick(INSTRUMENTS)} beoogt het kabinet de ${adj()} ${this.compound()} ${rng.pick(ACTIONS)}.`,
      () => `In overleg met ${actors()} en ${this.org()} wordt bezien of ${adj()} maatregelen nodig zijn om de ${this.compound()} ${rng.pick(ACTIONS)}.`,
      () => `De ${adj()} en ${adj()} aanpak van ${this.noun()} vraagt om een lange adem en om samenwerking tussen ${actors()}, ${actors()} en het Rijk.`,
      () =>
        `Het ${this.compound()} is ${rng.pick(["mede", "vooral", "onder meer"])} gericht op ${this.noun()} die te maken hebben met ${rng.pick(["lange wachttijden", "hoge kosten", "onduidelijke regels", "een stapeling van problemen", "onvoldoende ondersteuning"])}.`,
      () => `Ik zal de Kamer ${when()} informeren over de uitkomsten van ${rng.pick(INSTRUMENTS)} naar de ${this.compound()}.${ref()}`,
      () => `Daarbij is het van belang dat ${actors()} tijdig worden betrokken, zodat de ${adj()} gevolgen voor ${this.noun()} goed in beeld komen.`,
      () => `Signalen van ${actors()} over de ${this.compound()} neem ik serieus; ze worden meegenomen in ${rng.pick(INSTRUMENTS)}.`,
      () =>
        `Op grond van artikel ${rng.int(2, 60)} van de ${capitalizeName(this.compound())}wet hebben ${actors()} een ${adj()} taak bij de ${this.compound()}.`,
      () =>
        `In ${this.place()} loopt sinds ${MONTHS[rng.int(0, 11)]} ${this.year - 1} ${rng.pick(INSTRUMENTS)} met de ${this.compound()}; de ervaringen daarmee zijn ${rng.pick(["overwegend positief", "wisselend", "nog beperkt", "bemoedigend"])}.`,
      () =>
        `De kosten daarvan worden geraamd op ${this.number(2, 400)} miljoen ${this.currency} per jaar, waarvan een deel ten laste komt van het ${this.compound()}.`,
      () =>
        previousQuestions > 1
          ? `Voor het overige verwijs ik naar het antwoord op vraag ${rng.int(1, previousQuestions - 1)}.`
          : `De ${this.compound()} is hierop ingericht.`,
    ])();
  }

  paragraph(previousQuestions: number, min = 2, max = 6): string {
    const n = this.rng.int(min, max);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence(previousQuestions));
    return out.join(" ");
  }

  list(): string {
    this.lists++;
    const ordered = this.rng.chance(0.25);
    const n = this.rng.int(2, 5);
    const items: string[] = [];
    for (let i = 0; i < n; i++) {
      const text = this.rng.pick([
        `de ${this.compound()} in ${this.place()}`,
        `een ${this.compound()} met ${this.org()}`,
        `extra middelen voor ${this.noun()}`,
        `het versterken van het ${this.compound()}`,
        `de evaluatie van de ${this.compound()} in ${this.year + 1}`,
      ]);
      items.push(`${ordered ? `${i + 1}.` : "-"} ${text}${i === n - 1 ? "." : ";"}`);
    }
    const lead = this.rng.pick(["Daarbij gaat het onder meer om:", "Het kabinet neemt de volgende maatregelen:", "Concreet betekent dit:"]);
    return `${lead}\n\n${items.join("\n")}`;
  }

  table(): string {
    this.tables++;
    const places = this.rng.sample(PLACES, this.rng.int(2, 5));
    const rows = places.map((p) => `| ${p} | ${this.number(10, 9000)} | ${this.number(10, 9000)} |`);
    return `De cijfers per regio zijn als volgt:\n\n| Regio | ${this.year - 1} | ${this.year} |\n|---|---|---|\n${rows.join("\n")}`;
  }

  quote(): string {
    this.quotes++;
    const said = this.rng.pick([
      `De ${this.compound()} komt te laat voor ${this.noun()}`,
      `Wij zien dat ${this.noun()} in ${this.place()} tussen wal en schip vallen`,
      `Zonder extra middelen is het ${this.compound()} niet uitvoerbaar`,
      `Het ${this.compound()} werkt in de praktijk goed`,
    ]);
    return `> «${said}», aldus ${this.org()}.`;
  }

  /** An answer: a short first answer, or one to four paragraphs with now and then a list, table or quote. */
  answer(index: number, previousQuestions: number): string[] {
    const rng = this.rng;
    if (index === 0 && rng.chance(0.45)) {
      const short = rng.pick(["Ja.", "Ja, ik ben bekend met het bericht.", "Ja, dat bericht ken ik.", "Ja. Het bericht is mij bekend."]);
      return rng.chance(0.5) ? [short] : [`${short} ${this.paragraph(previousQuestions, 1, 3)}`];
    }
    if (rng.chance(0.06)) {
      return [rng.pick(["Nee.", "Ja.", previousQuestions > 1 ? `Zie het antwoord op vraag ${previousQuestions - 1}.` : "Ja.", "Dat is niet het geval."])];
    }
    const paragraphs: string[] = [];
    const count = rng.weighted([
      [1, 1],
      [2, 3],
      [3, 5],
      [4, 5],
      [5, 3],
      [6, 2],
    ] as const);
    for (let p = 0; p < count; p++) paragraphs.push(this.paragraph(previousQuestions, 3, 9));
    if (rng.chance(0.14)) paragraphs.splice(rng.int(1, paragraphs.length), 0, this.list());
    if (rng.chance(0.03)) paragraphs.push(this.table());
    if (rng.chance(0.04)) paragraphs.splice(1, 0, this.quote());
    return paragraphs;
  }
}

// ---------------------------------------------------------------------------------------------------
// Wrapping, as conversions of the printed page do

const LINE_START_FORBIDDEN = /^(?:\d|[-*+>#|]|\[\^|vraag|vragen|antwoord|mededeling|zie\s+ook)/iu;

/** Wraps a paragraph at about `width` columns, sometimes hyphenating a long word at the line end. */
export function hardWrap(text: string, width: number, rng: Random, hyphenate: boolean): string {
  const words = text.split(" ");
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (line === "") {
      line = word;
      continue;
    }
    if (line.length + 1 + word.length <= width) {
      line += ` ${word}`;
      continue;
    }
    // A long plain word may be split at the line end (`woningbouw-` / `opgave`).
    const room = width - line.length - 2;
    if (hyphenate && /^\p{Ll}{12,}[,.]?$/u.test(word) && room >= 5 && rng.chance(0.5)) {
      const cut = Math.min(room, word.length - 5);
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (!LINE_START_FORBIDDEN.test(tail)) {
        lines.push(`${line} ${head}-`);
        line = tail;
        continue;
      }
    }
    // Never start a line with what the normalizer would read as structure (a number, a bullet, a heading).
    if (LINE_START_FORBIDDEN.test(word) || /^[\d«]/u.test(word)) {
      line += ` ${word}`;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------
// One document

function joinNames(names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
}

interface Asking {
  /** The askers as the question sentence names them, each name marked ({@link markName}). */
  marked: string;
  count: number;
  form: Variant["askerForm"];
  missingSpace: boolean;
}

/** Years of the elections of the Tweede Kamer: each starts a roster of members (see {@link memberRoster}). */
export const ELECTIONS: readonly number[] = [1994, 1998, 2002, 2003, 2006, 2010, 2012, 2017, 2021, 2023];

/** A member of the Kamer: a name, a party and how keen a questioner (some ask far more than others). */
export interface Member {
  name: string;
  party: PartySpec;
  activity: number;
}

/** Seats, and the share of members of a party still sitting after an election. */
const SEATS = 150;
const RETURNING = 0.6;

const rosters = new Map<string, Member[][]>();

/**
 * The members of the Tweede Kamer per election period (see {@link ELECTIONS}), for a corpus seed: 150
 * seats shared by the parties sitting then, members returning after an election as in the real Kamer,
 * so that an archive of 30 years has about a thousand members, as the real one has, each asking
 * through the years for one party.
 */
export function memberRoster(seed: string): Member[][] {
  let roster = rosters.get(seed);
  if (roster) return roster;
  const rng = new Random(`${seed}:members`);
  const used = new Set<string>();
  const newMember = (party: PartySpec): Member => {
    let name = personName(rng);
    while (used.has(name)) name = personName(rng);
    used.add(name);
    // Heavy-tailed: most members ask a few questions, some very many.
    return { name, party, activity: 1 / (0.05 + rng.next()) };
  };
  roster = [];
  let previous: Member[] = [];
  for (const year of ELECTIONS) {
    const sitting = PARTIES.filter((p) => p.from <= year && p.until > year);
    const seats = apportion(
      SEATS,
      sitting.map((p) => p.weight),
    );
    const period: Member[] = [];
    sitting.forEach((party, i) => {
      const returning = previous.filter((m) => m.party === party && rng.chance(RETURNING)).slice(0, seats[i]);
      period.push(...returning);
      while (period.filter((m) => m.party === party).length < seats[i]!) period.push(newMember(party));
    });
    roster.push(period);
    previous = period;
  }
  rosters.set(seed, roster);
  return roster;
}

/** The members sitting in `year`. */
function membersIn(seed: string, year: number): Member[] {
  const roster = memberRoster(seed);
  let period = 0;
  while (period + 1 < ELECTIONS.length && ELECTIONS[period + 1]! <= year) period++;
  return roster[period]!;
}

function askersText(rng: Random, seed: string, year: number): Asking {
  const count = rng.weighted([
    [1, 60],
    [2, 28],
    [3, 12],
  ] as const);
  const b = markName;
  const sitting = membersIn(seed, year);
  const pickFrom = (members: readonly Member[], taken: readonly Member[]): Member | null => {
    const free = members.filter((m) => !taken.includes(m));
    return free.length === 0 ? null : rng.weighted(free.map((m) => [m, m.activity] as const));
  };
  const printed = (party: PartySpec) => rng.pick(party.printed);
  const first = pickFrom(sitting, [])!;
  if (count === 1) return { marked: `het lid ${b(first.name)} (${printed(first.party)})`, count, form: "single", missingSpace: false };
  // Questions asked together are mostly asked by members of one party.
  const party = sitting.filter((m) => m.party === first.party);
  const together: Member[] = [first];
  const shared = rng.chance(0.45);
  while (together.length < count) {
    const next = (shared ? pickFrom(party, together) : null) ?? pickFrom(sitting, together)!;
    together.push(next);
  }
  const names = together.map((m) => b(m.name));
  if (together.every((m) => m.party === first.party)) {
    const word =
      count === 2
        ? rng.weighted([
            ["beiden", 9],
            ["allebei", 1],
          ] as const)
        : "allen";
    const missingSpace = rng.chance(0.1);
    return {
      marked: `de leden ${joinNames(names)}${missingSpace ? "" : " "}(${word} ${printed(first.party)})`,
      count,
      form: count === 2 ? "beiden" : "allen",
      missingSpace,
    };
  }
  if (count === 3 && together[0]!.party === together[1]!.party) {
    // Two of one party, one of another: `A en B (beiden X) en C (Y)`.
    return {
      marked: `de leden ${names[0]} en ${names[1]} (beiden ${printed(first.party)}) en ${names[2]} (${printed(together[2]!.party)})`,
      count,
      form: "mixed",
      missingSpace: false,
    };
  }
  const withParties = together.map((m, i) => `${names[i]} (${printed(m.party)})`);
  return { marked: `de leden ${joinNames(withParties)}`, count, form: "each", missingSpace: false };
}

interface Addressing {
  text: string;
  titles: Title[];
  sharedTitle: boolean;
}

/** `de Minister van X`, `de Ministers van X en voor Y`, `de Staatssecretaris en de Minister van X`. */
function addresseesText(rng: Random, topic: Topic, iso: string): Addressing {
  const ministries: MinistrySpec[] = [];
  for (const key of topic.ministries) {
    const m = ministryAt(key, iso);
    if (m && !ministries.some((x) => x.name === m.name)) ministries.push(m);
  }
  if (ministries.length === 0) ministries.push(ministryAt("bzk", iso)!);
  const count = Math.min(
    ministries.length,
    rng.weighted([
      [1, 65],
      [2, 25],
      [3, 10],
    ] as const),
  );
  const chosen = ministries.slice(0, count);
  if (count === 1) {
    const m = chosen[0]!;
    if (m.preposition === "van" && rng.chance(0.12)) {
      // Both of one ministry: «de Staatssecretaris en de Minister van …».
      const titles: Title[] = [
        { role: "Staatssecretaris", ministry: m },
        { role: "Minister", ministry: m },
      ];
      return { text: `de Staatssecretaris en de Minister ${m.preposition} ${m.name}`, titles, sharedTitle: true };
    }
    const role = rng.chance(0.78) || m.preposition === "voor" ? "Minister" : "Staatssecretaris";
    return { text: `de ${role} ${m.preposition} ${m.name}`, titles: [{ role, ministry: m }], sharedTitle: false };
  }
  const titles: Title[] = chosen.map((m) => ({ role: "Minister", ministry: m }));
  if (rng.chance(0.6)) {
    // A shared title: «de Ministers van A, van B en voor C».
    const parts = chosen.map((m) => `${m.preposition} ${m.name}`);
    const text = `de Ministers ${parts.slice(0, -1).join(", ")} en ${parts.at(-1)}`;
    return { text, titles, sharedTitle: true };
  }
  const last = titles.at(-1)!;
  if (rng.chance(0.5) && last.ministry.preposition === "van") last.role = "Staatssecretaris";
  const text = titles.map((t) => `de ${titleText(t)}`);
  return { text: `${text.slice(0, -1).join(", ")} en ${text.at(-1)}`, titles, sharedTitle: false };
}

/** A respondent as the answer sentence names them, the name marked ({@link markName}). */
function respondentText(rng: Random, title: Title): string {
  const b = markName(personName(rng));
  if (title.role === "Minister-President") return `Minister-President ${b} (Algemene Zaken)`;
  const sub = title.role === "Staatssecretaris" && title.ministry.subPortfolios && rng.chance(0.5) ? ` – ${rng.pick(title.ministry.subPortfolios)}` : "";
  return `${title.role} ${b} (${title.ministry.name}${sub})`;
}

function subjectText(w: Writer, headline: string | null): { text: string; guillemets: boolean } {
  if (headline !== null) {
    const lead = w.rng.pick(["het bericht", "het bericht", "het artikel", "de uitzending van Nieuwsuur over het bericht"]);
    return { text: `${lead} «${headline}»`, guillemets: true };
  }
  return { text: w.rng.pick(w.topic.subjects).replace("{place}", w.place()).replace("{org}", w.org()), guillemets: false };
}

/** Which question numbers each answer covers: mostly one, sometimes `2 en 3` or `4, 5 en 6`. */
function groupAnswers(rng: Random, questions: number): number[][] {
  const groups: number[][] = [];
  for (let q = 1; q <= questions;) {
    const size = q < questions && rng.chance(0.13) ? (q + 1 < questions && rng.chance(0.25) ? 3 : 2) : 1;
    groups.push(Array.from({ length: size }, (_, k) => q + k));
    q += size;
  }
  return groups;
}

/** `2 en 3`, `4, 5 en 6`, or `2 t/m 4` for three or more. */
function numberList(rng: Random, numbers: readonly number[]): string {
  if (numbers.length >= 3 && rng.chance(0.3)) return `${numbers[0]} t/m ${numbers.at(-1)}`;
  return joinNames(numbers.map(String));
}

export function generateDocument(planned: PlannedDocument, seed: string, form: CorpusForm = "markdown"): GeneratedDocument {
  const id = documentId(planned);
  const rng = new Random(`${seed}:${id}`);
  const session = planned.session;
  const start = dayNumber(prinsjesdag(session));
  const end = dayNumber(prinsjesdag(session + 1)) - 1;
  let answered = start + Math.floor(planned.position * (end - start));
  if (weekday(answered) === 6) answered = answered - 1 >= start ? answered - 1 : answered + 2;
  if (weekday(answered) === 0) answered = answered + 1 <= end ? answered + 1 : answered - 2;
  const answeredIso = fromDayNumber(answered);
  const year = Number(answeredIso.slice(0, 4));
  const kind: DocumentKind = rng.weighted([
    ["antwoord", 87],
    ["mededeling", 3],
    ["uitstel", 10],
  ] as const);
  const submitted = answered - (kind === "uitstel" ? rng.int(20, 28) : rng.int(12, 75));
  const submittedIso = fromDayNumber(submitted);
  const topic = rng.pick(TOPICS);
  const w = new Writer(rng, topic, year, answeredIso);
  const style: DocumentStyle =
    planned.house === "ek"
      ? "converted"
      : rng.weighted([
          ["authored", 50],
          ["converted", 35],
          ["inline", 15],
        ] as const);
  const bold = style !== "converted" || rng.chance(0.6);
  const masthead = planned.house === "ek" || (style === "converted" ? rng.chance(0.8) : rng.chance(0.1));
  const frontMatter = style === "authored" && !masthead && rng.chance(0.4);
  const hardWrapped = style === "converted" && rng.chance(0.5);
  const width = rng.int(68, 84);
  const wrap = (text: string) => (hardWrapped ? hardWrap(text, width, rng, true) : text);

  const asking = askersText(rng, seed, year);
  const askers = printNames(asking.marked, bold);
  const askersPlain = printNames(asking.marked, false);
  const addressing = addresseesText(rng, topic, submittedIso);
  const headline = rng.chance(0.45) ? w.headline() : null;
  const subject = subjectText(w, headline);
  const italicSubject = bold && rng.chance(0.8);
  const subjectPrinted = italicSubject ? `*${subject.text}*` : subject.text;

  // Who answers: the first addressee (or the Minister-President now and then), for the others too.
  const signer: Title = rng.chance(0.02) ? { role: "Minister-President", ministry: ministryAt("az", answeredIso)! } : addressing.titles[0]!;
  const others = addressing.titles.filter((t) => t !== signer);
  const second = others.length > 0 && rng.chance(0.15) ? others.shift()! : null;
  const answerWord = kind === "antwoord" ? "Antwoord" : "Mededeling";
  // Up to «(ontvangen …)», the respondents' names marked.
  let answerOpening = `${answerWord} van ${respondentText(rng, signer)}`;
  if (second) answerOpening += ` en ${respondentText(rng, second)}`;
  const medeNamens = others.length > 0;
  if (medeNamens) {
    const titles = others.map((t) => `de ${titleText(t)}`);
    answerOpening += `, mede namens ${rng.chance(0.2) ? titles.join(" en ").replace(/^de /u, "") : joinNames(titles)}`;
  }
  const answerPeriod = !(kind === "uitstel" && rng.chance(0.5));
  const answerSentence = `${printNames(answerOpening, bold)} (ontvangen ${dutchDate(answeredIso)})${answerPeriod ? "." : ""}`;

  const seeAlso = kind === "antwoord" && rng.chance(0.08);
  // The same document as parts, for the XML form: every text as the markdown form has it before wrapping.
  const parts: DocumentParts = {
    id,
    house: planned.house,
    sessionYear: sessionLabel(session, "-"),
    number: planned.number,
    question: {
      askers: asking.marked,
      addressees: addressing.text,
      subject: subject.text,
      italicSubject,
      submitted: { iso: submittedIso, printed: dutchDate(submittedIso) },
    },
    answer: { opening: answerOpening, received: { iso: answeredIso, printed: dutchDate(answeredIso) }, period: answerPeriod, seeAlso: null },
    sections: [],
    footnotes: w.footnotes,
  };
  const blocks: string[] = [];
  if (frontMatter) blocks.push(`---\nsessionYear: ${sessionLabel(session, "-")}\n---`);
  if (masthead) {
    const house = planned.house === "ek" ? "Eerste Kamer der Staten-Generaal" : "Tweede Kamer der Staten-Generaal";
    const series = "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden";
    const forms = [
      `${house}\n\n2\n\nVergaderjaar ${sessionLabel(session)} Aanhangsel van de Handelingen\n\n**${series}**`,
      `# ${house}\n\n**Vergaderjaar ${sessionLabel(session)}**\n\n${series}`,
      // Without the house's name (the Tweede Kamer is the default): as some conversions have it.
      `\n# 2\n\n#### Vergaderjaar ${sessionLabel(session)} Aanhangsel van de Handelingen\n\n**Vragen gesteld door de leden der Kamer, met de daarop door de**\n**regering gegeven antwoorden**`,
    ];
    blocks.push(rng.pick(planned.house === "ek" ? forms.slice(0, 2) : forms));
  }
  const numberForm = rng.weighted([
    ["#", 3],
    ["##", 4],
    ["###", 2],
    ["**", 1],
    ["", 1],
  ] as const);
  blocks.push(numberForm === "**" ? `**${planned.number}**` : numberForm === "" ? String(planned.number) : `${numberForm} ${planned.number}`);

  const headingForms = new Set<string>();
  let questionCount = 0;
  let answerCount = 0;
  let groupedAnswers = 0;
  let groupedQuestions = 0;

  if (kind === "uitstel") {
    // A postponement notice: no question sentence of its own; the notice names the questions.
    blocks.push(wrap(answerSentence));
    const questionsNamed = `De vragen van ${askersPlain} aan ${addressing.text} over ${subject.text} (ingezonden ${dutchDate(submittedIso)}) kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.`;
    blocks.push(wrap(questionsNamed));
    const reason = rng.pick([
      "Voor de beantwoording is afstemming met andere departementen nodig.",
      `Voor de beantwoording is informatie nodig van ${w.org()}.`,
      "De beantwoording vergt meer tijd omdat gegevens moeten worden verzameld.",
      "Voor een zorgvuldige beantwoording is interdepartementale afstemming nodig.",
    ]);
    const closing = `${reason} Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.`;
    blocks.push(wrap(closing));
    parts.sections.push({ kind: "notice", heading: null, paragraphs: [questionsNamed, closing] });
  } else {
    blocks.push(wrap(`Vragen van ${askers} aan ${addressing.text} over ${subjectPrinted} (ingezonden ${dutchDate(submittedIso)}).`));
    blocks.push(wrap(answerSentence));
    if (seeAlso) {
      const earlier = planned.number > 200 ? rng.int(1, planned.number - 1) : rng.int(1, 3000);
      const earlierSession = planned.number > 200 ? session : session - 1;
      parts.answer.seeAlso = `Zie ook Aanhangsel Handelingen, vergaderjaar ${sessionLabel(earlierSession)}, nr. ${earlier}.`;
      blocks.push(parts.answer.seeAlso);
    }

    questionCount = rng.weighted([
      [2, 8],
      [3, 12],
      [4, 14],
      [5, 14],
      [6, 12],
      [7, 10],
      [8, 8],
      [9, 6],
      [10, 5],
      [11, 3],
      [12, 3],
      [13, 2],
      [14, 1],
      [15, 1],
    ] as const);
    const groups = kind === "antwoord" ? groupAnswers(rng, questionCount) : [];
    // Converted documents vary their heading markup within one file, as conversions do.
    const headingForm = (): string => {
      if (style === "authored") return rng.chance(0.85) ? "##" : "###";
      if (style === "inline") return "inline";
      return rng.weighted([
        ["**", 4],
        ["###", 3],
        ["####", 2],
        ["plain", 1],
      ] as const);
    };
    let docForm = headingForm();
    const heading = (label: string, text: string | null): string => {
      if (style === "converted" && rng.chance(0.25)) docForm = headingForm();
      const form = style === "inline" ? (text !== null ? "inline" : "**") : style === "authored" ? docForm : docForm;
      headingForms.add(form);
      if (form === "inline" && text !== null) return `**${label}:** ${text}`;
      if (form === "**") return `**${label}**`;
      if (form === "plain") return label;
      return `${form} ${label}`;
    };
    // Footnote definitions: at the end (authored), or after the block that cites them (the page's foot).
    let defined = 0;
    const flushFootnotes = (out: string[]) => {
      if (w.footnotes.length > defined) {
        out.push(
          w.footnotes
            .slice(defined)
            .map((t, k) => `[^${defined + k + 1}]: ${t}`)
            .join(style === "converted" ? "\n\n" : "\n"),
        );
        defined = w.footnotes.length;
      }
    };
    const body: string[] = [];
    const emitBlock = (label: string, paragraphs: string[]) => {
      parts.sections.push({ kind: label.startsWith("Vraag") ? "question" : "answer", heading: label, paragraphs });
      const [first, ...rest] = paragraphs;
      const wrapped = (p: string) => (p.startsWith("|") || /^(?:[-*>]|\d+\.)\s/mu.test(p) || p.includes("\n\n") ? p : wrap(p));
      if (style === "inline" && first !== undefined && !/^[|>-]|\n/u.test(first)) {
        body.push(heading(label, first));
        for (const p of rest) body.push(wrapped(p));
      } else {
        const h = heading(label, null);
        // Plain-text headings of converted documents run straight into their text, without a blank line.
        if (!h.startsWith("#") && !h.startsWith("*") && first !== undefined && !/^[|>-]/u.test(first)) body.push(`${h}\n${wrapped(first)}`);
        else body.push(h, ...(first !== undefined ? [wrapped(first)] : []));
        for (const p of rest) body.push(wrapped(p));
      }
      if (style === "converted" && rng.chance(0.7)) flushFootnotes(body);
    };

    // Texts are written in reading order, so that footnotes are numbered as they are read.
    const questionText = (n: number) => w.question(n - 1, questionCount, headline);

    if (kind === "antwoord") {
      // Questions come first, then answers, in pairs; a grouped answer follows its last question.
      for (const group of groups) {
        // Now and then the questions of a group share one heading (`Vraag 2 en 3`).
        if (group.length > 1 && rng.chance(0.2)) {
          groupedQuestions++;
          emitBlock(`Vraag ${numberList(rng, group)}`, group.map(questionText));
        } else {
          for (const n of group) emitBlock(`Vraag ${n}`, [questionText(n)]);
        }
        const paragraphs = w.answer(group[0]! - 1, group[0]!);
        if (group.length > 1) groupedAnswers++;
        emitBlock(`Antwoord ${numberList(rng, group)}`, paragraphs);
        answerCount++;
      }
    } else {
      // Answered elsewhere: the questions, then one Mededeling.
      for (let q = 1; q <= questionCount; q++) emitBlock(`Vraag ${q}`, [questionText(q)]);
      const letter = w.pastDate(10);
      const names = askersPlain.replace(/^het lid |^de leden /u, "");
      const notice = [
        `De vragen van ${asking.count === 1 ? "het lid" : "de leden"} ${names.replace(/\s*\([^()]*\)/gu, "")} zijn beantwoord bij brief van ${letter} (${w.kamerstuk()}).`,
        w.paragraph(1, 1, 3),
      ];
      const h = style === "converted" ? rng.pick(["**Mededeling**", "Mededeling", "### Mededeling"]) : "## Mededeling";
      body.push(h, ...notice.map(wrap));
      parts.sections.push({ kind: "notice", heading: null, paragraphs: notice });
    }
    flushFootnotes(body);
    blocks.push(...body);
  }

  let content = `${blocks.join("\n\n")}\n`;
  // Converters often leave a page-break rule or two; they carry no text.
  if (style === "converted" && rng.chance(0.3)) content = content.replace(/\n\n(?=\*\*Antwoord|### Antwoord)/u, "\n\n-----\n\n");
  const variant: Variant = {
    kind,
    style,
    masthead,
    frontMatter,
    hardWrapped,
    askers: asking.count,
    askerForm: asking.form,
    missingSpace: asking.missingSpace,
    addressees: addressing.titles.length,
    sharedTitle: addressing.sharedTitle,
    respondents: second ? 2 : 1,
    medeNamens,
    seeAlso,
    guillemets: subject.guillemets,
    questions: questionCount,
    answers: answerCount,
    groupedAnswers,
    groupedQuestions,
    footnotes: w.footnotes.length,
    urls: w.urls,
    lists: w.lists,
    tables: w.tables,
    quotes: w.quotes,
    headingForms: [...headingForms].sort(),
  };
  if (form === "xml") return { id, path: `${sessionLabel(session, "-")}/${id}.xml`, content: renderXml(parts), variant };
  return { id, path: `${sessionLabel(session, "-")}/${id}.md`, content, variant };
}
