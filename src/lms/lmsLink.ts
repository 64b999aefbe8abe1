import type { Scorm12Api } from './scormApi';

// The SCORM 1.2 calls as the game uses them. An LMS answers with the strings "true" and "false"
// (some with booleans), and may throw; none of that reaches the game as an exception.

export interface LmsLink {
  get(element: string): string;
  /** false when the LMS refused the value */
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** Ends the session with the LMS; later calls do nothing. */
  finish(): void;
}

function yes(answer: unknown): boolean {
  return answer === true || String(answer) === 'true';
}

/** Starts the session with the LMS (LMSInitialize); null when the LMS refuses it. */
export function openLmsLink(api: Scorm12Api): LmsLink | null {
  let finished = false;
  const call = <T>(run: () => T, fallback: T): T => {
    if (finished) return fallback;
    try {
      return run();
    } catch {
      return fallback;
    }
  };
  if (!call(() => yes(api.LMSInitialize('')), false)) return null;
  return {
    get: (element) => call(() => String(api.LMSGetValue(element) ?? ''), ''),
    set: (element, value) => call(() => yes(api.LMSSetValue(element, value)), false),
    commit: () => call(() => yes(api.LMSCommit('')), false),
    finish: () => {
      call(() => api.LMSFinish(''), false);
      finished = true;
    },
  };
}
