import type { Session } from '../store/session';
import { openCompetition } from '../store/competitionPlay';
import { importScenario, MAX_SCENARIO_CHARS, scenarioLinkTarget } from '../store/scenarioImport';

// What a link can carry after '#': `#c=<competition code>` opens the Join screen for that class
// competition; `#s=<URL-encoded scenario JSON>` or `#s=<relative URL of a scenario file on this
// site>` loads a scenario. Anything wrong shows a message on the title and the game carries on.

const MAX_CODE_CHARS = 16_384;

/** Follows the link; returns false when it was refused, so the caller can take it off the address. */
export function followLaunchLink(session: Session, location: Location): boolean {
  const warn = (text: string) => { session.go('title', { notice: { tone: 'warning', text } }); return false; };
  const hash = location.hash.slice(1);
  if (hash.startsWith('c=')) {
    const raw = hash.slice(2);
    if (raw.length > MAX_CODE_CHARS) return warn('The competition link is far too long to hold a competition code.');
    const code = decodeLink(raw);
    if (code === null) return warn('The competition link is damaged: it is not properly URL-encoded. Ask for the link again, or type the code under Join a class.');
    return openCompetition(session, code);
  }
  if (hash.startsWith('s=')) {
    void loadScenarioLink(session, hash.slice(2), location.href);
  }
  return true;
}

/** The text a link carries, or null when its %-escapes are broken (decodeURIComponent throws). */
export function decodeLink(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

async function loadScenarioLink(session: Session, raw: string, pageUrl: string): Promise<void> {
  const warn = (text: string) => session.notify({ tone: 'warning', text });
  if (raw.length > MAX_SCENARIO_CHARS * 3) return warn('The scenario link is far too long to hold a scenario.');
  const value = decodeLink(raw);
  if (value === null) return warn('The scenario link is damaged: it is not properly URL-encoded.');
  const target = scenarioLinkTarget(value, pageUrl);
  if ('error' in target) return warn(target.error);
  if ('json' in target) {
    importScenario(session, target.json, 'The scenario in the link');
    return;
  }
  try {
    const response = await fetch(target.url);
    if (!response.ok) return warn(`The scenario link could not be loaded (HTTP ${response.status}).`);
    const size = Number(response.headers.get('content-length') ?? '0');
    if (size > MAX_SCENARIO_CHARS) return warn('The linked scenario file is far too large (over 2 MB).');
    importScenario(session, await response.text(), 'The linked scenario file');
  } catch {
    warn('The linked scenario file could not be loaded (offline, or the address is wrong).');
  }
}
