import type Phaser from 'phaser';
import type { Screen, Session } from '../store/session';
import { watch } from '../store/watch';

// Shows the scene for the session's screen, and the menu over it when open. Scenes never start
// each other: they change the session, and this follows.

export const SCENE_FOR: Record<Screen, string> = {
  title: 'Title',
  year: 'Year',
  report: 'Report',
  ending: 'Ending',
  howto: 'HowToPlay',
  model: 'Model',
  watch: 'Watch',
  classroom: 'Classroom',
  join: 'Join',
};

export function startRouter(game: Phaser.Game, session: Session, from: string): () => void {
  let current = from;
  const stopScreen = watch(session.store, (s) => s.screen, (screen) => {
    const next = SCENE_FOR[screen];
    if (next === current) return;
    if (game.scene.isActive('Menu')) game.scene.stop('Menu');
    game.scene.stop(current);
    game.scene.start(next);
    current = next;
  });
  const stopMenu = watch(session.store, (s) => s.menuOpen, (open) => {
    if (open) {
      game.scene.run('Menu');
      game.scene.bringToTop('Menu');
    } else if (game.scene.isActive('Menu')) {
      game.scene.stop('Menu');
    }
  });
  return () => { stopScreen(); stopMenu(); };
}
