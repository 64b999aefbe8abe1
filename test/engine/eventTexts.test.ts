import { describe, expect, it } from 'vitest';
import { runCampaign, type YearDecisions } from '../../src/engine';
import { loadTestScenario } from '../helpers/scenario';
import { strategies } from '../helpers/strategies';

// The year's news reads right: plural rivals, and "again" only once it has happened before.

const scenario = loadTestScenario();

function eventsOf(path: readonly YearDecisions[], year: number): string[] {
  const run = runCampaign(scenario, scenario.defaultSeed, path);
  if (!run.ok) throw new Error(run.error);
  return run.reports.find((r) => r.year === year)!.events;
}

describe('event texts', () => {
  it('lets the crowd of hosting firms open clouds in the plural, and a single rival in the singular', () => {
    const events = scenario.rivals.flatMap((r) => eventsOf(scenario.history, r.entryYear));
    expect(events).toContain('Hosting firms and others open clouds of their own.');
    expect(events).toContain('Google opens a cloud of its own.');
  });

  it('evicts renting customers "again" only after the first holiday season', () => {
    const spare = strategies(scenario).spareCapacity!;
    const rentYear = spare.find((d) => d.actions.some((a) => a.kind === 'rentSpareCapacity'))!.year;
    expect(eventsOf(spare, rentYear)).toContain('Cloud customers on the rented machines are evicted for the holiday peak.');
    expect(eventsOf(spare, rentYear).some((e) => e.includes('again'))).toBe(false);
    expect(eventsOf(spare, rentYear + 1)).toContain('Cloud customers are evicted for the holiday peak again.');
  });
});
