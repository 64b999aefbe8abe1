import { differences } from '../app/actionLabel';
import { decisionsFor, runCampaign, type YearFigures } from '../engine';
import { oneOf, parseArgs } from './args';
import { InputError, runCli } from './fail';
import { verifiedReplay } from './replaySource';
import { terminalJson, terminalText } from './terminal';

// npm run replay -- <file or code> [--compare historical] [--format table|json]

const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

runCli('replay', (argv) => {
  const { flags, positional } = parseArgs(argv, ['compare', 'format']);
  if (positional.length !== 1) throw new InputError('give one replay: a file or a code (npm run replay -- <file or code>)');
  const format = oneOf('format', flags.format, ['table', 'json'] as const, 'table');
  const compare = oneOf('compare', flags.compare, ['historical', 'none'] as const, 'historical');
  const verified = verifiedReplay(positional[0]!, 'replay');
  const { scenario, campaign, replay } = verified;

  const history = compare === 'historical' ? runCampaign(scenario, replay.seed, scenario.history, { reports: false }) : null;
  const historyYears: YearFigures[] = history && history.ok ? history.years : [];
  const rows = campaign.years.map((you, i) => {
    const them = historyYears[i];
    // By year, never by list position: the moves shown are the moves played that year.
    const diff = differences(decisionsFor(replay.decisions, you.year), scenario.history.find((h) => h.year === you.year));
    return { year: you.year, you, history: them, ...diff };
  });

  if (format === 'json') {
    process.stdout.write(terminalJson({
      verified: true,
      scenario: scenario.id,
      seed: replay.seed,
      engineVersion: replay.engineVersion,
      finished: verified.finished,
      stateHash: campaign.hash,
      score: campaign.state.score.total,
      historyScore: history && history.ok ? history.state.score.total : null,
      years: rows.map((r) => ({
        year: r.year,
        you: { netSales: r.you.netSales, operatingIncome: r.you.operatingIncome, awsRevenue: r.you.awsRevenue, cloudShare: r.you.cloudShare, score: r.you.scoreThisYear },
        history: r.history ? { netSales: r.history.netSales, operatingIncome: r.history.operatingIncome, awsRevenue: r.history.awsRevenue, cloudShare: r.history.cloudShare, score: r.history.scoreThisYear } : null,
        onlyYours: r.onlyYours,
        onlyHistory: r.onlyTheirs,
      })),
    }) + '\n');
    return;
  }

  const lines = [
    `Replay verified: "${scenario.name}", seed ${replay.seed}, ${campaign.years.length} of ${scenario.lastYear - scenario.firstYear + 1} years, every year's hash matches.`,
    `Score ${campaign.state.score.total.toFixed(1)}${history && history.ok ? `   (history on this seed: ${history.state.score.total.toFixed(1)})` : ''}`,
    '',
    `${'year'.padEnd(6)}${'net sales'.padStart(19)}${'op. income'.padStart(17)}${'AWS revenue'.padStart(17)}${'cloud share'.padStart(15)}   where you differ from history`,
    `${''.padEnd(6)}${'you / history'.padStart(19)}${'you / history'.padStart(17)}${'you / history'.padStart(17)}${'you / history'.padStart(15)}`,
  ];
  for (const r of rows) {
    const h = r.history;
    const pair = (a: string, b: string | undefined, width: number) => `${a} / ${b ?? '-'}`.padStart(width);
    const diff = [...r.onlyYours.map((x) => `+${x}`), ...r.onlyTheirs.map((x) => `-${x}`)].join(', ');
    lines.push(`${String(r.year).padEnd(6)}${pair(r.you.netSales.toFixed(1), h?.netSales.toFixed(1), 19)}${pair(r.you.operatingIncome.toFixed(2), h?.operatingIncome.toFixed(2), 17)}`
      + `${pair(r.you.awsRevenue.toFixed(2), h?.awsRevenue.toFixed(2), 17)}${pair(pct(r.you.cloudShare), h ? pct(h.cloudShare) : undefined, 15)}   ${diff}`);
  }
  lines.push('', '+ a move you made that history did not; - a move history made that you did not.', `state hash ${campaign.hash}`);
  process.stdout.write(terminalText(lines.join('\n')) + '\n');
});
