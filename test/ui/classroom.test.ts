import { describe, expect, it } from 'vitest';
import type { YearDecisions } from '../../src/engine';
import { competitionScenario, newCompetition } from '../../src/app/competition';
import { buildLeaderboard } from '../../src/app/leaderboard';
import { decodeResult, encodeResult, scoreTeam } from '../../src/app/result';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { competitionId } from '../../src/app/competition';
import { boardRows, competitionLink, competitionResult, competitionSummary, debriefView, formLines, rejectedLines, spanText } from '../../src/ui/view/classroom';
import { typed, NAME_CHARS, CODE_CHARS } from '../../src/ui/view/typing';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const c = newCompetition(scenario, { seed: 's1', firstYear: 2019, lastYear: 2020, name: 'Room 4' });
const id = competitionId(c);
const history = competitionScenario(scenario, c).history.filter((h) => h.year >= 2019);

function code(team: string, decisions: readonly YearDecisions[] = history): string {
  const run = scoreTeam(scenario, c, decisions);
  if (typeof run === 'string') throw new Error(run);
  return encodeResult({ competitionId: id, engineVersion: c.engineVersion, team, decisions: [...decisions], claimedScore: run.score.total });
}

describe('classroom views', () => {
  it('builds the link from the page without its fragment', () => {
    expect(competitionLink('https://x.org/course/flywheel/?a=1#old', 'fwc1_AB')).toBe('https://x.org/course/flywheel/?a=1#c=fwc1_AB');
  });

  it('lists the form and sums up a competition', () => {
    const form = { scenarioId: 'historical', seed: 's', name: 'N', firstYear: 2019, lastYear: 2020, events: 'random' as const, ghost: false };
    const lines = formLines(form, 'The real run', scenario);
    expect(lines.map((l) => l.id)).toEqual(['scenario', 'name', 'seed', 'preset', 'firstYear', 'lastYear', 'events', 'ghost']);
    expect(lines.filter((l) => l.stepper).map((l) => l.id)).toEqual(['scenario', 'preset', 'firstYear', 'lastYear']);
    expect(lines.find((l) => l.id === 'preset')?.value).toBe('Years set by hand');
    expect(spanText(form)).toBe('2019\u20132020: 2 turns, about 10 minutes');
    const whole = formLines({ ...form, firstYear: scenario.firstYear, lastYear: scenario.lastYear }, 'The real run', scenario);
    expect(whole.find((l) => l.id === 'preset')?.value).toBe('The whole run');
    expect(competitionSummary(c, 'The real run')).toContain('2019\u20132020');
    // The scenario is named once, whether or not the competition's name already carries it.
    const named = { ...c, name: 'Period 3' };
    expect(competitionSummary(named, 'The real run')).toMatch(/^Period 3: The real run, seed /);
    const defaulted = { ...c, name: 'The real run class' };
    expect(competitionSummary(defaulted, 'The real run').match(/The real run/g)).toHaveLength(1);
  });

  it('marks ties, shows parts and figures, and explains refusals', () => {
    // Larks skip the 2020 JEDI protest: a different play with the same score (the same play would count once).
    const quiet = history.map((h) => ({ year: h.year, actions: h.actions.filter((a) => a.kind !== 'protestJedi') }));
    const board = buildLeaderboard(scenario, c, [
      { source: 'a', text: code('Owls') }, { source: 'b', text: code('Larks', quiet) }, { source: 'c', text: 'junk' },
    ]);
    const rows = boardRows(board);
    expect(rows.map((r) => r.rank)).toEqual(['=1', '=1']);
    expect(rows[0]!.parts).toMatch(/growth \d+ \u00B7 profit/);
    expect(rows[0]!.figures).toMatch(/^2020: sales \$/);
    expect(rejectedLines(board)[0]).toMatch(/^c: /);
  });

  it('puts every team against history in the debrief', () => {
    const board = buildLeaderboard(scenario, c, [{ source: 'a', text: code('Owls') }, { source: 'b', text: code('Idle', [{ year: 2019, actions: [] }, { year: 2020, actions: [] }]) }]);
    const view = debriefView(scenario, c, board);
    expect(view.years).toEqual([2019, 2020]);
    expect(view.history).toHaveLength(2);
    expect(view.teams.map((t) => t.values.length)).toEqual([2, 2]);
    expect(view.teams.find((t) => t.team === 'Owls')!.values).toEqual(view.history);
    expect(view.common.length).toBeGreaterThan(0);
  });

  it('makes the result a team hands in, with the replayed score as its claim', () => {
    const prelude = scenario.history.filter((h) => h.year < 2019);
    const view = competitionResult(scenario, { code: 'fwc1_x', id, competition: c, team: 'Owls & Co' }, [...prelude, ...history]);
    if (typeof view === 'string') throw new Error(view);
    const decoded = decodeResult(view.code);
    expect(decoded.ok && decoded.value.decisions.map((d) => d.year)).toEqual([2019, 2020]);
    expect(decoded.ok && decoded.value.claimedScore).toBe(view.score);
    expect(view.fileName).toBe('flywheel-result-owls-co.json');
    expect(JSON.parse(view.file).code).toBe(view.code);
  });

  it('types names and codes a key at a time', () => {
    expect(typed('Ow', 'l', 40, NAME_CHARS)).toBe('Owl');
    expect(typed('Owl', ' ', 40, NAME_CHARS)).toBe('Owl ');
    expect(typed('Owl', 'Backspace', 40, NAME_CHARS)).toBe('Ow');
    expect(typed('Owl', 'Shift', 40, NAME_CHARS)).toBeNull();
    expect(typed('abc', 'd', 3, NAME_CHARS)).toBe('abc');
    expect(typed('fwc1', '_', 99, CODE_CHARS)).toBe('fwc1_');
    expect(typed('fwc1', '<', 99, CODE_CHARS)).toBeNull();
  });
});
