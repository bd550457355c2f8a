/** A parsing worker (see corpus-workers.ts): normalizes each file it is sent and posts the result. */
import { parentPort } from "node:worker_threads";
import type { NormalizeResult } from "../model.ts";
import { normalizeFile } from "./load.ts";

export interface NormalizeJob {
  id: number;
  path: string;
  /** The file's bytes, when the build read them already. */
  bytes?: Uint8Array;
}

export interface NormalizeReply {
  id: number;
  result: NormalizeResult;
}

parentPort?.on("message", (job: NormalizeJob) => {
  void normalizeFile(job.path, job.bytes).then((result) => parentPort?.postMessage({ id: job.id, result } satisfies NormalizeReply));
});
