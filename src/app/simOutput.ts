import { ENGINE_VERSION, type Campaign, type Scenario, type YearFigures } from '../engine';

/** The CLI's JSON contract: other tools and checks read these fields. */
export function simJson(scenario: Scenario, seed: string, campaign: Campaign): object {
  return {
    engineVersion: ENGINE_VERSION,
    scenario: scenario.id,
    seed,
    stateHash: campaign.hash,
    score: campaign.state.score.total,
    scorecard: campaign.state.score,
    jedi: campaign.state.jedi,
    hashes: campaign.hashes,
    years: campaign.years.map((y) => ({ ...y })),
  };
}

const COLUMNS: { head: string; get: (y: YearFigures) => number; digits: number; pct?: boolean }[] = [
  { head: 'net sales', get: (y) => y.netSales, digits: 1 },
  { head: 'op. income', get: (y) => y.operatingIncome, digits: 2 },
  { head: 'AWS rev', get: (y) => y.awsRevenue, digits: 2 },
  { head: 'AWS op.inc', get: (y) => y.awsOperatingIncome, digits: 2 },
  { head: 'cloud shr', get: (y) => y.cloudShare, digits: 0, pct: true },
  { head: 'MSFT shr', get: (y) => y.microsoftShare, digits: 0, pct: true },
  { head: '3P share', get: (y) => y.thirdPartyShare, digits: 0, pct: true },
  { head: 'Prime (m)', get: (y) => y.primeMembersMillions, digits: 0 },
  { head: 'cuts', get: (y) => y.cumulativePriceCuts, digits: 0 },
  { head: 'share px', get: (y) => y.sharePriceChange, digits: 0, pct: true },
];

function cell(value: number, digits: number, pct?: boolean): string {
  return pct ? `${(value * 100).toFixed(digits)}%` : value.toFixed(digits);
}

export function formatTable(scenario: Scenario, seed: string, campaign: Campaign): string {
  const lines = [`${scenario.name} (seed ${seed})   US$ billions`, ''];
  lines.push(['year', ...COLUMNS.map((c) => c.head)].map((h, i) => (i === 0 ? h.padEnd(5) : h.padStart(11))).join(''));
  for (const y of campaign.years) {
    lines.push([String(y.year).padEnd(5), ...COLUMNS.map((c) => cell(c.get(y), c.digits, c.pct).padStart(11))].join(''));
  }
  const s = campaign.state.score;
  lines.push('', `score ${s.total.toFixed(1)} / 1000  (growth ${s.growth.toFixed(1)}, profit ${s.profit.toFixed(1)}, cloud ${s.cloud.toFixed(1)}, trust ${s.trust.toFixed(1)})`);
  lines.push(`state hash ${campaign.hash}`);
  return lines.join('\n');
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatCsv(years: readonly YearFigures[]): string {
  const first = years[0];
  if (!first) return '';
  const keys = Object.keys(first).filter((k) => k !== 'events') as (keyof YearFigures)[];
  const rows = [[...keys, 'events'].join(',')];
  for (const y of years) rows.push([...keys.map((k) => String(y[k])), csvField(y.events.join(' | '))].join(','));
  return rows.join('\n');
}
