import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionId, encodeCompetition, newCompetition } from '../../src/app/competition';
import { ADLCP_NS, IMSCP_NS, manifestXml } from '../../src/app/scormManifest';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { packagedCompetition } from '../../src/lms/packagedCompetition';
import { childrenAt, only, parseXml, type XmlElement } from '../helpers/xmlTree';

// npm run build:scorm, run as a learner's instructor would, and the zip it writes taken apart.

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const competition = newCompetition(scenario, { name: 'Strategy & Policy <B>', firstYear: 2015, lastYear: 2020 });
const code = encodeCompetition(competition);

function buildScorm(args: string[]) {
  return spawnSync(TSX, ['src/cli/buildScorm.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

/** The package's files by path, and its manifest checked against SCORM 1.2's content-packaging structure. */
function openPackage(zip: Uint8Array) {
  const files = unzipSync(zip);
  const text = (path: string) => new TextDecoder().decode(files[path]);
  const manifest = parseXml(text('imsmanifest.xml'));
  return { files, text, manifest };
}

function checkManifest(manifest: XmlElement, files: Record<string, Uint8Array>): XmlElement {
  expect(manifest.name).toBe('manifest');
  expect(manifest.attributes.identifier).toMatch(/^[A-Za-z_][\w.-]*$/);
  expect(manifest.attributes.xmlns).toBe(IMSCP_NS);
  expect(manifest.attributes['xmlns:adlcp']).toBe(ADLCP_NS);
  expect(only(manifest, 'metadata/schema').text).toBe('ADL SCORM');
  expect(only(manifest, 'metadata/schemaversion').text).toBe('1.2');
  const organizations = only(manifest, 'organizations');
  const organization = only(organizations, 'organization');
  expect(organizations.attributes.default).toBe(organization.attributes.identifier);
  expect(only(organization, 'title').text).not.toBe('');
  const item = only(organization, 'item');
  expect(only(item, 'title').text).not.toBe('');
  const resource = only(manifest, 'resources/resource');
  expect(item.attributes.identifierref).toBe(resource.attributes.identifier);
  expect(resource.attributes['adlcp:scormtype']).toBe('sco');
  expect(resource.attributes.type).toBe('webcontent');
  expect(resource.attributes.href).toBe('index.html');
  expect(files[resource.attributes.href!]).toBeDefined();
  // Identifiers are unique within the manifest.
  const ids = [manifest, organization, item, resource].map((e) => e.attributes.identifier);
  expect(new Set(ids).size).toBe(ids.length);
  // Every file of the package is listed, and every listed file is there.
  const listed = childrenAt(resource, 'file').map((f) => f.attributes.href).sort();
  expect(listed).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
  return resource;
}

/** Every file the built page names: its scripts, styles and icons, and what the scripts import or fetch. */
function referencedFiles(files: Record<string, Uint8Array>, text: (path: string) => string): string[] {
  const found = new Set<string>();
  for (const m of text('index.html').matchAll(/(?:src|href)="\.\/([^"#?]+)"/g)) found.add(m[1]!);
  for (const path of Object.keys(files).filter((f) => f.endsWith('.js'))) {
    for (const m of text(path).matchAll(/["'`(/]((?:assets|icons)\/[\w.-]+\.\w+)/g)) found.add(m[1]!);
    // new URL(`name.js`, import.meta.url): a file beside the script that names it.
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    for (const m of text(path).matchAll(/new URL\(["'`](?:\.\/)?([\w.-]+\.\w+)["'`],\s*import\.meta\.url/g)) found.add(`${folder}${m[1]}`);
  }
  for (const m of text('manifest.webmanifest').matchAll(/"src"\s*:\s*"\.?\/?([^"]+)"/g)) found.add(m[1]!);
  return [...found].sort();
}

describe('npm run build:scorm', () => {
  let folder: string;
  let plain: ReturnType<typeof openPackage>;
  let forClass: ReturnType<typeof openPackage>;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'flywheel-scorm-test-'));
    const one = buildScorm(['--out', join(folder, 'plain.zip')]);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/SCORM 1\.2 package of the game: .*plain\.zip/);
    plain = openPackage(readFileSync(join(folder, 'plain.zip')));
    const two = buildScorm([`--competition=${code}`, '--out', join(folder, 'class.zip')]);
    expect(two.status, two.stderr).toBe(0);
    forClass = openPackage(readFileSync(join(folder, 'class.zip')));
  }, 240_000);
  afterAll(() => { if (folder) rmSync(folder, { recursive: true, force: true }); });

  it('writes a zip with imsmanifest.xml at its root that follows SCORM 1.2\u2019s structure', () => {
    expect(Object.keys(plain.files)).toContain('imsmanifest.xml');
    checkManifest(plain.manifest, plain.files);
    expect(only(plain.manifest, 'organizations/organization/title').text).toBe('Flywheel');
  });

  it('holds every file the game loads, and no service worker', () => {
    const referenced = referencedFiles(plain.files, plain.text);
    expect(referenced.filter((f) => f.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
    for (const path of referenced) expect(plain.files[path], path).toBeDefined();
    expect(Object.keys(plain.files).some((f) => f.endsWith('sw.js'))).toBe(false);
    expect(Object.keys(plain.files).every((f) => !f.startsWith('/') && !f.includes('..'))).toBe(true);
    const scripts = Object.keys(plain.files).filter((f) => f.endsWith('.js')).map(plain.text).join('\n');
    expect(scripts).not.toContain('serviceWorker.register');
    expect(packagedCompetition({ querySelector: () => null })).toBeNull();
    expect(plain.text('index.html')).not.toContain('flywheel-competition');
  });

  it('with a competition code, opens on that competition', () => {
    const resource = checkManifest(forClass.manifest, forClass.files);
    expect(resource.attributes.href).toBe('index.html');
    expect(forClass.manifest.attributes.identifier).toBe(`flywheel-${competitionId(competition)}`);
    expect(only(forClass.manifest, 'organizations/organization/title').text).toBe('Flywheel: Strategy & Policy <B>');
    const meta = /<meta name="flywheel-competition" content="([^"]+)"/.exec(forClass.text('index.html'));
    expect(meta?.[1]).toBe(code);
    // The same game otherwise: the same files, byte for byte, but the page.
    const same = Object.keys(plain.files).filter((f) => f !== 'index.html' && f !== 'imsmanifest.xml');
    expect(Object.keys(forClass.files).sort()).toEqual(Object.keys(plain.files).sort());
    for (const path of same) expect(Buffer.compare(forClass.files[path]!, plain.files[path]!), path).toBe(0);
  });

  it('refuses a bad competition code or a stray argument in one line, exit code 2', () => {
    for (const args of [['--competition', `${code.slice(0, -4)}AAAA`], ['--out', join(folder, 'x.txt')], ['--colour', 'red']]) {
      const run = buildScorm(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^build:scorm: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('the manifest', () => {
  it('escapes titles and refuses a launch page that is not in the package', () => {
    const xml = manifestXml({ identifier: '1 odd id!', title: 'A & B <"c">', files: ['index.html', 'a b.js'], launch: 'index.html' });
    const manifest = parseXml(xml);
    expect(manifest.attributes.identifier).toBe('odd-id-');
    expect(only(manifest, 'organizations/organization/title').text).toBe('A & B <"c">');
    expect(childrenAt(manifest, 'resources/resource/file').map((f) => f.attributes.href)).toEqual(['a b.js', 'index.html']);
    expect(() => manifestXml({ identifier: 'x', title: 'x', files: ['a.html'], launch: 'index.html' })).toThrow(/launch page/);
  });
});
