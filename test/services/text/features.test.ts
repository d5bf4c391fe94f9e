import { describe, expect, it } from 'vitest';
import { featurize, lengthBucket, unmaskDigits } from '../../../services/text/features.js';

const cfg = { bits: 17, maxChars: 2048 };

describe('featurize', () => {
  it('is deterministic, L2-normalised and within the hash space', () => {
    const a = featurize('free cash now', cfg);
    expect(featurize('free cash now', cfg)).toEqual(a);
    const norm = Math.sqrt(a.values.reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 5);
    expect(Math.max(...a.indices)).toBeLessThan(1 << 17);
    expect(new Set(a.indices).size).toBe(a.indices.length);
  });

  it('gives CJK text character n-grams without spaces', () => {
    expect(featurize('你好世界', cfg).indices.length).toBeGreaterThan(8);
  });

  it('truncates to maxChars', () => {
    const long = 'abc '.repeat(10_000);
    expect(featurize(long, { bits: 17, maxChars: 100 }).indices.length).toBeLessThan(60);
  });

  it('folds digits when asked: amounts and handles that differ only in digits share features', () => {
    const fold = { ...cfg, foldDigits: true };
    expect(featurize('日结300元 加v abc8899', fold)).toEqual(featurize('日结500元 加v abc1234', fold));
    expect(featurize('日结300元 加v abc8899', cfg)).not.toEqual(featurize('日结500元 加v abc1234', cfg));
  });

  it('reads digit masks of anonymised data next to CJK or digits as digits, not inside Latin words', () => {
    expect(unmaskDigits('x月x日起 xxx元 电话1xxxxxxxxxx')).toBe('5月5日起 555元 电话15555555555');
    expect(unmaskDigits('加vx wx号 xbox box')).toBe('加vx wx号 xbox box');
    const fold = { ...cfg, foldDigits: true, cues: true };
    expect(featurize('本店x月x日起全场xx折，详询1xxxxxxxxxx', fold)).toEqual(featurize('本店3月8日起全场88折，详询13912345678', fold));
  });

  it('adds one length-bucket feature when asked, the same within a bucket and different across buckets', () => {
    expect([1, 4, 5, 8, 9, 512, 513].map(lengthBucket)).toEqual(['4', '4', '8', '8', '16', '512', 'long']);
    const len = { ...cfg, lengthBuckets: true };
    const extra = (t: string) => [...featurize(t, len).indices].filter((i) => !featurize(t, cfg).indices.includes(i));
    expect(extra('早上好呀')).toHaveLength(1);
    expect(extra('早上好呀')).toEqual(extra('晚上好呀'));
    expect(extra('早上好呀')).not.toEqual(extra('早上好呀，今天一起去吃饭吧'));
  });

  it('handles the empty string', () => {
    const e = featurize('', cfg);
    expect(e.indices.length).toBe(e.values.length);
  });
});

describe('featurize matches the reference implementation the models were trained with', () => {
  it('gives identical indices and values on varied texts', async () => {
    const { featurizeReference } = await import('./fixtures/features-reference.js');
    const texts = ['', 'a', 'ok', 'free cash now!!', '你好世界，明天见', 'mixed 中文 and English 😀 emoji 𠀀 astral', 'x'.repeat(3000), '兼职日结 日赚500 加微信', "it's #1 @you $5", 'ＦＵＬＬ width'];
    for (const t of texts) {
      for (const cfg of [{ bits: 17, maxChars: 2048 }, { bits: 12, maxChars: 7 }]) {
        const a = featurize(t, cfg);
        const b = featurizeReference(t, cfg);
        expect([...a.indices], t).toEqual([...b.indices]);
        expect([...a.values], t).toEqual([...b.values]);
      }
    }
  });
});
