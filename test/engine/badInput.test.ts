import { describe, expect, it } from 'vitest';
import { applyTurn, newGame, parseScenario, runCampaign, type Action } from '../../src/engine';
import { loadTestScenario, rawScenario } from '../helpers/scenario';

const scenario = loadTestScenario();

function firstYearWith(actions: unknown[]): string {
  const result = applyTurn(scenario, newGame(scenario), { year: 2000, actions: actions as Action[] });
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('illegal decisions are refused with a clear error value', () => {
  it('an unknown action', () => {
    expect(firstYearWith([{ kind: 'buyTwitter' }])).toBe('2000 action 1: unknown action "buyTwitter"');
  });
  it('a locked action, with the reason', () => {
    expect(firstYearWith([{ kind: 'launchService', service: 'ec2' }])).toBe('2000 action 1: launchService:ec2 is locked in 2000: not before 2002');
    expect(firstYearWith([{ kind: 'openDeveloperPlatform' }])).toBe('2000 action 1: openDeveloperPlatform is locked in 2000: not before 2002');
    expect(firstYearWith([{ kind: 'bidJedi' }])).toBe('2000 action 1: bidJedi is locked in 2000: bids are due in 2018');
  });
  it('an out-of-range amount', () => {
    expect(firstYearWith([{ kind: 'capex', level: 'huge' }])).toBe('2000 action 1: capex.level must be lean, steady or aggressive');
    expect(firstYearWith([{ kind: 'priceCuts', count: 99, depthPercent: 5 }])).toBe('2000 action 1: priceCuts.count must be a whole number from 0 to 20');
    expect(firstYearWith([{ kind: 'priceCuts', count: 1, depthPercent: 25 }])).toBe('2000 action 1: priceCuts: 1 cut(s) can take prices down at most 10%');
    expect(firstYearWith([{ kind: 'launchService', service: 'lambda' }])).toBe('2000 action 1: unknown service "lambda"');
  });
  it('values that cannot even be printed (parsed JSON can hold {"toString": 1}) give an error, not an exception', () => {
    const hostile = { toString: 1 };
    expect(firstYearWith([{ kind: hostile }])).toBe('2000 action 1: unknown action an object');
    expect(firstYearWith([{ kind: 'launchService', service: hostile }])).toBe('2000 action 1: unknown service an object');
    expect(firstYearWith([{ kind: 'launchService', service: 'ec2', team: hostile }])).toBe('2000 action 1: team must be "remote" or "core", not an object');
    const wrongYear = applyTurn(scenario, newGame(scenario), { year: hostile as unknown as number, actions: [] });
    expect(wrongYear).toEqual({ ok: false, error: 'decisions are for an object, but the year to play is 2000' });
  });
  it('the same move twice in a year', () => {
    expect(firstYearWith([{ kind: 'apiMandate' }, { kind: 'apiMandate' }])).toBe('2000 action 2: apiMandate appears twice in one year');
  });
  it('the wrong year', () => {
    const result = applyTurn(scenario, newGame(scenario), { year: 2003, actions: [] });
    expect(result).toEqual({ ok: false, error: 'decisions are for 2003, but the year to play is 2000' });
  });
  it('a move after the game is over', () => {
    const done = runCampaign(scenario, scenario.defaultSeed, scenario.history);
    if (!done.ok) throw new Error(done.error);
    const result = applyTurn(scenario, done.state, { year: 2021, actions: [] });
    expect(result).toEqual({ ok: false, error: 'the game is over: 2020 was the last year' });
  });
  it('a move made twice across years', () => {
    const path = [{ year: 2000, actions: [{ kind: 'apiMandate' } as Action] }, { year: 2001, actions: [{ kind: 'apiMandate' } as Action] }];
    const result = runCampaign(scenario, scenario.defaultSeed, path);
    expect(result).toEqual({ ok: false, year: 2001, error: '2001 action 1: apiMandate is locked in 2001: already mandated in 2000' });
  });
  it('moves that exclude each other in one year, in either order', () => {
    const ec2 = { kind: 'launchService', service: 'ec2' } as Action;
    const rent = { kind: 'rentSpareCapacity' } as Action;
    const orders = [[ec2, rent], [rent, ec2]];
    const errors = orders.map((actions) => {
      const result = runCampaign(scenario, scenario.defaultSeed, [{ year: 2002, actions }]);
      return result.ok ? 'accepted' : result.error;
    });
    expect(errors).toEqual([
      '2002 action 2: rentSpareCapacity is locked in 2002: not in the year compute (EC2) is launched',
      '2002 action 1: rentSpareCapacity is locked in 2002: not in the year compute (EC2) is launched',
    ]);
  });
});

describe('a malformed scenario is refused with every problem and its path', () => {
  function errorsFor(change: (raw: Record<string, any>) => void): string[] {
    const raw = rawScenario();
    change(raw);
    const parsed = parseScenario(raw);
    return parsed.ok ? [] : parsed.errors;
  }
  it('the bundled scenario is valid', () => {
    expect(parseScenario(rawScenario()).ok).toBe(true);
  });
  it('not an object at all', () => {
    expect(parseScenario('hello')).toEqual({ ok: false, errors: ['scenario: must be an object, not "hello"'] });
  });
  it('a wrong format tag', () => {
    expect(errorsFor((r) => { r.format = 'v0'; })).toEqual(['format: must be "flywheel-scenario/1", not "v0"']);
  });
  it('an event after the last year', () => {
    expect(errorsFor((r) => { r.events[3].year = 2031; })).toEqual(["events[3].year: 2031 is after the scenario's last year 2020"]);
  });
  it('a missing series year and a non-number', () => {
    expect(errorsFor((r) => { delete r.series.itSpending['2007']; r.series.usEcommerce['2001'] = 'lots'; })).toEqual([
      'series.usEcommerce.2001: must be a number, not "lots"',
      'series.itSpending.2007: must be a number, not undefined',
    ]);
  });
  it('an out-of-range start and an unknown rival', () => {
    expect(errorsFor((r) => { r.start.gmvShare = 3; r.rivals[0].id = 'ibm'; })).toEqual([
      'start.gmvShare: 3 is outside 0.001 to 0.6',
      'rivals[0].id: must be one of microsoft, google, others, not "ibm"',
    ]);
  });
  it('a historical path with an illegal move', () => {
    expect(errorsFor((r) => { r.history[0].actions.push({ kind: 'bidJedi' }); })).toEqual([
      'history[0].actions: 2000 action 4: bidJedi is locked in 2000: bids are due in 2018',
    ]);
  });
  it('last year before first year', () => {
    expect(errorsFor((r) => { r.lastYear = 1999; })).toContain('lastYear: 1999 is outside 2000 to 2030');
  });
});
