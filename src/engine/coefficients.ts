// Every number the model runs on, with one line on what it was calibrated to.
// Targets live in ../shared/calibration/targets.md; "public" means Amazon's annual reports
// for the years in between, which the historical path is also held against.

type Entry = readonly [value: number, note: string];

const TABLE = {
  // Retail: demand
  intlReach: [1.371, 'Amazon sells abroad too: addressable online retail = US e-commerce x this; fits 2000 and 2020 net sales'],
  ecommerceNoiseScale: [0.02, 'seeded year-to-year wobble in retail demand; small enough that history stays in range'],
  shareCeiling: [0.6875, 'online retail share where growth saturates; keeps 2016-2020 growth near the public series'],
  shareCeilingOwnStock: [0.1885, 'share of the ceiling reachable on Amazon\'s own stock alone, without outside sellers'],
  shareGrowthBase: [0.04426, 'share growth with no extra investment; 2003-2010 public net-sales growth'],
  shareGrowthLean: [-0.09391, 'share growth lost in a lean year (2001-2002 cost cutting)'],
  shareGrowthAggressive: [0.02, 'share growth added by an aggressive fulfilment year (2011-2014 build-out)'],
  shareGrowthPrime: [0.2669, 'share growth per unit of Prime penetration; 2006-2015 acceleration'],
  shareGrowthSelection: [0.02931, 'share growth per unit of third-party share (selection); 2005-2015 public growth'],
  shareGrowthVelocity: [0.1, 'share growth per unit of engineering velocity above or below 1'],
  // Retail: marketplace, Prime, fulfilment
  thirdPartyCeiling: [0.6634, 'third-party share where the marketplace saturates; 58% of units by 2018 (shareholder letter)'],
  thirdPartyRate: [0.0472, 'yearly closing of the gap to the ceiling; 2007 about 28%, 2020 majority (target)'],
  thirdPartyRateFulfilment: [0.02763, 'faster marketplace growth from fulfilment services for sellers'],
  thirdPartyRatePlatform: [0.02, 'faster marketplace growth from open seller APIs'],
  fulfilmentGrowthLean: [0.02, 'fulfilment network growth in a lean year'],
  fulfilmentGrowthSteady: [0.12, 'fulfilment network growth in a steady year'],
  fulfilmentGrowthAggressive: [0.3, 'fulfilment network growth in an aggressive year (2011-2014 doubled capacity)'],
  primeReach: [0.331, 'Prime members per $B of GMV at full reach; 2020 above 100 million (target)'],
  primeReachFulfilment: [0.03099, 'extra Prime reach as fulfilment grows (faster delivery is the benefit)'],
  primeAdoption: [0.5672, 'yearly closing of the gap to potential members; about 50 million by 2015'],
  primeFee: [0.085, '$B of fees per million members a year (about $85 net of discounts)'],
  primeShipCost: [0.12, '$B of free-shipping cost per million members a year'],
  // Retail: margins and costs
  takeBase: [0.12, "Amazon's cut of a third-party sale at launch (referral fee)"],
  takeFulfilment: [0.1941, 'extra take from fulfilment and advertising services as the network grows; 2020 seller services'],
  takeFulfilmentHalf: [6, 'fulfilment index at which half of the extra take is reached'],
  firstPartyMarginBase: [0.06994, 'contribution on first-party sales at small scale; 2002-2004 public margins'],
  firstPartyMarginScale: [0.01, 'extra first-party contribution with scale (purchasing and logistics)'],
  scaleHalf: [150, 'GMV ($B) at which half the scale benefit is reached'],
  thirdPartyMargin: [0.1068, 'contribution on third-party service revenue'],
  overheadRate: [0.01541, 'long-run technology and administrative cost as a share of retail sales'],
  overheadAdjustLean: [0.5788, 'how fast overhead moves to its long-run level in a lean year (2001 layoffs)'],
  overheadAdjustSteady: [0.1596, 'how fast overhead moves to its long-run level in a steady year'],
  overheadAdjustAggressive: [0.1, 'how fast overhead moves to its long-run level in an aggressive year'],
  investRateLean: [0.0, 'retail investment spend, share of retail sales, lean'],
  investRateSteady: [0.005, 'retail investment spend, share of retail sales, steady; 2003-2010 margins'],
  investRateAggressive: [0.04945, 'retail investment spend, share of retail sales, aggressive; 2011-2014 near-zero margins'],
  awsInternalSaving: [0.3, 'retail overhead saved once Amazon runs on its own cloud'],
  // Engineering
  mandateYears: [3, 'years for teams to finish moving to service APIs'],
  mandateDip: [0.08, 'engineering velocity lost while the move to APIs is under way'],
  mandateGain: [0.12, 'engineering velocity gained once services are in place'],
  monolithDrag: [0.02, 'velocity lost per $B of retail sales while the monolith stays (it is the bottleneck)'],
  coreTeamDrag: [0.06, 'velocity lost by retail while its core engineers build EC2'],
  // Cloud market
  bassInnovation: [0.001529, 'adoption from first movers once a cloud exists; 2007-2009 early sales'],
  bassImitation: [0.6833, 'adoption from word of mouth; 2010-2020 market growth of 40-60% a year'],
  cloudCeiling: [0.06928, 'share of IT spending that could move at 2006 prices'],
  cloudElasticity: [1.683, 'how the ceiling grows as market prices fall (price elasticity of cloud demand)'],
  cloudCeilingBreadth: [1.5, 'extra ceiling per unit of service breadth saturation'],
  breadthHalf: [19.37, 'services at which half the breadth benefit is reached'],
  cloudNoiseScale: [0.03, 'seeded year-to-year wobble in cloud adoption'],
  coverageSqs: [0.1, 'share of cloud workloads a queue service alone can serve'],
  coverageS3: [0.35, 'share of cloud workloads storage can serve'],
  coverageEc2: [0.55, 'share of cloud workloads compute can serve'],
  awsRetention: [0.9842, 'installed AWS workload kept each year at full trust (switching costs)'],
  rivalRetention: [0.9, 'installed rival workload kept each year'],
  developerWeight: [0.3037, 'pull on new customers from the developer ecosystem'],
  developersHalf: [1, 'developer index at which half the ecosystem benefit is reached'],
  trustWeight: [1, 'pull on new customers per unit of trust'],
  // AWS supply
  launchCapacity: [0.15, 'workload ($B at 2006 prices) a first launch can serve'],
  capexAheadLean: [1.05, "capacity planned per unit of last year's demand, lean capex"],
  capexAheadSteady: [1.5, "capacity planned per unit of last year's demand, steady capex"],
  capexAheadAggressive: [2.0, "capacity planned per unit of last year's demand, aggressive capex"],
  capexMaxGrowth: [2.5, 'capacity can at most grow this many times over in a year (building takes time)'],
  capacityRetirement: [0.1, 'share of capacity retired each year when nothing is built'],
  maxUtilisation: [0.9, 'utilisation above which customers are turned away'],
  capacityCost0: [0.3828, 'yearly cost of one unit of capacity in 2006; 2015 margin 19% (target)'],
  techDecline: [0.923, 'yearly fall of hardware cost (Moore and Koomey)'],
  scaleFloor: [0.7, 'share of unit cost left at very large scale (economies of scale)'],
  scaleCapacityHalf: [5, 'capacity at which half the scale economy is reached'],
  serviceCost: [0.0405, 'yearly engineering cost per service offered, $B'],
  regionCost: [0.06, 'yearly fixed cost per region, $B'],
  launchCost: [0.05, 'one-off cost of launching a service with APIs in place, $B'],
  launchCostNoApis: [0.15, 'one-off cost of launching a service on the monolith, $B'],
  breadthGrowth: [0.3352, 'yearly growth of services offered at velocity 1; 3 in 2006 to about 200 by 2020'],
  breadthCap: [260, 'services offered at most'],
  regionRateLean: [0.2, 'regions added a year, lean capex'],
  regionRateSteady: [0.8, 'regions added a year, steady capex'],
  regionRateAggressive: [1.5, 'regions added a year, aggressive capex; 24 regions by 2020'],
  // Reliability and trust
  baseOutageRisk: [0.05, 'yearly chance of a serious outage for a mature cloud'],
  immatureLaunchRisk: [0.3708, 'outage chance added by launching before the move to APIs is done, times the gap'],
  overloadRisk: [0.8, 'outage chance added per unit of demand turned away over capacity'],
  technicalDebtDecay: [0.203, 'share of the fragility from an early launch that is worked off each year'],
  technicalDebtRisk: [0.7446, 'yearly outage chance added per unit of fragility left by launching before the APIs were done'],
  technicalDebtChurn: [0.1261, 'installed workload lost a year per unit of fragility (customers drift off an unreliable service)'],
  outageTrustHit: [0.12, 'trust lost to a serious outage'],
  outageChurn: [0.08, 'extra installed workload lost to a serious outage'],
  trustRecovery: [0.12, 'yearly closing of the gap to full trust when nothing goes wrong'],
  priceCutTrust: [0.004, 'trust gained per price cut (prices that only go down), up to ten a year'],
  spareEvictionHit: [0.1, 'trust lost each year spare-capacity customers are evicted for the holidays'],
  spareCapacityShare: [0.25, 'retail capacity idle outside the holidays, as workload per $B of GMV'],
  spareCoverage: [0.25, 'share of cloud workloads that can live with holiday eviction'],
  developerPlatformGrowth: [0.25, 'developer index added a year by the open developer platform'],
  developerServiceGrowth: [0.01, 'developer index added a year per service offered'],
  developerDecay: [0.05, 'developer index lost a year without new reasons to build'],
  // Rivals
  rivalPriceFollow: [0.7, 'share of an AWS price cut rivals match within the year'],
  rivalPriceDrift: [0.04, 'rivals cut prices this much a year on their own'],
  rivalAggressionCut: [0.06, 'extra rival price cut in an aggressive year (seeded)'],
  rivalBreadthGrowth: [0.35, 'yearly growth of a rival catalogue'],
  rivalBreadthStart: [5, 'services a rival launches with'],
  // Government and JEDI
  govCloudGain: [0.2, 'government credentials gained a year from a government region'],
  govCloudCost: [0.1, 'one-off cost of building a government region, $B'],
  jediBidCost: [0.08, 'cost of preparing the JEDI bid, $B'],
  jediBase: [0.3, 'JEDI win chance with no credentials and no lead'],
  jediCredentials: [0.3, 'JEDI win chance added by full government credentials'],
  jediLead: [0.8, 'JEDI win chance added per point of cloud-share lead over the runner-up'],
  jediProtestCost: [0.05, 'yearly legal cost of protesting the award, $B'],
  jediProtestChance: [0.12, 'chance a protest overturns the award within the year'],
  // Finance and valuation
  workingCapitalRate: [0.1, 'cash freed per $B of retail sales growth (suppliers paid after customers pay)'],
  capexCashRate: [2.5, 'years of capacity cost paid up front for each unit of capacity added'],
  borrowingRate: [0.07, 'yearly interest on negative cash'],
  retailSalesMultiple: [0.7, 'market value per $B of retail sales'],
  growthPremium: [1.5, 'extra sales multiple per unit of sales growth'],
  earningsMultiple: [25, 'market value per $B of operating income'],
  awsHiddenMultiple: [3.224, 'what investors pay per $B of AWS revenue before AWS discloses its figures'],
  awsRevenueMultiple: [3.552, 'market value per $B of disclosed AWS revenue'],
  awsEarningsMultiple: [12.16, 'market value per $B of disclosed AWS operating income; 2015 reaction about +15% (target)'],
  marketBeta: [1.3, "Amazon's share price sensitivity to the Nasdaq"],
  moodPersistence: [0.6, 'share of a market mood that survives a year'],
  // Scoring
  scoreFloor: [0.05, 'least a scorecard dimension earns in a year, so nobody who plays scores zero'],
} as const satisfies Record<string, Entry>;

export type CoefficientName = keyof typeof TABLE;

/** Values by name, for the engine. */
export const K: { readonly [N in CoefficientName]: number } = Object.fromEntries(
  Object.entries(TABLE).map(([name, entry]) => [name, entry[0]]),
) as { [N in CoefficientName]: number };

/** Name, value and calibration note, for "The model" page and the README. */
export function coefficientTable(): { name: string; value: number; note: string }[] {
  return Object.entries(TABLE).map(([name, entry]) => ({ name, value: entry[0], note: entry[1] }));
}
