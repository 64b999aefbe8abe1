import { zipSync } from 'fflate';
import { manifestXml } from '../app/scormManifest';
import { COMPETITION_META } from '../lms/packagedCompetition';

// A built game (its files by path) made into a SCORM 1.2 package: imsmanifest.xml at the root, the
// game's index.html as the one SCO, and, for a class competition, its code in the page.

export interface PackageOptions {
  competition?: { code: string; id: string; name: string };
}

export const LAUNCH_PAGE = 'index.html';

/** index.html with the competition's code in a meta element, read by the game at start. */
export function withCompetition(indexHtml: string, code: string): string {
  if (!indexHtml.includes('</head>')) throw new RangeError('index.html has no </head> to put the competition in');
  const safe = code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return indexHtml.replace('</head>', `  <meta name="${COMPETITION_META}" content="${safe}" />\n  </head>`);
}

/** The package's files (manifest included), by path. */
export function packageFiles(built: Readonly<Record<string, Uint8Array>>, options: PackageOptions = {}): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = { ...built };
  const index = files[LAUNCH_PAGE];
  if (!index) throw new RangeError(`the build has no ${LAUNCH_PAGE}`);
  const c = options.competition;
  if (c) files[LAUNCH_PAGE] = new TextEncoder().encode(withCompetition(new TextDecoder().decode(index), c.code));
  // An LMS keeps each package's own files: a service worker would outlive the course page.
  delete files['sw.js'];
  delete files['imsmanifest.xml'];
  const manifest = manifestXml({
    identifier: c ? `flywheel-${c.id}` : 'flywheel',
    title: c ? `Flywheel: ${c.name}` : 'Flywheel',
    files: Object.keys(files),
    launch: LAUNCH_PAGE,
  });
  return { 'imsmanifest.xml': new TextEncoder().encode(manifest), ...files };
}

export function zipPackage(files: Readonly<Record<string, Uint8Array>>): Uint8Array {
  // A fixed date for every entry: the same build gives the same zip.
  const mtime = new Date(Date.UTC(2020, 0, 1));
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, data]) => [path, [data, { mtime }]])), { level: 9 });
}
