import { K } from './coefficients';
import type { YearContext } from './context';
import { clamp } from './detMath';
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

export function stepJedi(draft: State, ctx: YearContext, awsShare: number, runnerUpShare: number, runnerUpName: string): JediYear {
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
    const chance = jediWinChance(draft, awsShare, runnerUpShare);
    result.winChance = chance;
    if (ctx.draws.jediPolitics < chance) {
      draft.jedi = 'won';
      draft.jediRevenue = jedi.annualRevenue;
      draft.jediYearsLeft = jedi.contractYears;
      if (ctx.detail) result.events.push(`JEDI is won (a ${Math.round(chance * 100)}% chance going in).`);
    } else {
      draft.jedi = 'lost';
      if (ctx.detail) result.events.push(`JEDI goes to ${runnerUpName} despite a ${Math.round(chance * 100)}% chance going in; politics weighed on the award.`);
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
