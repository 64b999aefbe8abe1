import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCompetitionCode } from '../app/competitionCode';
import { parseArgs } from './args';
import { InputError, runCli } from './fail';
import { loadBundledScenario } from './files';
import { packageFiles, zipPackage, type PackageOptions } from './scormPackage';

// npm run build:scorm [-- --competition <code>] [--out <file.zip>]
// Builds the game without its service worker and packs it as a SCORM 1.2 package for an LMS.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function filesUnder(dir: string): Record<string, Uint8Array> {
  const found: Record<string, Uint8Array> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found[relative(dir, path).split('\\').join('/')] = readFileSync(path);
    }
  };
  walk(dir);
  return found;
}

runCli('build:scorm', async (argv) => {
  const { flags, positional } = parseArgs(argv, ['competition', 'out']);
  if (positional.length > 0) throw new InputError(`unexpected argument "${positional[0]}" (flags: --competition <code>, --out <file.zip>)`);
  const options: PackageOptions = {};
  if (flags.competition !== undefined) {
    const opened = openCompetitionCode(flags.competition, loadBundledScenario);
    if (!opened.ok) throw new InputError(`--competition: ${opened.error}`);
    options.competition = { code: flags.competition.trim(), id: opened.id, name: opened.competition.name };
  }
  const out = resolve(flags.out ?? join(ROOT, 'dist-scorm', options.competition ? `flywheel-scorm-${options.competition.id.slice(0, 8)}.zip` : 'flywheel-scorm.zip'));
  if (!out.endsWith('.zip')) throw new InputError(`--out ${flags.out}: the package must be a .zip file`);
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'flywheel-scorm-'));
  try {
    await build({ root: ROOT, mode: 'scorm', logLevel: 'warn', configFile: join(ROOT, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
    const files = packageFiles(filesUnder(outDir), options);
    const zip = zipPackage(files);
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, zip);
    } catch (error) {
      throw new InputError(`--out ${out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const what = options.competition ? `the competition "${options.competition.name}"` : 'the game';
    process.stdout.write(`SCORM 1.2 package of ${what}: ${out} (${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(0)} KB)\n`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
