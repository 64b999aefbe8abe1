import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  ACTION_KINDS, applyTurn, legalActions, LEVELS, MOVES, newGame, OUTAGE_PLANS, planDraft, SERVICES, stateHash, TEAMS,
  type Action, type Scenario, type State,
} from '../../src/engine';
import { randomYear } from '../helpers/randomPlayer';
import { loadTestScenario } from '../helpers/scenario';

// A year's moves are legal or not as a set: the engine orders them itself, so the order they are
// listed in never changes the verdict or the resulting state.

const scenario = loadTestScenario();

/** One representative action for each move of the catalogue that is open on this state. */
function openMoves(state: State): Action[] {
  const out: Action[] = [];
  for (const option of legalActions(state, scenario)) {
    if (!option.available) continue;
    switch (option.kind) {
      case 'launchService': out.push({ kind: 'launchService', service: option.service!, ...(option.service === 'ec2' ? { team: 'core' as const } : {}) }); break;
      case 'priceCuts': out.push({ kind: 'priceCuts', count: 3, depthPercent: 12 }); break;
      case 'capex': out.push({ kind: 'capex', level: 'aggressive' }); break;
      case 'retailInvestment': out.push({ kind: 'retailInvestment', level: 'lean' }); break;
      case 'outageResponse': out.push({ kind: 'outageResponse', plan: 'resilience' }); break;
      default: out.push({ kind: option.kind } as Action);
    }
  }
  return out;
}

/** The states met along a path: each year's state before its moves. */
function statesAlong(path: (state: State) => Action[]): State[] {
  const states: State[] = [];
  let state = newGame(scenario);
  while (!state.finished) {
    states.push(state);
    const played = applyTurn(scenario, state, { year: state.year, actions: path(state) }, false);
    if (!played.ok) throw new Error(played.error);
    state = played.state;
  }
  return states;
}

const historyStates = statesAlong((s) => scenario.history.find((h) => h.year === s.year)?.actions ?? []);

function outcome(state: State, actions: Action[]): string {
  const played = applyTurn(scenario, state, { year: state.year, actions }, false);
  return played.ok ? stateHash(played.state) : `refused: ${played.error.replace(/action \d+/, 'action n')}`;
}

describe('the draft is a set', () => {
  it('every pair of open moves gets the same verdict and the same state in both orders, on history and random paths', () => {
    let pairs = 0;
    let accepted = 0;
    const rng = seedrandom('draft-pairs');
    const randomStates = Array.from({ length: 8 }, () => statesAlong((s) => randomYear(s, scenario, rng).actions)).flat();
    for (const state of [...historyStates, ...randomStates]) {
      const moves = [...openMoves(state), ...(scenario.history.find((h) => h.year === state.year)?.actions ?? [])];
      for (let i = 0; i < moves.length; i++) {
        for (let j = i + 1; j < moves.length; j++) {
          const forward = outcome(state, [moves[i]!, moves[j]!]);
          const backward = outcome(state, [moves[j]!, moves[i]!]);
          expect(backward, `${state.year}: ${moves[i]!.kind} + ${moves[j]!.kind}`).toBe(forward);
          pairs++;
          if (!forward.startsWith('refused')) accepted++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(1500);
    expect(accepted).toBeGreaterThan(pairs / 2);
  });

  it('a move that relies on another made the same year is legal listed before it', () => {
    const state2002 = historyStates.find((s) => s.year === 2002)!;
    const fresh = { ...newGame(scenario), year: 2002 } as State;
    const noApis = { ...fresh, apiMandateYear: 0 };
    expect(outcome(noApis, [{ kind: 'openDeveloperPlatform' }, { kind: 'apiMandate' }]))
      .toBe(outcome(noApis, [{ kind: 'apiMandate' }, { kind: 'openDeveloperPlatform' }]));
    expect(outcome(noApis, [{ kind: 'openDeveloperPlatform' }, { kind: 'apiMandate' }])).not.toMatch(/^refused/);
    expect(state2002.year).toBe(2002);
  });

  it('renting spare capacity and launching compute exclude each other in one year, in either order', () => {
    const state = historyStates.find((s) => s.year === 2002)!;
    const ec2: Action = { kind: 'launchService', service: 'ec2', team: 'remote' };
    const rent: Action = { kind: 'rentSpareCapacity' };
    expect(outcome(state, [ec2, rent])).toMatch(/^refused: 2002 action n: rentSpareCapacity is locked/);
    expect(outcome(state, [rent, ec2])).toMatch(/^refused: 2002 action n: rentSpareCapacity is locked/);
    // Renting one year and launching compute a later one stays open.
    const rented = applyTurn(scenario, state, { year: 2002, actions: [rent] });
    if (!rented.ok) throw new Error(rented.error);
    expect(outcome(rented.state, [ec2])).not.toMatch(/^refused/);
  });

  it('the draft says what could be added, and why not, the same as playing the year would', () => {
    const rng = seedrandom('draft-options');
    let checked = 0;
    for (let game = 0; game < 12; game++) {
      const states = statesAlong((s) => randomYear(s, scenario, rng).actions);
      for (const state of states) {
        const picks = randomYear(state, scenario, rng).actions;
        const plan = planDraft(state, scenario, picks);
        expect(plan.dropped).toEqual([]);
        expect(outcome(state, plan.actions)).not.toMatch(/^refused/);
        for (const option of plan.options) {
          if (option.picked) continue;
          const extra = openMovesFor(state, option.key);
          const verdict = outcome(state, [...plan.actions, extra]);
          expect(!verdict.startsWith('refused'), `${state.year} ${option.key}: ${option.reason}`).toBe(option.available);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('a pick that cannot stand with the others is dropped with the reason, and nothing else is', () => {
    const state = historyStates.find((s) => s.year === 2002)!;
    const plan = planDraft(state, scenario, [{ kind: 'rentSpareCapacity' }, { kind: 'launchService', service: 'ec2' }, { kind: 'launchService', service: 'sqs' }]);
    expect(plan.actions.map((a) => a.kind === 'launchService' ? a.service : a.kind)).toEqual(['sqs', 'ec2']);
    expect(plan.dropped).toEqual([{ action: { kind: 'rentSpareCapacity' }, reason: 'not in the year compute (EC2) is launched' }]);
    const rentOption = plan.options.find((o) => o.key === 'rentSpareCapacity')!;
    expect(rentOption).toMatchObject({ available: false, picked: false });
    const withRent = planDraft(state, scenario, [{ kind: 'rentSpareCapacity' }]);
    expect(withRent.options.find((o) => o.key === 'launchService:ec2')).toMatchObject({ available: false, blockedBy: 'rentSpareCapacity' });
  });

  it('legalActions is the empty draft', () => {
    for (const state of historyStates) {
      const empty = planDraft(state, scenario, []).options.map(({ picked: _p, blockedBy: _b, ...rest }) => rest);
      expect(legalActions(state, scenario)).toEqual(empty);
    }
  });
});

function openMovesFor(state: State, key: string): Action {
  const move = MOVES.find((m) => m.key === key)!;
  switch (move.kind) {
    case 'launchService': return { kind: 'launchService', service: move.service!, ...(move.service === 'ec2' ? { team: 'remote' as const } : {}) };
    case 'priceCuts': return { kind: 'priceCuts', count: 2, depthPercent: 8 };
    case 'capex': return { kind: 'capex', level: 'lean' };
    case 'retailInvestment': return { kind: 'retailInvestment', level: 'aggressive' };
    case 'outageResponse': return { kind: 'outageResponse', plan: 'quiet' };
    default: return { kind: move.kind } as Action;
  }
}

describe('the catalogue', () => {
  it('pins the wire order that replay codes are written in', () => {
    expect(ACTION_KINDS).toEqual([
      'apiMandate', 'openMarketplace', 'openDeveloperPlatform', 'launchPrime', 'launchService',
      'rentSpareCapacity', 'priceCuts', 'capex', 'retailInvestment', 'govCloud', 'discloseAws',
      'bidJedi', 'protestJedi', 'launchGenAi', 'outageResponse',
    ]);
    expect(SERVICES).toEqual(['sqs', 's3', 'ec2']);
    expect(TEAMS).toEqual(['remote', 'core']);
    expect(LEVELS).toEqual(['lean', 'steady', 'aggressive']);
    expect(OUTAGE_PLANS).toEqual(['transparent', 'quiet', 'resilience']);
  });

  it('lists every kind, and a move after every move it relies on', () => {
    expect(new Set(MOVES.map((m) => m.kind))).toEqual(new Set(ACTION_KINDS));
    const rank = (key: string) => MOVES.findIndex((m) => m.key === key);
    expect(rank('apiMandate')).toBeLessThan(rank('openDeveloperPlatform'));
    for (const later of ['priceCuts', 'discloseAws', 'outageResponse']) {
      for (const service of ['launchService:sqs', 'launchService:s3', 'launchService:ec2', 'rentSpareCapacity']) expect(rank(service)).toBeLessThan(rank(later));
    }
    for (const later of ['govCloud', 'bidJedi', 'launchGenAi']) expect(rank('launchService:ec2')).toBeLessThan(rank(later));
    expect(rank('launchService:s3')).toBeLessThan(rank('bidJedi'));
  });
});

export type { Scenario };
