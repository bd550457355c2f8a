/**
 * Slugs: the readable, stable part of a listing's URL (`/partij/groenlinks-pvda/`). Pure ASCII, lower
 * case, words joined by hyphens; letters with diacritics lose them (`Kostić` → `kostic`), so a URL can be
 * typed and survives any encoding.
 */

/** `GroenLinks-PvdA` → `groenlinks-pvda`; `Groep Krol/Van Kooten-Arissen` → `groep-krol-van-kooten-arissen`. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[æ]/gi, "ae")
    .replace(/[œ]/gi, "oe")
    .replace(/[øØ]/g, "o")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Gives each key its own slug: the preferred one when no other key wants it, else the preferred one
 * with `-2`, `-3`, … in the order given (so the first key keeps the plain slug). A preferred slug that
 * is empty (a name of punctuation only) becomes `naamloos`.
 */
export function assignSlugs<K>(entries: ReadonlyArray<{ key: K; slug: string }>): Map<K, string> {
  const result = new Map<K, string>();
  const taken = new Set<string>();
  const wanted = (slug: string) => slug || "naamloos";
  // Every preferred slug is reserved first, so a suffixed slug never takes another key's plain one.
  const preferred = new Set(entries.map((entry) => wanted(entry.slug)));
  for (const { key, slug } of entries) {
    if (result.has(key)) continue;
    const base = wanted(slug);
    let candidate = base;
    for (let n = 2; taken.has(candidate) || (candidate !== base && preferred.has(candidate)); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    result.set(key, candidate);
  }
  return result;
}
