import { InputError } from './fail';

export interface ParsedArgs {
  flags: Record<string, string>;
  positional: string[];
}

/** `--name value` and `--name=value`; every flag must be one the command knows. */
export function parseArgs(argv: string[], known: readonly string[]): ParsedArgs {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!known.includes(name)) throw new InputError(`unknown flag --${name} (known: ${known.map((k) => `--${k}`).join(', ')})`);
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (eq < 0) {
      if (value === undefined || value.startsWith('--')) throw new InputError(`--${name} needs a value`);
      i++;
    }
    if (name in flags) throw new InputError(`--${name} is given twice`);
    flags[name] = value ?? '';
  }
  return { flags, positional };
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}
