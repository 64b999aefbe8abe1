// Warming the luck worker: the engine reaches its full speed only after some hundreds of worlds,
// once the browser has compiled its hot paths. The warm-up plays throwaway worlds a slice at a
// time, handing back between slices, so a real request that arrives meanwhile stops it at once.

export interface Steppable {
  /** Plays up to `count` more worlds; true when there are none left. */
  step(count: number): boolean;
}

export class WarmUp {
  // Every start and stop moves the generation on; a slice of an older generation does nothing.
  private generation = 0;

  constructor(private readonly schedule: (next: () => void) => void) {}

  start(run: Steppable, slice: number): void {
    const id = ++this.generation;
    const next = () => {
      if (this.generation !== id) return;
      if (!run.step(slice)) this.schedule(next);
    };
    next();
  }

  stop(): void {
    this.generation++;
  }
}
