/**
 * Parsing in worker threads: the normalizer is CPU-bound, and the build's own thread mostly waits while
 * the corpus is read. A pool of workers takes files as they come; each worker holds two at a time, so
 * that it starts the next one as soon as it posts a result instead of waiting to be sent one. A file's
 * bytes, when the caller read them already (to look the file up in the cache), go to the worker with
 * the job, and the file is read once.
 */
import type { NormalizeResult } from "../model.ts";
import type { NormalizeJob, NormalizeReply } from "./messages.ts";
import { typeScriptWorker } from "../common/worker-bootstrap.ts";

export interface NormalizePool {
  /** Normalizes the file at `path` in a worker, from `bytes` when given. */
  normalize(path: string, bytes?: Uint8Array): Promise<NormalizeResult>;
  /** Ends the workers once every job given is answered. */
  close(): Promise<void>;
}

/** Jobs a worker holds at once: the one it works on and the next. */
const JOBS_PER_WORKER = 2;

export function createNormalizePool(workers: number): NormalizePool {
  interface Waiting {
    job: NormalizeJob;
    transfer: ArrayBuffer[];
    resolve: (result: NormalizeResult) => void;
    reject: (error: unknown) => void;
  }
  const queue: Waiting[] = [];
  const answers = new Map<number, Waiting>();
  let nextId = 0;
  let failure: unknown = null;

  const threads = Array.from({ length: workers }, () => {
    const worker = typeScriptWorker(new URL("./worker.ts", import.meta.url));
    const thread = { worker, held: 0, online: false };
    worker.on("online", () => {
      thread.online = true;
      pump();
    });
    worker.on("message", (reply: NormalizeReply) => {
      thread.held--;
      const waiting = answers.get(reply.id);
      answers.delete(reply.id);
      waiting?.resolve(reply.result);
      pump();
    });
    worker.on("error", (error) => {
      failure ??= error;
      for (const waiting of [...answers.values(), ...queue.splice(0)]) waiting.reject(error);
      answers.clear();
    });
    return thread;
  });

  const pump = () => {
    for (const thread of threads) {
      while (thread.online && thread.held < JOBS_PER_WORKER && queue.length > 0) {
        const waiting = queue.shift()!;
        answers.set(waiting.job.id, waiting);
        thread.held++;
        thread.worker.postMessage(waiting.job, waiting.transfer);
      }
    }
  };

  return {
    normalize(path, bytes) {
      if (failure) return Promise.reject(failure);
      return new Promise<NormalizeResult>((resolve, reject) => {
        let transfer: ArrayBuffer[] = [];
        let sent = bytes;
        if (bytes) {
          // Handed over rather than copied; a view of a larger or shared buffer is copied first.
          const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
          sent = whole ? bytes : new Uint8Array(bytes);
          transfer = [sent.buffer as ArrayBuffer];
        }
        queue.push({ job: { id: nextId++, path, ...(sent ? { bytes: sent } : {}) }, transfer, resolve, reject });
        pump();
      });
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}
