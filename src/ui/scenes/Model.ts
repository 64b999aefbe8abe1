import type { Session } from '../../store/session';
import { coefficientPages, coefficientRows, MODEL_PAGES } from '../view/guide';
import { GuideScene, type GuideEntry } from './guideScene';

/** The model: how it works, then every coefficient with what it was set against. */
export class ModelScene extends GuideScene {
  constructor(session: Session) {
    super('Model', session, 'The model');
  }

  protected entries(): GuideEntry[] {
    const pages = coefficientPages(coefficientRows());
    return [
      ...MODEL_PAGES.map((page) => ({ title: page.title, show: (view: Parameters<GuideEntry['show']>[0]) => view.showPage(page) })),
      ...pages.map((rows, i) => ({ title: `The numbers (${i + 1} of ${pages.length})`, show: (view: Parameters<GuideEntry['show']>[0]) => view.showTable(rows) })),
    ];
  }
}
