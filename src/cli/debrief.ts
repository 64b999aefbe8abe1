import { debrief, DEBRIEF_FIGURES, type DebriefFigure } from '../app/debrief';
import { parseDecisions } from '../app/decisionsFile';
import { ENGINE_VERSION, runCampaign, type Scenario, type YearDecisions } from '../engine';
import { oneOf, parseArgs } from './args';
import { loadScenario, parseJsonText, pathExists, readTextFile } from './files';
import { InputError, runCli } from './fail';
import { verifiedReplay } from './replaySource';
import { terminalJson, terminalText } from './terminal';

// npm run debrief -- <code or file> [--scenario <id>] [--seed <s>] [--format table|json]
// The file is a replay (a code, or a replay file), or a decisions file as `npm run sim` reads it, played
// on --scenario (default historical) and --seed (default the scenario's).
// The gap between a replay and history's path on the same seed, split by year so the lines add up.

const LABEL: Record<DebriefFigure, string> = {
  netSales: 'net sales', operatingIncome: 'operating income', awsRevenue: 'AWS revenue', cash: 'cash', marketCap: 'market value',
};

interface Run {
  scenario: Scenario;
  seed: string;
  decisions: YearDecisions[];
  lastYear: number;
}

/** A decisions file (a list of { year, actions }, bare or under "decisions") is played as given; anything else is a replay. */
function readRun(source: string, scenarioFlag: string | undefined, seedFlag: string | undefined): Run {
  if (pathExists(source)) {
    const text = readTextFile(source, 'replay or decisions').trim();
    const json = text.startsWith('[') || text.startsWith('{') ? parseJsonText(text, source, 'decisions') : null;
    const isDecisions = Array.isArray(json) || (json !== null && typeof json === 'object' && (json as { format?: unknown }).format === undefined);
    if (isDecisions) {
      const scenario = loadScenario(scenarioFlag ?? 'historical');
      const seed = seedFlag ?? scenario.defaultSeed;
      if (seed.length === 0 || seed.length > 64) throw new InputError('--seed must be 1 to 64 characters');
      const parsed = parseDecisions(json, scenario.firstYear, scenario.lastYear);
      if (!parsed.ok) throw new InputError(`decisions ${source}: ${parsed.error}`);
      const campaign = runCampaign(scenario, seed, parsed.value, { reports: false, yearHashes: false });
      if (!campaign.ok) throw new InputError(`decisions ${source}: ${campaign.year}: ${campaign.error}`);
      return { scenario, seed, decisions: parsed.value, lastYear: campaign.years.at(-1)?.year ?? 0 };
    }
  }
  if (scenarioFlag !== undefined || seedFlag !== undefined) throw new InputError('--scenario and --seed are for a decisions file; a replay names its own');
  const { scenario, replay, campaign } = verifiedReplay(source, 'replay');
  return { scenario, seed: replay.seed, decisions: replay.decisions, lastYear: campaign.years.at(-1)?.year ?? 0 };
}

const signed = (x: number, digits: number) => `${x >= 0 ? '+' : '-'}${Math.abs(x).toFixed(digits)}`;

runCli('debrief', (argv) => {
  const { flags, positional } = parseArgs(argv, ['format', 'scenario', 'seed']);
  if (positional.length !== 1) throw new InputError('give one replay: a file or a code (npm run debrief -- <code or file>)');
  const format = oneOf('format', flags.format, ['table', 'json'] as const, 'table');
  const run = readRun(positional[0]!, flags.scenario, flags.seed);
  const { scenario, seed, decisions, lastYear } = run;
  if (lastYear < scenario.firstYear) throw new InputError('the replay has no year played yet');
  const d = debrief(scenario, seed, decisions, lastYear);
  const share = (points: number) => (Math.abs(d.scoreGap) >= 0.05 ? points / d.scoreGap : null);

  if (format === 'json') {
    process.stdout.write(terminalJson({
      scenario: scenario.id, seed, engineVersion: ENGINE_VERSION, upToYear: d.upToYear,
      score: d.score, historyScore: d.historyScore, scoreGap: d.scoreGap, figureGaps: d.figureGaps, method: d.method,
      lines: d.lines.map((l) => ({ year: l.year, text: l.text, points: l.points, share: share(l.points), yours: l.yours, history: l.history, figures: l.figures })),
    }) + '\n');
    return;
  }
  const lines = [
    `Debrief: "${scenario.name}", seed ${seed}, ${scenario.firstYear}-${d.upToYear}`,
    `Your score ${d.score.toFixed(1)}, history's ${d.historyScore.toFixed(1)} in the same world: a gap of ${signed(d.scoreGap, 1)} points.`,
    d.method,
    '',
    `${'year'.padEnd(6)}${'points'.padStart(8)}${'share'.padStart(8)}   where you differ from history`,
  ];
  for (const l of d.lines) {
    const s = share(l.points);
    lines.push(`${String(l.year).padEnd(6)}${signed(l.points, 1).padStart(8)}${(s === null ? '-' : `${Math.round(s * 100)}%`).padStart(8)}   ${l.text.replace(/^\d{4}: /, '')}`);
  }
  if (d.lines.length === 0) lines.push('(none: you made history\u2019s calls in every year)');
  lines.push(`${'total'.padEnd(6)}${signed(d.scoreGap, 1).padStart(8)}`, '');
  lines.push(`By ${d.upToYear}, against history: ${DEBRIEF_FIGURES.map((f) => `${LABEL[f]} ${signed(d.figureGaps[f], 2)}B`).join(', ')}.`);
  lines.push('Each figure\u2019s gap is split by the same years; the JSON format gives every line\u2019s share of each.');
  process.stdout.write(terminalText(lines.join('\n')) + '\n');
});
