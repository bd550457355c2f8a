/** The open data's shape: records grouped by vergaderjaar, so that no file holds the whole archive. */
import type { KamervraagRecord } from "../model.ts";

export interface RecordsOfYear {
  sessionYear: string;
  records: KamervraagRecord[];
}

/** The records grouped by vergaderjaar, newest year first, each group in the order given. */
export function recordsPerYear(records: readonly KamervraagRecord[]): RecordsOfYear[] {
  const groups = new Map<string, KamervraagRecord[]>();
  for (const record of records) {
    const group = groups.get(record.sessionYear);
    if (group) group.push(record);
    else groups.set(record.sessionYear, [record]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? 1 : -1)).map(([sessionYear, group]) => ({ sessionYear, records: group }));
}
