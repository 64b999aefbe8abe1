import { NOMINAL_CAMPAIGNS_PER_SECOND } from '../app/balance/budget';
import { Evaluator } from '../app/balance/evaluator';
import { searchSeed } from '../app/balance/search';
import { competitionId, newCompetition } from '../app/competition';
import { buildLeaderboard } from '../app/leaderboard';
import { LuckRun, luckSeeds } from '../app/luck';
import { encodeResult, scoreTeam } from '../app/result';
import { ENGINE_VERSION, newGame, runCampaign, stateHash, type YearDecisions } from '../engine';
import { parseArgs } from './args';
import { InputError, runCli } from './fail';
import { loadScenario } from './files';

// npm run bench: whole 21-year campaigns a second on one core, median of several runs, and heap
// growth across many campaigns. Wall-clock numbers: read them as ratios on a quiet machine.

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function rate(run: () => void, seconds: number): number {
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < seconds * 1000) {
    for (let i = 0; i < 50; i++) run();
    count += 50;
  }
  return count / ((performance.now() - start) / 1000);
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

runCli('bench', (argv) => {
  const { flags } = parseArgs(argv, ['runs', 'campaigns', 'seconds']);
  const runs = Number(flags.runs ?? 5);
  const campaigns = Number(flags.campaigns ?? 1_000_000);
  const seconds = Number(flags.seconds ?? 1);
  if (!(runs >= 1 && campaigns >= 1000 && seconds > 0)) throw new InputError('--runs >= 1, --campaigns >= 1000, --seconds > 0');
  const scenario = loadScenario('historical');
  const path = scenario.history;
  const seed = scenario.defaultSeed;

  const modes: [string, () => void][] = [
    ['verify (final state, score and hash)', () => {
      const c = runCampaign(scenario, seed, path, { reports: false, figures: false, yearHashes: false });
      if (c.ok) stateHash(c.state);
    }],
    ['figures (+ every year\'s figures, events and hash)', () => { runCampaign(scenario, seed, path, { reports: false }); }],
    ['full (+ the driver breakdown of every figure)', () => { runCampaign(scenario, seed, path, { reports: true }); }],
  ];
  let seedCounter = 0;
  modes.push(['new seed each time (verify, world drawn afresh)', () => {
    runCampaign(scenario, `bench-${seedCounter++}`, path, { reports: false, figures: false, yearHashes: false });
  }]);

  console.log(`Flywheel engine benchmark: historical path, ${scenario.lastYear - scenario.firstYear + 1} years, median of ${runs} runs of ${seconds}s`);
  for (const [name, run] of modes) {
    rate(run, 0.3); // warm up the JIT
    const rates: number[] = [];
    for (let i = 0; i < runs; i++) rates.push(rate(run, seconds));
    console.log(`  ${name.padEnd(52)} ${Math.round(median(rates)).toLocaleString('en-US').padStart(9)} campaigns/s   (runs: ${rates.map((r) => Math.round(r)).join(', ')})`);
  }

  // The balance tool's search: plans decoded through the engine's draft, the rate its --budget assumes.
  const balanceRates: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const evaluator = new Evaluator(scenario);
    const start = performance.now();
    searchSeed(evaluator, scenario, `bench-balance-${i}`, 3000);
    if (i > 0) balanceRates.push(evaluator.campaigns / ((performance.now() - start) / 1000)); // the first run warms up
  }
  console.log(`  ${'balance search (plans decoded through the draft)'.padEnd(52)} ${Math.round(median(balanceRates)).toLocaleString('en-US').padStart(9)} campaigns/s   (runs: ${balanceRates.map((r) => Math.round(r)).join(', ')}; npm run balance assumes ${NOMINAL_CAMPAIGNS_PER_SECOND.toLocaleString('en-US')})`);

  const luckTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const luck = new LuckRun(scenario, path, luckSeeds(`bench-luck-${i}`, 500));
    while (!luck.step(25));
    luck.result();
    luckTimes.push(performance.now() - start);
  }
  console.log(`  luck or skill, 500 fresh worlds (seeds) of the historical path: median ${median(luckTimes).toFixed(0)} ms (runs: ${luckTimes.map((t) => t.toFixed(0)).join(', ')})`);

  // A class of 1000: the same competition, each team a different play (the board counts a copy once):
  // team i shifts history's price-cut depth by the base-5 digits of i, one digit a year.
  const depthShift = (team: number, year: number) => Math.floor(team / 5 ** ((year - scenario.firstYear) % 5)) % 5 - 2;
  const competition = newCompetition(scenario, { seed: 'bench-class' });
  const id = competitionId(competition);
  const submissions = Array.from({ length: 1000 }, (_, i) => {
    const decisions: YearDecisions[] = [];
    for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
      const actions = [...(path.find((d) => d.year === year)?.actions ?? [])].map((a) =>
        a.kind === 'priceCuts' ? { ...a, depthPercent: Math.max(1, Math.min(a.count * 10, a.depthPercent + depthShift(i, year))) } : a);
      decisions.push({ year, actions });
    }
    const run = scoreTeam(scenario, competition, decisions);
    const claimedScore = typeof run === 'string' ? 0 : run.score.total;
    return { source: `team ${i}`, text: encodeResult({ competitionId: id, engineVersion: ENGINE_VERSION, team: `Team ${i}`, decisions, claimedScore }) };
  });
  const boardTimes: number[] = [];
  let accepted = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    accepted = buildLeaderboard(scenario, competition, submissions).rows.length;
    boardTimes.push((performance.now() - start) / 1000);
  }
  console.log(`  leaderboard of 1,000 submissions verified and ranked: median ${median(boardTimes).toFixed(3)} s (runs: ${boardTimes.map((t) => t.toFixed(3)).join(', ')}; ${accepted} accepted)`);

  const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
  const before = heapMb();
  const samples: string[] = [];
  const step = Math.max(1, Math.floor(campaigns / 5));
  let last = newGame(scenario, seed);
  for (let i = 1; i <= campaigns; i++) {
    const c = runCampaign(scenario, seed, path, { reports: false, figures: false, yearHashes: false });
    if (c.ok) last = c.state;
    if (i % step === 0) samples.push(`${(i / 1000).toFixed(0)}k: ${heapMb().toFixed(1)} MB`);
  }
  const after = heapMb();
  console.log(`  heap across ${campaigns.toLocaleString('en-US')} campaigns: ${before.toFixed(1)} MB -> ${after.toFixed(1)} MB (${samples.join(', ')})${exposed ? '' : '  [run with --expose-gc for exact figures]'}`);
  console.log(`  final hash ${stateHash(last)}`);
});
