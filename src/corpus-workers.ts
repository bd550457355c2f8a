/**
 * Parsing in worker threads: the normalizer is CPU-bound and the build has one core to spare for it.
 * Each worker takes one path at a time; results come back in whatever order the workers finish and
 * are handed to `onResult` with the path's index, so the caller keeps the files' order.
 */
import type { NormalizeResult } from "./model.ts";
import { typeScriptWorker } from "./worker-bootstrap.ts";

export async function normalizeInWorkers(
  paths: readonly string[],
  workers: number,
  onResult: (index: number, result: NormalizeResult) => Promise<void>,
): Promise<void> {
  let next = 0;
  const pending: Promise<void>[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = typeScriptWorker(new URL("./corpus-worker.ts", import.meta.url));
      let current = -1;
      const feed = () => {
        if (next >= paths.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(paths[current]);
      };
      worker.on("message", (result: NormalizeResult) => {
        pending.push(onResult(current, result));
        feed();
      });
      worker.on("error", reject);
      worker.on("online", feed);
    });
  await Promise.all(Array.from({ length: workers }, run));
  await Promise.all(pending);
}
