import type { Action } from '../engine';
import { toReplay, type PlayedGame } from './replay';
import { AUTOSAVE_KEY } from './saves';
import type { KeyValueStorage } from './storage';

// A game written out as a file the player keeps, for when the browser will not keep it: the same
// replay JSON the autosave holds, which `npm run replay` and a later import can read.

export interface GameFile {
  fileName: string;
  text: string;
}

/** Letters, digits and dashes only, so the name is safe on every file system. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'game';
}

/** The game in play, with the draft of the year in progress. */
export function gameFile(game: PlayedGame, draft: readonly Action[] = []): GameFile {
  const year = game.state.finished ? 'finished' : String(game.state.year);
  return {
    fileName: `flywheel-${slug(game.scenario.id)}-${slug(game.seed)}-${year}.json`,
    text: `${JSON.stringify(toReplay(game, draft), null, 1)}\n`,
  };
}

/** Whatever the autosave slot holds, exactly as it is (even when it cannot be read as a save). */
export function savedGameFile(storage: KeyValueStorage): GameFile | null {
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
  return raw === null ? null : { fileName: 'flywheel-saved-game.json', text: raw };
}
