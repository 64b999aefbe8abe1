import { writeFileSync } from 'node:fs';
import { ENGINE_VERSION, parseScenario, runCampaign } from '../engine';
import { parseArgs } from './args';
import { InputError, runCli } from './fail';
import { parseJsonText, readTextFile } from './files';
import { terminalText } from './terminal';

// npm run scenario -- check <file>   validate a scenario and replay its historical path
// npm run scenario -- stamp <file>   the same, then record the path's hash in the file's "check"

runCli('scenario', (argv) => {
  const [verb, ...rest] = argv;
  if (verb !== 'check' && verb !== 'stamp') throw new InputError('usage: npm run scenario -- check <file> | stamp <file>');
  const { positional } = parseArgs(rest, []);
  if (positional.length !== 1) throw new InputError(`give one scenario file: npm run scenario -- ${verb} <file>`);
  const file = positional[0]!;
  const text = readTextFile(file, 'scenario');
  const raw = parseJsonText(text, file, 'scenario');
  const parsed = parseScenario(raw);
  if (!parsed.ok) {
    process.stderr.write(terminalText(parsed.errors.map((e) => `${file}: ${e}`.replace(/\n/g, ' ')).join('\n')) + '\n');
    process.stderr.write(`${file}: ${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}; the scenario cannot be played.\n`);
    process.exitCode = 2;
    return;
  }
  const scenario = parsed.value;
  const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history, { reports: false });
  if (!campaign.ok) throw new InputError(`${file}: history ${campaign.year}: ${campaign.error}`);
  const last = campaign.years.at(-1)!;
  const lines = [
    `${file}: valid. "${scenario.name}", ${scenario.lastYear - scenario.firstYear + 1} turns (${scenario.firstYear}-${scenario.lastYear})${scenario.preludeFrom < scenario.firstYear ? `, from history's position after ${scenario.preludeFrom}-${scenario.firstYear - 1}` : ''}.`,
    `historical path on seed ${scenario.defaultSeed}: score ${campaign.state.score.total.toFixed(1)}, ${last.year} net sales ${last.netSales.toFixed(1)}, AWS revenue ${last.awsRevenue.toFixed(1)}, hash ${campaign.hash}`,
  ];
  const stored = scenario.check;
  if (verb === 'stamp') {
    const data = JSON.parse(text) as Record<string, unknown>;
    data.check = { engineVersion: ENGINE_VERSION, historyHash: campaign.hash };
    const updated = text.replace(/("check"\s*:\s*)\{[^}]*\}/, `$1${JSON.stringify(data.check).replace(/,/g, ', ').replace(/:/g, ': ')}`);
    const appended = `${text.trimEnd().replace(/\s*\}$/, '')},\n  "check": ${JSON.stringify(data.check).replace(/,/g, ', ').replace(/:/g, ': ')}\n}\n`;
    writeFileSync(file, text.includes('"check"') ? updated : appended);
    lines.push(`stamped: engine ${ENGINE_VERSION}, hash ${campaign.hash}`);
  } else if (stored) {
    if (stored.historyHash === campaign.hash) lines.push(`stored hash matches (engine ${stored.engineVersion}).`);
    else {
      process.stdout.write(terminalText(lines.join('\n')) + '\n');
      throw new InputError(`${file}: check.historyHash: the historical path now reaches ${campaign.hash}, not the stored ${stored.historyHash} (stamped with engine ${stored.engineVersion}; this is ${ENGINE_VERSION})`);
    }
  }
  process.stdout.write(terminalText(lines.join('\n')) + '\n');
});
