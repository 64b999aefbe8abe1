import { gameFile, savedGameFile, type GameFile } from '../app/gameFile';
import { AUTOSAVE_KEY, autosaveProblem } from '../app/saves';
import type { Session } from './session';

// Exporting a game as a file, for when the browser cannot keep it: the game in play, or else what
// the autosave slot holds (even a save that cannot be used, so that nothing is lost).

/** The file to download now, or null when there is nothing to export. */
export function exportFile(session: Session): GameFile | null {
  const game = session.get().game;
  if (game) return gameFile(game, game.selection);
  return savedGameFile(session.storage);
}

export function canExport(session: Session): boolean {
  return session.get().game !== null || session.get().saved !== null || savedGameFile(session.storage) !== null;
}

/**
 * After the download: says where the game went. A save that could not be used, nor moved aside,
 * was held in its slot; now that the player has it as a file, the slot is freed for new games.
 */
export function exported(session: Session, file: GameFile): void {
  let text = `The game was exported as ${file.fileName} (look in your downloads).`;
  const raw = savedGameFile(session.storage);
  if (!session.get().game && raw && autosaveProblem(raw.text, session.get().scenarios) !== null) {
    try {
      session.storage.removeItem(AUTOSAVE_KEY);
      text = `The save that could not be used was exported as ${file.fileName} (look in your downloads). New games are saved again.`;
    } catch {
      // Storage refused even that: the save stays in place and still is not overwritten.
    }
  }
  session.notify({ tone: 'info', text });
}
