import { K, type MoveKey, type Scenario } from '../../engine';
import type { PlayedGame } from './evaluator';
import { actionOf, mapCuts, moveTo, without, yearOf, type Path, type PriceCut } from './pathEdit';
import { sameTotalCutBy } from './cutProfiles';

// The lessons of issue 12's table as data: what A and B are (edits of a base path: history's, and
// for the stepping-stone myth also the best path found), and the target each must meet.

export interface LessonContext {
  scenario: Scenario;
  /** history's path, every year listed */
  history: Path;
  /** the best path the search found on the first seed, or null before there is one */
  best: Path | null;
}

/** A vs B, built once per lesson; `b` may look at A as played on the seed (null: no B on that seed). */
export interface Difference {
  kind: 'difference';
  a(c: LessonContext): Path;
  b(c: LessonContext, a: PlayedGame): Path | null;
  /** mean of A - B over the seeds must be at least this (strictly above it when `strict`) */
  atLeast: number;
  strict?: boolean;
  /** a line saying how B was built, for the report */
  describe?(c: LessonContext): string;
}

/** S3 and EC2 on sale together in each year of a range; the best year must be inside the range. */
export interface Timing {
  kind: 'timing';
  years(c: LessonContext): number[];
  variant(c: LessonContext, year: number): Path;
  /** most seeds' best year falls in this window */
  window: [number, number];
}

/** Renting spare capacity in any year before compute launches, on each base path; the worst year still loses. */
export interface Bridge {
  kind: 'bridge';
  atLeast: number;
  seedShare: number;
}

/** The JEDI gamble: bid vs no bid, split by whether the bid won; credentials should raise the win rate. */
export interface Gamble {
  kind: 'gamble';
  wonAtLeast: number;
  lostAtMost: number;
}

export interface Lesson {
  id: string;
  /** the lesson, in the documents' words */
  words: string;
  vs: string;
  target: string;
  /** moves history's path must make in the scenario's years for the lesson to apply */
  needs: MoveKey[];
  shape: Difference | Timing | Bridge | Gamble;
}

const ec2 = (c: LessonContext) => actionOf(c.history, 'launchService:ec2') ?? { kind: 'launchService', service: 'ec2', team: 'remote' } as const;

function diff(a: Difference['a'], b: Difference['b'], atLeast: number, strict = false, describe?: Difference['describe']): Difference {
  return { kind: 'difference', a, b, atLeast, strict, ...(describe ? { describe } : {}) };
}

const history = (c: LessonContext) => c.history;

/**
 * S3 and EC2 (and the queue if it came later) on sale two years before history's launch and before
 * the API move is done (it takes K.mandateYears from its year: 2001 is done by 2004, so 2003 at the latest).
 */
export function launchBeforeApisDone(c: LessonContext): Path | null {
  const s3Year = yearOf(c.history, 'launchService:s3');
  const done = yearOf(c.history, 'apiMandate') + K.mandateYears;
  const year = Math.min(s3Year - 2, done - 1);
  if (year >= done || year < c.scenario.firstYear) return null;
  let path = moveTo(c.history, { kind: 'launchService', service: 's3' }, year);
  path = moveTo(path, ec2(c), year);
  if (yearOf(c.history, 'launchService:sqs') > year) path = moveTo(path, { kind: 'launchService', service: 'sqs' }, year);
  return path;
}

/** A disclosure in the last year before history's in which AWS lost money on A's run, or null if none. */
function discloseWhileLosing(c: LessonContext, a: PlayedGame): Path | null {
  const disclosed = yearOf(c.history, 'discloseAws');
  const losing = a.figures.filter((f) => f.year < disclosed && f.awsRevenue > 0 && f.awsOperatingIncome < 0);
  const year = losing[losing.length - 1]?.year;
  return year ? moveTo(c.history, { kind: 'discloseAws' }, year) : null;
}

export const LESSONS: readonly Lesson[] = [
  { id: 'apiMove', words: 'services first: the API move', vs: 'API move vs none (same launches)', target: '>= +60', needs: ['apiMandate'],
    shape: diff(history, (c) => without(c.history, 'apiMandate'), 60) },
  { id: 'apisDone', words: 'launch when the APIs are in place', vs: 'S3/EC2 on sale after the API move is done vs before it', target: '>= +20',
    needs: ['apiMandate', 'launchService:s3', 'launchService:ec2'], shape: diff(history, launchBeforeApisDone, 20, false, (c) => {
      const b = launchBeforeApisDone(c);
      return b ? `B on sale in ${yearOf(b, 'launchService:s3')}; the API move of ${yearOf(c.history, 'apiMandate')} is done by ${yearOf(c.history, 'apiMandate') + K.mandateYears}` : '';
    }) },
  { id: 'timing', words: 'timing: too early breaks, too late loses the market', vs: 'S3 and EC2 on sale together in year Y (history otherwise)',
    target: 'interior optimum; most seeds best in 2005-2008', needs: ['launchService:s3', 'launchService:ec2'],
    shape: {
      kind: 'timing',
      years: (c) => {
        const first = Math.max(c.scenario.firstYear, 2002);
        const last = Math.min(c.scenario.lastYear, 2012);
        return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
      },
      variant: (c, year) => moveTo(moveTo(c.history, { kind: 'launchService', service: 's3' }, year), ec2(c), year),
      window: [2005, 2008],
    } },
  { id: 'remoteTeam', words: 'EC2 was built by a separate team', vs: 'remote team vs retail\'s core engineers', target: '>= +10', needs: ['launchService:ec2'],
    shape: diff(history, (c) => moveTo(c.history, { kind: 'launchService', service: 'ec2', team: 'core' }, yearOf(c.history, 'launchService:ec2')), 10) },
  { id: 'spareMyth', words: 'the spare-capacity myth', vs: 'build AWS vs rent spare capacity in 2003 instead (never S3/EC2, SQS kept)', target: '>= +60',
    needs: ['launchService:s3', 'launchService:ec2'],
    shape: diff(history, (c) => moveTo(without(c.history, 'launchService:s3', 'launchService:ec2'), { kind: 'rentSpareCapacity' }, 2003), 60) },
  { id: 'spareBridge', words: '... even as a stepping stone', vs: 'no renting vs renting in any year before EC2 (history\'s path and the best path; worst year)',
    target: '>= +10 on >= 90% of seeds', needs: ['launchService:ec2'], shape: { kind: 'bridge', atLeast: 10, seedShare: 0.9 } },
  { id: 'cutsPay', words: 'relentless price cuts pay back through scale', vs: 'history\'s cut profile vs none', target: '>= +25', needs: ['priceCuts'],
    shape: diff(history, (c) => without(c.history, 'priceCuts'), 25) },
  { id: 'cutsRelentless', words: '... relentless, not a one-off', vs: 'history\'s profile vs the same total cut taken by 2010, none after', target: '>= +15',
    needs: ['priceCuts'], shape: diff(history, (c) => sameTotalCutBy(c.history, 2010), 15) },
  { id: 'cutsBelowCost', words: '... but not below cost', vs: 'history\'s profile vs 10 cuts x 40% every year on sale', target: '>= +50', needs: ['priceCuts'],
    shape: diff(history, (c) => mapCuts(c.history, (): PriceCut => ({ kind: 'priceCuts', count: 10, depthPercent: 40 })), 50) },
  { id: 'marketplace', words: 'open the store to sellers', vs: 'marketplace vs closed', target: '>= +20', needs: ['openMarketplace'],
    shape: diff(history, (c) => without(c.history, 'openMarketplace'), 20) },
  { id: 'platform', words: 'open the platform to developers', vs: 'developer platform vs never', target: '>= +10', needs: ['openDeveloperPlatform'],
    shape: diff(history, (c) => without(c.history, 'openDeveloperPlatform'), 10) },
  { id: 'prime', words: 'Prime', vs: 'Prime vs never', target: '>= +10', needs: ['launchPrime'],
    shape: diff(history, (c) => without(c.history, 'launchPrime'), 10) },
  { id: 'govRegion', words: 'government credentials', vs: 'government region (from 2011) vs never', target: '>= +8', needs: ['launchService:ec2'],
    shape: diff((c) => moveTo(c.history, { kind: 'govCloud' }, Math.max(2011, c.scenario.firstYear)), (c) => without(c.history, 'govCloud'), 8) },
  { id: 'jedi', words: 'JEDI is a real gamble', vs: 'bid vs no bid, split by whether the bid won', target: 'won >= +8 / lost <= -2; credentials raise the win rate',
    needs: ['bidJedi'], shape: { kind: 'gamble', wonAtLeast: 8, lostAtMost: -2 } },
  { id: 'disclose', words: 'disclosure re-rates the company', vs: 'disclose when AWS is profitable (history\'s year) vs never', target: '>= +8',
    needs: ['discloseAws'], shape: diff(history, (c) => without(c.history, 'discloseAws'), 8) },
  { id: 'discloseEarly', words: '... but not while it loses money', vs: 'history\'s disclosure vs disclosing in a year AWS loses money', target: '> 0 (worse than waiting)',
    needs: ['discloseAws'], shape: diff(history, discloseWhileLosing, 0, true, () => 'B discloses in the last year before history\'s in which AWS lost money on that seed') },
];
