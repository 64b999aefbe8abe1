import type { Action, Scenario, YearDecisions } from '../../src/engine';

/** The historical path with each year's moves rewritten. */
export function rewriteHistory(scenario: Scenario, rewrite: (year: number, actions: Action[]) => Action[]): YearDecisions[] {
  const out: YearDecisions[] = [];
  for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
    const actions = [...(scenario.history.find((d) => d.year === year)?.actions ?? [])];
    out.push({ year, actions: rewrite(year, actions) });
  }
  return out;
}

const CLOUD_MOVES = new Set(['launchService', 'priceCuts', 'govCloud', 'discloseAws', 'bidJedi', 'protestJedi']);

export function strategies(scenario: Scenario): Record<string, YearDecisions[]> {
  return {
    history: scenario.history,
    neverOpenThePlatform: rewriteHistory(scenario, (_, a) => a.filter((x) => x.kind !== 'openDeveloperPlatform' && x.kind !== 'openMarketplace')),
    noCloud: rewriteHistory(scenario, (_, a) => a.filter((x) => !CLOUD_MOVES.has(x.kind))),
    spareCapacity: rewriteHistory(scenario, (year, a) => {
      const kept: Action[] = a.filter((x) => !['launchService', 'govCloud', 'bidJedi', 'protestJedi'].includes(x.kind));
      if (year === 2003) kept.push({ kind: 'rentSpareCapacity' });
      if (year === 2004) kept.push({ kind: 'launchService', service: 'sqs' });
      return kept;
    }),
    noApis: rewriteHistory(scenario, (_, a) => a.filter((x) => x.kind !== 'apiMandate' && x.kind !== 'openDeveloperPlatform')),
    // History's API move (2001, done by 2004), with the launches brought forward and data centres built early.
    earlyCloud: rewriteHistory(scenario, (year, a) => {
      const kept: Action[] = a.filter((x) => x.kind !== 'launchService' && x.kind !== 'capex');
      if (year === 2003) kept.push({ kind: 'launchService', service: 'sqs' });
      if (year === 2004) kept.push({ kind: 'launchService', service: 's3' }, { kind: 'launchService', service: 'ec2', team: 'remote' }, { kind: 'capex', level: 'aggressive' });
      if (year === 2005 || year === 2006) kept.push({ kind: 'priceCuts', count: 2, depthPercent: 5 });
      return kept;
    }),
    launchBeforeApis: rewriteHistory(scenario, (year, a) => {
      const kept: Action[] = a.filter((x) => x.kind !== 'launchService' && x.kind !== 'apiMandate');
      if (year === 2001) kept.push({ kind: 'apiMandate' });
      if (year === 2002) kept.push({ kind: 'launchService', service: 'sqs' }, { kind: 'launchService', service: 's3' }, { kind: 'launchService', service: 'ec2', team: 'core' });
      return kept;
    }),
    neverCutPrices: rewriteHistory(scenario, (_, a) => a.filter((x) => x.kind !== 'priceCuts')),
  };
}
