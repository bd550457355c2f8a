/** What the parsing pool (./pool.ts) and its workers (./worker.ts) send each other. */
import type { NormalizeResult } from "../model.ts";

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
