import { PRICE_CUTS_MAX, PRICE_DEPTH_MAX, PRICE_DEPTH_PER_CUT_MAX } from '../../engine';
import { mapCuts, type Path, type PriceCut } from './pathEdit';

// Price-cut profiles for the lessons: the same total cut as a path's, taken early and then stopped.

/** The fraction of the price left after a path's cuts, compounded year on year. */
export function priceLeft(path: Path): number {
  let left = 1;
  for (const d of path) for (const a of d.actions) if (a.kind === 'priceCuts') left *= 1 - a.depthPercent / 100;
  return left;
}

/**
 * The same compounded total cut as the path's, spread evenly over its cut years up to `by` (the
 * depth rounded up to a whole percent), and no cut after.
 */
export function sameTotalCutBy(path: Path, by: number): Path {
  const cutYears = path.filter((d) => d.year <= by && d.actions.some((a) => a.kind === 'priceCuts' && a.count > 0)).map((d) => d.year);
  if (cutYears.length === 0) return mapCuts(path, () => null);
  const left = priceLeft(path);
  const totalCount = path.reduce((n, d) => n + d.actions.reduce((m, a) => m + (a.kind === 'priceCuts' ? a.count : 0), 0), 0);
  const years = cutYears.length;
  let depth = 1;
  // The smallest whole depth whose compounding reaches the same price (or the cap, if it cannot).
  while (depth < PRICE_DEPTH_MAX) {
    let reached = 1;
    for (let i = 0; i < years; i++) reached *= 1 - depth / 100;
    if (reached <= left) break;
    depth++;
  }
  const count = Math.min(PRICE_CUTS_MAX, Math.max(Math.ceil(depth / PRICE_DEPTH_PER_CUT_MAX), Math.round(totalCount / years)));
  return mapCuts(path, (year): PriceCut | null => (cutYears.includes(year) ? { kind: 'priceCuts', count, depthPercent: depth } : null));
}
