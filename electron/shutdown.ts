// Stopping the browser server (and the team server) on the first SIGTERM or SIGINT, reliably:
// the stop runs once, and the process exits when it is done, when it fails, or after a grace
// period if it hangs (an open event stream, a worker that does not end). A second signal while
// stopping exits at once.

export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

export interface StopOnSignalOptions {
  /** How long the stop may take before the process exits anyway. */
  graceMs?: number;
  exit: (code: number) => void;
  log?: (message: string) => void;
}

/** Runs `stop` on the first SIGINT or SIGTERM and then exits; returns the stop as the signal runs it (for a caller that stops otherwise). */
export function stopOnSignal(source: SignalSource, stop: () => Promise<void> | void, opts: StopOnSignalOptions): () => void {
  const { graceMs = 3000, exit, log = () => {} } = opts;
  let stopping = false;
  const onSignal = () => {
    if (stopping) {
      exit(0);
      return;
    }
    stopping = true;
    const force = setTimeout(() => {
      log(`Stoppen duurde langer dan ${graceMs} ms; het proces stopt nu.`);
      exit(0);
    }, graceMs);
    void Promise.resolve()
      .then(stop)
      .catch((err: unknown) => log(`Fout bij het stoppen: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        clearTimeout(force);
        exit(0);
      });
  };
  source.on('SIGINT', onSignal);
  source.on('SIGTERM', onSignal);
  return onSignal;
}
