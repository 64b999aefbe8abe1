import { ENGINE_VERSION, type Scenario, type ScoreCard, type YearFigures } from '../engine';
import { actionLabel } from './actionLabel';
import { checkCompetition, competitionId, type Competition } from './competition';
import { csvField, nameSkeleton } from './names';
import { resultFromText, scoreTeam, type TeamResult } from './result';

// Every submission is re-simulated from its decisions; the claimed score is only compared, never
// used. The browser's Classroom scene and the leaderboard CLI both call buildLeaderboard.

export const MAX_SUBMISSION_CHARS = 200_000;
export const MAX_SUBMISSIONS = 2000;
const SCORE_TOLERANCE = 1e-6;

export interface Submission {
  source: string;    // where it came from: a file name or "pasted code 3"
  text: string;
}

export interface LeaderboardRow {
  rank: number;
  tied: boolean;
  team: string;
  source: string;
  score: ScoreCard;
  final: YearFigures;
  years: YearFigures[];
  result: TeamResult;
  /** another, different result carries the same team name: both are ranked for the instructor to resolve */
  sameName: boolean;
}

export interface Rejection {
  source: string;
  team: string;
  reason: string;
}

export interface Leaderboard {
  competitionId: string;
  rows: LeaderboardRow[];
  rejected: Rejection[];
  notes: string[];     // how ties were handled, duplicates, and so on
}

function reject(source: string, team: string, reason: string): Rejection {
  return { source, team, reason };
}

/** Rounded to a tenth of a point, the precision the board shows: equal there means tied. */
function shownScore(score: number): number {
  return Math.round(score * 10) / 10;
}

/** A claim passes only when it is a finite number within the tolerance: NaN and infinity never do. */
export function claimMatches(claimed: number, replayed: number): boolean {
  return Number.isFinite(claimed) && Number.isFinite(replayed) && Math.abs(claimed - replayed) <= SCORE_TOLERANCE;
}

export function buildLeaderboard(base: Scenario, competition: Competition, submissions: readonly Submission[]): Leaderboard {
  const id = competitionId(competition);
  const rows: LeaderboardRow[] = [];
  const rejected: Rejection[] = [];
  const notes: string[] = [];
  // A result is known by its team and by what it holds. Teams by the skeleton of their name (names
  // that look alike are one name); results by the state their decisions reach, so a copy is caught
  // however its moves are listed or padded with no-ops. The same result handed in twice counts once;
  // two different results under one name are both ranked and flagged, since two teams may well
  // have picked the same name; one play under two names counts once, for the first.
  const seenTeams = new Map<string, { source: string; team: string; decisions: string }[]>();
  const seenDecisions = new Map<string, { source: string; team: string }>();
  const unplayable = checkCompetition(competition, base);
  if (unplayable) {
    notes.push(`No result can be ranked for this competition: ${unplayable}.`);
    return { competitionId: id, rows, rejected: submissions.slice(0, MAX_SUBMISSIONS).map((s) => reject(s.source, '', unplayable)), notes };
  }
  if (competition.engineVersion !== ENGINE_VERSION) {
    notes.push(`This competition was created with engine ${competition.engineVersion}; this page runs ${ENGINE_VERSION}. Results made with another engine are refused.`);
  }
  submissions.slice(0, MAX_SUBMISSIONS).forEach((submission) => {
    const { source, text } = submission;
    if (text.length > MAX_SUBMISSION_CHARS) {
      rejected.push(reject(source, '', `far too large (${text.length.toLocaleString('en-US')} characters) to be a result`));
      return;
    }
    const parsed = resultFromText(text);
    if (!parsed.ok) {
      rejected.push(reject(source, '', parsed.error));
      return;
    }
    const result = parsed.value;
    if (result.competitionId !== id) {
      rejected.push(reject(source, result.team, `belongs to another competition (${result.competitionId}, not ${id})`));
      return;
    }
    if (result.engineVersion !== ENGINE_VERSION) {
      rejected.push(reject(source, result.team, `made by an incompatible engine (${result.engineVersion}; this page runs ${ENGINE_VERSION})`));
      return;
    }
    const run = scoreTeam(base, competition, result.decisions);
    if (typeof run === 'string') {
      rejected.push(reject(source, result.team, run));
      return;
    }
    if (!claimMatches(result.claimedScore, run.score.total)) {
      rejected.push(reject(source, result.team,
        `its claimed score ${result.claimedScore.toFixed(1)} differs from the replayed score ${run.score.total.toFixed(1)}`));
      return;
    }
    const decisions = run.campaign.hash;
    const key = nameSkeleton(result.team);
    const sameName = seenTeams.get(key) ?? [];
    const again = sameName.find((e) => e.decisions === decisions);
    if (again) {
      notes.push(`"${result.team}" handed in the same result twice (${again.source} and ${source}): it counts once.`);
      return;
    }
    const copied = seenDecisions.get(decisions);
    if (copied !== undefined) {
      rejected.push(reject(source, result.team,
        `the same play as "${copied.team}" (${copied.source}): its decisions reach exactly the same state, and one result handed in under two names counts once, for the first`));
      notes.push(`"${result.team}" (${source}) handed in the same play as "${copied.team}" (${copied.source}): a copy, or the same calls made independently; only the first is ranked until you check with the teams.`);
      return;
    }
    if (sameName.length > 0) {
      const alike = sameName.some((e) => e.team !== result.team) ? ' (or a name that looks the same)' : '';
      notes.push(`Two different results carry the name "${result.team}"${alike}: ${[...sameName.map((e) => e.source), source].join(', ')}. Both are ranked and flagged \u2691; ask the teams which is whose.`);
    }
    seenTeams.set(key, [...sameName, { source, team: result.team, decisions }]);
    seenDecisions.set(decisions, { source, team: result.team });
    const years = run.campaign.years.filter((y) => y.year >= competition.firstYear);
    rows.push({ rank: 0, tied: false, team: result.team, source, score: run.score, final: years.at(-1)!, years, result, sameName: false });
  });
  for (const row of rows) row.sameName = (seenTeams.get(nameSkeleton(row.team))?.length ?? 0) > 1;
  if (submissions.length > MAX_SUBMISSIONS) {
    notes.push(`Only the first ${MAX_SUBMISSIONS} submissions were read; ${submissions.length - MAX_SUBMISSIONS} were left out.`);
  }

  // Highest score first; equal shown scores share a rank, listed by team name.
  rows.sort((a, b) => shownScore(b.score.total) - shownScore(a.score.total) || a.team.localeCompare(b.team, 'en'));
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    row.rank = previous && shownScore(previous.score.total) === shownScore(row.score.total) ? previous.rank : i + 1;
  });
  for (const row of rows) row.tied = rows.some((other) => other !== row && other.rank === row.rank);
  const tiedRanks = [...new Set(rows.filter((r) => r.tied).map((r) => r.rank))];
  for (const rank of tiedRanks) {
    const teams = rows.filter((r) => r.rank === rank).map((r) => r.team);
    notes.push(`${teams.join(' and ')} tie at rank ${rank} with ${shownScore(rows.find((r) => r.rank === rank)!.score.total).toFixed(1)} points: equal to a tenth of a point share a rank (listed alphabetically).`);
  }
  return { competitionId: id, rows, rejected, notes };
}

/** A team's calls in one cell: "2004: launch SQS; 3 price cuts, -5% | 2005: ...", years with no move left out. */
export function decisionsSummary(row: LeaderboardRow): string {
  return row.result.decisions
    .filter((d) => d.actions.length > 0)
    .map((d) => `${d.year}: ${d.actions.map(actionLabel).join('; ')}`)
    .join(' | ');
}

/**
 * The board as a spreadsheet: one row per team, the values as the screen shows them with their
 * units in the headers, each team's calls summarised, and a byte-order mark so spreadsheet programs
 * read names with accents or emoji as UTF-8. Every text cell is defused (csvField).
 */
export function leaderboardCsv(board: Leaderboard): string {
  const head = [
    'rank', 'team', 'same name as another result', 'score (of 1000)', 'growth (of 200)', 'profit (of 200)', 'cloud (of 200)',
    'trust (of 200)', 'value (of 200)', 'final year', 'net sales ($B)', 'operating income ($B)', 'AWS revenue ($B)',
    'AWS cloud share (%)', 'decisions',
  ].map(csvField).join(',');
  const lines = [head];
  for (const r of board.rows) {
    lines.push([
      r.tied ? csvField(`${r.rank} (tied)`) : String(r.rank), csvField(r.team), r.sameName ? 'yes' : 'no', r.score.total.toFixed(1),
      r.score.growth.toFixed(1), r.score.profit.toFixed(1), r.score.cloud.toFixed(1), r.score.trust.toFixed(1), r.score.value.toFixed(1),
      r.final.year, r.final.netSales.toFixed(2), r.final.operatingIncome.toFixed(2), r.final.awsRevenue.toFixed(2),
      (r.final.cloudShare * 100).toFixed(1), csvField(decisionsSummary(r)),
    ].join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface ClassDebrief {
  commonMoves: { year: number; move: string; teams: number }[];
  separators: { year: number; move: string; topShare: number; restShare: number }[];
}

/** The most common move each year, and the moves the top third made far more often than the rest. */
export function classDebrief(board: Leaderboard): ClassDebrief {
  const rows = board.rows;
  const commonMoves: ClassDebrief['commonMoves'] = [];
  const separators: ClassDebrief['separators'] = [];
  if (rows.length === 0) return { commonMoves, separators };
  const years = [...new Set(rows.flatMap((r) => r.result.decisions.map((d) => d.year)))].sort((a, b) => a - b);
  const topCount = Math.max(1, Math.ceil(rows.length / 3));
  const top = rows.slice(0, topCount);
  const rest = rows.slice(topCount);
  for (const year of years) {
    const counts = new Map<string, number>();
    const movesOf = (r: LeaderboardRow) => new Set((r.result.decisions.find((d) => d.year === year)?.actions ?? []).map(actionLabel));
    for (const r of rows) for (const m of movesOf(r)) counts.set(m, (counts.get(m) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) commonMoves.push({ year, move: best[0], teams: best[1] });
    if (rest.length === 0) continue;
    for (const move of counts.keys()) {
      const topShare = top.filter((r) => movesOf(r).has(move)).length / top.length;
      const restShare = rest.filter((r) => movesOf(r).has(move)).length / rest.length;
      separators.push({ year, move, topShare, restShare });
    }
  }
  separators.sort((a, b) => Math.abs(b.topShare - b.restShare) - Math.abs(a.topShare - a.restShare) || a.year - b.year);
  return { commonMoves, separators: separators.slice(0, 8) };
}
