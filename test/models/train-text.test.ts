/**
 * How the trainer stores weights (the most precise form under the 5 MiB file limit), keeps heads from the shipped model, and review decisions feed training: rows as `vigil labels export` writes them become training rows (a
 * confirmed item teaches its category, an overturned one is a hard negative), and the trainer learns from them.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FEATURES, keptHeads, predict, putKeptHeads, readReviewLabels, reviewRows, storeWeights, train } from '../../models/train-text.js';
import { decodeCodebook, floatsToHalfs } from '../../services/text/model.js';
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

describe('keptHeads', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  // a shipped two-head model at 2^4 buckets: head a, head b; W row-major [bucket][head], then the biases
  const features = { ...FEATURES.en, bits: 4 };
  const shipped = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-kept-'));
    dirs.push(dir);
    const w = Float32Array.from({ length: 16 * 2 + 2 }, (_, i) => (i % 2 === 0 ? 0.5 : -1.25) + Math.floor(i / 2) / 8);
    const stored = floatsToHalfs(w);
    writeFileSync(join(dir, 'en.weights.bin'), stored);
    writeFileSync(join(dir, 'en.json'), JSON.stringify({
      id: 'vigil-text-en', version: '2026-12-01', features, weights: 'en.weights.bin', dtype: 'float16',
      heads: [{ name: 'a', signal: 'text.a', calibration: [[0, 0], [1, 1]] }, { name: 'b', signal: 'text.b', calibration: [[0, 0.1], [1, 0.9]] }],
      sha256: createHash('sha256').update(stored).digest('hex'),
    }));
    writeFileSync(join(dir, 'metrics.json'), JSON.stringify({ heads: [{ model: 'en.a', cv: { note: 'a' } }, { model: 'en.b', cv: { note: 'b' } }] }));
    return dir;
  };

  it('copies the kept head\'s column, bias, calibration and figures from the shipped model, by name', () => {
    const dir = shipped();
    // the new model orders its heads c, b: head b (index 1 here) comes from column 1 of the shipped model
    const kept = keptHeads('en', features, undefined, ['c', 'b'], new Set(['en.b', 'zh.c']), dir);
    expect([...kept.keys()]).toEqual([1]);
    const k = kept.get(1)!;
    expect(Array.from(k.column)).toEqual(Array.from({ length: 16 }, (_, f) => -1.25 + f / 8));
    expect(k.bias).toBe(-1.25 + 16 / 8);
    expect(k.calibration).toEqual([[0, 0.1], [1, 0.9]]);
    expect(k.entry).toMatchObject({ model: 'en.b', cv: { note: 'b' }, kept: 'vigil-text-en 2026-12-01' });
    expect(keptHeads('en', features, undefined, ['a'], new Set(), dir).size).toBe(0);
    // kept again from a model that already kept it: the training it came from stays named
    const again = shipped();
    writeFileSync(join(again, 'metrics.json'), JSON.stringify({ heads: [{ model: 'en.b', kept: 'vigil-text-en 2026-11-30' }] }));
    expect(keptHeads('en', features, undefined, ['b'], new Set(['en.b']), again).get(0)!.entry.kept).toBe('vigil-text-en 2026-11-30');
    // written into a new model whose heads are c, b: column 1 of W and bias 1, the other head untouched
    const weights = new Float32Array(16 * 2 + 2).fill(7);
    putKeptHeads(weights, 16, 2, kept);
    for (let f = 0; f < 16; f++) expect([weights[f * 2], weights[f * 2 + 1]]).toEqual([7, -1.25 + f / 8]);
    expect([weights[32], weights[33]]).toEqual([7, -1.25 + 16 / 8]);
  });

  it('refuses a head the shipped model lacks, a name this training lacks, other feature settings or term files', () => {
    const dir = shipped();
    expect(() => keptHeads('en', features, undefined, ['a', 'x'], new Set(['en.x']), dir)).toThrow(/not in the shipped model/);
    expect(() => keptHeads('en', features, undefined, ['a'], new Set(['en.spamm']), dir)).toThrow(/en\.spamm: no such head/);
    expect(() => keptHeads('en', { ...features, bits: 5 }, undefined, ['a'], new Set(['en.a']), dir)).toThrow(/same features/);
    expect(() => keptHeads('en', features, '2026-12-03', ['a'], new Set(['en.a']), dir)).toThrow(/same features/);
  });
});
