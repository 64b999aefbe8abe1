import { describe, expect, it } from 'vitest';
import { legalActions } from '../../src/engine';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { historyPrefix } from '../helpers/historyPrefix';
import { MOVE_KEYS } from '../../src/store/selection';
import { MOVES } from '../../src/ui/view/catalog';
import { leverViews, moveCards, priceCutView } from '../../src/ui/view/options';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

function stateAfter(years: number) {
  return historyPrefix(scenario, years).state;
}

describe('move cards', () => {
  it('give every move its own number-row key', () => {
    expect(new Set(MOVES.map((m) => m.hotkey)).size).toBe(MOVES.length);
    expect(MOVES.map((m) => m.key).sort()).toEqual([...MOVE_KEYS].sort());
  });

  it('show the engine\u2019s reason on a locked card', () => {
    const state = stateAfter(0);
    const cards = moveCards(scenario, state, []);
    const legal = legalActions(state, scenario);
    const ec2 = cards.find((c) => c.key === 'launchService:ec2')!;
    const reason = legal.find((o) => o.kind === 'launchService' && o.service === 'ec2')!.reason;
    expect(ec2.status).toBe('locked');
    expect(ec2.statusText.toLowerCase()).toBe(reason.toLowerCase());
    expect(cards.find((c) => c.key === 'apiMandate')!.status).toBe('open');
  });

  it('mark picked and done moves', () => {
    const state = stateAfter(3);
    const cards = moveCards(scenario, state, [{ kind: 'launchService', service: 'sqs' }]);
    expect(cards.find((c) => c.key === 'launchService:sqs')!.status).toBe('picked');
    const mandate = cards.find((c) => c.key === 'apiMandate')!;
    if (state.apiMandateYear > 0) {
      expect(mandate.status).toBe('done');
      expect(mandate.statusText).toContain(String(state.apiMandateYear));
    }
  });

  it('only show the moves the scenario has room for', () => {
    const cards = moveCards(scenario, stateAfter(0), []);
    expect(cards.some((c) => c.key === 'jedi')).toBe(scenario.jedi !== null);
    expect(cards.some((c) => c.key === 'launchGenAi')).toBe(scenario.genAiFrom > 0);
  });

  it('open a move that relies on another picked the same year', () => {
    const state = stateAfter(2);
    if (state.apiMandateYear > 0) return; // the real path already made it
    const before = moveCards(scenario, state, []).find((c) => c.key === 'openDeveloperPlatform')!;
    const after = moveCards(scenario, state, [{ kind: 'apiMandate' }]).find((c) => c.key === 'openDeveloperPlatform')!;
    expect(before.status).toBe('locked');
    expect(after.status).toBe('open');
  });
});

describe('dials', () => {
  it('carry last year\u2019s level until changed', () => {
    const state = stateAfter(1);
    const [capex] = leverViews(state, []);
    expect(capex!.level).toBe(state.capexLevel);
    expect(capex!.carried).toBe(true);
    const [changed] = leverViews(state, [{ kind: 'capex', level: state.capexLevel === 'lean' ? 'steady' : 'lean' }]);
    expect(changed!.carried).toBe(false);
  });

  it('lock price cuts until something is on sale', () => {
    expect(priceCutView(scenario, stateAfter(0), []).available).toBe(false);
    const later = priceCutView(scenario, stateAfter(8), [{ kind: 'priceCuts', count: 2, depthPercent: 20 }]);
    expect(later.available).toBe(true);
    expect(later.canDeepen).toBe(false);
    expect(later.canAddCut).toBe(true);
  });
});
