// The live regions: what the canvas shows as it happens (the year's news, a year's end, a report's
// headlines, a refusal, a save) is also said to a screen reader. Polite news goes to a status
// region; a refusal or a warning to an alert.

import type { Session } from '../../store/session';
import { watch } from '../../store/watch';

const KEEP = 4;
let regions: { status: HTMLElement; alert: HTMLElement } | null = null;

function ensureRegions(): { status: HTMLElement; alert: HTMLElement } {
  if (regions) return regions;
  const make = (role: 'status' | 'alert', id: string) => {
    const element = document.createElement('div');
    element.id = id;
    element.className = 'visually-hidden';
    element.setAttribute('role', role);
    document.body.appendChild(element);
    return element;
  };
  regions = { status: make('status', 'flywheel-status'), alert: make('alert', 'flywheel-alert') };
  return regions;
}

/** Says a message; each is a new paragraph, so two in a row are both read, in order. */
export function announce(text: string, urgent = false): void {
  if (!text) return;
  const region = urgent ? ensureRegions().alert : ensureRegions().status;
  const line = document.createElement('p');
  line.textContent = text;
  region.appendChild(line);
  while (region.childElementCount > KEEP) region.firstElementChild?.remove();
}

/** The announcements the session itself causes: notices and saves. Installed once per page. */
export function announceSession(session: Session): void {
  ensureRegions();
  watch(session.store, (s) => s.notice, (notice) => {
    if (notice) announce(notice.text, notice.tone !== 'info');
  });
  watch(session.store, (s) => s.saved, (saved, before) => {
    // Saved after every move; said once a year, when a new year is saved.
    if (!saved || !before || saved.nextYear === before.nextYear && saved.finished === before.finished) return;
    announce(saved.finished ? 'The finished game is saved.' : `Saved. Next up: ${saved.nextYear}.`);
  });
}
