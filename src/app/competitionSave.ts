import type { Action, YearDecisions } from '../engine';
import { cleanAction, cleanDecisions } from './replay';
import { keepAside, parseSaveText, readSlot } from './saves';
import type { KeyValueStorage } from './storage';

// A team's competition game, saved after every decision and every year like the autosave but in a
// slot of its own per competition, so a reload (or a closed tab) in class loses nothing and an
// ordinary game never overwrites it. Only the team's own years are kept: the years before the
// competition are history's and are played again from the competition code.

export const COMPETITION_SAVE_PREFIX = 'flywheel:competition:';
const FORMAT = 'flywheel-competition-save';
const MAX_CHARS = 200_000;
const MAX_YEARS = 100;
const MAX_DRAFT = 40;
const MAX_CODE = 8192;

export interface CompetitionSave {
  code: string;
  team: string;
  /** the team's own years, from the competition's first year */
  decisions: YearDecisions[];
  /** the draft of the year in progress */
  draft: Action[];
}

export type CompetitionSaveRead =
  | { kind: 'empty' }
  | { kind: 'ok'; save: CompetitionSave }
  | { kind: 'rejected'; reason: string; keptAt: string };

export function competitionSaveKey(competitionId: string): string {
  return `${COMPETITION_SAVE_PREFIX}${competitionId}`;
}

/** Which competition this browser played last, so the title can lead a team back to it. */
export const LAST_CLASS_GAME_KEY = 'flywheel:class-game';

export function writeCompetitionSave(storage: KeyValueStorage, competitionId: string, save: CompetitionSave): boolean {
  try {
    storage.setItem(competitionSaveKey(competitionId), JSON.stringify({ format: FORMAT, ...save }));
  } catch {
    return false;
  }
  // The pointer back to it is a convenience: failing to write it loses nothing.
  try {
    storage.setItem(LAST_CLASS_GAME_KEY, competitionId);
  } catch { /* the save itself is kept */ }
  return true;
}

/** Reads a competition's save; one that cannot be used is moved aside, never deleted. */
export function readCompetitionSave(storage: KeyValueStorage, competitionId: string, now: () => number): CompetitionSaveRead {
  const read = readSlot(storage, competitionSaveKey(competitionId), now, checkSave);
  return read.kind === 'ok' ? { kind: 'ok', save: read.value } : read;
}

/** Moves a competition's save under a key of its own and returns where it is now. */
export function setAsideCompetitionSave(storage: KeyValueStorage, competitionId: string, now: () => number): string {
  return keepAside(storage, competitionSaveKey(competitionId), now);
}

export function keptAsideText(keptAt: string): string {
  return `It has been kept aside (${keptAt}).`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The save's shape only: the decisions themselves are checked by replaying them. */
function checkSave(raw: string): CompetitionSave | string {
  const text = parseSaveText(raw, MAX_CHARS);
  if (!text.ok) return text.reason;
  const data = text.data;
  if (!isRecord(data) || data.format !== FORMAT) return 'it is not a competition save';
  if (typeof data.code !== 'string' || typeof data.team !== 'string' || data.team === '') return 'its competition or team is missing';
  if (!Array.isArray(data.decisions) || data.decisions.length > MAX_YEARS) return 'its decisions are damaged';
  const decisions: YearDecisions[] = [];
  for (const [i, raw] of data.decisions.entries()) {
    const cleaned = cleanDecisions(raw, `decisions[${i}]`);
    if (typeof cleaned === 'string') return `its decisions are damaged (${cleaned})`;
    decisions.push(cleaned);
  }
  if (!Array.isArray(data.draft) || data.draft.length > MAX_DRAFT) return 'its draft is damaged';
  const draft: Action[] = [];
  for (const raw of data.draft) {
    const cleaned = cleanAction(raw);
    if (typeof cleaned === 'string') return `its draft is damaged (${cleaned})`;
    draft.push(cleaned);
  }
  return { code: data.code.slice(0, MAX_CODE), team: data.team, decisions, draft };
}

/** The class game this browser played last, if its save still reads; null otherwise (nothing is moved). */
export function lastClassGame(storage: KeyValueStorage): CompetitionSave | null {
  let id: string | null;
  let raw: string | null;
  try {
    id = storage.getItem(LAST_CLASS_GAME_KEY);
    if (id === null || id.length > 64) return null;
    raw = storage.getItem(competitionSaveKey(id));
  } catch {
    return null;
  }
  if (raw === null) return null;
  const checked = checkSave(raw);
  return typeof checked === 'string' ? null : checked;
}
