import { formatBalanceJson, formatBalanceTable } from '../app/balance/format';
import { runBalance } from '../app/balance/report';
import { oneOf, parseArgs } from './args';
import { InputError, runCli } from './fail';
import { loadScenario } from './files';
import { terminalText } from './terminal';

// npm run balance -- --scenario <id> [--seeds N] [--budget <seconds>] [--world history|varied] [--format table|json]
// Exit 0: every target passes; 1: a target fails; 2: bad input.

function whole(flag: string, value: string | undefined, fallback: number, low: number, high: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < low || n > high) throw new InputError(`--${flag} must be a whole number from ${low} to ${high}, not "${value}"`);
  return n;
}

function seconds(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0) || n > 86400) throw new InputError(`--budget must be a number of seconds above 0 and at most 86400, not "${value}"`);
  return n;
}

runCli('balance', (argv) => {
  const { flags, positional } = parseArgs(argv, ['scenario', 'seeds', 'budget', 'world', 'format']);
  if (positional.length) throw new InputError(`unexpected argument "${positional[0]}"`);
  if (!flags.scenario) throw new InputError('--scenario is required (an id such as "historical", or a path)');
  const seeds = whole('seeds', flags.seeds, 10, 1, 1000);
  const budgetSeconds = seconds(flags.budget, 60);
  const world = oneOf('world', flags.world, ['history', 'varied'] as const, 'history');
  const format = oneOf('format', flags.format, ['table', 'json'] as const, 'table');
  const scenario = loadScenario(flags.scenario);
  const start = performance.now();
  let report;
  try {
    report = runBalance(scenario, { seeds, budgetSeconds, world });
  } catch (error) {
    if (world === 'varied' && error instanceof Error && /varied world/.test(error.message)) {
      throw new InputError(`--world varied: scenario ${scenario.id}: this scenario declares no varied world`);
    }
    throw error;
  }
  const wall = (performance.now() - start) / 1000;
  const out = format === 'json' ? formatBalanceJson(report, wall) : formatBalanceTable(report, wall);
  process.stdout.write(terminalText(out) + '\n');
  if (report.failures > 0) process.exitCode = 1;
});
