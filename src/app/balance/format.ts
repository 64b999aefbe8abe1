import { NOMINAL_CAMPAIGNS_PER_SECOND } from './budget';
import type { BalanceReport } from './report';

// The balance report as a text table and as JSON.

const num = (x: number | null, digits = 1) => (x === null ? '-' : Number.isFinite(x) ? x.toFixed(digits) : String(x));
const signed = (x: number | null) => (x === null ? '-' : `${x >= 0 ? '+' : ''}${x.toFixed(1)}`);
const result = (status: string) => (status === 'fail' ? 'FAIL' : status);

function table(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function formatBalanceTable(r: BalanceReport, wallSeconds: number): string {
  const out: string[] = [];
  out.push(`Balance of "${r.scenario}" (world: ${r.world}), ${r.seeds.length} seed${r.seeds.length === 1 ? '' : 's'}: ${r.seeds.join(', ')}`);
  out.push(`Budget: ${r.budget.seconds} s x ${NOMINAL_CAMPAIGNS_PER_SECOND} campaigns/s = ${r.budget.campaigns.toLocaleString('en-US')} campaigns of search `
    + `(${r.budget.perSeed.toLocaleString('en-US')} a seed); ${r.budget.campaignsPlayed.toLocaleString('en-US')} campaigns played in all; wall time ${wallSeconds.toFixed(1)} s`);
  out.push('');
  out.push(`History's score: ${num(r.history.score)} on ${r.seeds[0]} (mean over the seeds ${num(r.history.meanOverSeeds)})`);
  out.push(`Best found on ${r.best.seed}: ${num(r.best.score)} (${signed(r.best.score - r.history.score)} on history)`);
  for (const y of r.best.path) out.push(`  ${y.year}  ${y.moves.length ? y.moves.join('; ') : '-'}`);
  out.push('');
  out.push('Lessons (A - B, mean over the seeds; held = seeds where the sign held)');
  out.push(...table(['lesson', 'A vs B', 'mean', 'held', 'target', 'result', 'detail'],
    r.lessons.map((l) => [l.id, l.vs, signed(l.mean), `${l.held}/${l.seeds}`, l.target, result(l.status), l.detail])));
  out.push('');
  out.push('Decision families (mean over the seeds of best option - worst option, all else on history\'s path)');
  out.push(...table(['family', 'range', 'options', 'best / worst option', 'target', 'result'],
    r.families.map((f) => [f.label, num(f.meanRange), String(f.options), f.best && f.meanRange ? `${f.best} / ${f.worst}` : '-', f.target, result(f.status)])));
  out.push('');
  out.push(`Floor: lowest score the search found ${num(r.floor.searchLowest)} (seed ${r.floor.searchLowestSeed}); "do nothing" ${num(r.floor.doNothing)} on ${r.seeds[0]} (mean ${num(r.floor.doNothingMean)})`);
  out.push('');
  out.push('Spread, best path and cookbook');
  out.push(...table(['check', 'value', 'target', 'result', 'detail'], r.checks.map((c) => [c.label, num(c.value), c.target, result(c.status), c.detail])));
  out.push('');
  out.push(`Plausibility extremes (every year of all ${r.budget.campaignsPlayed.toLocaleString('en-US')} games)`);
  out.push(...table(['check', 'extreme', 'limit', 'where', 'result'],
    r.plausibility.map((p) => [p.label, num(p.value, 3), `${p.keep === 'max' ? (p.strict ? '<' : '<=') : (p.strict ? '>' : '>=')} ${p.limit}`,
      p.value === null ? 'never applied' : p.id === 'nonFinite' && p.value === 0 ? '-' : `${p.seed} ${p.year}`, result(p.status)])));
  out.push('');
  const failed = [...r.lessons, ...r.families, ...r.checks, ...r.plausibility].filter((x) => x.status === 'fail').map((x) => x.id);
  out.push(r.failures === 0 ? 'Every target passes.' : `${r.failures} target${r.failures === 1 ? '' : 's'} failed: ${failed.join(', ')}.`);
  return out.join('\n');
}

export function formatBalanceJson(r: BalanceReport, wallSeconds: number): string {
  return JSON.stringify({ ...r, nominalCampaignsPerSecond: NOMINAL_CAMPAIGNS_PER_SECOND, wallSeconds: Number(wallSeconds.toFixed(2)) },
    (_, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2);
}
