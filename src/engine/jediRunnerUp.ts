import type { CloudYear } from './cloud';
import type { Scenario } from './scenarioTypes';
import type { RivalId } from './types';

// The rival JEDI's award is weighed against: the largest single cloud after AWS. A crowd of small
// firms cannot win a single award.

export interface RunnerUp {
  id: RivalId | '';
  name: string;
  share: number;                 // of the cloud market's revenue
}

export function jediRunnerUp(scenario: Scenario, cloud: CloudYear): RunnerUp {
  let id: RivalId | '' = '';
  let name = 'a rival';
  let share = 0;
  for (const rival of scenario.rivals) {
    if (rival.id === 'others') continue;
    const revenue = rival.id === 'microsoft' ? cloud.microsoftRevenue : cloud.googleRevenue;
    const rivalShare = cloud.marketRevenue > 0 ? revenue / cloud.marketRevenue : 0;
    if (rivalShare > share) { share = rivalShare; name = rival.name; id = rival.id; }
  }
  return { id, name, share };
}
