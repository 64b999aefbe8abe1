import { parseDecisions } from '../app/decisionsFile';
import { formatCsv, formatTable, simJson } from '../app/simOutput';
import { runCampaign, type YearDecisions } from '../engine';
import { oneOf, parseArgs } from './args';
import { InputError, runCli } from './fail';
import { terminalText } from './terminal';
import { loadScenario, readJsonFile } from './files';

// npm run sim -- --scenario <id or path> [--seed <s>] [--decisions historical|<file.json>] [--format table|json|csv]

runCli('sim', (argv) => {
  const { flags, positional } = parseArgs(argv, ['scenario', 'seed', 'decisions', 'format']);
  if (positional.length) throw new InputError(`unexpected argument "${positional[0]}"`);
  if (!flags.scenario) throw new InputError('--scenario is required (an id such as "historical", or a path)');
  const format = oneOf('format', flags.format, ['table', 'json', 'csv'] as const, 'table');
  const scenario = loadScenario(flags.scenario);
  const seed = flags.seed ?? scenario.defaultSeed;
  if (seed.length === 0 || seed.length > 64) throw new InputError('--seed must be 1 to 64 characters');
  let path: YearDecisions[] = scenario.history;
  const source = flags.decisions ?? 'historical';
  if (source !== 'historical') {
    const parsed = parseDecisions(readJsonFile(source, 'decisions'), scenario.firstYear, scenario.lastYear);
    if (!parsed.ok) throw new InputError(`decisions ${source}: ${parsed.error}`);
    path = parsed.value;
  }
  const campaign = runCampaign(scenario, seed, path, { reports: false });
  if (!campaign.ok) throw new InputError(`decisions ${source}: ${campaign.error}`);
  const out = format === 'json'
    ? JSON.stringify(simJson(scenario, seed, campaign), null, 2)
    : format === 'csv' ? formatCsv(campaign.years) : formatTable(scenario, seed, campaign);
  process.stdout.write(terminalText(out) + '\n');
});
