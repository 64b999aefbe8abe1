// A SCORM package made with `npm run build:scorm -- --competition <code>` carries its competition
// in the page, so the game opens on it however the LMS launches the page.

export const COMPETITION_META = 'flywheel-competition';

/** The competition code the package was built for, or null for a plain game. */
export function packagedCompetition(doc: Pick<Document, 'querySelector'>): string | null {
  const content = doc.querySelector(`meta[name="${COMPETITION_META}"]`)?.getAttribute('content')?.trim();
  return content ? content : null;
}
