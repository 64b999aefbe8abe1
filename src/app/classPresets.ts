import type { Scenario } from '../engine';

// Class lengths an instructor can pick instead of setting years by hand. A turn takes a team about
// six minutes (read the year, argue, choose, read the report); the years are those where the case's
// calls are made, so a short class still meets the platform decisions.

export type PresetId = 'class50' | 'twoSessions' | 'wholeRun';

export const MINUTES_PER_TURN = 6;

export interface Preset {
  id: PresetId;
  label: string;
}

export const PRESETS: readonly Preset[] = [
  { id: 'class50', label: 'One 50-minute class' },
  { id: 'twoSessions', label: 'Two class sessions' },
  { id: 'wholeRun', label: 'The whole run' },
];

/** The first year a cloud service could go on sale in history's path, or the scenario's first year. */
function platformStart(s: Scenario): number {
  const launch = s.history.find((d) => d.actions.some((a) => a.kind === 'launchService'));
  return launch ? launch.year : s.firstYear;
}

/** A span of `turns` years starting at `from`, kept inside the scenario. */
function span(s: Scenario, from: number, turns: number): { firstYear: number; lastYear: number } {
  const lastYear = Math.min(s.lastYear, Math.max(s.firstYear, from) + turns - 1);
  return { firstYear: Math.max(s.firstYear, lastYear - turns + 1), lastYear };
}

/** The years a preset plays in this scenario. */
export function presetYears(s: Scenario, id: PresetId): { firstYear: number; lastYear: number } {
  switch (id) {
    // Seven turns, about 40 minutes: from two years before history's first service launch, the
    // years of the API move, the launches and the first price cuts.
    case 'class50': return span(s, platformStart(s) - 2, 7);
    // Fourteen turns, about 85 minutes over two sittings: from the start.
    case 'twoSessions': return span(s, s.firstYear, 14);
    default: return { firstYear: s.firstYear, lastYear: s.lastYear };
  }
}

/** "7 turns, about 40 minutes" */
export function presetLength(years: { firstYear: number; lastYear: number }): string {
  const turns = years.lastYear - years.firstYear + 1;
  const minutes = turns * MINUTES_PER_TURN;
  const time = minutes < 90 ? `about ${Math.round(minutes / 5) * 5} minutes` : `about ${Math.round(minutes / 30) / 2} hours`;
  return `${turns} turn${turns === 1 ? '' : 's'}, ${time}`;
}
