import { ENGINE_VERSION } from '../engine';
import { encodeReplay, MAX_CODE_LENGTH } from './replayCode';
import type { PlayedGame } from './replay';

// A share link is the page's address with the replay code in its fragment: "#r=fw1_...". The
// fragment never reaches a server, and the page verifies the code before showing anything.

const KEY = 'r=';

/** The replay code of a game so far, or null before its first year is played. */
export function shareCode(game: Pick<PlayedGame, 'scenario' | 'seed' | 'decisions' | 'hashes'>): string | null {
  if (game.decisions.length === 0) return null;
  return encodeReplay({
    engineVersion: ENGINE_VERSION,
    scenario: game.scenario.id,
    seed: game.seed,
    decisions: game.decisions.map((d) => ({ year: d.year, actions: d.actions.map((a) => ({ ...a })) })),
    hashes: [...game.hashes],
  });
}

/** The page address (without any fragment) with the code attached. */
export function shareLink(pageUrl: string, code: string): string {
  const hashAt = pageUrl.indexOf('#');
  return `${hashAt >= 0 ? pageUrl.slice(0, hashAt) : pageUrl}#${KEY}${code}`;
}

/** The code carried by a location fragment ("#r=..."), or null when the fragment holds none. */
export function codeFromFragment(fragment: string): string | null {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!body.startsWith(KEY)) return null;
  const code = body.slice(KEY.length).trim();
  return code.length > 0 ? code.slice(0, MAX_CODE_LENGTH + 1) : '';
}
