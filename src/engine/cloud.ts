import { byLevel } from './moves';
import { K } from './coefficients';
import type { YearContext } from './context';
import { powDet, saturate } from './detMath';
import { awardStanding } from './award';
import type { Driver, RivalId, RivalState, State } from './types';

export const RIVAL_IDS: readonly RivalId[] = ['microsoft', 'google', 'others'];

export interface CloudYear {
  workload: number;              // whole market, $B a year at 2006 prices
  marketRevenue: number;
  awsRevenue: number;
  awsShare: number;              // of market revenue
  discount: number;              // share off the list price big customers negotiated
  microsoftRevenue: number;
  googleRevenue: number;
  othersRevenue: number;
  capacityCost: number;
  serviceCost: number;
  regionCost: number;
  oneOffCost: number;
  awsOperatingIncome: number;
  utilisation: number;
  awsDemand: number;             // workload customers asked AWS for, served or not
  turnedAway: number;
  outage: boolean;
  events: string[];
  trustDrivers: Driver[];
}

const NONE: Driver[] = [];
const NO_EVENTS: string[] = []; // shared and never written: events are only pushed with detail on

/** Share of cloud workloads AWS can serve with what it has launched (only what went on sale in `year`, if given). */
export function coverage(state: State, year = 0): number {
  const counts = (launched: number) => launched > 0 && (year === 0 || launched === year);
  let c = 0;
  if (counts(state.sqsYear)) c += K.coverageSqs;
  if (counts(state.s3Year)) c += K.coverageS3;
  if (counts(state.ec2Year)) c += K.coverageEc2;
  else if (state.ec2Year === 0 && counts(state.spareCapacityYear)) c += K.spareCoverage;
  return c;
}

/** True while compute is only idle retail hardware rented between holidays. */
export function onSpareCapacity(state: State): boolean {
  return state.spareCapacityYear > 0 && state.ec2Year === 0;
}

/** Pull on new customers from breadth and price: attractiveness falls with the square of price. */
function pull(breadth: number, price: number): number {
  return (0.5 + saturate(breadth, K.breadthHalf)) / (price * price);
}

function intPow(base: number, exponent: number): number {
  let result = 1;
  const steps = exponent < 0 ? -exponent : exponent;
  for (let i = 0; i < steps; i++) result *= base;
  return exponent < 0 ? 1 / result : result;
}

/** Yearly cost of one unit of capacity: hardware gets cheaper every year, and per unit with scale. */
export function unitCapacityCost(year: number, capacity: number): number {
  const technology = intPow(K.techDecline, year - 2006);
  const scale = K.scaleFloor + (1 - K.scaleFloor) * K.scaleCapacityHalf / (K.scaleCapacityHalf + capacity);
  return K.capacityCost0 * technology * scale;
}

// Per-rival scratch, in RIVAL_IDS order; fully rewritten on every call.
const rivalList: RivalState[] = [];
const rivalPull = [0, 0, 0];
const rivalWorkload = [0, 0, 0];

/** One rival's state, without a keyed lookup in the hot loop. */
function rivalOf(state: State, id: RivalId): RivalState {
  return id === 'microsoft' ? state.rivals.microsoft : id === 'google' ? state.rivals.google : state.rivals.others;
}

// The year's working values, shared by the steps below; one object, rewritten on every call.
interface CloudWork {
  year: number;
  detail: boolean;
  events: string[];
  launchedNow: number;           // services (or spare capacity) put on sale this year
  coverage: number;              // share of workloads AWS can serve
  spare: boolean;                // compute is idle retail hardware
  realInfrastructure: boolean;   // storage or compute built for the purpose
  trustAtStart: number;
  workload: number;              // the whole market's workload this year
  awsPull: number;
  totalRivalPull: number;
  fragility: number;
  discount: number;              // off the list price for big customers this year
  cutTaken: number;              // the year's price cut as taken, after the floor
  awsDemand: number;             // workload AWS wins, then serves
  turnedAway: number;
  overload: number;
  outage: boolean;
  trustDrivers: Driver[];
}

const work: CloudWork = {
  year: 0, detail: false, events: NO_EVENTS, launchedNow: 0, coverage: 0, spare: false, realInfrastructure: false,
  trustAtStart: 0, workload: 0, awsPull: 0, totalRivalPull: 0, fragility: 0, discount: 0, cutTaken: 0, awsDemand: 0, turnedAway: 0,
  overload: 0, outage: false, trustDrivers: NONE,
};

/**
 * One year of the cloud market, in the order a reader can follow: AWS's catalogue, the rivals, prices,
 * the market's demand, who wins the new workloads, capacity and turn-aways, reliability and trust, the
 * developer ecosystem, and the money.
 */
export function stepCloud(draft: State, ctx: YearContext, gmv: number): CloudYear {
  const w = work;
  w.year = draft.year;
  w.detail = ctx.detail;
  w.events = ctx.detail ? [] : NO_EVENTS;
  w.launchedNow = (draft.sqsYear === w.year ? 1 : 0) + (draft.s3Year === w.year ? 1 : 0)
    + (draft.ec2Year === w.year ? 1 : 0) + (draft.spareCapacityYear === w.year ? 1 : 0);
  w.coverage = coverage(draft);
  w.spare = onSpareCapacity(draft);
  w.realInfrastructure = draft.s3Year > 0 || draft.ec2Year > 0;
  w.trustDrivers = NONE;

  growCatalogue(draft, ctx, w);
  // AWS's own price moves before rivals answer and customers choose; no cut takes the list price below
  // what the capacity behind it costs.
  const unitCost = unitCapacityCost(w.year, draft.capacity) * (w.spare ? K.spareCostShare : 1);
  const priceBefore = draft.awsPrice;
  draft.awsPrice *= 1 - ctx.priceCutDepth;
  if (draft.capacity > 0) draft.awsPrice = Math.max(draft.awsPrice, Math.min(priceBefore, K.priceFloorCost * unitCost));
  w.cutTaken = priceBefore > 0 ? 1 - draft.awsPrice / priceBefore : 0;
  moveRivals(draft, ctx, w);
  // Big customers pay at most what running their own data centres would cost them.
  const buildOwn = K.buildOwnMarkup * unitCost;
  w.discount = draft.capacity > 0 && draft.awsPrice > buildOwn ? 1 - buildOwn / draft.awsPrice : 0;
  draft.cumulativePriceCuts += ctx.priceCutCount;
  w.workload = marketWorkload(draft, ctx, w);
  winWorkloads(draft, ctx, w);
  buildCapacity(draft, gmv, w);
  reliability(draft, ctx, w);
  settleWorkloads(draft, w);
  growEcosystem(draft, w);
  return money(draft, ctx, w);
}

/** Each launch adds a service; a real platform then keeps adding them. First customers bring trust. */
function growCatalogue(draft: State, ctx: YearContext, w: CloudWork): void {
  const wasOnSale = draft.capacity > 0 || draft.awsWorkload > 0;
  w.trustAtStart = draft.trust;
  if (w.coverage > 0 && !wasOnSale) {
    draft.trust = 0.6;
    draft.regions = 1;
  }
  // A service is first priced off that year's hardware: earlier launches must charge more. Cuts made
  // on what was already on sale do not carry over to a new service: the price index averages the two.
  if (w.launchedNow > 0) {
    const listPrice = intPow(K.techDecline, w.year - 2006);
    const added = coverage(draft, w.year);
    if (!wasOnSale || w.coverage <= 0) draft.awsPrice = listPrice;
    else if (draft.awsPrice > listPrice) draft.awsPrice = listPrice;
    else draft.awsPrice = ((w.coverage - added) * draft.awsPrice + added * listPrice) / w.coverage;
  }
  // Compute built inside retail's code base by retail's engineers inherits its coupling: fragile for years.
  if (draft.ec2Year === w.year && draft.ec2Team === 'core') draft.technicalDebt += K.coreTeamFragility;
  // Compute that grew out of rented retail machines carries their design (shared hosts, holiday limits) into EC2.
  if (draft.ec2Year === w.year && draft.spareCapacityYear > 0 && draft.spareCapacityYear < w.year) draft.technicalDebt += K.spareFragility;
  if (w.realInfrastructure && draft.breadth >= 2 && w.launchedNow === 0) {
    // New services are paid for by the business: a small cloud widens its catalogue slowly.
    const revenue = draft.awsWorkload * draft.awsPrice;
    // A bid for JEDI ties up engineers on a classified cloud for one customer until the award.
    const jedi = ctx.scenario.jedi;
    const bidding = jedi && draft.jedi === 'bid' && w.year >= jedi.bidYear && w.year <= jedi.awardYear ? 1 - K.jediDistraction : 1;
    draft.breadth = Math.min(K.breadthCap, draft.breadth * (1 + K.breadthGrowth * ctx.velocity * saturate(revenue, K.breadthRevenueHalf) * bidding));
  }
  draft.breadth += w.launchedNow;
}

function anyRivalActive(): boolean {
  return rivalList[0]!.active || rivalList[1]!.active || rivalList[2]!.active;
}

/** Rivals enter on the scenario's dates, follow AWS's price cuts and grow their catalogues. */
function moveRivals(draft: State, ctx: YearContext, w: CloudWork): void {
  const aggressive = ctx.draws.rivalAggression < 0.3;
  // A fat margin is an invitation: rivals invest and undercut harder the more AWS earns above a fair return.
  const lastMargin = draft.last && draft.last.awsRevenue > 0.5 ? draft.last.awsOperatingMargin : 0;
  const invitation = K.marginInvitation * Math.max(0, lastMargin - K.fairCloudMargin);
  for (const rival of ctx.scenario.rivals) {
    if (w.year < rival.entryYear + ctx.world.entryShift[rival.id]) continue;
    const r = rivalOf(draft, rival.id);
    if (!r.active) {
      r.active = true;
      r.breadth = K.rivalBreadthStart;
      r.price = draft.awsWorkload > 0 ? draft.awsPrice : 1;
      r.strength = rival.strength * ctx.world.strength[rival.id];
      // "Hosting firms and others" are many: they open clouds of their own.
      if (w.detail) w.events.push(rival.id === 'others' ? `${rival.name} open clouds of their own.` : `${rival.name} opens a cloud of its own.`);
    } else {
      r.breadth = Math.min(K.breadthCap, r.breadth * (1 + K.rivalBreadthGrowth));
      const cut = K.rivalPriceFollow * w.cutTaken + K.rivalPriceDrift + rival.priceCut + (aggressive ? K.rivalAggressionCut : 0) + invitation * 0.5;
      r.price *= 1 - Math.min(0.5, cut);
      const alerted = draft.disclosureYear > 0 && draft.disclosureYear < w.year ? K.disclosureRivalGrowth : 0;
      r.strength = Math.min(rival.strengthCap * ctx.world.strength[rival.id] * (1 + alerted), r.strength * (1 + rival.strengthGrowth + alerted + invitation));
    }
  }
  rivalList[0] = draft.rivals.microsoft;
  rivalList[1] = draft.rivals.google;
  rivalList[2] = draft.rivals.others;
}

/**
 * The market's workload this year: adoption follows Bass diffusion towards a ceiling that rises as the
 * workload-weighted market price falls and the widest catalogue grows.
 */
function marketWorkload(draft: State, ctx: YearContext, w: CloudWork): number {
  let weighted = draft.awsWorkload * draft.awsPrice;
  let installed = draft.awsWorkload;
  let bestBreadth = w.coverage > 0 ? draft.breadth : 0;
  let anyone = w.coverage > 0;
  for (const r of rivalList) {
    if (!r.active) continue;
    anyone = true;
    weighted += r.workload * r.price;
    installed += r.workload;
    if (r.breadth > bestBreadth) bestBreadth = r.breadth;
  }
  const installedPrice = installed > 0 ? weighted / installed : w.coverage > 0 ? draft.awsPrice : 1;
  // Work no cloud can yet take still runs in companies' own machines (price 1): a cheap queue alone does not
  // move the market. Rivals launch with the whole range.
  const reach = anyRivalActive() ? 1 : Math.min(1, w.coverage);
  const marketPrice = reach * installedPrice + (1 - reach);
  if (anyone) {
    const ceiling = Math.min(0.9, K.cloudCeiling * powDet(marketPrice, -K.cloudElasticity * ctx.world.elasticity)
      * (1 + K.cloudCeilingBreadth * saturate(bestBreadth, K.breadthHalf)) + ctx.aiDemand);
    const boost = 1 + ctx.cloudShock + K.cloudNoiseScale * ctx.draws.cloudNoise;
    // Word of mouth carries what customers found: an unreliable cloud spreads slowly, whoever offers it.
    const awsTrust = w.coverage > 0 ? w.trustAtStart : 0;
    const experience = installed > 0 ? (draft.awsWorkload * awsTrust + (installed - draft.awsWorkload) * K.rivalTrust) / installed
      : w.coverage > 0 ? awsTrust : K.rivalTrust;
    // Bass diffusion: first movers, then word of mouth in proportion to how far adoption has gone.
    const step = (K.bassInnovation * ctx.world.pioneers + K.bassImitation * draft.cloudAdoption / ceiling) * (ceiling - draft.cloudAdoption) * boost
      * experience * experience;
    draft.cloudAdoption = Math.max(0, draft.cloudAdoption + step);
  }
  // Customers who have moved run more on the cloud the cheaper it is: pay for what you use.
  const usage = anyone ? Math.min(K.usageCap, powDet(marketPrice, -K.usageElasticity)) : 1;
  return draft.cloudAdoption * ctx.itSpending * 1000 * usage;
}

/**
 * Who wins the workloads not already locked in: each cloud keeps most of what it has, and the rest goes
 * by pull (coverage, breadth, price, trust, developers). Fragile services lose customers for years.
 */
function winWorkloads(draft: State, ctx: YearContext, w: CloudWork): void {
  // In the generative-AI race, a cloud without its own AI platform loses pull on new workloads.
  const aiRace = ctx.scenario.genAiFrom > 0 && w.year >= ctx.scenario.genAiFrom;
  const aiFactor = aiRace && draft.genAiYear === 0 ? K.genAiMissingPull : 1;
  // Public-sector and regulated workloads need government credentials; the JEDI award is the reference.
  const credentials = 1 - K.govWorkloadShare * (1 - draft.govCredentials);
  const standing = awardStanding(draft.jedi);
  const halo = standing > 0 ? 1 + K.jediHalo : 1;
  // Customers once evicted for the holidays remember it.
  const stain = 1 - K.spareStainPull * draft.spareStain;
  w.awsPull = w.coverage > 0
    ? w.coverage * pull(draft.breadth, draft.awsPrice * (1 - w.discount)) * (0.2 + K.trustWeight * draft.trust)
      * (1 + K.developerWeight * saturate(draft.developers, K.developersHalf)) * aiFactor * credentials * halo * stain
    : 0;
  w.totalRivalPull = 0;
  for (let i = 0; i < 3; i++) {
    const r = rivalList[i]!;
    // A rival holding the Pentagon's award wins the reference customer's pull; a protest halts the award.
    const rivalHalo = standing < 0 && RIVAL_IDS[i] === draft.jediWinner ? 1 + K.jediHalo : 1;
    rivalPull[i] = r.active ? r.strength * pull(r.breadth, r.price) * rivalHalo : 0;
    w.totalRivalPull += rivalPull[i]!;
  }
  const totalPull = w.awsPull + w.totalRivalPull;
  // Launching before the APIs are done leaves fragile services: more outages, more drift, for years.
  if (w.launchedNow > 0) draft.technicalDebt += w.launchedNow * K.immatureDebt * (1 - draft.serviceMaturity);
  w.fragility = draft.technicalDebt;
  const awsKeep = (w.spare ? K.awsRetention * 0.85 : K.awsRetention * (0.7 + 0.3 * draft.trust)) * (1 - K.technicalDebtChurn * Math.min(1, w.fragility));
  let retainedAws = draft.awsWorkload * awsKeep;
  let retained = retainedAws;
  for (let i = 0; i < 3; i++) {
    rivalWorkload[i] = rivalList[i]!.workload * K.rivalRetention;
    retained += rivalWorkload[i]!;
  }
  let pool = w.workload - retained;
  if (pool < 0) {
    const squeeze = retained > 0 ? w.workload / retained : 0;
    retainedAws *= squeeze;
    for (let i = 0; i < 3; i++) rivalWorkload[i]! *= squeeze;
    pool = 0;
  }
  w.awsDemand = retainedAws + (totalPull > 0 ? pool * w.awsPull / totalPull : 0);
  for (let i = 0; i < 3; i++) rivalWorkload[i]! += totalPull > 0 ? pool * rivalPull[i]! / totalPull : 0;
}

/**
 * Capacity: spare retail hardware, or data centres built ahead of last year's demand at the chosen pace.
 * Demand beyond what can be served is turned away, and strains the service.
 */
function buildCapacity(draft: State, gmv: number, w: CloudWork): void {
  if (w.spare) {
    // Only the idle machines customers take are put to work (and paid for in power and staff).
    draft.capacity = Math.min(K.spareCapacityShare * gmv, Math.max(K.launchCapacity, draft.awsDemandLastYear * K.capexAheadSteady));
  } else if (w.coverage > 0) {
    const ahead = byLevel(draft.capexLevel, K.capexAheadLean, K.capexAheadSteady, K.capexAheadAggressive);
    const planned = Math.max(K.launchCapacity, draft.awsDemandLastYear * ahead);
    const buildable = Math.max(K.launchCapacity, draft.capacity * K.capexMaxGrowth);
    draft.capacity = Math.max(draft.capacity * (1 - K.capacityRetirement), Math.min(planned, buildable));
    if (w.realInfrastructure) {
      // Regions open where there are customers to serve: a small cloud opens few.
      draft.regions += byLevel(draft.capexLevel, K.regionRateLean, K.regionRateSteady, K.regionRateAggressive)
        * saturate(draft.awsWorkload * draft.awsPrice, K.regionRevenueHalf);
    }
  }
  // Data centres nobody uses are closed, sold or never installed: at most maxIdleRatio x this year's demand.
  if (w.coverage > 0 && w.awsDemand > 0) draft.capacity = Math.min(draft.capacity, K.maxIdleRatio * w.awsDemand);
  draft.awsDemandLastYear = w.awsDemand;
  w.turnedAway = 0;
  const maxServe = draft.capacity * K.maxUtilisation;
  if (w.awsDemand > maxServe) {
    w.turnedAway = w.awsDemand - maxServe;
    w.awsDemand = maxServe;
  }
  w.overload = w.turnedAway > 0 ? w.turnedAway / (w.awsDemand + w.turnedAway) : 0;
}

/** Reliability: launching before the APIs are ready, or overloading, invites outages; trust follows. */
function reliability(draft: State, ctx: YearContext, w: CloudWork): void {
  w.outage = false;
  if (w.coverage > 0) {
    const trustBefore = draft.trust;
    const immaturity = w.launchedNow > 0 ? K.immatureLaunchRisk * (1 - draft.serviceMaturity) : 0;
    const risk = K.baseOutageRisk * (1 - draft.resilience) + immaturity + K.technicalDebtRisk * Math.min(1, w.fragility) + K.overloadRisk * w.overload;
    w.outage = ctx.majorOutage || ctx.draws.outage < risk;
    const plan = ctx.majorOutage ? draft.outagePlan : 'none';
    const planFactor = plan === 'transparent' ? K.outageTransparentFactor : plan === 'resilience' ? K.outageResilienceFactor
      : ctx.majorOutage ? K.outageQuietFactor : 1;
    const recovery = K.trustRecovery * (1 - draft.trust);
    // Each announced cut earns trust if it is a real one (2% or more): token cuts count for less.
    // Cuts are felt by the customers of what is on sale: a cheaper queue alone earns little.
    const realCuts = Math.min(ctx.priceCutCount, w.cutTaken * 50) * Math.min(1, w.coverage);
    // Once cuts have begun, customers expect them to go on as hardware gets cheaper: a stall costs trust.
    const stalled = realCuts < 1 && draft.cumulativePriceCuts > ctx.priceCutCount ? K.stalledCutTrust : 0;
    const cuts = K.priceCutTrust * 10 * saturate(realCuts, K.priceCutTrustHalf) - stalled;
    const outageHit = w.outage ? -K.outageTrustHit * (ctx.majorOutage ? K.majorOutageSeverity : 1) * planFactor : 0;
    const eviction = w.spare ? -K.spareEvictionHit : 0;
    draft.spareStain = w.spare ? 1 : draft.spareStain * (1 - K.spareStainFade);
    draft.trust = Math.min(1, Math.max(0, draft.trust + recovery + cuts + outageHit + eviction));
    if (w.detail) {
      w.trustDrivers = [
        { label: 'first customers', value: trustBefore - w.trustAtStart },
        { label: 'steady service', value: recovery },
        { label: 'price cuts', value: cuts },
        { label: 'outage', value: outageHit },
        { label: 'holiday evictions', value: eviction },
        { label: 'limits', value: draft.trust - trustBefore - recovery - cuts - outageHit - eviction },
      ];
    }
    if (plan === 'resilience') draft.resilience = K.resilienceGain;
    if (w.outage) {
      const lost = w.awsDemand * K.outageChurn * (ctx.majorOutage ? K.majorOutageSeverity * planFactor : 1);
      w.awsDemand -= lost;
      w.turnedAway += lost;
      if (w.detail) w.events.push(outageNews(ctx.majorOutage, plan, immaturity, w));
    }
    if (w.detail && w.spare) {
      w.events.push(draft.spareCapacityYear === w.year ? 'Cloud customers on the rented machines are evicted for the holiday peak.' : 'Cloud customers are evicted for the holiday peak again.');
    }
    if (w.detail && w.overload > 0.05) w.events.push(`Capacity ran short: ${Math.round(w.overload * 100)}% of demand was turned away.`);
  }
  draft.technicalDebt *= 1 - K.technicalDebtDecay;
}

function outageNews(major: boolean, plan: string, immaturity: number, w: CloudWork): string {
  if (major) {
    return plan === 'transparent' ? 'A major outage takes much of the internet down; a full, fast account of what failed and service credits limit the damage.'
      : plan === 'resilience' ? 'A major outage takes much of the internet down; the promise to rebuild for resilience reassures customers, at a price.'
      : 'A major outage takes much of the internet down, and a tight-lipped response makes customers angrier.';
  }
  return immaturity > 0.2 || w.fragility > 0.3
    ? 'A serious outage: services launched before the move to APIs was done buckle under load.'
    : w.overload > 0 ? 'A serious outage: demand ran past capacity.' : 'A serious outage shakes customers.';
}

/** Workload AWS could not take goes to rivals, if there are any; everyone's installed base is set. */
function settleWorkloads(draft: State, w: CloudWork): void {
  if (w.turnedAway > 0 && w.totalRivalPull > 0) {
    for (let i = 0; i < 3; i++) rivalWorkload[i]! += w.turnedAway * rivalPull[i]! / w.totalRivalPull;
  }
  draft.awsWorkload = w.awsDemand;
  for (let i = 0; i < 3; i++) rivalList[i]!.workload = rivalWorkload[i]!;
}

/** Developers: the open platform and a wide catalogue keep them coming. A government region earns credentials. */
function growEcosystem(draft: State, w: CloudWork): void {
  if (draft.platformYear > 0) draft.developers += K.developerPlatformGrowth;
  if (w.coverage > 0) draft.developers += K.developerServiceGrowth * draft.breadth;
  draft.developers *= 1 - K.developerDecay;
  if (draft.govCloudYear > 0) draft.govCredentials += K.govCloudGain * (1 - draft.govCredentials);
}

/** Revenue from every cloud, and AWS's costs: capacity, services, regions and the year's one-off costs. */
function money(draft: State, ctx: YearContext, w: CloudWork): CloudYear {
  const year = w.year;
  // Services and regions this year's revenue cannot pay for are retired or consolidated before they cost more.
  const cloudRevenue = draft.awsWorkload * draft.awsPrice * (1 - w.discount);
  if (w.coverage > 0) {
    draft.breadth = Math.min(draft.breadth, Math.max(3, K.servicesPerRevenue * cloudRevenue));
    draft.regions = Math.min(draft.regions, Math.max(1, K.regionsPerRevenue * cloudRevenue));
  }
  const awsRevenue = cloudRevenue + draft.jediRevenue + draft.successorRevenue;
  const microsoftRevenue = draft.rivals.microsoft.workload * draft.rivals.microsoft.price;
  const googleRevenue = draft.rivals.google.workload * draft.rivals.google.price;
  const othersRevenue = draft.rivals.others.workload * draft.rivals.others.price;
  const marketRevenue = awsRevenue + microsoftRevenue + googleRevenue + othersRevenue;
  const unitCost = unitCapacityCost(year, draft.capacity);
  const capacityCost = draft.capacity * unitCost * (w.spare ? K.spareCostShare : 1);
  const serviceCost = w.coverage > 0 ? draft.breadth * K.serviceCost : 0;
  const regionCost = Math.floor(draft.regions) * K.regionCost;
  // Government contracts are served from dedicated, accredited capacity at an ordinary contract margin.
  const governmentCost = (draft.jediRevenue + draft.successorRevenue) * (1 - K.governmentMargin);
  let oneOffCost = w.launchedNow * (draft.serviceMaturity >= 1 ? K.launchCost : K.launchCostNoApis);
  if (draft.govCloudYear === year) oneOffCost += K.govCloudCost;
  if (draft.genAiYear === year) oneOffCost += K.genAiLaunchCost;
  if (draft.genAiYear > 0) oneOffCost += K.genAiRunCost;
  if (ctx.majorOutage && draft.outagePlan === 'transparent') oneOffCost += K.outageCreditsCost;
  if (ctx.majorOutage && draft.outagePlan === 'resilience') oneOffCost += K.resilienceCost;
  const awsOperatingIncome = awsRevenue - capacityCost - governmentCost - serviceCost - regionCost - oneOffCost;
  return {
    workload: w.workload,
    marketRevenue,
    awsRevenue,
    awsShare: marketRevenue > 0 ? Math.min(1, awsRevenue / marketRevenue) : 0,
    discount: w.discount,
    microsoftRevenue,
    googleRevenue,
    othersRevenue,
    capacityCost: capacityCost + governmentCost,
    serviceCost,
    regionCost,
    oneOffCost,
    awsOperatingIncome,
    utilisation: draft.capacity > 0 ? Math.min(1, draft.awsWorkload / draft.capacity) : 0,
    awsDemand: draft.awsDemandLastYear,
    turnedAway: w.turnedAway,
    outage: w.outage,
    events: w.events,
    trustDrivers: w.trustDrivers,
  };
}
