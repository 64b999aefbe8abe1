import { K } from './coefficients';
import type { State } from './types';

/** Advances the move to service APIs and returns this year's engineering velocity (1 = neutral). */
export function stepEngineering(draft: State, retailSalesLastYear: number): number {
  let velocity: number;
  if (draft.apiMandateYear > 0) {
    const wasDone = draft.serviceMaturity >= 1;
    // The mandate year itself goes on planning and the first interfaces; the move is done mandateYears later.
    if (draft.year > draft.apiMandateYear) draft.serviceMaturity = Math.min(1, draft.serviceMaturity + 1 / K.mandateYears);
    // Teams rebuild their interfaces first and only then move faster.
    velocity = wasDone ? 1 + K.mandateGain : 1 - K.mandateDip + K.mandateGain * draft.serviceMaturity * draft.serviceMaturity;
  } else {
    velocity = 1 / (1 + K.monolithDrag * retailSalesLastYear);
  }
  const ec2Age = draft.ec2Year > 0 ? draft.year - draft.ec2Year : -1;
  if (draft.ec2Team === 'core' && ec2Age >= 0 && ec2Age < K.coreTeamYears) velocity -= K.coreTeamDrag;
  return velocity;
}
