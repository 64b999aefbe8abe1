// Number formatting for every panel: money in $ billions or millions, shares in percent or
// percentage points. A real minus sign, so negative numbers line up and read clearly.

export const MINUS = '\u2212';

function sign(value: number, always: boolean): string {
  if (value < 0) return MINUS;
  return always && value > 0 ? '+' : '';
}

/** Rounds to at most `digits` decimals and drops trailing zeros. */
function trim(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** $ billions in: "$384B", "$44.7B", "$2.53B", "$840M", "$0". */
export function money(billions: number, signed = false): string {
  const size = Math.abs(billions);
  if (size < 0.0005) return '$0';
  const prefix = sign(billions, signed);
  if (size >= 1000) return `${prefix}$${(size / 1000).toFixed(2)}T`;
  if (size >= 100) return `${prefix}$${size.toFixed(0)}B`;
  if (size >= 10) return `${prefix}$${size.toFixed(1)}B`;
  if (size >= 1) return `${prefix}$${size.toFixed(2)}B`;
  return `${prefix}$${(size * 1000).toFixed(0)}M`;
}

/** A change in $ billions, one size coarser than a level: "+$1.2B", "−$45M". */
export function moneyDelta(billions: number): string {
  const size = Math.abs(billions);
  if (size < 0.0005) return '$0';
  const prefix = sign(billions, true);
  if (size >= 10) return `${prefix}$${size.toFixed(0)}B`;
  if (size >= 1) return `${prefix}$${trim(size, 1)}B`;
  return `${prefix}$${(size * 1000).toFixed(0)}M`;
}

/** A fraction as a percentage: 0.319 -> "32%", with one decimal under 10%. */
export function percent(fraction: number, signed = false): string {
  const value = fraction * 100;
  const size = Math.abs(value);
  if (size < 0.05) return '0%';
  const digits = size < 10 ? 1 : 0;
  return `${sign(value, signed)}${trim(size, digits)}%`;
}

/** A change in a share, in percentage points: "+2.1 pts". */
export function points(fraction: number): string {
  const value = fraction * 100;
  const size = Math.abs(value);
  if (size < 0.05) return '0 pts';
  return `${sign(value, true)}${trim(size, size < 10 ? 1 : 0)} pts`;
}

/** Millions of people: "162M", "3.5M". */
export function millions(value: number, signed = false): string {
  const size = Math.abs(value);
  if (size < 0.05) return '0';
  return `${sign(value, signed)}${trim(size, size < 10 ? 1 : 0)}M`;
}

export function count(value: number, signed = false): string {
  return `${sign(value, signed)}${Math.abs(Math.round(value))}`;
}

export type Unit = 'usdBn' | 'fraction' | 'millions' | 'count' | 'score';

export function formatLevel(unit: Unit, value: number): string {
  switch (unit) {
    case 'usdBn': return money(value);
    case 'fraction': return percent(value);
    case 'millions': return millions(value);
    case 'count': return count(value);
    case 'score': return Math.round(value).toString();
  }
}

export function formatChange(unit: Unit, value: number): string {
  switch (unit) {
    case 'usdBn': return moneyDelta(value);
    case 'fraction': return points(value);
    case 'millions': return millions(value, true);
    case 'count': return count(value, true);
    case 'score': return `${sign(value, true)}${Math.abs(Math.round(value))}`;
  }
}

/** Whether a change is big enough to show at the precision it is printed with. */
export function isVisibleChange(unit: Unit, value: number): boolean {
  const size = Math.abs(value);
  switch (unit) {
    case 'usdBn': return size >= 0.0005;
    case 'fraction': return size >= 0.0005;
    case 'millions': return size >= 0.05;
    case 'count': return size >= 0.5;
    case 'score': return size >= 0.5;
  }
}

export function ordinalYear(year: number, firstYear: number, lastYear: number): string {
  return `Year ${year - firstYear + 1} of ${lastYear - firstYear + 1}`;
}

/** Where a game stands: "Year 5 of 21", or in a competition only its own turns, "Turn 5 of 9". */
export function progressText(year: number, firstYear: number, lastYear: number, span?: { firstYear: number; lastYear: number }): string {
  if (!span) return ordinalYear(year, firstYear, lastYear);
  return `Turn ${Math.min(span.lastYear, Math.max(span.firstYear, year)) - span.firstYear + 1} of ${span.lastYear - span.firstYear + 1}`;
}

/**
 * The score on its one scale, with what "so far" means: "312 of the 1000 possible, 6 years of 21 played".
 * Each year is worth the same share of 1000, so the count rises towards the final score as years are played.
 */
export function scoreSoFarText(score: number, played: number, total: number): string {
  const points = Math.round(score);
  if (played >= total) return `${points} of the 1000 possible, all ${total} years played`;
  return `${points} of the 1000 possible, ${played} ${played === 1 ? 'year' : 'years'} of ${total} played`;
}

/** Years scored so far of the game, or of a competition's own span. */
export function yearsPlayed(nextYear: number, firstYear: number, lastYear: number, span?: { firstYear: number; lastYear: number }): { played: number; total: number } {
  const from = span ? span.firstYear : firstYear;
  const to = span ? span.lastYear : lastYear;
  return { played: Math.max(0, Math.min(to, nextYear - 1) - from + 1), total: to - from + 1 };
}

/** An axis tick: as short as the value allows ("$15B", "$500M", "50%", "−$1B"). */
export function formatTick(unit: Unit, value: number): string {
  const size = Math.abs(value);
  const prefix = value < 0 ? MINUS : '';
  switch (unit) {
    case 'usdBn':
      if (size === 0) return '$0';
      if (size >= 1000) return `${prefix}$${trim(size / 1000, 2)}T`;
      if (size >= 1) return `${prefix}$${trim(size, 1)}B`;
      return `${prefix}$${trim(size * 1000, 0)}M`;
    case 'fraction': return `${prefix}${trim(size * 100, 1)}%`;
    case 'millions': return `${prefix}${trim(size, 1)}M`;
    default: return `${prefix}${trim(size, 1)}`;
  }
}

/** The text with its first letter a capital. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
