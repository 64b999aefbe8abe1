import { ENGINE_VERSION, runCampaign, type Action, type Campaign, type Scenario, type YearDecisions } from '../engine';
import type { Decoded, ReplayData } from './replayCode';

// A replay is verified by playing it again: its decisions must be legal and must reproduce the
// hashes it carries. Nothing it claims is trusted.

export type Verified =
  | { ok: true; replay: ReplayData; scenario: Scenario; campaign: Campaign; exact: boolean; finished: boolean }
  | { ok: false; error: string };

const MAX_ACTIONS_PER_YEAR = 40;
const ACTION_FIELDS = ['kind', 'service', 'team', 'count', 'depthPercent', 'level', 'plan'];

export function verifyReplay(replay: ReplayData, findScenario: (id: string) => Scenario | undefined): Verified {
  const scenario = findScenario(replay.scenario);
  if (!scenario) return { ok: false, error: `the replay is for a scenario this version does not have ("${replay.scenario}")` };
  const first = replay.decisions[0]?.year ?? scenario.firstYear;
  if (first !== scenario.firstYear) return { ok: false, error: `the replay starts in ${first}, but "${scenario.id}" starts in ${scenario.firstYear}` };
  const years = scenario.lastYear - scenario.firstYear + 1;
  if (replay.decisions.length > years) return { ok: false, error: `the replay has ${replay.decisions.length} years; "${scenario.id}" has ${years}` };
  if (replay.hashes.length !== replay.decisions.length) return { ok: false, error: 'the replay does not carry a result for every year it plays' };
  if (replay.decisions.length === 0) return { ok: false, error: 'the replay has no years played' };
  const misplaced = replay.decisions.findIndex((d, i) => d.year !== scenario.firstYear + i);
  if (misplaced >= 0) return { ok: false, error: `the replay's years are not in order from ${scenario.firstYear} (entry ${misplaced + 1} is ${replay.decisions[misplaced]!.year})` };
  const lastPlayed = scenario.firstYear + replay.decisions.length - 1;
  const campaign = runCampaign(scenario, replay.seed, replay.decisions, { reports: false, untilYear: lastPlayed });
  if (!campaign.ok) return { ok: false, error: `the replay's ${campaign.year} decisions are not legal: ${campaign.error}` };
  const mismatch = campaign.hashes.findIndex((h, i) => h !== replay.hashes[i]);
  if (mismatch >= 0) {
    const year = scenario.firstYear + mismatch;
    return replay.engineVersion !== ENGINE_VERSION
      ? { ok: false, error: `the replay was made with engine ${replay.engineVersion}; this version (${ENGINE_VERSION}) plays it differently from ${year} on, so it is refused rather than shown with different results` }
      : { ok: false, error: `the replay's recorded result for ${year} does not match its decisions (tampered or damaged)` };
  }
  return { ok: true, replay, scenario, campaign, exact: true, finished: lastPlayed === scenario.lastYear };
}

/** A replay saved as JSON ({ format: "flywheel-replay/1", ... }) into the same shape as a decoded code. */
export function replayFromJson(input: unknown): Decoded {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, error: 'not a replay: expected an object' };
  const root = input as Record<string, unknown>;
  if (root.format !== 'flywheel-replay/1') return { ok: false, error: `not a Flywheel replay (format ${JSON.stringify(root.format) ?? 'missing'})` };
  for (const key of ['engineVersion', 'scenario', 'seed'] as const) {
    if (typeof root[key] !== 'string' || (root[key] as string).length === 0 || (root[key] as string).length > 64) {
      return { ok: false, error: `replay.${key}: must be text of 1 to 64 characters` };
    }
  }
  if (!Array.isArray(root.decisions)) return { ok: false, error: 'replay.decisions: must be a list' };
  if (!Array.isArray(root.hashes) || !root.hashes.every((h) => typeof h === 'string' && /^[0-9a-f]{16}$/.test(h))) {
    return { ok: false, error: 'replay.hashes: must be a list of 16-digit hex hashes' };
  }
  const decisions: YearDecisions[] = [];
  for (let i = 0; i < root.decisions.length; i++) {
    const d = root.decisions[i] as { year?: unknown; actions?: unknown } | null;
    if (!d || typeof d !== 'object' || typeof d.year !== 'number' || !Number.isInteger(d.year) || !Array.isArray(d.actions)) {
      return { ok: false, error: `replay.decisions[${i}]: must be { year, actions }` };
    }
    if (d.actions.length > MAX_ACTIONS_PER_YEAR) return { ok: false, error: `replay.decisions[${i}].actions: too many` };
    const actions: Action[] = [];
    for (const raw of d.actions) {
      if (!raw || typeof raw !== 'object' || typeof (raw as { kind?: unknown }).kind !== 'string') {
        return { ok: false, error: `replay.decisions[${i}].actions: each must be an object with a kind` };
      }
      // Keep only an action's own fields: nothing else from a file travels on.
      const clean: Record<string, unknown> = {};
      for (const field of ACTION_FIELDS) if ((raw as Record<string, unknown>)[field] !== undefined) clean[field] = (raw as Record<string, unknown>)[field];
      actions.push(clean as unknown as Action);
    }
    // Years in order, one entry each: the moves of a year are the ones listed under it, nowhere else.
    const expected = i === 0 ? d.year : decisions[0]!.year + i;
    if (d.year !== expected) {
      return { ok: false, error: `replay.decisions[${i}].year: ${d.year} ${decisions.some((x) => x.year === d.year) ? 'is listed twice' : `is out of order (expected ${expected})`}; a replay lists each year once, in order` };
    }
    decisions.push({ year: d.year, actions });
  }
  return {
    ok: true,
    value: {
      engineVersion: root.engineVersion as string,
      scenario: root.scenario as string,
      seed: root.seed as string,
      decisions,
      hashes: root.hashes as string[],
    },
  };
}
