// Chart geometry, kept apart from drawing so it can be tested: scales, "nice" ticks, points.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  value: number;
  position: number;
}

/** Tick step of 1, 2 or 5 times a power of ten giving at most `count` intervals. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/** A value range padded out to whole ticks, always including zero. */
export function niceScale(values: readonly number[], count = 4): Scale {
  let low = 0;
  let high = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (high === low) high = low + 1;
  const step = niceStep(high - low, count);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Math.abs(v) < step / 1e6 ? 0 : v);
  return { min, max, ticks };
}

export function yOf(box: Box, scale: Scale, value: number): number {
  return box.y + box.height - ((value - scale.min) / (scale.max - scale.min)) * box.height;
}

export function xOf(box: Box, index: number, slots: number): number {
  return slots <= 1 ? box.x : box.x + (index / (slots - 1)) * box.width;
}

/** Screen points of a series drawn over `slots` evenly spaced years. */
export function linePoints(box: Box, scale: Scale, values: readonly number[], slots: number): { x: number; y: number }[] {
  return values.map((v, i) => ({ x: xOf(box, i, slots), y: yOf(box, scale, v) }));
}

/** The prefix of a line drawn `progress` (0..1) of the way along, for animating it in. */
export function partialLine(points: readonly { x: number; y: number }[], progress: number): { x: number; y: number }[] {
  if (points.length < 2 || progress >= 1) return [...points];
  const along = Math.max(0, progress) * (points.length - 1);
  const whole = Math.floor(along);
  const out = points.slice(0, whole + 1);
  const from = points[whole]!;
  const to = points[whole + 1];
  if (to && along > whole) {
    const t = along - whole;
    out.push({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t });
  }
  return out;
}
