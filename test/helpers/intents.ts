import type { Action } from '../../src/engine';
import type { Session } from '../../src/store/session';
import type { CardKey } from '../../src/store/selection';

/** Makes one year's moves through the session's intents, as a player would through the UI. */
export function chooseThroughIntents(session: Session, actions: readonly Action[]): void {
  for (const action of actions) {
    switch (action.kind) {
      case 'capex':
      case 'retailInvestment':
        session.setLever(action.kind, action.level);
        break;
      case 'priceCuts':
        session.setPriceCuts({ count: action.count, depthPercent: action.depthPercent });
        break;
      case 'launchService':
        session.toggleMove(`launchService:${action.service}` as CardKey);
        if (action.service === 'ec2' && action.team === 'core') session.toggleMove('launchService:ec2');
        break;
      case 'bidJedi':
      case 'protestJedi':
        session.toggleMove('jedi');
        break;
      case 'outageResponse':
        session.setOutagePlan(action.plan);
        break;
      default:
        session.toggleMove(action.kind as CardKey);
    }
  }
}
