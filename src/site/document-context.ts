/**
 * What a document's page takes from the rest of the site: the subjects of the documents it names under
 * «Zie ook», the listings it is in, its search filters (named as the listings name them) and the main
 * navigation (which names the topics' index only when the site has topics). Its page
 * is made from its record and this alone (./document-view.ts, _includes/layouts/document.njk), so a
 * rebuild that finds both unchanged may keep the page it made before (src/render/corpus-pages.ts, input-key.ts).
 */
import type { Browse } from "./facets.ts";
import { labels } from "../labels.ts";
import type { KamervraagRecord } from "../model.ts";
import { documentHeading } from "./format.ts";
import { navigation, type NavigationItem } from "./navigation.ts";
import { searchFields, type SearchFields } from "./search-fields.ts";
import { groupUrl } from "./urls.ts";

/** A row of links from a document to the listings it is in: `Partij` → `SP`. */
export interface RelatedRow {
  term: string;
  links: Array<{ text: string; href: string }>;
}

export interface DocumentContext {
  /** Each document named under «Zie ook», with its title when the site has it (else null). */
  seeAlso: Array<{ id: string; title: string | null }>;
  /** The listings the document is in (askers, parties, ministries, topics, vergaderjaar, kind). */
  related: RelatedRow[];
  /** The listing of each asker, in the record's order (its metadata links the name there). */
  askerUrls: Array<string | null>;
  /**
   * The site's main navigation, which names the topics' index only when some document has a topic:
   * part of what the page is made from, so that a rebuild remakes every page when that changes.
   */
  navigation: NavigationItem[];
  /** What the search index knows of the document besides its text. */
  search: SearchFields;
}

export interface DocumentContextOptions {
  /** Every document on the site by id. */
  siteDocuments: ReadonlyMap<string, Pick<KamervraagRecord, "id" | "subject" | "kind" | "number" | "sessionYear">>;
  /** The site's listings. */
  browse: Browse;
}

export function documentContext(record: KamervraagRecord, options: DocumentContextOptions): DocumentContext {
  return {
    seeAlso: record.seeAlso.map((id) => {
      const other = options.siteDocuments.get(id);
      return { id, title: other ? documentHeading(other) : null };
    }),
    related: relatedRows(record, options.browse),
    askerUrls: askerUrls(record, options.browse),
    navigation: navigation(options.browse),
    search: searchFields(record, options.browse),
  };
}

/** Each asker's listing, found as the listings file them: by name (white space as one space) and canonical party. */
export function askerUrls(record: KamervraagRecord, browse: Browse): Array<string | null> {
  const members = browse.groupsOf(record.id).member;
  return record.askers.map((asker) => {
    const name = asker.name.replace(/\s+/gu, " ").trim();
    const group = members.find((g) => g.member === name && g.party === asker.canonicalParty);
    return group ? groupUrl("member", group.slug) : null;
  });
}

/** Links from a record to every listing it is in, in the document's own order. */
export function relatedRows(record: KamervraagRecord, browse: Browse): RelatedRow[] {
  const groups = browse.groupsOf(record.id);
  const rows: RelatedRow[] = [
    { term: groups.member.length === 1 ? labels.asker : labels.askers, links: groups.member.map((g) => ({ text: g.name, href: groupUrl("member", g.slug) })) },
    {
      term: groups.party.length === 1 ? labels.parties.one : labels.parties.many,
      links: groups.party.map((g) => ({ text: g.name, href: groupUrl("party", g.slug) })),
    },
    {
      term: groups.ministry.length === 1 ? labels.ministries.one : labels.ministries.many,
      links: groups.ministry.map((g) => ({ text: labels.ministryTitle(g.ministry.name, g.ministry.known), href: groupUrl("ministry", g.slug) })),
    },
    {
      term: groups.topic.length === 1 ? labels.facets.topic.one : labels.facets.topic.many,
      links: groups.topic.map((g) => ({ text: g.name, href: groupUrl("topic", g.slug) })),
    },
    { term: labels.sessionYear, links: groups.year.map((g) => ({ text: g.name, href: groupUrl("year", g.slug) })) },
    { term: labels.facets.kind.one, links: groups.kind.map((g) => ({ text: labels.kinds[g.kind].name, href: groupUrl("kind", g.slug) })) },
  ];
  return rows.filter((row) => row.links.length > 0);
}
