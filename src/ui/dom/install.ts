import type { Session } from '../../store/session';
import { announceSession } from './announce';

// The parts of the parallel DOM that live as long as the page: the live regions and what the
// session says through them. The first scene to start installs them.

let installed: Session | null = null;

export function installDom(session: Session): void {
  if (installed === session) return;
  installed = session;
  announceSession(session);
}
