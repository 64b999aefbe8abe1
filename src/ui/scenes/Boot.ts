import type { Session } from '../../store/session';
import { startRouter } from '../router';
import { FlywheelScene } from '../sceneBase';

/** The first scene: hands over to the router, which shows the title. */
export class BootScene extends FlywheelScene {
  constructor(session: Session) {
    super('Boot', session);
  }

  create(): void {
    this.begin();
    startRouter(this.game, this.session, 'Boot');
  }
}
