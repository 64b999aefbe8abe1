import { addYear, valueLevel, runCampaign, type Campaign, type ScoreCard, type Scenario, type State, type TurnReport, type YearDecisions, type YearFigures } from '../engine';
import { CutShort, openCode, toBase64Url, Writer, type CodeSpec } from './binaryCodec';
import { COMPETITION_ID_BYTES, competitionScenario, teamPath, type Competition } from './competition';
import { cleanName } from './names';
import { readDecisions, writeDecisions } from './replayCode';

// A team's result: which competition, which team, their decisions and the score they claim.
// The claim is only ever compared with the score the decisions earn when replayed.

export const RESULT_PREFIX = 'fwr2_';
/** 2: the competition's full 96-bit id (format 1 carried a 32-bit one, and is refused). */
const CODE_VERSION = 2;
export const MAX_RESULT_CODE_LENGTH = 8192;
export const TEAM_NAME_MAX = 40;

export interface TeamResult {
  competitionId: string;
  engineVersion: string;
  team: string;
  decisions: YearDecisions[];    // the competition's years only
  claimedScore: number;
}

export type ResultParse = { ok: true; value: TeamResult } | { ok: false; error: string };

export function encodeResult(result: TeamResult): string {
  const w = new Writer();
  w.byte(0x46);
  w.byte(0x52);
  w.byte(CODE_VERSION);
  if (!new RegExp(`^[0-9a-f]{${COMPETITION_ID_BYTES * 2}}$`).test(result.competitionId)) throw new RangeError(`not a competition id: ${result.competitionId}`);
  for (let i = 0; i < COMPETITION_ID_BYTES * 2; i += 2) w.byte(parseInt(result.competitionId.slice(i, i + 2), 16));
  w.text(result.engineVersion);
  w.text(cleanName(result.team, TEAM_NAME_MAX));
  writeDecisions(w, result.decisions);
  w.float64(result.claimedScore);
  return RESULT_PREFIX + toBase64Url(w.finish());
}

const RESULT_CODE: CodeSpec = {
  prefix: RESULT_PREFIX,
  newerPrefix: /^fwr\d+_/,
  maxLength: MAX_RESULT_CODE_LENGTH,
  magic: [0x46, 0x52],
  version: CODE_VERSION,
  say: {
    notText: 'a result code must be text',
    tooLong: (length) => `far too long (${length} characters) to be a result code`,
    newer: 'made by a newer version of Flywheel',
    older: 'from an earlier version of Flywheel, with a competition id too short to trust',
    foreign: 'not a Flywheel result code (they start with "fwr2_")',
    badCharacters: 'does not decode: characters that do not belong in a result code',
    checksum: 'does not decode: the checksum does not match (cut short, mistyped or edited)',
    cutShort: 'does not decode: the code is cut short',
    unknownFormat: () => 'a result format this version does not know',
  },
};

export function decodeResult(input: unknown): ResultParse {
  const opened = openCode(input, RESULT_CODE);
  if (!opened.ok) return opened;
  const r = opened.reader;
  try {
    let competitionId = '';
    for (let i = 0; i < COMPETITION_ID_BYTES; i++) competitionId += r.byte().toString(16).padStart(2, '0');
    const engineVersion = r.text();
    const team = cleanName(r.text(), TEAM_NAME_MAX);
    const decisions = readDecisions(r);
    if (typeof decisions === 'string') return { ok: false, error: `does not decode: ${decisions}` };
    const claimedScore = r.float64();
    if (!r.done()) return { ok: false, error: 'does not decode: extra data after the end' };
    if (!team) return { ok: false, error: 'the result has no team name' };
    if (!Number.isFinite(claimedScore)) return { ok: false, error: `its claimed score is not a number (${claimedScore})` };
    return { ok: true, value: { competitionId, engineVersion, team, decisions, claimedScore } };
  } catch (error) {
    if (error instanceof CutShort) return { ok: false, error: 'does not decode: the code is cut short' };
    return { ok: false, error: 'does not decode: unreadable text inside' };
  }
}

/** The downloadable result file: the same content as the code, readable, with the code inside. */
export function resultFile(result: TeamResult, competitionCode: string): string {
  return JSON.stringify({
    format: 'flywheel-result/1',
    competition: competitionCode,
    competitionId: result.competitionId,
    team: result.team,
    engineVersion: result.engineVersion,
    claimedScore: result.claimedScore,
    decisions: result.decisions,
    code: encodeResult(result),
  }, null, 2);
}

/** A result file or a bare code, as text: the code inside is what counts. */
export function resultFromText(text: string): ResultParse {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return { ok: false, error: 'does not decode: the file is not valid JSON' };
    }
    const code = (data as { code?: unknown } | null)?.code;
    if ((data as { format?: unknown } | null)?.format !== 'flywheel-result/1' || typeof code !== 'string') {
      return { ok: false, error: 'does not decode: not a Flywheel result file' };
    }
    return decodeResult(code);
  }
  return decodeResult(trimmed);
}

export interface ScoredRun {
  campaign: Campaign;
  score: ScoreCard;          // over the competition's years only, out of 1000
}

/** Plays a team's decisions in the competition's world and scores the competition's years. */
export function scoreTeam(base: Scenario, c: Competition, decisions: readonly YearDecisions[]): ScoredRun | string {
  const scenario = competitionScenario(base, c);
  for (const d of decisions) {
    if (d.year < c.firstYear || d.year > c.lastYear) return `it has decisions for ${d.year}, outside the competition's years`;
  }
  const campaign = runCampaign(scenario, c.seed, teamPath(scenario, c, decisions), { reports: false, yearHashes: false });
  if (!campaign.ok) return `its ${campaign.year} decisions are not legal: ${campaign.error}`;
  return { campaign, score: spanScore(campaign.years, c.firstYear, c.lastYear) };
}

/** The years a competition scores: its teams' own. */
export interface ScoreSpan {
  firstYear: number;
  lastYear: number;
}

/** The score to show for a game: the whole run's, or in a competition its teams' years only. */
export function scoreShown(state: State, reports: readonly TurnReport[], span?: ScoreSpan): number {
  return span ? spanScore(reports.map((r) => r.figures), span.firstYear, span.lastYear).total : state.score.total;
}

/**
 * The scorecard of the years from firstYear to lastYear alone. Years before a competition followed
 * history for everyone, so only the teams' years count, each weighing the same: the score is out
 * of 1000 whatever the span.
 */
export function spanScore(years: readonly YearFigures[], firstYear: number, lastYear: number): ScoreCard {
  const played = lastYear - firstYear + 1;
  const score: ScoreCard = { growth: 0, profit: 0, cloud: 0, trust: 0, value: 0, total: 0, yearsScored: 0 };
  // Shareholder value is measured from where the span starts, as the whole game's is from its start.
  const before = years.find((y) => y.year === firstYear - 1);
  const base = before ? before.shareholderValue : 1;
  let valueBefore = 0;
  for (const y of years) {
    if (y.year < firstYear || y.year > lastYear) continue;
    const t = score.yearsScored + 1;
    const value = valueLevel(base > 0 ? y.shareholderValue / base : 0, t);
    const valuePoints = (value * t - valueBefore * (t - 1)) * 100;
    valueBefore = value;
    const total = (y.scoreGrowth + y.scoreProfit + y.scoreCloud + y.scoreTrust + valuePoints) / 5;
    addYear(score, { growth: y.scoreGrowth, profit: y.scoreProfit, cloud: y.scoreCloud, trust: y.scoreTrust, value: value * 100, valuePoints, total }, played);
  }
  return score;
}

