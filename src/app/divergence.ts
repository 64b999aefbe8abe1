import type { Action, Level, Scenario, YearDecisions } from '../engine';

// Where a run parted from history, in words ("history launched S3 in 2006; you launched it in
// 2004"). What the differences did to the outcome is the debrief's (debrief.ts).

interface OneShot {
  key: string;
  matches: (a: Action) => boolean;
  did: string;        // "launched S3"
  it: string;         // "launched it"
  name: string;       // "S3", for the short form
}

const ONE_SHOTS: readonly OneShot[] = [
  { key: 'apiMandate', matches: (a) => a.kind === 'apiMandate', did: 'moved to service APIs', it: 'did it', name: 'the API move' },
  { key: 'openMarketplace', matches: (a) => a.kind === 'openMarketplace', did: 'opened the marketplace', it: 'opened it', name: 'the marketplace' },
  { key: 'openDeveloperPlatform', matches: (a) => a.kind === 'openDeveloperPlatform', did: 'opened the developer platform', it: 'opened it', name: 'the platform' },
  { key: 'launchPrime', matches: (a) => a.kind === 'launchPrime', did: 'launched Prime', it: 'launched it', name: 'Prime' },
  { key: 'sqs', matches: (a) => a.kind === 'launchService' && a.service === 'sqs', did: 'launched SQS', it: 'launched it', name: 'SQS' },
  { key: 's3', matches: (a) => a.kind === 'launchService' && a.service === 's3', did: 'launched S3', it: 'launched it', name: 'S3' },
  { key: 'ec2', matches: (a) => a.kind === 'launchService' && a.service === 'ec2', did: 'launched EC2', it: 'launched it', name: 'EC2' },
  { key: 'rentSpareCapacity', matches: (a) => a.kind === 'rentSpareCapacity', did: 'rented out spare capacity', it: 'did', name: 'renting' },
  { key: 'govCloud', matches: (a) => a.kind === 'govCloud', did: 'built a government region', it: 'built one', name: 'the gov region' },
  { key: 'discloseAws', matches: (a) => a.kind === 'discloseAws', did: 'disclosed AWS figures', it: 'disclosed them', name: 'disclosure' },
  { key: 'bidJedi', matches: (a) => a.kind === 'bidJedi', did: 'bid for JEDI', it: 'bid', name: 'JEDI bid' },
  { key: 'protestJedi', matches: (a) => a.kind === 'protestJedi', did: 'protested the JEDI award', it: 'protested', name: 'JEDI protest' },
  { key: 'launchGenAi', matches: (a) => a.kind === 'launchGenAi', did: 'launched a generative-AI platform', it: 'launched one', name: 'the AI platform' },
];

export interface Divergence {
  year: number;           // the earlier of the two years involved
  key: string;
  text: string;
  /** the same in few words, for a line with little room: "S3 in 2004, history 2006" */
  short: string;
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

function cutShort(c: { count: number; depth: number }): string {
  return c.count === 0 ? 'none' : `${c.count} \u00D7 \u2212${c.depth}%`;
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
    let short: string;
    if (theirsSeen && yoursSeen) {
      text = `history ${move.did} in ${theirsSeen}; you ${move.it} in ${yoursSeen}`;
      short = `${move.name} in ${yoursSeen}, history ${theirsSeen}`;
    } else if (theirsSeen) {
      text = `history ${move.did} in ${theirsSeen}; you have not`;
      short = `no ${move.name} yet, history ${theirsSeen}`;
    } else {
      text = `you ${move.did} in ${yoursSeen}; history had not by then`;
      short = `${move.name} in ${yoursSeen}, before history`;
    }
    out.push({ year: Math.min(...[theirsSeen, yoursSeen].filter((y) => y > 0)), key: move.key, text, short });
  }
  for (let year = scenario.firstYear; year <= upToYear; year++) {
    const a = cutsIn(path, year);
    const b = cutsIn(history, year);
    if (a.count !== b.count || a.depth !== b.depth) {
      out.push({ year, key: `priceCuts:${year}`, text: `${year}: history ${cutText(b)}; you ${cutText(a)}`, short: `${year} cuts ${cutShort(a)}, history ${cutShort(b)}` });
    }
  }
  for (const kind of ['capex', 'retailInvestment'] as const) {
    const yours = leverByYear(path, kind, scenario.firstYear, upToYear);
    const theirs = leverByYear(history, kind, scenario.firstYear, upToYear);
    const label = kind === 'capex' ? 'data-centre building' : 'retail spending';
    for (let i = 0; i < yours.length; i++) {
      if (yours[i] !== theirs[i] && (i === 0 || yours[i - 1] === theirs[i - 1] || yours[i] !== yours[i - 1] || theirs[i] !== theirs[i - 1])) {
        const year = scenario.firstYear + i;
        out.push({
          year, key: `${kind}:${year}`, text: `${year}: ${label} ${yours[i]} where history's was ${theirs[i]}`,
          short: `${year} ${kind === 'capex' ? 'data centres' : 'retail'} ${yours[i]}, history ${theirs[i]}`,
        });
      }
    }
  }
  return out.sort((x, y) => x.year - y.year || x.key.localeCompare(y.key));
}
