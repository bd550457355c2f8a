/**
 * A count that others can wait on: the search index waits until the pages of a part are on disk
 * while the writer goes on with the next ones, so that Pagefind (its own process) and the writer
 * work at the same time.
 */
export interface CountGate {
  /** The count reached `n` (never goes back). */
  advance(n: number): void;
  /** Resolves once the count is at least `n`; rejects if the gate is failed first. */
  until(n: number): Promise<void>;
  /** Nothing more will come: every waiter, now and later, gets `error`. */
  fail(error: unknown): void;
}

export function createCountGate(): CountGate {
  let count = 0;
  let failure: { error: unknown } | null = null;
  let waiters: Array<{ need: number; resolve: () => void; reject: (error: unknown) => void }> = [];
  return {
    advance(n) {
      count = Math.max(count, n);
      const ready = waiters.filter((w) => w.need <= count);
      waiters = waiters.filter((w) => w.need > count);
      for (const waiter of ready) waiter.resolve();
    },
    until(n) {
      if (n <= count) return Promise.resolve();
      if (failure) return Promise.reject(failure.error);
      return new Promise((resolve, reject) => waiters.push({ need: n, resolve, reject }));
    },
    fail(error) {
      failure ??= { error };
      for (const waiter of waiters) waiter.reject(error);
      waiters = [];
    },
  };
}
