import type { Scenario, YearDecisions } from '../../engine';
import type { Check } from './check';

// Whether the best path found obeys the lessons: no spare-capacity bridge, compute built by the
// separate team, and price cuts that go on through the 2010s.

export interface BestCheck {
  checks: Check[];
}

const has = (path: readonly YearDecisions[], test: (a: YearDecisions['actions'][number]) => boolean) => path.some((d) => d.actions.some(test));

export function checkBest(scenario: Scenario, path: readonly YearDecisions[]): BestCheck {
  const rented = path.find((d) => d.actions.some((a) => a.kind === 'rentSpareCapacity'))?.year ?? 0;
  const ec2 = path.flatMap((d) => d.actions).find((a) => a.kind === 'launchService' && a.service === 'ec2');
  const team = ec2 && ec2.kind === 'launchService' ? ec2.team ?? 'remote' : null;
  const from = Math.max(2010, scenario.firstYear);
  const to = Math.min(2019, scenario.lastYear);
  const decade = path.filter((d) => d.year >= from && d.year <= to);
  const cutYears = decade.filter((d) => d.actions.some((a) => a.kind === 'priceCuts' && a.count > 0)).length;
  const needed = Math.ceil(decade.length * 0.8);
  return { checks: [
    { id: 'best:noBridge', label: 'best path rents no spare capacity', value: rented, target: 'never', status: rented ? 'fail' : 'pass', detail: rented ? `rents in ${rented}` : '' },
    { id: 'best:remoteTeam', label: 'best path builds EC2 with the remote team', value: null, target: 'remote', status: team === null ? 'not in this scenario' : team === 'remote' ? 'pass' : 'fail', detail: team ? `team: ${team}` : 'EC2 never launched' },
    { id: 'best:cutsThrough2010s', label: decade.length ? `best path cuts prices in the years ${from}-${to}` : 'best path cuts prices through the 2010s', value: cutYears, target: `>= ${needed} of ${decade.length} years`,
      status: decade.length === 0 ? 'not in this scenario' : cutYears >= needed && has(decade, (a) => a.kind === 'priceCuts') ? 'pass' : 'fail', detail: '' },
  ] };
}
