/**
 * Worker threads that run TypeScript: a small ES module registers tsx's loader in the new thread
 * (threads do not inherit it in Node 20), then loads the worker's own module.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

/** A worker thread running the TypeScript module at `entry`. */
export function typeScriptWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), options);
}
