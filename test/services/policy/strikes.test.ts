import { describe, expect, it } from 'vitest';
import { StrikeStore } from '../../../services/policy/strikes.js';

describe('StrikeStore', () => {
  it('decays by half every half-life of event time', () => {
    const s = new StrikeStore(1000, 10);
    s.add('a', 0, 4);
    expect(s.get('a', 0)).toBe(4);
    expect(s.get('a', 1000)).toBe(2);
    expect(s.add('a', 2000, 1)).toBe(2);
  });

  it('adds a late event decayed to the stored time', () => {
    const s = new StrikeStore(1000, 10);
    s.add('a', 2000, 1);
    s.add('a', 1000, 2); // one half-life older: counts as 1 at t=2000
    expect(s.get('a', 2000)).toBe(2);
  });

  it('is bounded, evicting the least recently struck sender', () => {
    const s = new StrikeStore(1000, 100);
    for (let i = 0; i < 250; i++) s.add(`u${i}`, i, 1);
    expect(s.stats()).toEqual({ senders: 100, evicted: 150 });
    expect(s.get('u0', 300)).toBe(0);
    expect(s.get('u249', 249)).toBe(1);
  });

  it('takes back an overturned verdict\'s weight as it stood at its event time, never below zero', () => {
    const s = new StrikeStore(1000, 10);
    s.add('a', 0, 4);
    s.add('a', 1000, 2); // 2 (decayed 4) + 2
    expect(s.remove('a', 0, 4)).toBe(2); // the first verdict's 4, decayed to t=1000, is 2
    expect(s.get('a', 2000)).toBe(1);
    expect(s.remove('a', 2000, 5)).toBe(0);
    expect(s.remove('nobody', 0, 1)).toBe(0);
  });
});
