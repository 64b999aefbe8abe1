import { describeValue, type Action, type YearDecisions } from '../engine';

// A decisions file is untrusted: check its shape here; the engine then checks each move's legality.

const MAX_ACTIONS_PER_YEAR = 40;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };


/** Accepts `{ "decisions": [ { "year": 2000, "actions": [...] }, ... ] }` or the bare list. */
export function parseDecisions(input: unknown, firstYear: number, lastYear: number): Parsed<YearDecisions[]> {
  const list = Array.isArray(input)
    ? input
    : input && typeof input === 'object' && Array.isArray((input as { decisions?: unknown }).decisions)
      ? (input as { decisions: unknown[] }).decisions
      : null;
  if (!list) return { ok: false, error: 'decisions: must be a list of { year, actions }, or an object with such a "decisions" list' };
  const out: YearDecisions[] = [];
  for (let i = 0; i < list.length; i++) {
    const entry = list[i] as { year?: unknown; actions?: unknown } | null;
    const path = `decisions[${i}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return { ok: false, error: `${path}: must be an object, not ${describeValue(entry)}` };
    const year = entry.year;
    if (typeof year !== 'number' || !Number.isInteger(year)) return { ok: false, error: `${path}.year: must be a whole number, not ${describeValue(year)}` };
    if (year < firstYear || year > lastYear) return { ok: false, error: `${path}.year: ${year} is outside the scenario's years ${firstYear} to ${lastYear}` };
    if (out.some((d) => d.year === year)) return { ok: false, error: `${path}.year: ${year} is listed twice` };
    if (!Array.isArray(entry.actions)) return { ok: false, error: `${path}.actions: must be a list, not ${describeValue(entry.actions)}` };
    if (entry.actions.length > MAX_ACTIONS_PER_YEAR) return { ok: false, error: `${path}.actions: ${entry.actions.length} moves; at most ${MAX_ACTIONS_PER_YEAR} in a year` };
    for (let j = 0; j < entry.actions.length; j++) {
      const action = entry.actions[j] as { kind?: unknown } | null;
      if (!action || typeof action !== 'object' || typeof action.kind !== 'string') {
        return { ok: false, error: `${path}.actions[${j}]: must be an object with a "kind"` };
      }
    }
    out.push({ year, actions: entry.actions as Action[] });
  }
  out.sort((a, b) => a.year - b.year);
  return { ok: true, value: out };
}
