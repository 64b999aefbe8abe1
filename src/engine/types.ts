// Plain-JSON shapes shared across the engine. No classes, no Maps: a State can be cloned,
// hashed and saved as it is.

import type { Action, Level, OutagePlan, Team } from './moves';

export type { Action, ActionKind, ActionOf, Level, MoveKey, OutagePlan, ServiceId, Team } from './moves';
export type RivalId = 'microsoft' | 'google' | 'others';
export type JediStatus = 'none' | 'bid' | 'won' | 'lost' | 'protesting' | 'reversed' | 'protestFailed' | 'cancelled';

/** One year's choices. Levers not named keep last year's setting; everything else is "not now". */
export interface YearDecisions {
  year: number;
  actions: Action[];
}

/** Draws for one year, taken from streams named by (seed, year, stream): the same for every player. */
export interface YearDraws {
  ecommerceNoise: number;   // roughly -1..1, scaled by a coefficient
  cloudNoise: number;       // roughly -1..1
  outage: number;           // uniform 0..1, compared with the year's outage risk
  rivalAggression: number;  // uniform 0..1
  jediPolitics: number;     // uniform 0..1, compared with the win chance
  protest: number;          // uniform 0..1, compared with the chance a protest succeeds
}

/** How a varied world differs from history's; history's moves nothing. Fixed for a game by its seed. */
export interface WorldShift {
  entryShift: Record<RivalId, number>;   // years a rival's cloud opens later (negative: earlier)
  strength: Record<RivalId, number>;     // multiplier on a rival's reach
  elasticity: number;                    // multiplier on how cloud demand answers price
  crisis: number;                        // multiplier on every scheduled shock
  ecommercePace: number;                 // added to online retail's yearly growth
  pioneers: number;                      // multiplier on the cloud's first movers (readiness of the market)
}

export interface RivalState {
  active: boolean;
  workload: number;     // installed cloud workload, $B a year at 2006 list prices
  price: number;        // price index, 1 = AWS's 2006 list price
  breadth: number;      // services offered
  strength: number;     // pull on new customers at equal breadth and price; grows each year
}

export interface YearFigures {
  year: number;
  netSales: number;
  retailSales: number;
  retailMarket: number;
  gmv: number;
  primeFees: number;
  operatingIncome: number;
  retailOperatingIncome: number;
  retailContribution: number;
  retailInvestment: number;
  overhead: number;
  eventCost: number;
  awsCapacityCost: number;
  awsRunningCost: number;        // services and regions
  awsOneOffCost: number;         // launches, government region, JEDI
  retailValue: number;
  awsValue: number;
  awsRevenue: number;
  awsOperatingIncome: number;
  awsOperatingMargin: number;
  awsShareOfOperatingIncome: number;
  cloudMarket: number;
  cloudWorkload: number;
  awsWorkloadShare: number;
  governmentRevenue: number;     // JEDI and its successor, counted in AWS revenue
  cloudShare: number;
  microsoftShare: number;
  googleShare: number;
  thirdPartyShare: number;
  primeMembersMillions: number;
  cumulativePriceCuts: number;
  awsPriceIndex: number;
  awsPricePaid: number;          // the price index after what big customers negotiate off it
  utilisation: number;
  capacity: number;
  servicesLaunched: number;      // of the three core services: queue, storage, compute
  servicesOffered: number;       // the whole catalogue
  regions: number;
  availabilityZones: number;
  developers: number;
  trust: number;
  engineeringVelocity: number;
  cash: number;
  cashFromOperations: number;    // the year's change in cash = these four parts
  cashFromWorkingCapital: number;
  cashForDataCentres: number;    // negative: capacity paid for up front
  cashInterest: number;          // negative: interest on borrowed money
  debt: number;                  // borrowed money, $B (negative cash)
  creditLimit: number;           // the lowest cash lenders allow, $B (negative)
  itSpending: number;            // world IT spending, $B
  awsDemand: number;             // workload customers asked AWS for, $B a year at 2006 list prices
  marketCap: number;
  sharesIssued: number;          // new shares sold this year as a share of those before (a cash crisis)
  shareholderValue: number;      // market value per share against the stock market since the start (1 = kept pace)
  sharePriceChange: number;
  disclosureReaction: number;
  scoreThisYear: number;         // the year's scorecard, 0-100, the mean of its four parts
  scoreGrowth: number;
  scoreProfit: number;
  scoreCloud: number;
  scoreTrust: number;
  scoreValue: number;            // the value part's level, 0-100
  events: string[];
}

export interface ScoreCard {
  growth: number;
  profit: number;
  cloud: number;
  trust: number;
  value: number;
  total: number;
  yearsScored: number;
}

export interface State {
  engineVersion: string;
  scenarioId: string;
  seed: string;
  firstYear: number;
  lastYear: number;
  year: number;                 // the next year to play
  finished: boolean;
  draws: readonly YearDraws[];  // index = year - firstYear; shared and frozen
  world: WorldShift;            // history's, or the seed's varied world

  // decisions taken (year taken, or 0 for never)
  apiMandateYear: number;
  marketplaceYear: number;
  platformYear: number;
  primeYear: number;
  sqsYear: number;
  s3Year: number;
  ec2Year: number;
  ec2Team: Team | 'none';
  spareCapacityYear: number;
  govCloudYear: number;
  disclosureYear: number;
  capexLevel: Level;
  retailLevel: Level;
  jedi: JediStatus;
  jediProtestYear: number;
  jediWinner: RivalId | '';     // the rival the award went to, if it went to one
  jediYearsLeft: number;

  // retail
  gmvShare: number;             // Amazon's gross merchandise volume / addressable online retail
  thirdPartyShare: number;      // third-party share of units
  primeMembers: number;         // millions
  fulfilment: number;           // fulfilment-network index (1 = the 1999 network)
  overhead: number;             // fixed technology and administrative cost, $B a year
  serviceMaturity: number;      // 0..1, how far the move to service APIs has gone
  technicalDebt: number;        // fragility left by launching services before the APIs were done

  // AWS
  breadth: number;              // services offered
  capacity: number;             // workload AWS can serve, $B a year at 2006 list prices
  awsPrice: number;             // price index, 1 = 2006 list price
  cumulativePriceCuts: number;
  trust: number;                // 0..1 customer trust in AWS
  developers: number;           // developer ecosystem index
  govCredentials: number;       // 0..1
  regions: number;
  awsWorkload: number;          // installed workload, $B a year at 2006 list prices
  awsDemandLastYear: number;    // workload customers asked for last year, served or not
  cloudAdoption: number;        // share of world IT spending that has moved to the cloud, at 2006 prices
  rivals: Record<RivalId, RivalState>;
  jediRevenue: number;          // $B a year while a JEDI award runs
  successorRevenue: number;     // $B a year from a multi-vendor successor contract
  successorYearsLeft: number;
  genAiYear: number;            // year a generative-AI platform launched, or 0
  outagePlan: OutagePlan | 'none';
  resilience: number;           // 0..1, share of base outage risk removed by resilience work

  // finance
  cash: number;                 // negative: borrowed money
  marketCap: number;            // equity value: the business, with cash added and debt taken off
  marketMood: number;           // investors' mood, 1 = neutral
  shares: number;               // shares outstanding, 1 at the start; new shares sold in a cash crisis dilute
  marketIndex: number;          // the stock market since the start, 1 = where it stood
  valueAtStart: number;         // market value at the start, the base of the value part
  spareStain: number;           // 0..1, customers' memory of being evicted for the holidays

  last: YearFigures | null;     // the year just played
  score: ScoreCard;
}

export interface Driver {
  label: string;
  value: number;
}

export interface MetricChange {
  metric: string;
  label: string;
  unit: 'usdBn' | 'fraction' | 'millions' | 'count';
  before: number;
  after: number;
  drivers: Driver[];            // their values add up to after - before
}

export interface TurnReport {
  year: number;
  figures: YearFigures;
  changes: MetricChange[];
  events: string[];
}

export type TurnResult =
  | { ok: true; state: State; report: TurnReport }
  | { ok: false; error: string };
