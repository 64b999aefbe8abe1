import type { RivalId, YearDecisions } from './types';

/** A shock the scenario schedules; every effect is optional and defaults to none. */
export interface ScenarioEvent {
  year: number;
  id: string;
  headline: string;
  /** added to the growth of Amazon's share of online retail that year */
  ecommerceShock?: number;
  /** added to the growth of cloud adoption that year */
  cloudShock?: number;
  /** extra retail cost as a fraction of retail sales that year */
  retailCostShock?: number;
  /** one-off restructuring or impairment cost, $B */
  restructuringCost?: number;
  /** a major outage strikes this year whatever the player does; they choose how to handle it */
  majorOutage?: boolean;
}

export interface ScenarioRival {
  id: RivalId;
  name: string;
  entryYear: number;
  /** pull on new cloud customers relative to AWS at equal breadth and price */
  strength: number;
  /** yearly growth of the rival's strength after entry (enterprise reach, sales force) */
  strengthGrowth: number;
  /** the strength at which the rival's reach stops growing (its enterprise base saturates) */
  strengthCap: number;
  /** extra yearly price cut the rival makes on its own (a price war), 0 to 0.3 */
  priceCut: number;
  /** what the strength was calibrated to */
  note: string;
}

export interface HistoricalYear extends YearDecisions {
  /** why these choices mattered, in one or two sentences */
  why: string;
}

export interface ScenarioJedi {
  bidYear: number;
  awardYear: number;
  annualRevenue: number;
  contractYears: number;
  /** the year the contract is cancelled, ending any award; 0 for never */
  cancelYear: number;
  /** a multi-vendor successor: every bidder with enough government credentials wins a share */
  successor: { year: number; annualRevenue: number; contractYears: number; minCredentials: number } | null;
}

/**
 * How far a varied world may move from history, drawn once per seed: so that one seed's best path is
 * not every seed's. Each is a largest move either way.
 */
export interface ScenarioVariation {
  /** years each rival's cloud may open earlier or later */
  rivalEntryYears: number;
  /** share by which each rival's reach may be stronger or weaker */
  rivalStrength: number;
  /** share by which cloud demand may answer price more or less strongly */
  cloudElasticity: number;
  /** share by which each crisis may be deeper or milder */
  crisisDepth: number;
  /** yearly growth of online retail that may be faster or slower */
  ecommercePace: number;
  /** share by which the cloud's first movers may be more or fewer (the market is ready earlier or later); 0 when absent */
  cloudPioneers: number;
}

export type WorldKind = 'history' | 'varied';

export interface Scenario {
  format: 'flywheel-scenario/1';
  id: string;
  name: string;
  brief: string;
  lesson: string;
  firstYear: number;
  lastYear: number;
  /** years from here to firstYear - 1 are played silently on the historical path before the game */
  preludeFrom: number;
  /** the first year a generative-AI platform can be launched; 0 when the scenario has none */
  genAiFrom: number;
  defaultSeed: string;
  start: {
    gmvShare: number;
    thirdPartyShare: number;
    overhead: number;
    cash: number;
    marketCap: number;
  };
  series: {
    usEcommerce: Record<string, number>;
    itSpending: Record<string, number>;
    equityReturn: Record<string, number>;
    /** extra share of IT spending that AI workloads could move to the cloud (absent: none) */
    aiDemand: Record<string, number>;
  };
  sources: Record<string, string>;
  events: ScenarioEvent[];
  rivals: ScenarioRival[];
  jedi: ScenarioJedi | null;
  history: HistoricalYear[];
  /** the ranges a varied world may move within; null: this scenario has no varied world */
  variation: ScenarioVariation | null;
  /** history's world, or one varied by the seed within `variation` */
  world: WorldKind;
  /** the state hash the historical path reached when the file was last stamped, to catch drift */
  check: { engineVersion: string; historyHash: string } | null;
}
