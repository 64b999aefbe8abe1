import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, type Scenario } from '../engine';
import { InputError } from './fail';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCENARIO_DIR = join(ROOT, 'scenarios');
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads and parses a JSON file, or says on one line which file and what is wrong. */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) throw new InputError(`${what} ${path}: larger than 5 MB`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${what} ${path}: cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? 'unreadable'})`);
  }
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new InputError(`${what} ${path}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

/** A scenario by id (a file in scenarios/) or by path, validated. */
export function loadScenario(idOrPath: string): Scenario {
  let path: string;
  if (/^[a-z0-9][a-z0-9-]*$/.test(idOrPath) && existsSync(join(SCENARIO_DIR, `${idOrPath}.json`))) {
    path = join(SCENARIO_DIR, `${idOrPath}.json`);
  } else if (idOrPath.endsWith('.json') || idOrPath.includes('/')) {
    path = idOrPath;
  } else {
    throw new InputError(`--scenario ${idOrPath}: no such scenario (not a file, and not an id in scenarios/)`);
  }
  const parsed = parseScenario(readJsonFile(path, 'scenario'));
  if (!parsed.ok) throw new InputError(`scenario ${path}: ${parsed.errors[0]}${parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : ''}`);
  return parsed.value;
}
