import type { State } from './types';

/** Who holds the Pentagon's award: AWS (+1), a rival (-1), nobody or halted by a protest (0). */
export function awardStanding(jedi: State['jedi']): number {
  return jedi === 'won' || jedi === 'reversed' ? 1 : jedi === 'lost' || jedi === 'protestFailed' ? -1 : 0;
}
