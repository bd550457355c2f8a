/**
 * The open data: each record as published, and the records grouped by vergaderjaar so that no file
 * holds the whole archive. A published record is the normalized record (src/model.ts) with what a
 * stranger reusing it needs and the record does not say itself: where its page, its JSON and its
 * official publication are, the listings it is in by their slugs, and the days the answer took. Its
 * `source.path` is the file's name, never a path of the machine that built the site.
 */
import { basename } from "node:path";
import { z } from "zod";
import { answerDays } from "./answer-time.ts";
import type { Browse } from "./facets.ts";
import { recordSchema, type KamervraagRecord } from "../model.ts";
import { documentJsonUrl, documentUrl, groupUrl, officialUrl } from "./urls.ts";

/** A listing a record is in: its name as the site shows it, its slug and its address. */
const groupLinkSchema = z.object({ name: z.string().min(1), slug: z.string().min(1), url: z.string().min(1) });

/** The published record: the record's fields, then what the site adds. */
export const openDataRecordSchema = recordSchema.safeExtend({
  /** Calendar days from submission to answer (or notice); null when a date is missing. */
  answerDays: z.number().int().nonnegative().nullable(),
  links: z.object({
    /** The document's page, as an absolute URL when the site's address is known, else site-relative. */
    page: z.string().min(1),
    /** This record as JSON. */
    record: z.string().min(1),
    /** The publisher's official publication. */
    official: z.url(),
  }),
  /** The listings the record is in, by facet. */
  groups: z.object({
    members: z.array(groupLinkSchema),
    parties: z.array(groupLinkSchema),
    ministries: z.array(groupLinkSchema),
    topics: z.array(groupLinkSchema),
  }),
});

export type OpenDataRecord = z.infer<typeof openDataRecordSchema>;

/** The record as the open data publishes it; `address` makes a site URL (`/ah-…/`) what a stranger can follow. */
export function openDataRecord(record: KamervraagRecord, browse: Pick<Browse, "groupsOf">, address: (url: string) => string): OpenDataRecord {
  const groups = browse.groupsOf(record.id);
  const link = <G extends { name: string; slug: string }>(facet: "member" | "party" | "ministry" | "topic", list: readonly G[]) =>
    list.map((group) => ({ name: group.name, slug: group.slug, url: address(groupUrl(facet, group.slug)) }));
  return {
    ...record,
    source: { path: basename(record.source.path), format: record.source.format },
    answerDays: answerDays(record),
    links: { page: address(documentUrl(record.id)), record: address(documentJsonUrl(record.id)), official: officialUrl(record.id) },
    groups: {
      members: link("member", groups.member),
      parties: link("party", groups.party),
      ministries: link("ministry", groups.ministry),
      topics: link("topic", groups.topic),
    },
  };
}

export interface RecordsOfYear<R = KamervraagRecord> {
  sessionYear: string;
  records: R[];
}

/** The records grouped by vergaderjaar, newest year first, each group in the order given. */
export function recordsPerYear<R extends Pick<KamervraagRecord, "sessionYear">>(records: readonly R[]): RecordsOfYear<R>[] {
  const groups = new Map<string, R[]>();
  for (const record of records) {
    const group = groups.get(record.sessionYear);
    if (group) group.push(record);
    else groups.set(record.sessionYear, [record]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? 1 : -1)).map(([sessionYear, group]) => ({ sessionYear, records: group }));
}
