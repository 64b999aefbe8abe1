import type { Session } from '../../store/session';
import { HOW_TO_PLAY } from '../view/guide';
import { GuideScene, type GuideEntry } from './guideScene';

/** How to play: the idea, a year, the figures, the keys. */
export class HowToPlayScene extends GuideScene {
  constructor(session: Session) {
    super('HowToPlay', session, 'How to play');
  }

  protected entries(): GuideEntry[] {
    return HOW_TO_PLAY.map((page) => ({ title: page.title, show: (view) => view.showPage(page) }));
  }
}
