/**
 * How the trainer stores weights (the most precise form under the 5 MiB file limit), and review decisions feed training: rows as `vigil labels export` writes them become training rows (a
 * confirmed item teaches its category, an overturned one is a hard negative), and the trainer learns from them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES, predict, readReviewLabels, reviewRows, storeWeights, train } from '../../models/train-text.js';
import { decodeCodebook } from '../../services/text/model.js';
import { featurize } from '../../services/text/features.js';
import { normalizeText } from '../../services/text/normalize.js';

describe('make train with exported review labels', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-labels-'));
  // the CSV header and columns of `vigil labels export --format csv`
  const csv = join(dir, 'labels.csv');
  writeFileSync(csv, [
    'text,category,decision,rule,time',
    '"代开各类发票，增值税普票专票都有，点数低",regulated-goods,confirm,text.regulated.other,2026-11-30T10:00:00.000Z',
    '"高价收购银行卡，当天结算",regulated-goods,change_category,text.spam,2026-11-30T10:01:00.000Z',
    '"公司报销需要发票，记得找财务开",regulated-goods,overturn,text.regulated.other,2026-11-30T10:02:00.000Z',
    '"buy followers cheap, dm me",spam,confirm,text.spam,2026-11-30T10:03:00.000Z',
    '"这条是仇恨言论",hate,confirm,text.hate,2026-11-30T10:04:00.000Z',
  ].join('\n') + '\n');
  const jsonl = join(dir, 'labels.jsonl');
  writeFileSync(jsonl, JSON.stringify({ text: '办假证，身份证驾照都能做', category: 'regulated-goods', decision: 'confirm', rule: 'text.regulated.other', time: '2026-11-30T10:05:00.000Z' }) + '\n');

  it('turns confirmed items into positives of their category and overturned ones into hard negatives, by language', () => {
    const labels = readReviewLabels([csv, jsonl]);
    expect(labels).toHaveLength(6);
    const zh = reviewRows(labels, 'zh');
    expect(zh.map((r) => [r.label, r.source])).toEqual([['regulated', 'review-labels'], ['regulated', 'review-labels'], ['benign', 'review-labels'], ['regulated', 'review-labels']]);
    expect(reviewRows(labels, 'en').map((r) => r.label)).toEqual(['spam']);
  });

  it('trains a head on them: the confirmed texts score above the overturned one', () => {
    const rows = reviewRows(readReviewLabels([csv, jsonl]), 'zh');
    const xs = rows.map((r) => featurize(normalizeText(r.text).text, { ...FEATURES.zh, terms: undefined }));
    const ys = Int8Array.from(rows.map((r) => (r.label === 'regulated' ? 1 : 0)));
    const model = train(xs, ys, 1, Int32Array.from(rows.map((_, i) => i)), FEATURES.zh.bits, 7);
    const out = new Float32Array(1);
    const score = (i: number) => (predict(model, xs[i]!, 1, out), out[0]!);
    const overturned = rows.findIndex((r) => r.label === 'benign');
    for (let i = 0; i < rows.length; i++) if (i !== overturned) expect(score(i)).toBeGreaterThan(score(overturned));
  });
});

describe('storeWeights', () => {
  const seeded = (n: number): Float32Array => {
    let s = 99;
    return Float32Array.from({ length: n }, () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return (s / 2 ** 32 - 0.5) * 8;
    });
  };
  const ones = (rows: number) => new Float64Array(rows).fill(1);
  const LIMIT = 64 * 1024; // the repository's is 5 MiB; the choice scales with it

  it('keeps float16 while it fits, then 8-bit codes, then 4-bit codes with outliers, always under the limit', () => {
    // one head over 2^14 rows (32 KiB as float16), 2^15 (64 KiB: 8-bit codes), 2^16 (4-bit codes)
    const small = storeWeights(seeded(2 ** 14 + 1), 2 ** 14, 1, ones(2 ** 14), false, LIMIT);
    expect(small.dtype).toBe('float16');
    expect(small.stored.length).toBe((2 ** 14 + 1) * 2);
    const mid = storeWeights(seeded(2 ** 15 + 1), 2 ** 15, 1, ones(2 ** 15), false, LIMIT);
    expect(mid.dtype).toBe('codebook8');
    expect(mid.stored.length).toBeLessThanOrEqual(LIMIT);
    const big = seeded(2 ** 16 + 1);
    const large = storeWeights(big, 2 ** 16, 1, ones(2 ** 16), false, LIMIT);
    expect(large.dtype).toBe('codebook4');
    expect(large.stored.length).toBeLessThanOrEqual(LIMIT);
    expect(large.stored.length).toBe(16 * 4 + 2 ** 15 + 4 + Math.floor(2 ** 16 * 0.0125) * 6 + 4);
    const back = decodeCodebook(large.stored, 4, 2 ** 16, 1, 1);
    expect(back[2 ** 16]).toBe(big[2 ** 16]); // the bias
    let se = 0;
    for (let i = 0; i < 2 ** 16; i++) se += (back[i]! - big[i]!) ** 2;
    expect(Math.sqrt(se / 2 ** 16)).toBeLessThan(0.2); // uniform on ±4: 16 levels, step 0.5, error ≈ 0.14
    // a wide-and-deep model stays float16 whatever its size; what does not fit even as 4-bit codes is refused
    expect(storeWeights(seeded(2 ** 16 + 1), 2 ** 16, 1, ones(2 ** 16), true, LIMIT).dtype).toBe('float16');
    expect(() => storeWeights(seeded(2 ** 17 + 1), 2 ** 17, 1, ones(2 ** 17), false, LIMIT)).toThrow(/do not fit/);
  });
});
