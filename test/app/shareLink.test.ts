import { describe, expect, it } from 'vitest';
import { decodeReplay } from '../../src/app/replayCode';
import { playDecisions } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { codeFromFragment, shareCode, shareLink } from '../../src/app/shareLink';
import { historyPath } from '../../src/store/replays';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

describe('share links', () => {
  it('carries a game as a code that decodes to the same replay', () => {
    const played = playDecisions(scenario, 'share-seed', historyPath(scenario).slice(0, 4));
    if (!played.ok) throw new Error(played.error);
    const code = shareCode(played.game)!;
    const decoded = decodeReplay(code);
    expect(decoded.ok && decoded.value).toMatchObject({ scenario: scenario.id, seed: 'share-seed', hashes: played.game.hashes });
  });

  it('has no code before the first year is played', () => {
    const played = playDecisions(scenario, 'x', []);
    if (!played.ok) throw new Error(played.error);
    expect(shareCode(played.game)).toBeNull();
  });

  it('puts the code in the fragment, replacing any fragment already there', () => {
    expect(shareLink('https://example.org/play/', 'fw1_abc')).toBe('https://example.org/play/#r=fw1_abc');
    expect(shareLink('https://example.org/#r=old', 'fw1_new')).toBe('https://example.org/#r=fw1_new');
  });

  it('reads a code back from a fragment, and nothing from other fragments', () => {
    expect(codeFromFragment('#r=fw1_abc')).toBe('fw1_abc');
    expect(codeFromFragment('r=fw1_abc')).toBe('fw1_abc');
    expect(codeFromFragment('#r=')).toBe('');
    expect(codeFromFragment('#c=class')).toBeNull();
    expect(codeFromFragment('')).toBeNull();
  });
});
