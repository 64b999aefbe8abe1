import type { State } from './types';

/** A copy deep enough that a turn or a draft never touches the state it was given. */
export function cloneState(state: State): State {
  return {
    ...state,
    rivals: {
      microsoft: { ...state.rivals.microsoft },
      google: { ...state.rivals.google },
      others: { ...state.rivals.others },
    },
    score: { ...state.score },
  };
}
