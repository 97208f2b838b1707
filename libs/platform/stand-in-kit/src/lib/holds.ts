import type { ServerResponse } from 'node:http';

/** Connections and work kept waiting on purpose (latency, lost answers, slow cases), all let go at stop. */
export class Holds {
  private readonly releases = new Set<() => void>();
  private stopped = false;

  /** Waits `ms`, or less when the client goes away (given `res`) or the stand-in stops; true when the full time passed. */
  hold(ms: number, res?: ServerResponse): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.stopped) return resolve(false);
      const finish = (completed: boolean) => {
        clearTimeout(timer);
        this.releases.delete(release);
        res?.off('close', release);
        resolve(completed);
      };
      const release = () => finish(false);
      const timer = setTimeout(() => finish(true), ms);
      this.releases.add(release);
      res?.once('close', release);
    });
  }

  stop(): void {
    this.stopped = true;
    for (const release of [...this.releases]) release();
  }
}
