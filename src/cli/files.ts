import { closeSync, constants, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, type Scenario } from '../engine';
import { InputError } from './fail';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCENARIO_DIR = join(ROOT, 'scenarios');
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

/**
 * The text of a regular file of at most maxBytes, or one line saying which file and why not.
 * A directory, a FIFO or a device (/dev/zero) is refused before anything is read: reading one
 * would fail, block, or never end. The file is opened without blocking and checked again by its
 * descriptor, so what is read is what was checked.
 */
export function readTextFile(path: string, what: string, maxBytes = MAX_FILE_BYTES): string {
  const cannot = (reason: string) => new InputError(`${what} ${path}: ${reason}`);
  let kind;
  try {
    kind = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw cannot(`cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? 'unreadable'})`);
  }
  if (kind.isDirectory()) throw cannot('is a folder, not a file');
  if (!kind.isFile()) throw cannot('is not a regular file (a device, pipe or socket is never read)');
  if (kind.size > maxBytes) throw cannot(`larger than ${sizeText(maxBytes)}`);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw cannot(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw cannot('is not a regular file (a device, pipe or socket is never read)');
    // Read to the end, at most one byte past the limit, whatever size the file reported (files that
    // grew since, or report 0 as /proc's do): one over the limit is refused, not read whole.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const got = readSync(fd, buffer, length, buffer.length - length, null);
      if (got === 0) break;
      length += got;
    }
    if (length > maxBytes) throw cannot(`larger than ${sizeText(maxBytes)}`);
    const text = buffer.subarray(0, length).toString('utf8');
    // A byte-order mark is how some editors start a UTF-8 file; it is not part of the content.
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannot(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  } finally {
    closeSync(fd);
  }
}

/** Parses JSON text from a file, or says on one line which file and what is wrong. */
export function parseJsonText(text: string, path: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what} ${path}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Reads and parses a JSON file, or says on one line which file and what is wrong. */
export function readJsonFile(path: string, what: string): unknown {
  return parseJsonText(readTextFile(path, what), path, what);
}

/** True when the path names something on disk (of any kind: the reader then says what it is). */
export function pathExists(path: string): boolean {
  return existsSync(path);
}

/** A scenario shipped in scenarios/, by id only: what a code names is never taken as a path. */
export function loadBundledScenario(id: string): Scenario | undefined {
  if (!SCENARIO_ID.test(id) || !existsSync(join(SCENARIO_DIR, `${id}.json`))) return undefined;
  return loadScenario(id);
}

/** A scenario by id (a file in scenarios/) or by path, validated. */
export function loadScenario(idOrPath: string): Scenario {
  let path: string;
  if (SCENARIO_ID.test(idOrPath) && existsSync(join(SCENARIO_DIR, `${idOrPath}.json`))) {
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
