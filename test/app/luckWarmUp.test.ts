import { describe, expect, it } from 'vitest';
import { WarmUp, type Steppable } from '../../src/app/luckWarmUp';

/** A run of `worlds` worlds that records how many it has played. */
function fakeRun(worlds: number): Steppable & { played: number } {
  const run = {
    played: 0,
    step(count: number) {
      run.played = Math.min(worlds, run.played + count);
      return run.played >= worlds;
    },
  };
  return run;
}

function manualClock() {
  const queue: (() => void)[] = [];
  return {
    schedule: (next: () => void) => { queue.push(next); },
    /** Runs the next scheduled slice; false when nothing waits. */
    tick: () => { const next = queue.shift(); next?.(); return next !== undefined; },
    pending: () => queue.length,
  };
}

describe('the luck worker warm-up', () => {
  it('plays every world one slice per turn of the event loop, then stops scheduling', () => {
    const clock = manualClock();
    const warm = new WarmUp(clock.schedule);
    const run = fakeRun(100);
    warm.start(run, 20);
    expect(run.played).toBe(20);
    let ticks = 0;
    while (clock.tick()) ticks++;
    expect(run.played).toBe(100);
    expect(ticks).toBe(4);
    expect(clock.pending()).toBe(0);
  });

  it('stops at once when a real request arrives', () => {
    const clock = manualClock();
    const warm = new WarmUp(clock.schedule);
    const run = fakeRun(100);
    warm.start(run, 20);
    clock.tick();
    warm.stop();
    while (clock.tick());
    expect(run.played).toBe(40);
  });

  it('a new warm-up after a stop does not revive the old one', () => {
    const clock = manualClock();
    const warm = new WarmUp(clock.schedule);
    const first = fakeRun(100);
    warm.start(first, 20);
    warm.stop();
    const second = fakeRun(60);
    warm.start(second, 20);
    while (clock.tick());
    expect(first.played).toBe(20);
    expect(second.played).toBe(60);
  });
});
