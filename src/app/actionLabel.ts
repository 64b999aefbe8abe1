import type { Action, YearDecisions } from '../engine';

// Short, plain labels for moves, for tables and timelines outside the game's own screens.

const SERVICE: Record<string, string> = { sqs: 'SQS', s3: 'S3', ec2: 'EC2' };

export function actionLabel(action: Action): string {
  switch (action.kind) {
    case 'apiMandate': return 'move to service APIs';
    case 'openMarketplace': return 'open the marketplace';
    case 'openDeveloperPlatform': return 'open the developer platform';
    case 'launchPrime': return 'launch Prime';
    case 'launchService': return `launch ${SERVICE[action.service] ?? action.service}${action.team === 'core' ? ' (core team)' : ''}`;
    case 'rentSpareCapacity': return 'rent out spare capacity';
    case 'priceCuts': return action.count === 0 ? 'no price cuts' : `${action.count} price cut${action.count === 1 ? '' : 's'}, -${action.depthPercent}%`;
    case 'capex': return `data centres ${action.level}`;
    case 'retailInvestment': return `retail ${action.level}`;
    case 'govCloud': return 'build a government region';
    case 'discloseAws': return 'disclose AWS figures';
    case 'bidJedi': return 'bid for JEDI';
    case 'protestJedi': return 'protest the JEDI award';
    case 'launchGenAi': return 'launch a generative-AI platform';
    case 'outageResponse': return `handle the outage: ${action.plan}`;
  }
}

/** The moves one path makes in a year that the other does not, both ways. */
export function differences(yours: YearDecisions | undefined, theirs: YearDecisions | undefined): { onlyYours: string[]; onlyTheirs: string[] } {
  const a = (yours?.actions ?? []).map(actionLabel);
  const b = (theirs?.actions ?? []).map(actionLabel);
  return { onlyYours: a.filter((x) => !b.includes(x)), onlyTheirs: b.filter((x) => !a.includes(x)) };
}
