import { describe, expect, it } from 'vitest';
import { divergences } from '../../src/app/divergence';
import { runCampaign, type Action } from '../../src/engine';
import { loadTestScenario } from '../helpers/scenario';
import { rewriteHistory } from '../helpers/strategies';

const scenario = loadTestScenario();

describe('divergence from history', () => {
  it('history has none from itself', () => {
    expect(divergences(scenario, scenario.history, 2020)).toEqual([]);
  });

  it('names a moved launch in words, both years', () => {
    const path = rewriteHistory(scenario, (year, a) => {
      const kept = a.filter((x) => !(x.kind === 'launchService' && x.service === 's3'));
      if (year === 2004) kept.push({ kind: 'launchService', service: 's3' });
      return kept;
    });
    const found = divergences(scenario, path, 2020);
    expect(found.map((d) => d.text)).toEqual(['history launched S3 in 2006; you launched it in 2004']);
    // Before 2006 only your launch has happened.
    expect(divergences(scenario, path, 2005).map((d) => d.text)).toEqual(['you launched S3 in 2004; history had not by then']);
  });

  it('notes price cuts and lever settings that differ', () => {
    const path = rewriteHistory(scenario, (year, a) => {
      const kept: Action[] = a.filter((x) => x.kind !== 'priceCuts');
      if (year === 2010) kept.push({ kind: 'priceCuts', count: 1, depthPercent: 2 });
      if (year === 2003) kept.push({ kind: 'capex', level: 'aggressive' });
      return kept.filter((x) => !(year === 2003 && x.kind === 'capex' && x.level === 'steady'));
    });
    const texts = divergences(scenario, path, 2011).map((d) => d.text);
    expect(texts).toContain('2010: history cut prices 5 times (-8%); you cut prices 1 time (-2%)');
    expect(texts).toContain('2003: data-centre building aggressive where history\'s was steady');
  });
});
