import seedrandom from 'seedrandom';
import type { YearDraws } from './types';

// Common random numbers: each kind of draw has its own stream, named by (seed, stream name), and
// a year always takes the same position in it. Two players with the same seed face the same world
// whatever they choose, and a scenario that starts later sees the same draws for the same years.

const STREAMS = ['ecommerce', 'cloud', 'outage', 'rivals', 'jedi', 'protest'] as const;
const EPOCH = 1990;            // position 0 of every stream
const DRAWS_PER_YEAR = 3;      // enough for the roughly normal draws

/** Roughly normal on -1..1 from the mean of three uniforms: only exact operations. */
function centred(a: number, b: number, c: number): number {
  return (a + b + c - 1.5) / 1.5;
}

function generate(seed: string, firstYear: number, lastYear: number): YearDraws[] {
  const count = (lastYear - EPOCH + 1) * DRAWS_PER_YEAR;
  const columns: number[][] = [];
  for (const name of STREAMS) {
    const rng = seedrandom.alea(`${seed}|${name}`);
    const column: number[] = new Array<number>(count);
    for (let i = 0; i < count; i++) column[i] = rng();
    columns.push(column);
  }
  const draws: YearDraws[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const at = (year - EPOCH) * DRAWS_PER_YEAR;
    const [ecommerce, cloud, outage, rivals, jedi, protest] = columns as [number[], number[], number[], number[], number[], number[]];
    draws.push({
      ecommerceNoise: centred(ecommerce[at]!, ecommerce[at + 1]!, ecommerce[at + 2]!),
      cloudNoise: centred(cloud[at]!, cloud[at + 1]!, cloud[at + 2]!),
      outage: outage[at]!,
      rivalAggression: rivals[at]!,
      jediPolitics: jedi[at]!,
      protest: protest[at]!,
    });
  }
  return draws;
}

// Worlds are pure functions of their key, so a bounded memo is safe and saves replaying
// thousands of games on one seed from regenerating it.
const cache = new Map<string, readonly YearDraws[]>();
const CACHE_LIMIT = 1024; // a luck run replays two paths over 500 worlds: keep them all

export function drawWorld(seed: string, firstYear: number, lastYear: number): readonly YearDraws[] {
  if (firstYear < EPOCH) throw new RangeError(`years before ${EPOCH} have no draws`);
  const key = `${firstYear}|${lastYear}|${seed}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const draws = Object.freeze(generate(seed, firstYear, lastYear).map((d) => Object.freeze(d)));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, draws);
  return draws;
}
