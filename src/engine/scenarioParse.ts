import { describeValue } from './describeValue';
import { runCampaign } from './campaign';
import type { HistoricalYear, Scenario, ScenarioEvent, ScenarioRival } from './scenarioTypes';
import type { RivalId } from './types';

// Untrusted scenario JSON in, a validated Scenario out, or every problem with its path.

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const RIVAL_IDS: readonly RivalId[] = ['microsoft', 'google', 'others'];
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** A scenario spans a few decades at most: every year field is bounded before anything loops on it. */
export const SCENARIO_YEAR_RANGE = { earliest: 1991, latest: 2030, maxSpan: 40 } as const;
export const MAX_SCENARIO_EVENTS = 200;
export const MAX_ACTIONS_PER_YEAR = 40;
/** Enough problems to fix a file; a hostile one must not build a list as long as itself. */
const MAX_ERRORS = 50;

class Checker {
  errors: string[] = [];
  fail(path: string, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push(`${path}: ${message}`);
    else if (this.errors.length === MAX_ERRORS) this.errors.push('... and more problems not listed');
  }
  /** A number that passed its check, or null: a failing value is never handed on. */
  checked(obj: Record<string, unknown>, key: string, path: string, min: number, max: number, integer = false): number | null {
    const before = this.errors.length;
    const value = this.number(obj, key, path, min, max, integer);
    return this.errors.length === before ? value : null;
  }
  object(value: unknown, path: string): Record<string, unknown> | null {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.fail(path, `must be an object, not ${describeValue(value)}`);
    return null;
  }
  string(obj: Record<string, unknown>, key: string, path: string, maxLength = 2000): string {
    const value = obj[key];
    if (typeof value === 'string' && value.length > 0 && value.length <= maxLength) return value;
    this.fail(`${path}${key}`, typeof value === 'string'
      ? `must be 1 to ${maxLength} characters long`
      : `must be text, not ${describeValue(value)}`);
    return '';
  }
  number(obj: Record<string, unknown>, key: string, path: string, min: number, max: number, integer = false): number {
    const value = obj[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`${path}${key}`, `must be a number, not ${describeValue(value)}`);
      return min;
    }
    if (integer && !Number.isInteger(value)) {
      this.fail(`${path}${key}`, `must be a whole number, not ${value}`);
      return min;
    }
    if (value < min || value > max) {
      this.fail(`${path}${key}`, `${value} is outside ${min} to ${max}`);
      return min;
    }
    return value;
  }
  /** Flags fields the format does not have: a typo must not pass silently. */
  known(obj: Record<string, unknown>, path: string, keys: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (keys.includes(key)) continue;
      const shown = /^[\w$-]{1,40}$/.test(key) ? key : describeValue(key);
      this.fail(`${path}${shown}`, 'is not a field of a scenario here (misspelt?)');
    }
  }
  optionalNumber(obj: Record<string, unknown>, key: string, path: string, min: number, max: number): void {
    if (obj[key] === undefined) return;
    this.number(obj, key, path, min, max);
  }
}


function series(c: Checker, obj: Record<string, unknown>, key: string, first: number, last: number, min: number, max: number): Record<string, number> {
  const table = c.object(obj[key], `series.${key}`);
  const out: Record<string, number> = {};
  if (!table) return out;
  for (let year = first; year <= last; year++) {
    out[String(year)] = c.number(table, String(year), `series.${key}.`, min, max);
  }
  for (const extra of Object.keys(table)) {
    if (!/^\d{4}$/.test(extra)) c.fail(`series.${key}.${describeValue(extra)}`, 'is not a year');
  }
  return out;
}

export function parseScenario(input: unknown): ParseResult<Scenario> {
  const c = new Checker();
  const root = c.object(input, 'scenario');
  if (!root) return { ok: false, errors: c.errors };
  c.known(root, '', ['$schema', 'format', 'id', 'name', 'brief', 'lesson', 'firstYear', 'lastYear', 'preludeFrom', 'genAiFrom',
    'defaultSeed', 'start', 'series', 'sources', 'events', 'rivals', 'jedi', 'history', 'check', 'variation', 'world']);
  if (root.format !== 'flywheel-scenario/1') c.fail('format', `must be "flywheel-scenario/1", not ${describeValue(root.format)}`);
  const id = c.string(root, 'id', '', 40);
  if (id && !ID_PATTERN.test(id)) c.fail('id', 'must be lower-case letters, digits and dashes');
  const name = c.string(root, 'name', '', 80);
  const brief = c.string(root, 'brief', '', 1200);
  const lesson = c.string(root, 'lesson', '', 400);
  const { earliest, latest, maxSpan } = SCENARIO_YEAR_RANGE;
  const firstYearChecked = c.checked(root, 'firstYear', '', 2000, latest, true);
  const lastYearChecked = c.checked(root, 'lastYear', '', 2000, latest, true);
  const preludeChecked = root.preludeFrom === undefined ? firstYearChecked : c.checked(root, 'preludeFrom', '', earliest, latest, true);
  // Only checked years are used below; until all three are sound, nothing reads the series.
  let yearsSound = firstYearChecked !== null && lastYearChecked !== null && preludeChecked !== null;
  const firstYear = firstYearChecked ?? 2000;
  const lastYear = lastYearChecked ?? firstYear;
  const preludeFrom = preludeChecked ?? firstYear;
  if (yearsSound && lastYear < firstYear) { c.fail('lastYear', `${lastYear} is before firstYear ${firstYear}`); yearsSound = false; }
  if (yearsSound && preludeFrom > firstYear) { c.fail('preludeFrom', `${preludeFrom} is after firstYear ${firstYear}`); yearsSound = false; }
  if (yearsSound && lastYear - preludeFrom > maxSpan) { c.fail('lastYear', `the scenario spans ${lastYear - preludeFrom + 1} years; at most ${maxSpan + 1}`); yearsSound = false; }
  const genAiFrom = root.genAiFrom === undefined ? 0 : c.number(root, 'genAiFrom', '', 2000, 2030, true);
  const defaultSeed = c.string(root, 'defaultSeed', '', 64);

  const startObj = c.object(root.start, 'start');
  const start = { gmvShare: 0, thirdPartyShare: 0, overhead: 0, cash: 0, marketCap: 0 };
  if (startObj) {
    c.known(startObj, 'start.', ['gmvShare', 'thirdPartyShare', 'overhead', 'cash', 'marketCap']);
    start.gmvShare = c.number(startObj, 'gmvShare', 'start.', 0.001, 0.6);
    start.thirdPartyShare = c.number(startObj, 'thirdPartyShare', 'start.', 0, 0.6);
    start.overhead = c.number(startObj, 'overhead', 'start.', 0, 1000);
    start.cash = c.number(startObj, 'cash', 'start.', -1000, 10000);
    start.marketCap = c.number(startObj, 'marketCap', 'start.', 0.1, 100000);
  }

  const seriesObj = c.object(root.series, 'series');
  const seriesOut = {
    usEcommerce: {} as Record<string, number>, itSpending: {} as Record<string, number>,
    equityReturn: {} as Record<string, number>, aiDemand: {} as Record<string, number>,
  };
  if (seriesObj && !yearsSound) c.fail('series', 'not checked until firstYear, lastYear and preludeFrom are valid');
  else if (seriesObj) {
    c.known(seriesObj, 'series.', ['usEcommerce', 'itSpending', 'equityReturn', 'aiDemand']);
    seriesOut.usEcommerce = series(c, seriesObj, 'usEcommerce', preludeFrom - 1, lastYear, 0.1, 100000);
    seriesOut.itSpending = series(c, seriesObj, 'itSpending', preludeFrom, lastYear, 0.1, 100);
    seriesOut.equityReturn = series(c, seriesObj, 'equityReturn', preludeFrom, lastYear, -0.9, 3);
    if (seriesObj.aiDemand !== undefined) {
      const table = c.object(seriesObj.aiDemand, 'series.aiDemand');
      if (table) {
        for (const [year, value] of Object.entries(table)) {
          if (!/^\d{4}$/.test(year)) c.fail(`series.aiDemand.${describeValue(year)}`, 'is not a year');
          else seriesOut.aiDemand[year] = c.number(table, year, 'series.aiDemand.', 0, 1);
        }
      }
    }
  }
  const sourcesObj = c.object(root.sources, 'sources');
  const sources: Record<string, string> = {};
  if (sourcesObj) {
    for (const key of ['usEcommerce', 'itSpending', 'equityReturn']) sources[key] = c.string(sourcesObj, key, 'sources.', 400);
  }

  const events: ScenarioEvent[] = [];
  if (!Array.isArray(root.events)) c.fail('events', `must be a list, not ${describeValue(root.events)}`);
  else if (root.events.length > MAX_SCENARIO_EVENTS) c.fail('events', `${root.events.length} events; at most ${MAX_SCENARIO_EVENTS}`);
  else root.events.forEach((raw, i) => {
    const path = `events[${i}].`;
    const e = c.object(raw, `events[${i}]`);
    if (!e) return;
    const year = c.checked(e, 'year', path, 1900, 2100, true) ?? preludeFrom;
    if (year < preludeFrom) c.fail(`${path}year`, `${year} is before the scenario's first year ${preludeFrom}`);
    else if (year > lastYear) c.fail(`${path}year`, `${year} is after the scenario's last year ${lastYear}`);
    c.known(e, path, ['year', 'id', 'headline', 'ecommerceShock', 'cloudShock', 'retailCostShock', 'restructuringCost', 'majorOutage']);
    const event: ScenarioEvent = { year, id: c.string(e, 'id', path, 40), headline: c.string(e, 'headline', path, 200) };
    c.optionalNumber(e, 'ecommerceShock', path, -0.5, 0.5);
    c.optionalNumber(e, 'cloudShock', path, -0.9, 2);
    c.optionalNumber(e, 'retailCostShock', path, 0, 0.2);
    c.optionalNumber(e, 'restructuringCost', path, 0, 100);
    if (e.majorOutage !== undefined) {
      if (typeof e.majorOutage !== 'boolean') c.fail(`${path}majorOutage`, `must be true or false, not ${describeValue(e.majorOutage)}`);
      else if (e.majorOutage) event.majorOutage = true;
    }
    for (const key of ['ecommerceShock', 'cloudShock', 'retailCostShock', 'restructuringCost'] as const) {
      if (typeof e[key] === 'number') event[key] = e[key] as number;
    }
    events.push(event);
  });

  const rivals: ScenarioRival[] = [];
  if (!Array.isArray(root.rivals)) c.fail('rivals', `must be a list, not ${describeValue(root.rivals)}`);
  else if (root.rivals.length > RIVAL_IDS.length) c.fail('rivals', `${root.rivals.length} rivals; at most ${RIVAL_IDS.length}`);
  else root.rivals.forEach((raw, i) => {
    const path = `rivals[${i}].`;
    const r = c.object(raw, `rivals[${i}]`);
    if (!r) return;
    c.known(r, path, ['id', 'name', 'entryYear', 'strength', 'strengthGrowth', 'strengthCap', 'priceCut', 'note']);
    const rid = r.id as RivalId;
    if (!RIVAL_IDS.includes(rid)) c.fail(`${path}id`, `must be one of ${RIVAL_IDS.join(', ')}, not ${describeValue(r.id)}`);
    else if (rivals.some((x) => x.id === rid)) c.fail(`${path}id`, `${rid} is listed twice`);
    rivals.push({
      id: rid,
      name: c.string(r, 'name', path, 40),
      entryYear: c.number(r, 'entryYear', path, 1990, 2100, true),
      strength: c.number(r, 'strength', path, 0, 10),
      strengthGrowth: c.number(r, 'strengthGrowth', path, -0.5, 1),
      priceCut: r.priceCut === undefined ? 0 : c.number(r, 'priceCut', path, 0, 0.3),
      strengthCap: r.strengthCap === undefined ? 100 : c.number(r, 'strengthCap', path, 0, 100),
      note: r.note === undefined ? '' : c.string(r, 'note', path, 300),
    });
  });

  let jedi: Scenario['jedi'] = null;
  if (root.jedi !== null && root.jedi !== undefined) {
    const j = c.object(root.jedi, 'jedi');
    if (j) {
      c.known(j, 'jedi.', ['bidYear', 'awardYear', 'annualRevenue', 'contractYears', 'cancelYear', 'successor']);
      jedi = {
        bidYear: c.number(j, 'bidYear', 'jedi.', firstYear, lastYear, true),
        awardYear: c.number(j, 'awardYear', 'jedi.', firstYear, lastYear + 5, true),
        annualRevenue: c.number(j, 'annualRevenue', 'jedi.', 0, 100),
        contractYears: c.number(j, 'contractYears', 'jedi.', 1, 30, true),
        cancelYear: j.cancelYear === undefined ? 0 : c.number(j, 'cancelYear', 'jedi.', firstYear, 2100, true),
        successor: null,
      };
      if (j.successor !== undefined && j.successor !== null) {
        const sx = c.object(j.successor, 'jedi.successor');
        if (sx) {
          jedi.successor = {
            year: c.number(sx, 'year', 'jedi.successor.', firstYear, lastYear, true),
            annualRevenue: c.number(sx, 'annualRevenue', 'jedi.successor.', 0, 100),
            contractYears: c.number(sx, 'contractYears', 'jedi.successor.', 1, 30, true),
            minCredentials: c.number(sx, 'minCredentials', 'jedi.successor.', 0, 1),
          };
        }
      }
      if (jedi.awardYear < jedi.bidYear) c.fail('jedi.awardYear', `${jedi.awardYear} is before the bid year ${jedi.bidYear}`);
    }
  }

  let variation: Scenario['variation'] = null;
  if (root.variation !== undefined && root.variation !== null) {
    const v = c.object(root.variation, 'variation');
    if (v) {
      c.known(v, 'variation.', ['rivalEntryYears', 'rivalStrength', 'cloudElasticity', 'crisisDepth', 'ecommercePace', 'cloudPioneers']);
      variation = {
        rivalEntryYears: c.number(v, 'rivalEntryYears', 'variation.', 0, 5, true),
        rivalStrength: c.number(v, 'rivalStrength', 'variation.', 0, 0.9),
        cloudElasticity: c.number(v, 'cloudElasticity', 'variation.', 0, 0.9),
        crisisDepth: c.number(v, 'crisisDepth', 'variation.', 0, 1),
        ecommercePace: c.number(v, 'ecommercePace', 'variation.', 0, 0.05),
        cloudPioneers: v.cloudPioneers === undefined ? 0 : c.number(v, 'cloudPioneers', 'variation.', 0, 0.9),
      };
    }
  }
  let world: Scenario['world'] = 'history';
  if (root.world !== undefined) {
    if (root.world === 'history' || root.world === 'varied') world = root.world;
    else c.fail('world', `must be "history" or "varied", not ${describeValue(root.world)}`);
    if (world === 'varied' && root.variation === undefined) c.fail('world', 'a varied world needs a "variation" block');
  }

  let check: Scenario['check'] = null;
  if (root.check !== undefined) {
    const k = c.object(root.check, 'check');
    if (k) {
      c.known(k, 'check.', ['engineVersion', 'historyHash']);
      check = { engineVersion: c.string(k, 'engineVersion', 'check.', 20), historyHash: c.string(k, 'historyHash', 'check.', 16) };
      if (check.historyHash && !/^[0-9a-f]{16}$/.test(check.historyHash)) c.fail('check.historyHash', 'must be 16 hex digits');
    }
  }

  const history: HistoricalYear[] = [];
  if (!Array.isArray(root.history)) c.fail('history', `must be a list, not ${describeValue(root.history)}`);
  else if (root.history.length > maxSpan + 1) c.fail('history', `${root.history.length} years; at most ${maxSpan + 1}`);
  else root.history.forEach((raw, i) => {
    const path = `history[${i}].`;
    const h = c.object(raw, `history[${i}]`);
    if (!h) return;
    c.known(h, path, ['year', 'actions', 'why']);
    const year = c.checked(h, 'year', path, preludeFrom, lastYear, true);
    if (year !== null && history.some((x) => x.year === year)) c.fail(`${path}year`, `${year} is listed twice`);
    if (!Array.isArray(h.actions)) c.fail(`${path}actions`, `must be a list, not ${describeValue(h.actions)}`);
    else if (h.actions.length > MAX_ACTIONS_PER_YEAR) c.fail(`${path}actions`, `${h.actions.length} moves; at most ${MAX_ACTIONS_PER_YEAR}`);
    if (year === null) return;
    history.push({ year, actions: Array.isArray(h.actions) ? (h.actions as HistoricalYear['actions']) : [], why: c.string(h, 'why', path, 600) });
  });

  if (c.errors.length) return { ok: false, errors: c.errors };
  const scenario: Scenario = {
    format: 'flywheel-scenario/1', id, name, brief, lesson, firstYear, lastYear, preludeFrom, genAiFrom, defaultSeed,
    start, series: seriesOut, sources, events, rivals, jedi, history: history.sort((a, b) => a.year - b.year), variation, world, check,
  };
  // The historical path must be legal move by move: play it once.
  const played = runCampaign(scenario, defaultSeed, scenario.history, { reports: false, yearHashes: false, figures: false });
  if (!played.ok) {
    const index = scenario.history.findIndex((h) => h.year === played.year);
    return { ok: false, errors: [`history[${index < 0 ? '?' : index}].actions: ${played.error}`] };
  }
  return { ok: true, value: scenario };
}

