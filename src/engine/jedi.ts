import { K } from './coefficients';
import type { YearContext } from './context';
import { clamp } from './detMath';
import type { RunnerUp } from './jediRunnerUp';
import type { State } from './types';

export interface JediYear {
  cost: number;
  events: string[];
  winChance: number;   // 0 when nothing was decided this year
}

/** The chance of winning the award, before the political draw. */
export function jediWinChance(state: State, awsShare: number, runnerUpShare: number): number {
  return clamp(K.jediBase + K.jediCredentials * state.govCredentials + K.jediLead * (awsShare - runnerUpShare), 0.05, 0.95);
}

export function stepJedi(draft: State, ctx: YearContext, awsShare: number, runnerUp: RunnerUp): JediYear {
  const jedi = ctx.scenario.jedi;
  const result: JediYear = { cost: 0, events: [], winChance: 0 };
  if (!jedi) return result;
  const year = draft.year;
  if (draft.jediYearsLeft > 0) {
    draft.jediYearsLeft -= 1;
    if (draft.jediYearsLeft === 0) draft.jediRevenue = 0;
  }
  if (draft.jedi === 'bid' && year === jedi.bidYear) {
    result.cost += K.jediBidCost;
    if (ctx.detail) result.events.push(`The JEDI bid is in: a $${jedi.annualRevenue * jedi.contractYears}B single-award contract, decided in ${jedi.awardYear}.`);
  }
  if (draft.jedi === 'bid' && year === jedi.awardYear) {
    const chance = jediWinChance(draft, awsShare, runnerUp.share);
    result.winChance = chance;
    if (ctx.draws.jediPolitics < chance) {
      draft.jedi = 'won';
      draft.jediRevenue = jedi.annualRevenue;
      draft.jediYearsLeft = jedi.contractYears;
      if (ctx.detail) result.events.push(`JEDI is won (a ${Math.round(chance * 100)}% chance going in).`);
    } else {
      draft.jedi = 'lost';
      draft.jediWinner = runnerUp.id;
      // Losing in public to a rival makes other large buyers wonder too.
      draft.trust = Math.max(0, draft.trust - K.jediLossTrust);
      if (ctx.detail) result.events.push(`JEDI goes to ${runnerUp.name} despite a ${Math.round(chance * 100)}% chance going in; politics weighed on the award.`);
    }
  }
  if (jedi.cancelYear > 0 && year === jedi.cancelYear && draft.jedi !== 'none' && draft.jedi !== 'cancelled') {
    const hadIt = draft.jediRevenue > 0;
    draft.jedi = 'cancelled';
    draft.jediRevenue = 0;
    draft.jediYearsLeft = 0;
    if (ctx.detail) result.events.push(hadIt ? 'The Pentagon cancels JEDI: the award, and its revenue, end.' : 'The Pentagon cancels JEDI; the fight over the award is moot.');
  }
  const successor = jedi.successor;
  if (successor && draft.successorYearsLeft > 0) {
    draft.successorYearsLeft -= 1;
    if (draft.successorYearsLeft === 0) draft.successorRevenue = 0;
  }
  if (successor && year === successor.year) {
    if (draft.govCredentials >= successor.minCredentials && draft.ec2Year > 0) {
      draft.successorRevenue = successor.annualRevenue;
      draft.successorYearsLeft = successor.contractYears;
      if (ctx.detail) result.events.push('A multi-vendor successor to JEDI is awarded: AWS wins a share beside its rivals.');
    } else if (ctx.detail) {
      result.events.push('A multi-vendor successor to JEDI is awarded; without government credentials, AWS is left out.');
    }
  }
  if (draft.jedi === 'protesting') {
    if (draft.jediProtestYear === 0) draft.jediProtestYear = year;
    result.cost += K.jediProtestCost;
    if (ctx.draws.protest < K.jediProtestChance) {
      draft.jedi = 'reversed';
      draft.jediRevenue = jedi.annualRevenue;
      draft.jediYearsLeft = jedi.contractYears;
      if (ctx.detail) result.events.push('The court sets the JEDI award aside; the contract comes to AWS.');
    } else if (year - draft.jediProtestYear >= 2) {
      draft.jedi = 'protestFailed';
      if (ctx.detail) result.events.push('The JEDI protest fails after two years in court.');
    } else {
      if (ctx.detail) result.events.push('The JEDI protest is still before the court.');
    }
  }
  return result;
}
