/**
 * Review decisions feed training: rows as `vigil labels export` writes them become training rows (a
 * confirmed item teaches its category, an overturned one is a hard negative), and the trainer learns from them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES, predict, readReviewLabels, reviewRows, train } from '../../models/train-text.js';
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
