import { decodeReplay, type Decoded } from '../app/replayCode';
import { replayFromJson, verifyReplay, type Verified } from '../app/replayVerify';
import type { Scenario } from '../engine';
import { InputError } from './fail';
import { loadBundledScenario, parseJsonText, pathExists, readTextFile } from './files';

// A replay given on the command line, as a file (a replay or decisions file, or a code in a file) or
// as a code, read, decoded and verified by replaying it: shared by the replay and debrief commands.

function readReplay(source: string, what: string): Decoded {
  if (pathExists(source)) {
    const text = readTextFile(source, what).trim();
    if (text.startsWith('{')) return replayFromJson(parseJsonText(text, source, what));
    return decodeReplay(text);
  }
  if (/^fw\d*_/.test(source) || !/[/\\.]/.test(source)) return decodeReplay(source);
  throw new InputError(`${what} ${source}: cannot be read (no such file)`);
}

function findScenario(id: string): Scenario | undefined {
  try {
    return loadBundledScenario(id);
  } catch {
    return undefined;
  }
}

/** The verified replay, or an InputError naming the source (a pasted code is cut short). */
export function verifiedReplay(source: string, what: string): Extract<Verified, { ok: true }> {
  const decoded = readReplay(source, what);
  const shown = pathExists(source) || source.length <= 40 ? source : `${source.slice(0, 40)}...`;
  if (!decoded.ok) throw new InputError(`${what} ${shown}: ${decoded.error}`);
  const verified = verifyReplay(decoded.value, findScenario);
  if (!verified.ok) throw new InputError(`${what}: ${verified.error}`);
  return verified;
}
