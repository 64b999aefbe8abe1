import type { Action, TurnReport, YearDecisions, YearFigures } from '../../engine';
import { describeAction } from './news';
import { capital, money, percent } from './format';

// Five to eight moments that shaped a run: the big moves, the shocks, and the milestones the
// figures passed. Each candidate gets a weight; the heaviest are kept and told in year order.

export interface TurningPoint {
  year: number;
  text: string;
  weight: number;
}

const MOVE_WEIGHT: Partial<Record<Action['kind'] | string, number>> = {
  'launchService:ec2': 9, 'launchService:s3': 8, apiMandate: 8, openMarketplace: 7, launchPrime: 7,
  'launchService:sqs': 6, rentSpareCapacity: 6, openDeveloperPlatform: 5, bidJedi: 5,
  govCloud: 4, protestJedi: 4, launchGenAi: 7, outageResponse: 5,
};

function moveKey(action: Action): string {
  return action.kind === 'launchService' ? `launchService:${action.service}` : action.kind;
}

function sentence(text: string): string {
  const t = text.trim();
  return `${capital(t)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

export const MIN_TURNING_POINTS = 5;
export const MAX_TURNING_POINTS = 8;

export function turningPoints(decisions: readonly YearDecisions[], reports: readonly TurnReport[], start: YearFigures): TurningPoint[] {
  const candidates: TurningPoint[] = [];
  for (const decision of decisions) {
    for (const action of decision.actions) {
      const weight = MOVE_WEIGHT[moveKey(action)];
      if (weight) candidates.push({ year: decision.year, text: sentence(describeAction(action)), weight });
    }
  }
  let seenShortage = false;
  let awsLead = false;
  let profitable = start.operatingIncome > 0;
  let bestScore: TurningPoint | null = null;
  let worstScore: TurningPoint | null = null;
  let biggestMove: TurningPoint | null = null;
  for (const report of reports) {
    const f = report.figures;
    for (const event of report.events) {
      if (event.startsWith('A major outage')) candidates.push({ year: f.year, text: event, weight: 8 });
      else if (event.startsWith('A serious outage')) candidates.push({ year: f.year, text: event, weight: 7 });
      else if (event.startsWith('AWS figures are published')) candidates.push({ year: f.year, text: event, weight: 6.5 });
      else if (event.startsWith('The Pentagon cancels JEDI')) candidates.push({ year: f.year, text: event, weight: 6 });
      else if (event.startsWith('A multi-vendor successor')) candidates.push({ year: f.year, text: event, weight: 5 });
      else if (event.startsWith('JEDI') || event.startsWith('The court') || event.startsWith('The JEDI protest fails')) {
        candidates.push({ year: f.year, text: event, weight: 8 });
      } else if (event.startsWith('Cash runs out')) candidates.push({ year: f.year, text: event, weight: 7 });
      else if (event.startsWith('Capacity ran short') && !seenShortage) {
        seenShortage = true;
        candidates.push({ year: f.year, text: event, weight: 4 });
      } else if (event.includes('cloud of its own') || event.includes('clouds of their own')) candidates.push({ year: f.year, text: event, weight: 3 });
    }
    if (!profitable && f.operatingIncome > 0) {
      profitable = true;
      candidates.push({ year: f.year, text: `Amazon makes an operating profit: ${money(f.operatingIncome)}.`, weight: 6 });
    }
    if (!awsLead && f.awsShareOfOperatingIncome > 0.5 && f.operatingIncome > 0) {
      awsLead = true;
      candidates.push({ year: f.year, text: `AWS earns more than half of Amazon's operating profit (${percent(f.awsShareOfOperatingIncome)}).`, weight: 8 });
    }
    const score = f.scoreThisYear;
    if (!bestScore || score > bestScore.weight) bestScore = { year: f.year, text: `The best year on the scorecard: ${Math.round(score)} of 100.`, weight: score };
    if (!worstScore || score < worstScore.weight) worstScore = { year: f.year, text: `The worst year on the scorecard: ${Math.round(score)} of 100.`, weight: score };
    const move = f.sharePriceChange;
    if (!biggestMove || Math.abs(move) > Math.abs(biggestMove.weight)) {
      biggestMove = { year: f.year, text: `The share price moves ${percent(move, true)} in a year.`, weight: move };
    }
  }
  if (bestScore) candidates.push({ ...bestScore, weight: 5 });
  if (worstScore && worstScore.year !== bestScore?.year) candidates.push({ ...worstScore, weight: 5 });
  if (biggestMove) candidates.push({ ...biggestMove, weight: 4.5 });

  // Heaviest first; on a tie the earlier year, since early moves set up the later ones.
  const ranked = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.weight - a.c.weight || a.c.year - b.c.year || a.i - b.i)
    .map((x) => x.c);
  const chosen: TurningPoint[] = [];
  const perYear = new Map<number, number>();
  // The heaviest moment of each quarter of the run comes first, so a long run's later years
  // are not crowded out by its famous beginning.
  const firstYear = reports[0]?.year ?? 0;
  const span = Math.max(1, reports.length);
  for (let quarter = 0; quarter < 4; quarter++) {
    const best = ranked.find((c) => Math.min(3, Math.floor(((c.year - firstYear) * 4) / span)) === quarter);
    if (best && !chosen.includes(best)) {
      chosen.push(best);
      perYear.set(best.year, (perYear.get(best.year) ?? 0) + 1);
    }
  }
  for (const candidate of ranked) {
    if (chosen.includes(candidate)) continue;
    if (chosen.length >= MAX_TURNING_POINTS) break;
    // At most two moments a year, so one busy year cannot crowd out the rest of the story.
    const used = perYear.get(candidate.year) ?? 0;
    if (used >= 2) continue;
    if (chosen.some((c) => c.text === candidate.text)) continue;
    chosen.push(candidate);
    perYear.set(candidate.year, used + 1);
  }
  // A quiet run still gets its story told from the years' growth.
  if (chosen.length < MIN_TURNING_POINTS) {
    const byGrowth = reports
      .map((r, i) => {
        const before = i === 0 ? start.netSales : reports[i - 1]!.figures.netSales;
        return { year: r.year, growth: before > 0 ? r.figures.netSales / before - 1 : 0 };
      })
      .filter((g) => !chosen.some((c) => c.year === g.year))
      .sort((a, b) => Math.abs(b.growth) - Math.abs(a.growth));
    for (const g of byGrowth) {
      if (chosen.length >= MIN_TURNING_POINTS) break;
      chosen.push({ year: g.year, text: `Net sales ${g.growth >= 0 ? 'grow' : 'shrink'} ${percent(Math.abs(g.growth))} in the year.`, weight: 1 });
    }
  }
  // A line of the Ending holds one clause: an event's first, where it has more ("JEDI goes to Microsoft
  // despite a 72% chance going in; politics weighed on the award." keeps what happened).
  return chosen.sort((a, b) => a.year - b.year).map((c) => ({ ...c, text: firstClause(c.text) }));
}

function firstClause(text: string): string {
  const cut = text.indexOf('; ');
  return cut > 0 ? `${text.slice(0, cut)}.` : text;
}
