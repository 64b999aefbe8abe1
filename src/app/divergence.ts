import type { Action, Level, Scenario, YearDecisions } from '../engine';

// Where a run parted from history, in words ("history launched S3 in 2006; you launched it in
// 2004"). What the differences did to the outcome is the debrief's (debrief.ts).

interface OneShot {
  key: string;
  matches: (a: Action) => boolean;
  did: string;        // "launched S3"
  it: string;         // "launched it"
}

const ONE_SHOTS: readonly OneShot[] = [
  { key: 'apiMandate', matches: (a) => a.kind === 'apiMandate', did: 'moved to service APIs', it: 'did it' },
  { key: 'openMarketplace', matches: (a) => a.kind === 'openMarketplace', did: 'opened the marketplace', it: 'opened it' },
  { key: 'openDeveloperPlatform', matches: (a) => a.kind === 'openDeveloperPlatform', did: 'opened the developer platform', it: 'opened it' },
  { key: 'launchPrime', matches: (a) => a.kind === 'launchPrime', did: 'launched Prime', it: 'launched it' },
  { key: 'sqs', matches: (a) => a.kind === 'launchService' && a.service === 'sqs', did: 'launched SQS', it: 'launched it' },
  { key: 's3', matches: (a) => a.kind === 'launchService' && a.service === 's3', did: 'launched S3', it: 'launched it' },
  { key: 'ec2', matches: (a) => a.kind === 'launchService' && a.service === 'ec2', did: 'launched EC2', it: 'launched it' },
  { key: 'rentSpareCapacity', matches: (a) => a.kind === 'rentSpareCapacity', did: 'rented out spare capacity', it: 'did' },
  { key: 'govCloud', matches: (a) => a.kind === 'govCloud', did: 'built a government region', it: 'built one' },
  { key: 'discloseAws', matches: (a) => a.kind === 'discloseAws', did: 'disclosed AWS figures', it: 'disclosed them' },
  { key: 'bidJedi', matches: (a) => a.kind === 'bidJedi', did: 'bid for JEDI', it: 'bid' },
  { key: 'protestJedi', matches: (a) => a.kind === 'protestJedi', did: 'protested the JEDI award', it: 'protested' },
  { key: 'launchGenAi', matches: (a) => a.kind === 'launchGenAi', did: 'launched a generative-AI platform', it: 'launched one' },
];

export interface Divergence {
  year: number;           // the earlier of the two years involved
  key: string;
  text: string;
}

function yearOf(path: readonly YearDecisions[], matches: (a: Action) => boolean): number {
  return path.find((d) => d.actions.some(matches))?.year ?? 0;
}

function cutsIn(path: readonly YearDecisions[], year: number): { count: number; depth: number } {
  const a = path.find((d) => d.year === year)?.actions.find((x) => x.kind === 'priceCuts');
  return a && a.kind === 'priceCuts' ? { count: a.count, depth: a.depthPercent } : { count: 0, depth: 0 };
}

/** The lever setting in force each year: the last one chosen, steady before any choice. */
function leverByYear(path: readonly YearDecisions[], kind: 'capex' | 'retailInvestment', from: number, to: number): Level[] {
  const out: Level[] = [];
  let level: Level = 'steady';
  for (let year = from; year <= to; year++) {
    const a = path.find((d) => d.year === year)?.actions.find((x) => x.kind === kind);
    if (a && (a.kind === 'capex' || a.kind === 'retailInvestment')) level = a.level;
    out.push(level);
  }
  return out;
}

function cutText(c: { count: number; depth: number }): string {
  return c.count === 0 ? 'made no price cuts' : `cut prices ${c.count} time${c.count === 1 ? '' : 's'} (-${c.depth}%)`;
}

/** Every difference between a path and history's, up to a year, oldest first. */
export function divergences(scenario: Scenario, path: readonly YearDecisions[], upToYear: number): Divergence[] {
  const history = scenario.history;
  const out: Divergence[] = [];
  for (const move of ONE_SHOTS) {
    const theirs = yearOf(history, move.matches);
    const yours = yearOf(path, move.matches);
    const theirsSeen = theirs > 0 && theirs <= upToYear ? theirs : 0;
    const yoursSeen = yours > 0 && yours <= upToYear ? yours : 0;
    if (theirsSeen === yoursSeen) continue;
    let text: string;
    if (theirsSeen && yoursSeen) text = `history ${move.did} in ${theirsSeen}; you ${move.it} in ${yoursSeen}`;
    else if (theirsSeen) text = `history ${move.did} in ${theirsSeen}; you have not`;
    else text = `you ${move.did} in ${yoursSeen}; history had not by then`;
    out.push({ year: Math.min(...[theirsSeen, yoursSeen].filter((y) => y > 0)), key: move.key, text });
  }
  for (let year = scenario.firstYear; year <= upToYear; year++) {
    const a = cutsIn(path, year);
    const b = cutsIn(history, year);
    if (a.count !== b.count || a.depth !== b.depth) {
      out.push({ year, key: `priceCuts:${year}`, text: `${year}: history ${cutText(b)}; you ${cutText(a)}` });
    }
  }
  for (const kind of ['capex', 'retailInvestment'] as const) {
    const yours = leverByYear(path, kind, scenario.firstYear, upToYear);
    const theirs = leverByYear(history, kind, scenario.firstYear, upToYear);
    const label = kind === 'capex' ? 'data-centre building' : 'retail spending';
    for (let i = 0; i < yours.length; i++) {
      if (yours[i] !== theirs[i] && (i === 0 || yours[i - 1] === theirs[i - 1] || yours[i] !== yours[i - 1] || theirs[i] !== theirs[i - 1])) {
        out.push({ year: scenario.firstYear + i, key: `${kind}:${scenario.firstYear + i}`, text: `${scenario.firstYear + i}: ${label} ${yours[i]} where history's was ${theirs[i]}` });
      }
    }
  }
  return out.sort((x, y) => x.year - y.year || x.key.localeCompare(y.key));
}
