// Every number the model runs on, with one line on what it was calibrated to.
// "Fitted" values were fitted together, on the historical path and its default seed, to the targets
// of targets.md and to Amazon's annual figures for the years in between, under the strategy checks of
// test/engine/strategies.test.ts; "at its floor/ceiling" means the fit pressed against the range kept
// for the mechanism to matter in play. "Set" values are judgement or a sourced figure, not fitted.

type Entry = readonly [value: number, note: string];

const TABLE = {
  // Retail: demand
  intlReach: [1.371, 'Fitted: addressable online retail = US e-commerce x this (Amazon\'s markets abroad); net sales 2000 and 2020 (targets) and the years between (annual reports)'],
  ecommerceNoiseScale: [0.02, 'Set: size of the seeded yearly wobble in retail demand, small enough that history stays within its targets'],
  shareCeiling: [0.689, 'Fitted: Amazon\'s share of online retail where growth saturates; net sales 2016-2020 (annual reports)'],
  shareCeilingOwnStock: [0.1756, 'Fitted: share of that ceiling reachable on Amazon\'s own stock alone; with the strategy check that a closed store ends worse'],
  shareGrowthBase: [0.04501, 'Fitted: yearly share growth with no extra push; net sales 2003-2010 (annual reports)'],
  shareGrowthLean: [-0.0484, 'Fitted: share growth lost in a lean year; net sales 2001-2002 after the cost cuts (annual reports)'],
  shareGrowthAggressive: [0.02, 'Fitted (held at its floor of 0.02): share growth added by an aggressive retail year; net sales 2011-2017'],
  shareGrowthPrime: [0.2677, 'Fitted: share growth per unit of Prime penetration; net-sales acceleration after 2005 (annual reports)'],
  shareGrowthSelection: [0.02313, 'Fitted: share growth per unit of third-party share (selection); net sales 2005-2015'],
  shareGrowthVelocity: [0.1, 'Set at the fit\'s floor: share growth per unit of engineering velocity above or below 1 (keeps the API move felt in retail)'],
  // Retail: marketplace, Prime, fulfilment
  thirdPartyCeiling: [0.6634, 'Fitted: third-party share where the marketplace saturates; 58% of units by 2018 (shareholder letter) and the 2020 majority (target)'],
  thirdPartyRate: [0.0472, 'Fitted: yearly closing of the gap to that ceiling; about 28% of units in 2007 and 47% in 2015 (shareholder letters)'],
  thirdPartyRateFulfilment: [0.02766, 'Fitted: faster marketplace growth as the fulfilment network serves sellers; third-party share 2007-2020'],
  thirdPartyRatePlatform: [0.02, 'Set: faster marketplace growth from open seller APIs'],
  fulfilmentGrowthLean: [0.02, 'Set: fulfilment network growth in a lean year'],
  fulfilmentGrowthSteady: [0.12, 'Set: fulfilment network growth in a steady year'],
  fulfilmentGrowthAggressive: [0.3, 'Set: fulfilment network growth in an aggressive year (the network roughly doubled 2011-2014, annual reports)'],
  primeReach: [0.3326, 'Fitted: Prime members per $B of GMV at full reach; 100 million+ in 2020 (target) and about 50 million in 2015'],
  primeReachFulfilment: [0.03279, 'Fitted (at its floor): extra Prime reach as delivery gets faster'],
  primeAdoption: [0.5583, 'Fitted: yearly closing of the gap to potential members; Prime members 2015 and 2020'],
  primeFee: [0.085, 'Set: $B of fees per million members a year (about $85 after discounts and lower fees abroad)'],
  primeShipCost: [0.12, 'Fitted: $B of free-shipping cost per million members a year; operating income 2006-2015 (annual reports)'],
  // Retail: margins and costs
  takeBase: [0.12, 'Set: Amazon\'s cut of a third-party sale at the start (a referral fee of about 12%)'],
  takeFulfilment: [0.2056, 'Fitted: extra take from fulfilment and advertising as the network grows; seller-services revenue and net sales 2015-2020'],
  takeFulfilmentHalf: [6, 'Set: fulfilment index at which half of that extra take is reached'],
  firstPartyMarginBase: [0.06994, 'Fitted: contribution on first-party sales; operating income 2002-2010 (annual reports)'],
  firstPartyMarginScale: [0.01, 'Fitted (at its floor): extra first-party contribution with scale'],
  scaleHalf: [150, 'Fitted: GMV ($B) at which half that scale benefit is reached'],
  thirdPartyMargin: [0.1024, 'Fitted: contribution on third-party service revenue; operating income 2015-2020 (annual reports)'],
  overheadRate: [0.01281, 'Fitted: long-run technology and administrative cost as a share of retail sales; operating income 2003-2010'],
  overheadAdjustLean: [0.5701, 'Fitted: how fast overhead falls to its long-run level in a lean year; operating income 2000-2002 (the bust and the layoffs)'],
  overheadAdjustSteady: [0.1671, 'Fitted: how fast overhead moves to its long-run level in a steady year'],
  overheadAdjustAggressive: [0.1, 'Set: how fast overhead moves to its long-run level in an aggressive year'],
  investRateLean: [0.0, 'Set: retail investment spend as a share of retail sales in a lean year'],
  investRateSteady: [0.005, 'Fitted (at its floor): retail investment spend, steady year; operating income 2003-2010'],
  investRateAggressive: [0.04945, 'Fitted: retail investment spend, aggressive year; the near-zero operating income of 2011-2014 (annual reports)'],
  awsInternalSaving: [0.3, 'Fitted (at its ceiling): retail overhead saved once Amazon runs on its own cloud; operating income 2008-2015'],
  // Engineering
  mandateYears: [3, 'Set: years for teams to finish moving to service APIs (the move ran from about 2001 to 2004)'],
  mandateDip: [0.08, 'Set: engineering velocity lost while the move to APIs is under way'],
  mandateGain: [0.12, 'Set: engineering velocity gained once services are in place'],
  monolithDrag: [0.02, 'Set: velocity lost per $B of retail sales while the monolith stays (it was the bottleneck, source 003)'],
  coreTeamDrag: [0.06, 'Set: velocity lost by retail while its own engineers build EC2 (EC2 was built by a separate team, source 003)'],
  // Cloud market
  bassInnovation: [0.001529, 'Fitted: cloud adoption from first movers; AWS revenue 2007-2012 (estimates) and 2013-2020 (annual reports)'],
  bassImitation: [0.6833, 'Fitted: cloud adoption by word of mouth; AWS revenue 2013-2020 (annual reports)'],
  cloudCeiling: [0.06928, 'Fitted: share of world IT spending that could move to the cloud at 2006 prices; AWS revenue 2015 and 2020 (targets)'],
  cloudElasticity: [1.683, 'Fitted: how that ceiling grows as market prices fall (price elasticity of cloud demand); AWS revenue 2013-2020'],
  cloudCeilingBreadth: [1.5, 'Fitted (at its ceiling): extra ceiling as catalogues widen; AWS revenue 2016-2020'],
  breadthHalf: [19, 'Fitted: services at which half the breadth benefit is reached'],
  cloudNoiseScale: [0.03, 'Set: size of the seeded yearly wobble in cloud adoption'],
  coverageSqs: [0.1, 'Set: share of cloud workloads a queue service alone can serve'],
  coverageS3: [0.35, 'Set: share of cloud workloads storage can serve'],
  coverageEc2: [0.55, 'Set: share of cloud workloads compute can serve'],
  awsRetention: [0.9792, 'Fitted: installed AWS workload kept each year at full trust (switching costs); AWS share 2015 and 2020 (targets, trackers)'],
  rivalRetention: [0.9021, 'Fitted (at its floor): installed rival workload kept each year; cloud shares 2015 and 2020 (industry trackers)'],
  developerWeight: [0.3051, 'Fitted: pull on new cloud customers from the developer ecosystem; AWS share 2012-2020'],
  developersHalf: [1, 'Set: developer index at which half the ecosystem benefit is reached'],
  trustWeight: [1, 'Set: pull on new cloud customers per unit of trust'],
  // AWS supply
  launchCapacity: [0.15, 'Set: workload ($B a year at 2006 prices) a first launch can serve'],
  capexAheadLean: [1.05, 'Set: capacity planned per unit of last year\'s demand, lean capex'],
  capexAheadSteady: [1.5, 'Set: capacity planned per unit of last year\'s demand, steady capex'],
  capexAheadAggressive: [2.0, 'Set: capacity planned per unit of last year\'s demand, aggressive capex'],
  capexMaxGrowth: [2.5, 'Set: capacity can at most grow this many times over in a year (building takes time)'],
  capacityRetirement: [0.1, 'Set: share of capacity retired each year'],
  maxUtilisation: [0.9, 'Set: utilisation above which customers are turned away'],
  capacityCost0: [0.372, 'Fitted: yearly cost of a unit of capacity in 2006; AWS operating margin 2015 (19%, target) and AWS operating income 2020'],
  techDecline: [0.9237, 'Fitted: yearly fall in the cost of capacity (hardware, power, networking); AWS margins 2013-2020 (annual reports)'],
  scaleFloor: [0.7, 'Fitted (at its ceiling of 0.7): share of unit cost left at very large scale (economies of scale)'],
  scaleCapacityHalf: [5, 'Fitted (at its floor): capacity at which half the scale economy is reached'],
  serviceCost: [0.04042, 'Fitted: yearly engineering cost per service offered, $B; AWS operating income 2013-2020'],
  regionCost: [0.06, 'Set: yearly fixed cost per region, $B'],
  launchCost: [0.05, 'Set: one-off cost of launching a service with APIs in place, $B'],
  launchCostNoApis: [0.15, 'Set: one-off cost of launching a service on the monolith, $B'],
  breadthGrowth: [0.3352, 'Fitted: yearly growth of services offered at velocity 1; 3 services in 2006 to the 200+ of the 2020s (source 004)'],
  breadthCap: [260, 'Set: services offered at most'],
  zonesPerRegion: [3.2, 'Set: availability zones per region (77 in 24 regions in 2020, public)'],
  regionRateLean: [0.2, 'Set: regions added a year, lean capex'],
  regionRateSteady: [0.8, 'Set: regions added a year, steady capex'],
  regionRateAggressive: [1.65, 'Set: regions added a year, aggressive capex; about 24 regions by 2020'],
  // Reliability and trust
  baseOutageRisk: [0.05, 'Set: yearly chance of a serious outage for a mature cloud (AWS had major ones in 2011 and 2017)'],
  immatureLaunchRisk: [0.3708, 'Fitted with the strategy check that launching before the APIs are done ends worse: outage chance added by such a launch'],
  overloadRisk: [0.8, 'Set: outage chance added per unit of demand turned away'],
  technicalDebtDecay: [0.203, 'Fitted with the same strategy check: share of an early launch\'s fragility worked off each year'],
  technicalDebtRisk: [0.7044, 'Fitted with the same strategy check: yearly outage chance per unit of fragility'],
  technicalDebtChurn: [0.06335, 'Fitted with the same strategy check: installed workload lost a year per unit of fragility'],
  majorOutageSeverity: [2, 'Set: a major outage that takes much of the internet down hurts twice an ordinary one (October 2025, source 004)'],
  outageTransparentFactor: [0.6, 'Set: share of the damage left after a full, fast account and service credits'],
  outageQuietFactor: [1.4, 'Set: damage multiplied by a tight-lipped response'],
  outageResilienceFactor: [0.75, 'Set: share of the damage left after a promise to rebuild for resilience'],
  outageCreditsCost: [0.4, 'Set: service credits paid after a major outage handled openly, $B'],
  resilienceCost: [2, 'Set: one-off cost of rebuilding for resilience after a major outage, $B'],
  resilienceGain: [0.5, 'Set: share of the base outage risk removed by that rebuilding, for good'],
  outageTrustHit: [0.12, 'Set: trust lost to a serious outage'],
  outageChurn: [0.08, 'Set: extra installed workload lost to a serious outage'],
  trustRecovery: [0.12, 'Set: yearly closing of the gap to full trust when nothing goes wrong'],
  priceCutTrust: [0.004, 'Set: trust gained per real price cut (2% or more; prices that only go down), up to ten a year'],
  spareEvictionHit: [0.1, 'Set: trust lost each year spare-capacity customers are evicted for the holidays'],
  spareCapacityShare: [0.25, 'Set: retail hardware idle outside the holidays, as workload per $B of GMV'],
  spareCoverage: [0.25, 'Set: share of cloud workloads that can live with a holiday eviction'],
  developerPlatformGrowth: [0.25, 'Set: developer index added a year by the open developer platform (strong demand from 2002, sources 003, 004)'],
  developerServiceGrowth: [0.01, 'Set: developer index added a year per service offered'],
  developerDecay: [0.05, 'Set: developer index lost a year'],
  // Rivals
  rivalPriceFollow: [0.7, 'Set: share of an AWS price cut rivals match within the year'],
  rivalPriceDrift: [0.04, 'Set: rivals cut prices this much a year on their own'],
  rivalAggressionCut: [0.06, 'Set: extra rival price cut in an aggressive year (a seeded draw, 30% of years)'],
  rivalBreadthGrowth: [0.35, 'Set: yearly growth of a rival\'s catalogue'],
  rivalBreadthStart: [5, 'Set: services a rival launches with'],
  // Generative AI (extended scenario)
  genAiMissingPull: [0.6, 'Fitted on the extended scenario: pull left on new workloads for a cloud without its own AI platform; AWS revenue 2023-2025'],
  genAiLaunchCost: [1.5, 'Set: one-off cost of launching a generative-AI platform, $B'],
  genAiRunCost: [0.8, 'Set: yearly cost of running and improving it, $B'],
  // Government and JEDI
  govCloudGain: [0.2, 'Set: government credentials gained a year from a government region'],
  govCloudCost: [0.1, 'Set: one-off cost of building a government region, $B'],
  jediBidCost: [0.08, 'Set: cost of preparing the JEDI bid, $B'],
  jediBase: [0.3, 'Set: JEDI win chance with no credentials and no lead'],
  jediCredentials: [0.3, 'Set: JEDI win chance added by full government credentials'],
  jediLead: [0.8, 'Set: JEDI win chance added per point of cloud-share lead; history\'s leader goes in the favourite (sources 000, 001)'],
  jediProtestCost: [0.05, 'Set: yearly legal cost of protesting the award, $B'],
  jediProtestChance: [0.12, 'Set: chance a protest overturns the award within a year'],
  // Finance and valuation
  workingCapitalRate: [0.1, 'Set: cash freed per $B of retail sales growth (customers pay before suppliers are paid)'],
  capexCashRate: [2.5, 'Set: years of capacity cost paid up front for each unit of capacity added'],
  borrowingRate: [0.07, 'Set: yearly interest on negative cash'],
  creditLimitSales: [0.5, 'Set: the most lenders will lend, per $B of net sales'],
  retailSalesMultiple: [0.847, 'Fitted lightly: market value per $B of retail sales; Amazon\'s yearly share-price changes 2000-2020'],
  growthPremium: [1.053, 'Fitted lightly: extra sales multiple per unit of sales growth; yearly share-price changes 2000-2020'],
  earningsMultiple: [13.46, 'Fitted lightly: market value per $B of operating income; yearly share-price changes 2000-2020'],
  awsHiddenMultiple: [3.274, 'Fitted: what investors pay per $B of AWS revenue before its figures are published; the +15% reaction of 2015 (target)'],
  awsRevenueMultiple: [3.479, 'Fitted: market value per $B of disclosed AWS revenue; the 2015 reaction (target)'],
  awsEarningsMultiple: [12.64, 'Fitted: market value per $B of disclosed AWS operating income; the 2015 reaction (target)'],
  marketBeta: [0.9829, 'Fitted lightly: Amazon\'s share-price sensitivity to the Nasdaq; yearly share-price changes 2000-2020'],
  moodPersistence: [0.1, 'Fitted lightly (at its floor): share of investors\' mood that survives a year; the 2000-2001 collapse'],
  // Scoring
  scoreFloor: [0.05, 'Set: least a scorecard part earns in a year, so nobody who plays to the end scores zero'],
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
