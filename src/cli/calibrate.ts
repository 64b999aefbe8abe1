import { checkCalibration } from '../app/calibrationTargets';
import { runCampaign } from '../engine';
import { parseArgs } from './args';
import { InputError, runCli } from './fail';
import { loadScenario } from './files';

// npm run calibrate: the historical path against every target of targets.md.

runCli('calibrate', (argv) => {
  const { flags, positional } = parseArgs(argv, ['scenario', 'seed']);
  if (positional.length) throw new InputError(`unexpected argument "${positional[0]}"`);
  const scenario = loadScenario(flags.scenario ?? 'historical');
  const seed = flags.seed ?? scenario.defaultSeed;
  const campaign = runCampaign(scenario, seed, scenario.history, { reports: false });
  if (!campaign.ok) throw new InputError(`history ${campaign.year}: ${campaign.error}`);
  const rows = checkCalibration(campaign.years);
  const jediLost = ['lost', 'protesting', 'protestFailed'].includes(campaign.state.jedi);
  const width = Math.max(...rows.map((r) => r.label.length)) + 2;
  const lines = [`Calibration of "${scenario.id}" (seed ${seed})`, ''];
  lines.push(`${'target'.padEnd(width)}year  ${'expected'.padEnd(28)}${'range'.padEnd(16)}${'model'.padStart(10)}  result`);
  for (const r of rows) {
    const pct = r.range.includes('%');
    const model = pct ? `${(r.value * 100).toFixed(1)}%` : r.value.toFixed(2);
    lines.push(`${r.label.padEnd(width)}${r.year}  ${r.target.padEnd(28)}${r.range.padEnd(16)}${model.padStart(10)}  ${r.pass ? 'pass' : `MISS ${r.note}`}`);
  }
  lines.push(`${'JEDI outcome in the historical seed'.padEnd(width)}2019  ${'lost to Microsoft'.padEnd(28)}${'lost'.padEnd(16)}${campaign.state.jedi.padStart(10)}  ${jediLost ? 'pass' : 'MISS'}`);
  const misses = rows.filter((r) => !r.pass).length + (jediLost ? 0 : 1);
  lines.push('', misses === 0 ? `All ${rows.length + 1} targets pass.` : `${misses} of ${rows.length + 1} targets missed.`);
  process.stdout.write(lines.join('\n') + '\n');
  if (misses > 0) process.exitCode = 1;
});
