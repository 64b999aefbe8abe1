import { describe, expect, it } from 'vitest';
import { BETWEEN_TARGETS, CALIBRATION_TARGETS, checkCalibration, checkJediAward } from '../../src/app/calibrationTargets';
import { runCampaign, type YearDecisions } from '../../src/engine';
import { loadTestScenario } from '../helpers/scenario';

// Every target of ../shared/calibration/targets.md, on the historical path and its default seed.

const scenario = loadTestScenario();
const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history, { reports: false });
if (!campaign.ok) throw new Error(campaign.error);
const rows = checkCalibration(campaign.years);

function yearOf(path: readonly YearDecisions[], predicate: (a: YearDecisions['actions'][number]) => boolean): number | undefined {
  return path.find((d) => d.actions.some(predicate))?.year;
}

describe('calibration targets', () => {
  it('covers every numeric target of targets.md', () => {
    expect(CALIBRATION_TARGETS.length).toBe(15);
  });

  for (const row of rows) {
    it(`${row.label} ${row.year}: ${row.target} (${row.range})`, () => {
      expect(row.note).toBe('');
      expect(row.pass, `model gives ${row.value}`).toBe(true);
    });
  }

  // Between the targets: the early cloud curve, rivals' shares, and Amazon's sales and margin every year.
  for (const row of checkCalibration(campaign.years, BETWEEN_TARGETS)) {
    it(`between the targets: ${row.label} ${row.year}: ${row.target} (${row.range})`, () => {
      expect(row.pass, `model gives ${row.value}`).toBe(true);
    });
  }

  it('JEDI is lost to Microsoft on the historical seed', () => {
    expect(['lost', 'protesting', 'protestFailed']).toContain(campaign.state.jedi);
    expect(checkJediAward(scenario, scenario.defaultSeed)).toEqual({ year: 2019, status: 'lost', pass: true });
    const award = campaign.years.find((y) => y.year === 2019)!;
    expect(award.events.some((e) => e.includes('JEDI goes to Microsoft'))).toBe(true);
  });

  it('AWS earns the majority of operating income in 2020 and Amazon lost money in 2000 and 2001', () => {
    const y = (year: number) => campaign.years.find((f) => f.year === year)!;
    expect(y(2020).awsOperatingIncome / y(2020).operatingIncome).toBeGreaterThan(0.5);
    expect(y(2000).operatingIncome).toBeLessThan(0);
    expect(y(2001).operatingIncome).toBeLessThan(0);
  });
});

describe('the historical path holds the timing facts', () => {
  const path = scenario.history;
  it('moves to service APIs in the early 2000s, before the developer platform opens in 2002', () => {
    const mandate = yearOf(path, (a) => a.kind === 'apiMandate')!;
    expect(mandate).toBeLessThanOrEqual(2002);
    expect(yearOf(path, (a) => a.kind === 'openDeveloperPlatform')).toBe(2002);
  });
  it('launches SQS in 2004 and S3 and EC2 in 2006, EC2 by a separate remote team', () => {
    expect(yearOf(path, (a) => a.kind === 'launchService' && a.service === 'sqs')).toBe(2004);
    expect(yearOf(path, (a) => a.kind === 'launchService' && a.service === 's3')).toBe(2006);
    expect(yearOf(path, (a) => a.kind === 'launchService' && a.service === 'ec2' && a.team === 'remote')).toBe(2006);
  });
  it('never takes the spare-capacity route', () => {
    expect(yearOf(path, (a) => a.kind === 'rentSpareCapacity')).toBeUndefined();
  });
  it('discloses AWS in 2015, bids for JEDI in 2018 and protests after the loss', () => {
    expect(yearOf(path, (a) => a.kind === 'discloseAws')).toBe(2015);
    expect(yearOf(path, (a) => a.kind === 'bidJedi')).toBe(2018);
    expect(yearOf(path, (a) => a.kind === 'protestJedi')).toBe(2020);
  });
  it('AWS sales take off after S3 and EC2 launch', () => {
    const aws = (year: number) => campaign.years.find((f) => f.year === year)!.awsRevenue;
    expect(aws(2008)).toBeGreaterThan(aws(2005) * 3);
  });
});
