import { describe, expect, it } from 'vitest';
import { K, MOVES } from '../../../src/engine';
import { priceLeft, sameTotalCutBy } from '../../../src/app/balance/cutProfiles';
import { families } from '../../../src/app/balance/families';
import { launchBeforeApisDone, LESSONS } from '../../../src/app/balance/lessons';
import { fullPath, moveTo, without, yearOf } from '../../../src/app/balance/pathEdit';
import { loadTestScenario } from '../../helpers/scenario';

const scenario = loadTestScenario();
const history = fullPath(scenario, scenario.history);
const context = { scenario, history, best: null };

describe('the lessons\' paths', () => {
  it('each lesson has words, a target and an id of its own', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) expect(lesson.words && lesson.vs && lesson.target, lesson.id).toBeTruthy();
  });

  it('moves S3 and EC2 to a year before the API move is done, the queue with them when it came later', () => {
    const b = launchBeforeApisDone(context)!;
    const done = yearOf(history, 'apiMandate') + K.mandateYears;
    expect(yearOf(b, 'launchService:s3')).toBeLessThan(done);
    expect(yearOf(b, 'launchService:ec2')).toBe(yearOf(b, 'launchService:s3'));
    expect(yearOf(b, 'launchService:sqs')).toBeLessThanOrEqual(yearOf(b, 'launchService:s3'));
    expect(yearOf(b, 'launchService:s3')).toBeLessThan(yearOf(history, 'launchService:s3'));
  });

  it('takes the same total cut by 2010 and none after', () => {
    const early = sameTotalCutBy(history, 2010);
    expect(priceLeft(early)).toBeLessThanOrEqual(priceLeft(history) + 1e-12);
    expect(early.filter((d) => d.year > 2010).flatMap((d) => d.actions).some((a) => a.kind === 'priceCuts')).toBe(false);
    for (const d of early) for (const a of d.actions) if (a.kind === 'priceCuts') expect(a.depthPercent).toBeLessThanOrEqual(a.count * 10);
  });

  it('edits a path without touching the original', () => {
    const before = JSON.stringify(history);
    const moved = moveTo(without(history, 'launchPrime'), { kind: 'launchPrime' }, 2010);
    expect(yearOf(moved, 'launchPrime')).toBe(2010);
    expect(JSON.stringify(history)).toBe(before);
  });
});

describe('the decision families', () => {
  it('cover every one-off move of the catalogue, each year and never', () => {
    const list = families(scenario, history);
    for (const move of MOVES.filter((m) => m.role === 'oneOff')) {
      const family = list.find((f) => f.id === `year:${move.key}`);
      expect(family, move.key).toBeDefined();
      expect(family!.options.map((o) => o.label)).toContain('never');
      expect(family!.options.length).toBe(1 + scenario.lastYear - Math.max(scenario.firstYear, move.earliest) + 1);
    }
    expect(list.find((f) => f.id === 'capex')!.atLeast).toBe(30);
  });
});
