import type { Scenario } from './scenarioTypes';
import type { WorldShift, YearDraws } from './types';

/** The scenario's series and events for one year: the same for every player. */
interface YearWorld {
  usEcommerce: number;
  itSpending: number;
  equityReturn: number;
  ecommerceShock: number;
  cloudShock: number;
  retailCostShock: number;
  restructuringCost: number;
  aiDemand: number;
  majorOutage: boolean;
  headlines: readonly string[];
}

/** What the world brings to one year, with the seeded draws and this year's choices. */
export interface YearContext extends YearWorld {
  year: number;
  scenario: Scenario;
  draws: YearDraws;
  world: WorldShift;
  priceCutCount: number;
  priceCutDepth: number;
  velocity: number;
  detail: boolean;              // build event texts and driver lists (off for bulk replays)
}

// A scenario is immutable once parsed, so its per-year view is computed once.
const byScenario = new WeakMap<Scenario, Map<number, YearWorld>>();

function yearWorld(scenario: Scenario, year: number): YearWorld {
  let table = byScenario.get(scenario);
  if (!table) {
    table = new Map();
    byScenario.set(scenario, table);
  }
  const hit = table.get(year);
  if (hit) return hit;
  const world: YearWorld = {
    usEcommerce: scenario.series.usEcommerce[String(year)] ?? 0,
    itSpending: scenario.series.itSpending[String(year)] ?? 0,
    equityReturn: scenario.series.equityReturn[String(year)] ?? 0,
    ecommerceShock: 0,
    cloudShock: 0,
    retailCostShock: 0,
    restructuringCost: 0,
    aiDemand: scenario.series.aiDemand[String(year)] ?? 0,
    majorOutage: false,
    headlines: [],
  };
  const headlines: string[] = [];
  for (const event of scenario.events) {
    if (event.year !== year) continue;
    world.ecommerceShock += event.ecommerceShock ?? 0;
    world.cloudShock += event.cloudShock ?? 0;
    world.retailCostShock += event.retailCostShock ?? 0;
    world.restructuringCost += event.restructuringCost ?? 0;
    if (event.majorOutage) world.majorOutage = true;
    headlines.push(event.headline);
  }
  world.headlines = headlines;
  table.set(year, world);
  return world;
}

/** True when the scenario schedules a major outage in that year. */
export function majorOutageIn(scenario: Scenario, year: number): boolean {
  return yearWorld(scenario, year).majorOutage;
}

export function yearContext(scenario: Scenario, draws: YearDraws, year: number, detail: boolean, shift: WorldShift): YearContext {
  const w = yearWorld(scenario, year);
  // A varied world's online retail grows at its own pace from the scenario's start.
  let pace = 1;
  for (let y = scenario.preludeFrom; y < year; y++) pace *= 1 + shift.ecommercePace;
  return {
    year,
    scenario,
    draws,
    world: shift,
    usEcommerce: w.usEcommerce * pace,
    itSpending: w.itSpending,
    equityReturn: w.equityReturn,
    ecommerceShock: w.ecommerceShock * shift.crisis,
    cloudShock: w.cloudShock * shift.crisis,
    retailCostShock: w.retailCostShock * shift.crisis,
    restructuringCost: w.restructuringCost * shift.crisis,
    aiDemand: w.aiDemand,
    majorOutage: w.majorOutage,
    headlines: w.headlines,
    priceCutCount: 0,
    priceCutDepth: 0,
    velocity: 1,
    detail,
  };
}
