import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../services/text/model.js';

describe('calibrate', () => {
  const knots = [[0.1, 0.02], [0.5, 0.4], [0.9, 0.95]] as const;
  it('interpolates between knots and is flat beyond the ends', () => {
    expect(calibrate(knots, 0)).toBe(0.02);
    expect(calibrate(knots, 0.3)).toBeCloseTo(0.21, 6);
    expect(calibrate(knots, 0.9)).toBe(0.95);
    expect(calibrate(knots, 1)).toBe(0.95);
  });
  it('is monotone and passes raw scores through without knots', () => {
    let prev = -1;
    for (let x = 0; x <= 1; x += 0.01) {
      const y = calibrate(knots, x);
      expect(y).toBeGreaterThanOrEqual(prev);
      prev = y;
    }
    expect(calibrate(undefined, 0.42)).toBe(0.42);
  });
});
