/** A parsing worker (see corpus-workers.ts): normalizes each path it is sent and posts the result. */
import { parentPort } from "node:worker_threads";
import { normalizeFile } from "./corpus.ts";

parentPort?.on("message", (path: string) => {
  void normalizeFile(path).then((result) => parentPort?.postMessage(result));
});
