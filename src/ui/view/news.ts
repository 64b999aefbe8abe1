import type { Action, Scenario, State } from '../../engine';
import { SERVICE_NAMES } from '../../engine';
import { money } from './format';

// The one-line situation at the top of the year, and what the real company did that year.

export function newsLine(scenario: Scenario, state: State): string {
  const scheduled = scenario.events.filter((e) => e.year === state.year).map((e) => e.headline);
  if (scheduled.length > 0) return scheduled.join(' ');
  const previous = state.last && state.last.year >= scenario.firstYear ? state.last.events : [];
  if (previous.length > 0) return `Last year: ${previous.join(' ')}`;
  const market = scenario.series.usEcommerce[String(state.year)];
  const before = scenario.series.usEcommerce[String(state.year - 1)];
  if (market !== undefined && before !== undefined && before > 0) {
    const growth = Math.round((market / before - 1) * 100);
    return `US online shopping is expected to reach ${money(market)} this year, ${growth >= 0 ? 'up' : 'down'} ${Math.abs(growth)}% on last year.`;
  }
  return 'A quiet start to the year.';
}

const LEVEL_WORDS = { lean: 'lean', steady: 'steady', aggressive: 'bold' } as const;

export function describeAction(action: Action): string {
  switch (action.kind) {
    case 'apiMandate': return 'ordered every team onto service APIs';
    case 'openMarketplace': return 'opened the store to outside sellers';
    case 'openDeveloperPlatform': return 'opened the catalogue to developers';
    case 'launchPrime': return 'launched Prime';
    case 'launchService':
      return `launched ${SERVICE_NAMES[action.service]}${action.service === 'ec2' ? `, built by the ${action.team === 'core' ? 'retail core' : 'remote'} team` : ''}`;
    case 'rentSpareCapacity': return 'rented out idle retail servers';
    case 'priceCuts': return `cut cloud prices ${action.count} time${action.count === 1 ? '' : 's'}, ${action.depthPercent}% in all`;
    case 'capex': return `set data-centre building to ${LEVEL_WORDS[action.level]}`;
    case 'retailInvestment': return `set retail spending to ${LEVEL_WORDS[action.level]}`;
    case 'govCloud': return 'built a government region';
    case 'discloseAws': return 'published AWS figures';
    case 'bidJedi': return 'bid for JEDI';
    case 'protestJedi': return 'protested the JEDI award in court';
    case 'launchGenAi': return 'launched a generative-AI platform';
    case 'outageResponse':
      return action.plan === 'transparent' ? 'owned up to the outage and paid credits'
        : action.plan === 'resilience' ? 'answered the outage by rebuilding for resilience' : 'said little about the outage';
  }
}

export function describeActions(actions: readonly Action[]): string {
  if (actions.length === 0) return 'No new moves.';
  const parts = actions.map(describeAction);
  const text = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface HistoryHint {
  year: number;
  did: string;
  why: string;
}

/** What Amazon actually did in the year being played, for players who want a hint. */
export function historyHint(scenario: Scenario, year: number): HistoryHint | null {
  const entry = scenario.history.find((h) => h.year === year);
  if (!entry) return null;
  return { year, did: describeActions(entry.actions), why: entry.why };
}
