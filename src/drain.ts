import type { Importer } from './modules/common/import-port';

/** How long imports still running after the deadline get to roll back and record their end. */
const ROLLBACK_WAIT_MS = 15_000;

/**
 * The stopping half of the process: once `begin` is called the HTTP app turns new requests away
 * (and /readyz says 503, so a balancer stops sending), the imports already running get until the
 * deadline to finish, and those that do not are interrupted: their transaction is rolled back and
 * their batch ends FAILED with INTERRUPTED, never RUNNING with half its rows.
 */
export class Drain {
  private readonly abort = new AbortController();
  private readonly running = new Set<Promise<unknown>>();
  private stopping = false;

  get draining(): boolean {
    return this.stopping;
  }

  /** The importer every transport uses, its runs counted and told when the process stops. */
  track(importer: Importer): Importer {
    return {
      run: (file, options = {}) => {
        // One started while stopping ends at once as INTERRUPTED, its upload still recorded.
        const stop = this.stopping ? AbortSignal.abort() : this.abort.signal;
        const signal = options.signal ? AbortSignal.any([options.signal, stop]) : stop;
        const run = importer.run(file, { ...options, signal });
        this.running.add(run);
        const forget = () => this.running.delete(run);
        run.then(forget, forget);
        return run;
      },
      // every argument passes through: the caller's scope decides what may be rolled back
      rollback: (...args) => importer.rollback(...args),
    };
  }

  /** Stops taking requests; resolves once every import has ended, `graceMs` at most plus the rollbacks. */
  async begin(graceMs: number): Promise<{ finished: number; interrupted: number }> {
    this.stopping = true;
    const before = this.running.size;
    if (!(await this.settled(graceMs))) {
      const interrupted = this.running.size;
      this.abort.abort(new Error('the server is stopping'));
      await this.settled(ROLLBACK_WAIT_MS);
      return { finished: before - interrupted, interrupted };
    }
    return { finished: before, interrupted: 0 };
  }

  /** True when every tracked import ended within `ms`. */
  private async settled(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
    const all = Promise.allSettled([...this.running]).then(() => true);
    try {
      return await Promise.race([all, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
