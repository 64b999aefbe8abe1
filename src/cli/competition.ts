import { checkCompetition, competitionId, encodeCompetition, newCompetition } from '../app/competition';
import { oneOf, parseArgs } from './args';
import { InputError, runCli } from './fail';
import { terminalText } from './terminal';
import { loadScenario } from './files';

// npm run competition -- create --scenario <id> --seed <s> [--years 2004-2012] [--world history|varied]
//                               (--events history|random is the older name of --world)
//                               [--ghost on|off] [--name "..."] [--url https://course.example/flywheel/]

runCli('competition', (argv) => {
  const [verb, ...rest] = argv;
  if (verb !== 'create') throw new InputError('usage: npm run competition -- create --scenario <id> --seed <s> [options]');
  const { flags, positional } = parseArgs(rest, ['scenario', 'seed', 'years', 'events', 'world', 'ghost', 'name', 'url']);
  if (positional.length) throw new InputError(`unexpected argument "${positional[0]}"`);
  if (!flags.scenario) throw new InputError('--scenario is required');
  if (!flags.seed) throw new InputError('--seed is required (every team plays the same seeded world)');
  const scenario = loadScenario(flags.scenario);
  let firstYear = scenario.firstYear;
  let lastYear = scenario.lastYear;
  if (flags.years !== undefined) {
    const match = /^(\d{4})-(\d{4})$/.exec(flags.years);
    if (!match) throw new InputError(`--years must look like 2004-2012, not "${flags.years}"`);
    firstYear = Number(match[1]);
    lastYear = Number(match[2]);
  }
  const competition = newCompetition(scenario, {
    seed: flags.seed,
    firstYear,
    lastYear,
    events: flags.world !== undefined
      ? (oneOf('world', flags.world, ['history', 'varied'] as const, 'history') === 'varied' ? 'random' : 'history')
      : oneOf('events', flags.events, ['history', 'random'] as const, 'history'),
    ghost: oneOf('ghost', flags.ghost, ['on', 'off'] as const, 'on') === 'on',
    ...(flags.name !== undefined ? { name: flags.name } : {}),
  });
  const problem = checkCompetition(competition, scenario);
  if (problem) throw new InputError(`--years or --seed: ${problem}`);
  const code = encodeCompetition(competition);
  const lines = [
    `competition ${competitionId(competition)}: ${competition.name}`,
    `scenario ${scenario.id}, seed ${competition.seed}, years ${competition.firstYear}-${competition.lastYear}, world ${competition.events === 'random' ? 'varied' : 'history'}, ghost ${competition.ghost ? 'on' : 'off'}`,
    `code: ${code}`,
  ];
  if (flags.url !== undefined) lines.push(`link: ${flags.url.replace(/#.*$/, '')}#c=${code}`);
  process.stdout.write(terminalText(lines.join('\n')) + '\n');
});
