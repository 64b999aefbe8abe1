import { hashValue, parseScenario, type Scenario } from '../engine';
import type { ScenarioEntry } from '../app/scenarios';
import type { Session } from './session';

// A scenario brought by the player, from a file or a link: validated like the bundled ones, added
// to the list when sound, refused with its first few problems when not. The game keeps running.

export const MAX_SCENARIO_CHARS = 2_000_000;
const SHOWN_ERRORS = 4;
/** scenarios a page keeps at once, bundled and loaded */
export const MAX_SCENARIOS = 25;
const ID_MAX = 40;
const NOT_SAVED = 'Games in it are not saved in this browser: export one from the menu (Esc) to keep it.';

export type ImportResult = { ok: true; id: string } | { ok: false; message: string };
export type ScenarioRead = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Parses untrusted scenario text; never throws. */
export function readScenarioText(text: string, source: string): ScenarioRead {
  if (text.length > MAX_SCENARIO_CHARS) {
    return { ok: false, message: `${source} is far too large to be a scenario (${Math.round(text.length / 1_000_000)} MB or more; the limit is 2 MB).` };
  }
  let data: unknown;
  try {
    // A byte-order mark is how some editors start a UTF-8 file; it is not part of the JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, message: `${source} is not a scenario: it is not valid JSON.` };
  }
  const parsed = parseScenario(data);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, SHOWN_ERRORS).join('; ');
    const more = parsed.errors.length > SHOWN_ERRORS ? ` (and ${parsed.errors.length - SHOWN_ERRORS} more)` : '';
    return { ok: false, message: `${source} was refused: ${shown}${more}.` };
  }
  return { ok: true, scenario: parsed.value };
}

/**
 * Where a loaded scenario goes in the list. Its id is its own unless that id is taken (by a
 * bundled scenario, or another loaded one) by different content: then it becomes a copy with the
 * content's hash in its id, so a loaded scenario never replaces another, and a class code naming
 * `historical` always plays the bundled world. The same content loaded twice is found, not added.
 */
export function placeScenario(list: readonly ScenarioEntry[], scenario: Scenario): { entry: ScenarioEntry; isNew: boolean } {
  const content = (s: Scenario) => hashValue({ ...s, id: '' });
  const hash = content(scenario);
  const copyId = `${scenario.id.slice(0, ID_MAX - 9)}-${hash.slice(0, 8)}`;
  const same = list.find((s) => (s.id === scenario.id && content(s.scenario) === hash) || s.id === copyId);
  if (same) return { entry: same, isNew: false };
  if (!list.some((s) => s.id === scenario.id)) return { entry: { id: scenario.id, name: scenario.name, scenario }, isNew: true };
  const copy: Scenario = { ...scenario, id: copyId, name: `${scenario.name} (loaded copy)` };
  return { entry: { id: copyId, name: copy.name, scenario: copy }, isNew: true };
}

/** Adds a scenario to the session (never in place of another) or shows why it was refused. */
export function importScenario(session: Session, text: string, source: string): ImportResult {
  const read = readScenarioText(text, source);
  if (!read.ok) {
    session.notify({ tone: 'warning', text: read.message });
    return read;
  }
  const list = session.get().scenarios;
  const { entry, isNew } = placeScenario(list, read.scenario);
  if (!isNew) {
    session.notify({ tone: 'info', text: `The scenario \u201C${entry.name}\u201D from ${source} is already here: pick it under New game.` });
    return { ok: true, id: entry.id };
  }
  if (list.length >= MAX_SCENARIOS) {
    const message = `${source} was not loaded: the list already holds ${MAX_SCENARIOS} scenarios. Reload the page to start it afresh.`;
    session.notify({ tone: 'warning', text: message });
    return { ok: false, message };
  }
  const renamed = entry.id !== read.scenario.id ? ` Its id \u201C${read.scenario.id}\u201D was taken, so it is kept as a copy of its own.` : '';
  session.store.setState({
    scenarios: [...list, entry],
    notice: { tone: 'info', text: `Loaded the scenario \u201C${entry.name}\u201D from ${source}: pick it under New game.${renamed} ${NOT_SAVED}` },
  });
  return { ok: true, id: entry.id };
}

/** A scenario file picked or dropped; `text` is missing when it was too large to read. */
export function importScenarioFile(session: Session, file: { name: string; text?: string }): ImportResult {
  if (file.text === undefined) {
    const message = `${file.name} is far too large to be a scenario (the limit is 2 MB).`;
    session.notify({ tone: 'warning', text: message });
    return { ok: false, message };
  }
  return importScenario(session, file.text, file.name);
}

/** What a `#s=` link holds: scenario JSON (URL-encoded) or a same-origin relative URL to fetch. */
export function scenarioLinkTarget(value: string, pageUrl: string): { json: string } | { url: string } | { error: string } {
  const text = value.trim();
  if (text.startsWith('{')) return { json: text };
  try {
    const url = new URL(text, pageUrl);
    if (url.origin !== new URL(pageUrl).origin) return { error: 'The scenario link points to another site; only links on this site are followed.' };
    return { url: url.href };
  } catch {
    return { error: 'The scenario link is not readable.' };
  }
}
