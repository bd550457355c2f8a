/**
 * Writes a generated corpus to a folder (`<out>/<vergaderjaar>/<id>.md`, or `<id>.xml` in the XML form)
 * and summarises it. Shared by `npm run corpus` and the benchmark.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateCorpus, type CorpusForm, type CorpusOptions, type DocumentKind } from "./generator.ts";

export interface CorpusSummary {
  generator: "kamervragen-corpus/1";
  count: number;
  seed: string;
  /** Only when not the markdown form, so that a markdown corpus's manifest is the same as before the XML form was. */
  form?: Exclude<CorpusForm, "markdown">;
  bytes: number;
  sessions: number;
  kinds: Record<DocumentKind, number>;
  /** Documents per vergaderjaar. */
  perSession: Record<string, number>;
  /** The answered document of median size: the benchmark weighs its page. */
  medianDocument: { id: string; path: string; bytes: number };
}

export async function writeCorpus(options: CorpusOptions & { out: string }, progress?: (done: number) => void): Promise<CorpusSummary> {
  const kinds: Record<DocumentKind, number> = { antwoord: 0, mededeling: 0, uitstel: 0 };
  const perSession: Record<string, number> = {};
  const sizes: Array<{ id: string; path: string; bytes: number }> = [];
  const made = new Set<string>();
  let bytes = 0;
  let done = 0;
  for (const doc of generateCorpus(options)) {
    const file = join(options.out, doc.path);
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const data = Buffer.from(doc.content, "utf8");
    // Synchronous writes: one small file after another is faster than thousands of pending promises.
    writeFileSync(file, data);
    bytes += data.length;
    kinds[doc.variant.kind]++;
    const session = doc.path.slice(0, doc.path.indexOf("/"));
    perSession[session] = (perSession[session] ?? 0) + 1;
    if (doc.variant.kind === "antwoord") sizes.push({ id: doc.id, path: doc.path, bytes: data.length });
    done++;
    progress?.(done);
    // Let other work (a progress ticker) run now and then.
    if (done % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sizes.sort((a, b) => a.bytes - b.bytes || (a.id < b.id ? -1 : 1));
  const median = sizes[Math.floor(sizes.length / 2)] ?? { id: "", path: "", bytes: 0 };
  return {
    generator: "kamervragen-corpus/1",
    count: done,
    seed: options.seed,
    ...(options.form && options.form !== "markdown" ? { form: options.form } : {}),
    bytes,
    sessions: Object.keys(perSession).length,
    kinds,
    perSession,
    medianDocument: median,
  };
}
