/**
 * Splitting a listing into pages, and which page links a pagination bar shows. Pure functions; the URLs
 * come from ./urls.ts.
 */

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the listing has (at least 1: an empty listing still has its page). */
  count: number;
  items: T[];
  /** 1-based position of the first and last item on this page among all (0 and 0 when empty). */
  first: number;
  last: number;
  total: number;
}

/** Cuts `items` into pages of `size`; an empty list gives one empty page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const slice = items.slice(index * size, (index + 1) * size);
    return {
      number: index + 1,
      count,
      items: slice,
      first: slice.length ? index * size + 1 : 0,
      last: index * size + slice.length,
      total: items.length,
    };
  });
}

/**
 * The page numbers a pagination bar shows: always the first and the last, the current one with
 * `radius` neighbours on each side, and `"gap"` where numbers are left out (a gap of one number shows
 * that number instead). `pageWindow(7, 20)` → 1 … 5 6 7 8 9 … 20.
 */
export function pageWindow(current: number, count: number, radius = 2): Array<number | "gap"> {
  const shown = new Set<number>([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: Array<number | "gap"> = [];
  for (const n of sorted) {
    const previous = result.at(-1);
    if (typeof previous === "number" && n - previous === 2) result.push(n - 1);
    else if (typeof previous === "number" && n - previous > 2) result.push("gap");
    result.push(n);
  }
  return result;
}
