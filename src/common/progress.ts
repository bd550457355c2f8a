/**
 * Progress of long work on the terminal: count, rate and time left, at most every two seconds, so that
 * a build of tens of thousands of documents says where it is without flooding the log.
 */
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

export function createProgress(
  label: string,
  total: number,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  now: () => number = () => performance.now(),
): Progress {
  const started = now();
  let last = started;
  let current = 0;
  const line = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? current / seconds : 0;
    const left = rate > 0 ? Math.round((total - current) / rate) : 0;
    return `[kamervragen] ${label} ${current}/${total} (${Math.round(rate)}/s, ${left} s left)`;
  };
  return {
    tick(done) {
      current = done;
      const t = now();
      if (t - last >= 2000 && done < total) {
        last = t;
        write(line());
      }
    },
    finish() {
      const seconds = (now() - started) / 1000;
      write(`[kamervragen] ${label} ${current}/${total} done in ${seconds.toFixed(1)} s`);
    },
  };
}
