import { describe, expect, it } from 'vitest';
import { linePoints, niceScale, niceStep, partialLine } from '../../src/ui/view/charts';
import { cycleFocus, moveFocus } from '../../src/ui/view/focusNav';

describe('chart geometry', () => {
  it('picks 1-2-5 steps', () => {
    expect(niceStep(100, 4)).toBe(50);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0.3, 3)).toBeCloseTo(0.1, 12);
  });

  it('always includes zero and covers the data', () => {
    const scale = niceScale([3, 17, 42]);
    expect(scale.min).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(42);
    expect(scale.ticks[0]).toBe(0);
    const negative = niceScale([-0.9, 2.5]);
    expect(negative.min).toBeLessThanOrEqual(-0.9);
    expect(negative.ticks).toContain(0);
  });

  it('draws a line part of the way for the animation', () => {
    const box = { x: 0, y: 0, width: 100, height: 100 };
    const points = linePoints(box, niceScale([0, 10]), [0, 10, 0], 3);
    expect(points[1]!.x).toBe(50);
    expect(partialLine(points, 0.25)).toHaveLength(2);
    expect(partialLine(points, 0.25)[1]!.x).toBeCloseTo(25, 9);
    expect(partialLine(points, 1)).toHaveLength(3);
  });
});

describe('focus navigation', () => {
  const grid = [
    { id: 'a', x: 0, y: 0, width: 10, height: 10 }, { id: 'b', x: 20, y: 0, width: 10, height: 10 },
    { id: 'c', x: 0, y: 20, width: 10, height: 10 }, { id: 'd', x: 20, y: 20, width: 10, height: 10 },
  ];

  it('moves to the neighbour in the direction pressed', () => {
    expect(moveFocus(grid, 'a', 'right')).toBe('b');
    expect(moveFocus(grid, 'a', 'down')).toBe('c');
    expect(moveFocus(grid, 'd', 'up')).toBe('b');
    expect(moveFocus(grid, 'a', 'left')).toBe('a');
  });

  it('walks in order with Tab and wraps', () => {
    expect(cycleFocus(grid, 'd', 1)).toBe('a');
    expect(cycleFocus(grid, 'a', -1)).toBe('d');
    expect(cycleFocus(grid, 'missing', 1)).toBe('a');
  });
});
