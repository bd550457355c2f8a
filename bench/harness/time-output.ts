/**
 * GNU time (`/usr/bin/time`, Debian's `time` package): the format the benchmark asks for and the parser
 * of what it writes. Its CPU times cover every descendant the command waited for; its maximum RSS is
 * that of the largest single process (the kernel's ru_maxrss), not of the tree, which the /proc sampler
 * measures instead.
 */

/** `-f` format: one line of key=value pairs, after any «Command exited with non-zero status» line. */
export const TIME_FORMAT = "bench-time wall=%e user=%U sys=%S maxrss_kb=%M exit=%x";

export interface TimeResult {
  wallSeconds: number;
  userSeconds: number;
  sysSeconds: number;
  /** Largest resident set of any single process of the command, in bytes. */
  maxRssBytes: number;
  exitCode: number;
  /** GNU time's own note, e.g. «Command terminated by signal 9». */
  note: string | null;
}

/** Parses the `-o` file of `/usr/bin/time -f TIME_FORMAT`; null when it holds no result line. */
export function parseTimeOutput(text: string): TimeResult | null {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const line = lines.findLast((l) => l.startsWith("bench-time "));
  if (!line) return null;
  const values = new Map<string, string>();
  for (const m of line.matchAll(/(\w+)=(\S+)/gu)) values.set(m[1]!, m[2]!);
  const num = (key: string): number => {
    const v = Number(values.get(key));
    return Number.isFinite(v) ? v : NaN;
  };
  const notes = lines.filter((l) => !l.startsWith("bench-time "));
  const signal = notes.map((l) => /terminated by signal (\d+)/u.exec(l)).find((m) => m);
  const exit = num("exit");
  return {
    wallSeconds: num("wall"),
    userSeconds: num("user"),
    sysSeconds: num("sys"),
    maxRssBytes: num("maxrss_kb") * 1024,
    // GNU time prints exit=0 for a command killed by a signal; report 128 + signal as shells do.
    exitCode: signal ? 128 + Number(signal[1]) : Number.isFinite(exit) ? exit : -1,
    note: notes.length > 0 ? notes.join("; ") : null,
  };
}
