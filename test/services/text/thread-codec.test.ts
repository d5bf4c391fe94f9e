import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClassifyResult } from '../../../services/pipeline/types.js';
import type { Signal } from '../../../services/schema/types.js';
import { TextClassifier } from '../../../services/text/text-classifier.js';
import { ResultDecoder, ResultEncoder, type CompactResults } from '../../../services/text/thread-codec.js';

const sig = (label: string, score: number, evidence: Record<string, string>, modelId = 'm/x'): Signal => ({ classifier: 'text', label, score, modelId, modelVersion: '3', evidence });
/** What a message is after the trip to the other thread (structured clone; the buffer moved). */
const post = (m: { message: CompactResults }): CompactResults => structuredClone(m.message, { transfer: [m.message.buffer] });
/** Byte for byte as far as JSON goes: field order, float bits (JSON keeps every digit of a double). */
const same = (a: unknown, b: unknown) => expect(JSON.stringify(b)).toBe(JSON.stringify(a));

describe('thread codec (text thread → pool)', () => {
  it('rebuilds results field for field: exact scores, evidence key order, notes, languages, empty events', () => {
    const ev = { runtime: 'onnx:cpu', lang: 'en' };
    const chunks: ClassifyResult[][] = [
      [
        { signals: [sig('harassment', 0.1 + 0.2, ev), sig('spam', 1 / 3, ev)], notes: [], language: 'en' },
        { signals: [], notes: ['normalised: fullwidth'], language: 'und' },
        { signals: [sig('pii', 0.9, { count: '2' }, 'vigil-pii'), sig('harassment', Number.MIN_VALUE, { text: 'deobfuscated', runtime: 'onnx:cpu', lang: 'en' })], notes: [], language: 'zh' },
      ],
      [],
      [
        { signals: [sig('harassment', 0.5, ev)], notes: ['a', 'b'], language: 'en' },
        { signals: [sig('pii', 0.8, { count: '3' }, 'vigil-pii')], notes: [] },
      ],
    ];
    const enc = new ResultEncoder();
    const dec = new ResultDecoder();
    chunks.forEach((results, i) => same(results, dec.decode(post(enc.encode(i, results)))));
  });

  it('sends a shape once per thread, and starts over after its id limit', () => {
    const enc = new ResultEncoder();
    const dec = new ResultDecoder();
    const one = [{ signals: [sig('spam', 0.25, { n: '1' })], notes: [], language: 'en' }];
    const first = post(enc.encode(1, one));
    expect(first.shapes).toHaveLength(1);
    same(one, dec.decode(first));
    const again = post(enc.encode(2, one));
    expect(again.shapes).toBeUndefined();
    expect(again.langs).toBeUndefined();
    same(one, dec.decode(again));
    // more distinct shapes than the tables keep (evidence counting something): the next chunk resets both sides
    const many = Array.from({ length: (1 << 16) + 2 }, (_, i) => ({ signals: [sig('spam', 0.5, { n: String(i) })], notes: [] as string[], language: 'en' }));
    same(many, dec.decode(post(enc.encode(3, many))));
    const after = post(enc.encode(4, one));
    expect(after.reset).toBe(true);
    expect(after.shapes).toHaveLength(1);
    same(one, dec.decode(after));
  });

  it('round-trips the text classifier\'s own results exactly', async () => {
    const c = await TextClassifier.create({ modelsDir: join(import.meta.dirname, '../../../models/text'), runtime: 'onnx', maxChars: 2048 });
    try {
      const texts = ['hello there', '兼职日结 日赚500', 'call 13800138000', 'weed for sale', '', 'verify at paypa1-login.com', '你好', 'you idiot', 'fr33 m0ney n0w', 'ｆｕｌｌｗｉｄｔｈ text'];
      const results = await c.classifyTexts(texts);
      same(results, new ResultDecoder().decode(post(new ResultEncoder().encode(7, results))));
    } finally {
      await c.dispose();
    }
  });
});
