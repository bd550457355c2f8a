/**
 * The ways into the corpus: every document grouped by vergaderjaar, party, member (asker), ministry,
 * policy topic and kind. Pure data, computed once per build from the records; the site turns it into
 * listing pages, index pages and feeds, and links each document page to its groups.
 */
import { labels } from "../labels.ts";
import { KINDS, type KamervraagRecord, type Kind, type Ministry } from "../model.ts";
import { answerTimeStats, type AnswerTimeStats } from "./answer-time.ts";
import { assignSlugs, slugify } from "./slug.ts";

export const FACETS = ["year", "party", "member", "ministry", "topic", "kind"] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The facets a site without groups in them does not show (no index, no listing, no navigation entry,
 * no search filter): the policy topics, which only documents read from the official publication's
 * metadata have.
 */
export const OPTIONAL_FACETS = ["topic"] as const satisfies readonly Facet[];

interface GroupBase {
  /** Identity within its facet (never shown). */
  key: string;
  /** The group's part of its URL, unique within its facet. */
  slug: string;
  /**
   * What the group is called: `2023–2024`, `VVD`, `Erkens (VVD)`, `Justitie en Veiligheid`,
   * `Sociale zekerheid: Organisatie en beleid`.
   */
  name: string;
  /** Its documents, newest first. */
  records: KamervraagRecord[];
  stats: AnswerTimeStats;
}

export interface YearGroup extends GroupBase {
  facet: "year";
  sessionYear: string;
}
export interface PartyGroup extends GroupBase {
  facet: "party";
  party: string;
}
export interface MemberGroup extends GroupBase {
  facet: "member";
  member: string;
  party: string;
}
export interface MinistryGroup extends GroupBase {
  facet: "ministry";
  ministry: Ministry;
}
export interface TopicGroup extends GroupBase {
  facet: "topic";
  /** The topic as the publisher prints it, spacing made even: `Sociale zekerheid | Organisatie en beleid`. */
  topic: string;
  /** The main topic: `Sociale zekerheid`. */
  main: string;
  /** The subtopic (`Organisatie en beleid`), or null for a main topic alone. */
  sub: string | null;
}
export interface KindGroup extends GroupBase {
  facet: "kind";
  kind: Kind;
}

export type Group = YearGroup | PartyGroup | MemberGroup | MinistryGroup | TopicGroup | KindGroup;
export type GroupOf<F extends Facet> = Extract<Group, { facet: F }>;

export interface Browse {
  /** Every document, newest first. */
  records: KamervraagRecord[];
  /** The groups of each facet, in the order their index lists them. */
  facets: { [F in Facet]: GroupOf<F>[] };
  /** The groups a document belongs to, per facet. */
  groupsOf(id: string): { [F in Facet]: GroupOf<F>[] };
}

const PARTICLE = /^(?:van|de|den|der|het|ten|ter|te|in|op|['’]t|d['’])$/iu;

/**
 * The name a member is filed under, as Dutch lists do: the surname without its particles. `Van Nispen`
 * under N; a first name or initials before it do not count (`Romke de Jong`, `S.P.R.A. van Weyenberg`
 * under J and W); without particles the surname is the last word (`Mona Keijzer` under K). A party
 * after the name (`Van Nispen (SP)`) is left out.
 */
export function sortName(name: string): string {
  const words = name
    .replace(/\s*\([^()]*\)\s*$/u, "")
    .split(/\s+/u)
    .filter((word) => word !== "" && !/^(?:\p{L}\.)+$/u.test(word));
  // A name that does not start with a letter is no name to read a surname from: filed as it is.
  if (words.length === 0 || !/^[\p{L}'’]/u.test(words[0]!)) return name.trim();
  const particle = words.findIndex((word) => PARTICLE.test(word));
  const surname = particle >= 0 ? words.slice(particle) : words.slice(-1);
  while (surname.length > 1 && PARTICLE.test(surname[0]!)) surname.shift();
  return surname.join(" ");
}

/** The letter of the alphabet a member is filed under (`Van Nispen` under N, `Özütok` under O); `#` for none. */
export function fileLetter(name: string): string {
  const first = sortName(name).normalize("NFD").replace(/\p{M}/gu, "").charAt(0).toUpperCase();
  return /^[A-Z]$/u.test(first) ? first : "#";
}

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

/** `Van Nispen` the same person whatever the spacing: the key of a member is name and party. */
function memberKey(name: string, party: string): string {
  return `${name.replace(/\s+/gu, " ").trim()}\u0000${party}`;
}

/**
 * A policy topic in its parts: `Sociale zekerheid | Organisatie en beleid` is the main topic
 * `Sociale zekerheid` and the subtopic `Organisatie en beleid`; a deeper level, if the publisher ever
 * prints one, stays part of the subtopic. Null for a topic of separators only.
 */
export function topicParts(topic: string): { key: string; main: string; sub: string | null } | null {
  const parts = topic
    .split("|")
    .map((part) => part.replace(/\s+/gu, " ").trim())
    .filter((part) => part !== "");
  const [main, ...rest] = parts;
  if (main === undefined) return null;
  return { key: parts.join(" | "), main, sub: rest.length > 0 ? rest.join(" | ") : null };
}

interface Draft<G extends Group> {
  group: Omit<G, "slug" | "stats">;
  preferredSlug: string;
}

/** Collects the groups of one facet, keeping the order records come in. */
class Collector<G extends Group> {
  readonly drafts = new Map<string, Draft<G>>();

  add(key: string, make: () => Draft<G>, record: KamervraagRecord): void {
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = make();
      this.drafts.set(key, draft);
    }
    if (draft.group.records.at(-1) !== record) draft.group.records.push(record);
  }

  /** The groups sorted for the index, each with its slug and answer-time figures. */
  finish(compare: (a: Omit<G, "slug" | "stats">, b: Omit<G, "slug" | "stats">) => number): G[] {
    const drafts = [...this.drafts.values()].sort((a, b) => compare(a.group, b.group));
    const slugs = assignSlugs(drafts.map((d) => ({ key: d.group.key, slug: d.preferredSlug })));
    return drafts.map((d) => ({ ...d.group, slug: slugs.get(d.group.key) ?? d.preferredSlug, stats: answerTimeStats(d.group.records) }) as G);
  }
}

/**
 * Groups the records (given newest first, as the corpus sorts them). Every kind gets a group, even an
 * empty one, so that `/soort/mededeling/` always exists.
 */
export function buildBrowse(records: readonly KamervraagRecord[]): Browse {
  const years = new Collector<YearGroup>();
  const parties = new Collector<PartyGroup>();
  const members = new Collector<MemberGroup>();
  const ministries = new Collector<MinistryGroup>();
  const topics = new Collector<TopicGroup>();
  const kinds = new Collector<KindGroup>();
  const base = (key: string, name: string) => ({ key, name, records: [] as KamervraagRecord[] });

  for (const kind of KINDS) {
    kinds.drafts.set(kind, { group: { facet: "kind", kind, ...base(kind, kind) }, preferredSlug: kind });
  }

  for (const record of records) {
    years.add(
      record.sessionYear,
      () => ({
        group: { facet: "year", sessionYear: record.sessionYear, ...base(record.sessionYear, record.sessionYear.replace("-", "–")) },
        preferredSlug: record.sessionYear,
      }),
      record,
    );
    for (const asker of record.askers) {
      const party = asker.canonicalParty;
      parties.add(party, () => ({ group: { facet: "party", party, ...base(party, party) }, preferredSlug: slugify(party) }), record);
      const member = asker.name.replace(/\s+/gu, " ").trim();
      const key = memberKey(member, party);
      members.add(
        key,
        () => ({
          group: { facet: "member", member, party, ...base(key, `${asker.fullName ?? member} (${party})`) },
          preferredSlug: `${slugify(member)}-${slugify(party)}`,
        }),
        record,
      );
      // Shown by the fullest name a document gives (the publisher's metadata), still filed and
      // addressed by the printed one, so that the listing's address never changes.
      const draft = members.drafts.get(key)!;
      if (asker.fullName !== undefined && draft.group.name === `${member} (${party})`) draft.group.name = `${asker.fullName} (${party})`;
    }
    for (const ministry of record.ministries) {
      ministries.add(
        ministry.id,
        () => ({
          group: { facet: "ministry", ministry, ...base(ministry.id, ministry.name) },
          preferredSlug: ministry.known ? ministry.id : slugify(ministry.name),
        }),
        record,
      );
    }
    for (const printed of record.topics) {
      const topic = topicParts(printed);
      if (!topic) continue;
      topics.add(
        topic.key,
        () => ({
          group: { facet: "topic", topic: topic.key, main: topic.main, sub: topic.sub, ...base(topic.key, labels.topicName(topic.main, topic.sub)) },
          preferredSlug: slugify(topic.key),
        }),
        record,
      );
    }
    kinds.add(
      record.kind,
      () => {
        throw new Error(`unknown kind ${record.kind}`);
      },
      record,
    );
  }

  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  const facets: Browse["facets"] = {
    year: years.finish((a, b) => (a.sessionYear < b.sessionYear ? 1 : a.sessionYear > b.sessionYear ? -1 : 0)),
    party: parties.finish(byName),
    member: members.finish(
      (a, b) => collator.compare(sortName(a.member), sortName(b.member)) || collator.compare(a.member, b.member) || collator.compare(a.party, b.party),
    ),
    // Known ministries first (alphabetically, so their slugs win), then names kept as printed.
    ministry: ministries.finish((a, b) => Number(b.ministry.known) - Number(a.ministry.known) || byName(a, b)),
    // By main topic, a main topic alone before its subtopics: the index files them under their main topic.
    topic: topics.finish(
      (a, b) => collator.compare(a.main, b.main) || Number(a.sub !== null) - Number(b.sub !== null) || collator.compare(a.sub ?? "", b.sub ?? ""),
    ),
    kind: kinds.finish((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)),
  };

  const memberships = new Map<string, { [F in Facet]: GroupOf<F>[] }>();
  for (const facet of FACETS) {
    for (const group of facets[facet] as Group[]) {
      for (const record of group.records) {
        let entry = memberships.get(record.id);
        if (!entry) {
          entry = { year: [], party: [], member: [], ministry: [], topic: [], kind: [] };
          memberships.set(record.id, entry);
        }
        (entry[facet] as Group[]).push(group);
      }
    }
  }
  // Within a document, groups follow the document's own order (askers as printed), not the index's.
  for (const record of records) {
    const entry = memberships.get(record.id);
    if (!entry) continue;
    const askerOrder = record.askers.map((a) => memberKey(a.name, a.canonicalParty));
    entry.member.sort((a, b) => askerOrder.indexOf(a.key) - askerOrder.indexOf(b.key));
    const partyOrder = record.askers.map((a) => a.canonicalParty);
    entry.party.sort((a, b) => partyOrder.indexOf(a.key) - partyOrder.indexOf(b.key));
    const ministryOrder = record.ministries.map((m) => m.id);
    entry.ministry.sort((a, b) => ministryOrder.indexOf(a.key) - ministryOrder.indexOf(b.key));
    const topicOrder = record.topics.map((topic) => topicParts(topic)?.key);
    entry.topic.sort((a, b) => topicOrder.indexOf(a.key) - topicOrder.indexOf(b.key));
  }

  const none = { year: [], party: [], member: [], ministry: [], topic: [], kind: [] };
  return {
    records: [...records],
    facets,
    groupsOf: (id) => memberships.get(id) ?? none,
  };
}

/**
 * The facets the site shows, in {@link FACETS} order: every one but an optional facet without groups
 * (a site where no document has a topic has no `/onderwerp/` pages).
 */
export function shownFacets(browse: Pick<Browse, "facets">): Facet[] {
  return FACETS.filter((facet) => !(OPTIONAL_FACETS as readonly Facet[]).includes(facet) || browse.facets[facet].length > 0);
}

const cache = new WeakMap<readonly KamervraagRecord[], Browse>();

/** {@link buildBrowse}, once per records array (one per build). */
export function browseOf(records: readonly KamervraagRecord[]): Browse {
  let browse = cache.get(records);
  if (!browse) {
    browse = buildBrowse(records);
    cache.set(records, browse);
  }
  return browse;
}

/** The title a group's pages and feed go by: `Vergaderjaar 2023–2024`, `Ministerie van Financiën`. */
export function groupTitle(group: Group): string {
  switch (group.facet) {
    case "year":
      return labels.yearTitle(group.name);
    case "ministry":
      return labels.ministryTitle(group.ministry.name, group.ministry.known);
    case "kind":
      return labels.kinds[group.kind].name;
    default:
      return group.name;
  }
}
