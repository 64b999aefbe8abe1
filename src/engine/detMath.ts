// Curves built only from + - * / so every JavaScript engine gives the same bits.
// The built-in exponential, logarithm and power functions are not specified to the last bit and differ between engines.

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/** Natural logarithm from a range reduction to [1/sqrt2, sqrt2] and an atanh series. */
export function lnDet(x: number): number {
  if (!(x > 0)) throw new RangeError('lnDet needs a positive number');
  let exponent = 0;
  let m = x;
  while (m > SQRT2) { m /= 2; exponent += 1; }
  while (m < SQRT2 / 2) { m *= 2; exponent -= 1; }
  const z = (m - 1) / (m + 1);
  const z2 = z * z;
  // 2 * (z + z^3/3 + ... + z^21/21): |z| <= 0.172, so the tail is below 1e-17.
  let term = z;
  let sum = z;
  for (let k = 3; k <= 21; k += 2) {
    term *= z2;
    sum += term / k;
  }
  return 2 * sum + exponent * LN2;
}

/** e^x from a reduction by ln 2 and a Taylor series on |r| <= ln2/2. */
export function expDet(x: number): number {
  if (x > 700) return Infinity;
  if (x < -700) return 0;
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 16; n++) {
    term = (term * r) / n;
    sum += term;
  }
  let scale = 1;
  if (k >= 0) for (let i = 0; i < k; i++) scale *= 2;
  else for (let i = 0; i < -k; i++) scale /= 2;
  return sum * scale;
}

/** base^exponent for a positive base. */
export function powDet(base: number, exponent: number): number {
  if (base === 1 || exponent === 0) return 1;
  return expDet(exponent * lnDet(base));
}

/** Smooth saturation x / (x + half): 0 at 0, 1/2 at `half`, towards 1. */
export function saturate(x: number, half: number): number {
  return x <= 0 ? 0 : x / (x + half);
}
