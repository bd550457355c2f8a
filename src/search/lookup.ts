/**
 * Finding a document by its number: the search page goes straight to a document when the query is its
 * id (`ah-tk-20232024-1771`), its vergaderjaar and number (`2023–2024 nr. 1771`) or its Zaak number
 * (`2024Z01234`), from small files written here at build time rather than from the text index, which
 * knows numbers only as words. Per vergaderjaar, the numbers the site has of each Kamer (an id is made
 * of house, vergaderjaar and number, src/model.ts): `/zoeken/nummers/2023-2024.json` is
 * `{"tk":[302,387,…]}`, some 20 KB for a year of 3,500 documents. Zaak numbers are not in order with
 * the documents' numbers, so they map to ids, in files of a hundred: `/zoeken/zaken/2024Z01.json` is
 * `{"2024Z01234":["ah-tk-20232024-1771"]}` (a question's postponement notice and its answer share a zaak).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { SearchPage } from "../site/search-parts.ts";
import { searchNumbersFolderUrl, searchNumbersUrl, searchZakenFolderUrl, searchZakenUrl } from "../site/urls.ts";

/** A document id, as its URL has it: `/ah-tk-20232024-1771/`. */
const DOCUMENT_URL = /^\/ah-(tk|ek)-(\d{4})(\d{4})-(\d+)\/$/u;

export interface LookupFiles {
  /** By vergaderjaar (`2023-2024`): each Kamer's numbers, ascending. */
  numbers: Map<string, Record<string, number[]>>;
  /** By file (`2024Z01`): each zaak's document ids. */
  zaken: Map<string, Record<string, string[]>>;
}

/** The file a zaak number is in: its year and the first two of its five digits (`2024Z01234` → `2024Z01`). */
export function zaakShard(zaak: string): string {
  return zaak.slice(0, 7);
}

/** The lookup files of the document pages among `pages` (a page whose URL is no document id is left out). */
export function lookupFiles(pages: readonly SearchPage[]): LookupFiles {
  const numbers = new Map<string, Record<string, number[]>>();
  const zaken = new Map<string, Record<string, string[]>>();
  for (const page of pages) {
    const match = DOCUMENT_URL.exec(page.url);
    if (match) {
      const [, house = "", first = "", second = "", number = ""] = match;
      const year = `${first}-${second}`;
      const houses = numbers.get(year) ?? {};
      numbers.set(year, houses);
      (houses[house] ??= []).push(Number(number));
    }
    // Whatever the form of its id: a document page's URL is its id between slashes.
    if (page.zaak && /^\/[^/]+\/$/u.test(page.url)) {
      const shard = zaken.get(zaakShard(page.zaak)) ?? {};
      zaken.set(zaakShard(page.zaak), shard);
      (shard[page.zaak] ??= []).push(page.url.slice(1, -1));
    }
  }
  for (const houses of numbers.values()) for (const list of Object.values(houses)) list.sort((a, b) => a - b);
  for (const shard of zaken.values()) for (const ids of Object.values(shard)) ids.sort();
  return { numbers, zaken };
}

/** Writes the lookup files of `pages` into `siteDir`, replacing those of an earlier build there. */
export async function writeLookupFiles(siteDir: string, pages: readonly SearchPage[]): Promise<void> {
  const { numbers, zaken } = lookupFiles(pages);
  await Promise.all([searchNumbersFolderUrl, searchZakenFolderUrl].map((url) => rm(join(siteDir, url), { recursive: true, force: true })));
  const files: Array<[string, unknown]> = [
    ...[...numbers].map(([year, houses]): [string, unknown] => [searchNumbersUrl(year), houses]),
    ...[...zaken].map(([shard, ids]): [string, unknown] => [searchZakenUrl(shard), ids]),
  ];
  for (const [url, content] of files) {
    const path = join(siteDir, url);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(content));
  }
}
