import { checkCalibration, checkJediAward, targetsWithin } from '../app/calibrationTargets';
import { runCampaign } from '../engine';
import { parseArgs } from './args';
import { InputError, runCli } from './fail';
import { terminalText } from './terminal';
import { loadScenario } from './files';

// npm run calibrate: the historical path against every target of targets.md that falls within the
// scenario's years (the epilogue's too, for a scenario that plays past 2020).

runCli('calibrate', (argv) => {
  const { flags, positional } = parseArgs(argv, ['scenario', 'seed']);
  if (positional.length) throw new InputError(`unexpected argument "${positional[0]}"`);
  const scenario = loadScenario(flags.scenario ?? 'historical');
  const seed = flags.seed ?? scenario.defaultSeed;
  const campaign = runCampaign(scenario, seed, scenario.history, { reports: false });
  if (!campaign.ok) throw new InputError(`history ${campaign.year}: ${campaign.error}`);
  const { targets, outside } = targetsWithin(scenario.firstYear, scenario.lastYear);
  const rows = checkCalibration(campaign.years, targets);
  const width = Math.max(36, ...rows.map((r) => r.label.length)) + 2;
  const lines = [`Calibration of "${scenario.id}" (seed ${seed}), ${scenario.firstYear}-${scenario.lastYear}`, ''];
  lines.push(`${'target'.padEnd(width)}year  ${'expected'.padEnd(28)}${'range'.padEnd(16)}${'model'.padStart(10)}  result`);
  for (const r of rows) {
    const pct = r.range.includes('%');
    const model = pct ? `${(r.value * 100).toFixed(1)}%` : r.value.toFixed(2);
    lines.push(`${r.label.padEnd(width)}${r.year}  ${r.target.padEnd(28)}${r.range.padEnd(16)}${model.padStart(10)}  ${r.pass ? 'pass' : `MISS ${r.note}`}`);
  }
  const jedi = checkJediAward(scenario, seed);
  const jediMiss = jedi && !jedi.pass ? 1 : 0;
  const counted = rows.length + (jedi ? 1 : 0);
  if (jedi) {
    lines.push(`${'JEDI outcome in the historical seed'.padEnd(width)}${jedi.year}  ${'lost to Microsoft'.padEnd(28)}${'lost'.padEnd(16)}${jedi.status.padStart(10)}  ${jedi.pass ? 'pass' : 'MISS'}`);
  }
  const misses = rows.filter((r) => !r.pass).length + jediMiss;
  if (outside > 0) lines.push('', `${outside} of the 2000-2020 targets fall outside this scenario's years and are not checked here.`);
  if (counted === 0) lines.push('', 'No target falls within these years.');
  else lines.push('', misses === 0 ? `All ${counted} targets pass.` : `${misses} of ${counted} targets missed.`);
  if (misses > 0 && scenario.id !== 'historical') {
    lines.push('The targets are the real company\'s figures: a scenario whose world differs from history\'s (its brief says how) is not expected to meet them on history\'s path.');
  }
  process.stdout.write(terminalText(lines.join('\n')) + '\n');
  if (misses > 0) process.exitCode = 1;
});
