import type { Action } from '../engine';
import { CutShort, openCode, toBase64Url, Writer, type CodeSpec } from '../app/binaryCodec';
import { decodeReplay, encodeReplay, readDecisions, writeDecisions, type ReplayData } from '../app/replayCode';
import { decodeResult, encodeResult, type TeamResult } from '../app/result';

// What the game keeps in the LMS's cmi.suspend_data: the code of the game so far (a replay code
// "fw1_" for a practice game, a result code "fwr2_" for a class competition's team), then, while a
// year is being played, "~" and the moves already picked that year. A finished game keeps its code
// alone: the code the instructor can check with the leaderboard or `npm run replay`.

/** SCORM 1.2 gives cmi.suspend_data at most 4,096 characters. */
export const SUSPEND_DATA_MAX = 4096;
const DRAFT_PREFIX = 'fwd1_';
const SEPARATOR = '~';

export type Suspended =
  | { kind: 'practice'; replay: ReplayData; draft: Action[] }
  | { kind: 'competition'; result: TeamResult; draft: Action[] };

export type SuspendRead = { ok: true; value: Suspended } | { ok: false; error: string };

const DRAFT_CODE: CodeSpec = {
  prefix: DRAFT_PREFIX,
  newerPrefix: /^fwd\d+_/,
  maxLength: SUSPEND_DATA_MAX,
  magic: [0x46, 0x44],
  version: 1,
  say: {
    notText: 'the moves of the year in progress are not text',
    tooLong: () => 'the moves of the year in progress are far too long',
    newer: 'the moves of the year in progress were kept by a newer version of Flywheel',
    foreign: 'the moves of the year in progress are not readable',
    badCharacters: 'the moves of the year in progress have characters that do not belong',
    checksum: 'the moves of the year in progress are damaged (checksum)',
    cutShort: 'the moves of the year in progress are cut short',
    unknownFormat: () => 'the moves of the year in progress have an unknown format',
  },
};

function encodeDraft(year: number, draft: readonly Action[]): string {
  const w = new Writer();
  w.byte(DRAFT_CODE.magic[0]);
  w.byte(DRAFT_CODE.magic[1]);
  w.byte(DRAFT_CODE.version);
  writeDecisions(w, [{ year, actions: [...draft] }]);
  return DRAFT_PREFIX + toBase64Url(w.finish());
}

function decodeDraft(text: string): Action[] | string {
  const opened = openCode(text, DRAFT_CODE);
  if (!opened.ok) return opened.error;
  try {
    const decisions = readDecisions(opened.reader);
    if (typeof decisions === 'string') return `the moves of the year in progress are not readable (${decisions})`;
    if (decisions.length !== 1 || !opened.reader.done()) return 'the moves of the year in progress are not one year\u2019s';
    return decisions[0]!.actions;
  } catch (error) {
    return error instanceof CutShort ? DRAFT_CODE.say.cutShort : DRAFT_CODE.say.foreign;
  }
}

/** The code and, if a year is under way, its draft; without the draft when both would not fit. */
export function suspendText(code: string, draft: { year: number; actions: readonly Action[] } | null): string {
  if (!draft || draft.actions.length === 0) return code;
  const withDraft = `${code}${SEPARATOR}${encodeDraft(draft.year, draft.actions)}`;
  return withDraft.length <= SUSPEND_DATA_MAX ? withDraft : code;
}

export function practiceSuspend(replay: ReplayData, draft: { year: number; actions: readonly Action[] } | null): string {
  return suspendText(encodeReplay(replay), draft);
}

export function competitionSuspend(result: TeamResult, draft: { year: number; actions: readonly Action[] } | null): string {
  return suspendText(encodeResult(result), draft);
}

/** Suspend data back into a game, or the reason it cannot be one. Never throws. */
export function readSuspendData(input: unknown): SuspendRead {
  if (typeof input !== 'string') return { ok: false, error: 'it is not text' };
  const text = input.trim();
  if (text.length > SUSPEND_DATA_MAX) return { ok: false, error: `it is longer (${text.length} characters) than SCORM allows` };
  const parts = text.split(SEPARATOR);
  if (parts.length > 2) return { ok: false, error: 'it has more parts than a Flywheel game keeps' };
  const [code = '', draftText] = parts;
  let draft: Action[] = [];
  if (draftText !== undefined) {
    const read = decodeDraft(draftText);
    if (typeof read === 'string') return { ok: false, error: read };
    draft = read;
  }
  if (code.startsWith('fwr')) {
    const result = decodeResult(code);
    return result.ok ? { ok: true, value: { kind: 'competition', result: result.value, draft } } : { ok: false, error: `its result code ${result.error}` };
  }
  const replay = decodeReplay(code);
  return replay.ok ? { ok: true, value: { kind: 'practice', replay: replay.value, draft } } : { ok: false, error: replay.error };
}
