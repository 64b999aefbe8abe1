import type { YearDecisions } from '../engine';
import { LuckRun, luckSeeds } from './luck';
import type { LuckReply, LuckRequest, LuckWarmUp } from './luckMessages';
import type { ScoreSpan } from './result';
import { WarmUp } from './luckWarmUp';

// The luck worker's work, apart from the worker itself so it can be tested. A finished game's
// decisions are final, so its worlds are played ahead, a slice at a time, from the moment the
// scorecard shows; a request then plays only what is left, and at once. Playing ahead also lets
// the browser compile the engine's hot paths before the player asks.

const AHEAD_SLICE = 20; // worlds between hand-backs to the event loop

interface LuckWork {
  scenario: LuckRequest['scenario'];
  seed: string;
  yours: YearDecisions[];
  worlds: number;
  scoreSpan?: ScoreSpan;
}

/** Same scenario (as data), seed, decisions and number of worlds: the same spreads. */
function workKey(work: LuckWork): string {
  return JSON.stringify([work.worlds, work.seed, work.scoreSpan ?? null, work.yours, work.scenario]);
}

/** Both paths over the same worlds, the player's first; compute time is kept per path. */
class LuckJob {
  readonly yours: LuckRun;
  readonly history: LuckRun;
  yoursMs = 0;
  historyMs = 0;

  constructor(readonly key: string, work: LuckWork, private readonly clock: () => number) {
    const seeds = luckSeeds(work.seed, work.worlds);
    this.yours = new LuckRun(work.scenario, work.yours, seeds, work.scoreSpan);
    this.history = new LuckRun(work.scenario, work.scenario.history, seeds, work.scoreSpan);
  }

  /** Worlds played so far, of both paths together. */
  played(worlds: number): number {
    return Math.round((this.yours.progress + this.history.progress) * worlds);
  }

  step(count: number): boolean {
    const started = this.clock();
    if (this.yours.progress < 1) {
      this.yours.step(count);
      this.yoursMs += this.clock() - started;
    } else {
      this.history.step(count);
      this.historyMs += this.clock() - started;
    }
    return this.history.progress >= 1;
  }
}

export class LuckService {
  private job: LuckJob | null = null;
  private readonly ahead: WarmUp;

  constructor(
    schedule: (next: () => void) => void,
    private readonly reply: (message: LuckReply) => void,
    private readonly clock: () => number,
  ) {
    this.ahead = new WarmUp(schedule);
  }

  private jobFor(work: LuckWork): LuckJob {
    const key = workKey(work);
    if (this.job?.key !== key) this.job = new LuckJob(key, work, this.clock);
    return this.job;
  }

  /** Starts (or carries on) a finished game's worlds in the background. */
  prepare(message: LuckWarmUp): void {
    this.ahead.start(this.jobFor(message), AHEAD_SLICE);
  }

  /** Plays what is left of the request's worlds at once, with progress after every chunk. */
  run(request: LuckRequest): void {
    this.ahead.stop();
    const asked = this.clock();
    try {
      const job = this.jobFor(request);
      const aheadWorlds = job.played(request.worlds);
      const total = request.worlds * 2;
      let done = job.history.progress >= 1;
      while (!done) {
        done = job.step(request.chunk);
        this.reply({ type: 'progress', done: job.played(request.worlds), total });
      }
      this.reply({
        type: 'done',
        outcome: {
          yours: job.yours.result(),
          history: job.history.result(),
          yoursMs: job.yoursMs,
          historyMs: job.historyMs,
          aheadWorlds,
          waitMs: this.clock() - asked,
        },
      });
    } catch (error) {
      this.reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
