import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { applyTurn, keyOf, legalActions, newGame, optionFor, planDraft, type Action, type State } from '../../src/engine';
import { randomYear } from '../helpers/randomPlayer';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { historyPrefix } from '../helpers/historyPrefix';
import { actionForMove, CARD_KEYS } from '../../src/store/selection';
import { MOVES } from '../../src/ui/view/catalog';
import { leverViews, moveCards, priceCutView } from '../../src/ui/view/options';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

function stateAfter(years: number) {
  return historyPrefix(scenario, years).state;
}

describe('move cards', () => {
  it('give every move its own number-row key', () => {
    expect(new Set(MOVES.map((m) => m.hotkey)).size).toBe(MOVES.length);
    expect(MOVES.map((m) => m.key).sort()).toEqual([...CARD_KEYS].sort());
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

describe('cards say what the engine says', () => {
  function playthrough(choose: (state: State) => Action[]): { state: State; picks: Action[] }[] {
    const out: { state: State; picks: Action[] }[] = [];
    let state = newGame(scenario);
    while (!state.finished) {
      const picks = choose(state);
      out.push({ state, picks });
      const played = applyTurn(scenario, state, { year: state.year, actions: picks }, false);
      if (!played.ok) throw new Error(played.error);
      state = played.state;
    }
    return out;
  }

  it('on every year of history and of 200 random legal playthroughs, with a draft part-picked', () => {
    const rng = seedrandom('cards-vs-engine');
    const years = [
      ...playthrough((s) => scenario.history.find((h) => h.year === s.year)?.actions ?? []),
      ...Array.from({ length: 200 }, () => playthrough((s) => randomYear(s, scenario, rng).actions)).flat(),
    ];
    let cardsChecked = 0;
    for (const { state, picks } of years) {
      // Half the years are seen with nothing picked yet, half with the year's moves picked.
      const draft = rng() < 0.5 ? [] : picks;
      const plan = planDraft(state, scenario, draft);
      for (const card of moveCards(scenario, state, draft)) {
        const option = optionFor(plan, keyOf(actionForMove(state, card.key)));
        const where = `${state.year} ${card.key}`;
        expect(card.status === 'picked', where).toBe(option.picked);
        if (card.status === 'open') expect(option.available && !option.picked, where).toBe(true);
        if (card.status === 'locked') expect(option.available, where).toBe(false);
        if (card.status === 'locked' && !option.blockedBy) expect(card.statusText.toLowerCase(), where).toBe(option.reason.toLowerCase());
        cardsChecked++;
      }
      expect(priceCutView(scenario, state, draft).available, `${state.year} price cuts`).toBe(optionFor(plan, 'priceCuts').available);
    }
    expect(cardsChecked).toBeGreaterThan(200 * 21 * 10);
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
