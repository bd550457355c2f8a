/** A parsing worker (see ./pool.ts): normalizes each file it is sent and posts the result. */
import { parentPort } from "node:worker_threads";
import { normalizeFile } from "./load.ts";
import type { NormalizeJob, NormalizeReply } from "./messages.ts";

parentPort?.on("message", (job: NormalizeJob) => {
  void normalizeFile(job.path, job.bytes).then((result) => parentPort?.postMessage({ id: job.id, result } satisfies NormalizeReply));
});
