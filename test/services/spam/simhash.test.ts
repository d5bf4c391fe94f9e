import { describe, expect, it } from 'vitest';
import { hamming, simhash } from '../../../services/spam/simhash.js';
import { normalizeForDuplicates } from '../../../services/spam/normalize.js';

describe('simhash', () => {
  it('puts near-identical texts within a few bits and unrelated ones far apart', () => {
    const a = simhash(normalizeForDuplicates('Congratulations! You have been selected for a FREE iPhone. Claim now at http://x.example/1'));
    const b = simhash(normalizeForDuplicates('Congratulations! You have been selected for a FREE iPhone. Claim now at http://x.example/2'));
    const c = simhash(normalizeForDuplicates('The weather in Shanghai is lovely this weekend, let us go hiking'));
    expect(hamming(a, b)).toBeLessThanOrEqual(3);
    expect(hamming(a, c)).toBeGreaterThan(10);
  });

  it('is deterministic and handles short and empty texts', () => {
    expect(simhash('ab')).toEqual(simhash('ab'));
    expect(hamming(simhash(''), simhash(''))).toBe(0);
  });

  it('normalises full-width, zero-width, case and digits', () => {
    expect(normalizeForDuplicates('ＦＲＥＥ  Gi\u200bft 123')).toBe('free gift 0');
  });
});
