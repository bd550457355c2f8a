/** Work over many items with a bounded number at once: files read, documents fetched. */

/** Runs `task` over `items`, at most `limit` at a time (at least one), and gives the results in the items' order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  });
  await Promise.all(runners);
  return results;
}
