/**
 * A search-index worker (see ./search-index.ts): indexes the one part it is given with a Pagefind
 * service of its own (./part.ts), telling the build of every 100 pages done, then of the end
 * or of the error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { indexPart } from "./part.ts";

export interface PartJob {
  siteDir: string;
  urls: string[];
  outputPath: string;
  /** A part other than the main bundle: it uses the main bundle's WebAssembly. */
  parentWasm: boolean;
}

export type PartMessage = { type: "pages"; done: number } | { type: "done" } | { type: "error"; message: string };

/** How long the thread stays after its part, for its Pagefind process to exit and be reaped. */
const REAP_MS = 500;

const job = workerData as PartJob;
const post = (message: PartMessage) => parentPort?.postMessage(message);

void indexPart(job.siteDir, job.urls, job.outputPath, {
  parentWasm: job.parentWasm,
  onPage: (done) => {
    if (done % 100 === 0) post({ type: "pages", done });
  },
})
  .then(
    () => post({ type: "done" }),
    (error: unknown) => post({ type: "error", message: error instanceof Error ? error.message : String(error) }),
  )
  // Pagefind's close() kills its process without waiting for it; a worker that ended at once left that
  // process unreaped (a zombie per part until the build ends). A moment more lets this thread reap it.
  .then(() => new Promise((resolve) => setTimeout(resolve, REAP_MS)));
