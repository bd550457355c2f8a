/**
 * Ctrl-C (or a service manager's SIGTERM) during a fetch: the first stops it after the documents in
 * flight, so that no file is left half written and the state says how far it got; a second stops at
 * once. `release` hands the signals back (to the build that follows an update).
 */
export function abortOnInterrupt(message: string): { controller: AbortController; release: () => void } {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`${message} (Ctrl-C again to stop at once)\n`);
    controller.abort();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const release = () => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  };
  return { controller, release };
}
