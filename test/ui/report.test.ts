import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../src/engine';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { reportBlock, reportView } from '../../src/ui/view/report';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history);
if (!campaign.ok) throw new Error(campaign.error);

describe('annual report', () => {
  it('has a block for every figure the engine explains', () => {
    const report = campaign.reports[8]!;
    const view = reportView(report, false);
    expect(view.blocks.map((b) => b.metric)).toEqual(report.changes.map((c) => c.metric));
    expect(view.nextLabel).toContain(String(report.year + 1));
  });

  it('lists drivers largest first, and never the rounding remainder', () => {
    for (const report of campaign.reports) {
      for (const change of report.changes) {
        const block = reportBlock(change);
        const sizes = block.drivers.map((d) => Math.abs(d.value));
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        expect(block.drivers.some((d) => d.label === 'rounding')).toBe(false);
        expect(block.drivers.length + block.hiddenDrivers).toBe(change.drivers.length);
      }
    }
  });

  it('reads as "figure change: driver value, ..."', () => {
    const change = campaign.reports[10]!.changes.find((c) => c.metric === 'awsRevenue')!;
    const block = reportBlock(change);
    expect(block.summary.startsWith(`${change.label} `)).toBe(true);
    for (const d of block.drivers) expect(block.summary).toContain(`${d.label} ${d.text}`);
  });

  it('shows drivers that add up to the change', () => {
    for (const report of campaign.reports) {
      for (const change of report.changes) {
        const total = change.drivers.reduce((sum, d) => sum + d.value, 0);
        expect(total).toBeCloseTo(change.after - change.before, 6);
      }
    }
  });
});
