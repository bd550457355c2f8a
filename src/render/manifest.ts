/**
 * The document pages the writer has put on disk, with the digest of each as it was written or kept: what
 * the writer hands the search index (src/search/search-index.ts `WrittenPages`), so that the index can
 * start on a part as soon as its pages are there and key it without reading the pages back.
 */
export interface PageManifest {
  /** A page was written (or kept) with this digest; it counts as on disk from the next {@link commit}. */
  add(url: string, digest: Buffer): void;
  /** Every page added so far is on disk. */
  commit(): void;
  /** Nothing more will come: every waiter, now and later, gets `error`. */
  fail(error: unknown): void;
  /** Resolves once every one of `urls` is on disk; rejects if the manifest is failed first. */
  whenWritten(urls: readonly string[]): Promise<void>;
  digestOf(url: string): Buffer | undefined;
  /** Pages on disk. */
  readonly size: number;
}

export function createPageManifest(): PageManifest {
  const digests = new Map<string, Buffer>();
  const pending: string[] = [];
  const onDisk = new Set<string>();
  let failure: { error: unknown } | null = null;
  let waiters: Array<{ missing: Set<string>; resolve: () => void; reject: (error: unknown) => void }> = [];
  return {
    add(url, digest) {
      digests.set(url, digest);
      pending.push(url);
    },
    commit() {
      for (const url of pending.splice(0)) onDisk.add(url);
      waiters = waiters.filter((waiter) => {
        for (const url of waiter.missing) if (onDisk.has(url)) waiter.missing.delete(url);
        if (waiter.missing.size > 0) return true;
        waiter.resolve();
        return false;
      });
    },
    fail(error) {
      failure ??= { error };
      for (const waiter of waiters) waiter.reject(error);
      waiters = [];
    },
    whenWritten(urls) {
      const missing = new Set(urls.filter((url) => !onDisk.has(url)));
      if (missing.size === 0) return Promise.resolve();
      if (failure) return Promise.reject(failure.error);
      return new Promise((resolve, reject) => waiters.push({ missing, resolve, reject }));
    },
    digestOf: (url) => digests.get(url),
    get size() {
      return onDisk.size;
    },
  };
}
