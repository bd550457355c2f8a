/**
 * The canonical ids a record carries beside what the document printed: each asker's party under its
 * one name (./parties.ts) and the ministries addressed or answering (./ministries.ts). Computed once,
 * here, so that whatever reads records (the site's listings and filters, the open data) groups by the
 * same ids without knowing the Dutch domain.
 */
import type { Asker, KamervraagRecord } from "../model.ts";
import { recordMinistries } from "./ministries.ts";
import { canonicalParty } from "./parties.ts";

/** What a record is before its canonical ids are added. */
export type PrintedRecord = Omit<KamervraagRecord, "askers" | "ministries" | "zaak" | "topics"> &
  Partial<Pick<KamervraagRecord, "zaak" | "topics">> & { askers: ReadonlyArray<Omit<Asker, "canonicalParty">> };

export function withCanonicalIds(record: PrintedRecord): KamervraagRecord {
  const withParties = {
    ...record,
    askers: record.askers.map((asker) => ({ name: asker.name, party: asker.party, canonicalParty: canonicalParty(asker.party) })),
  };
  // The record's own key order: the ministries follow the names they are read from.
  const { topics = [], questions, answers, notice, footnotes, seeAlso, source, ...head } = withParties;
  return { zaak: null, ...head, ministries: recordMinistries(withParties), topics, questions, answers, notice, footnotes, seeAlso, source };
}
