import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentEvent } from '../../../services/schema/types.js';
import { TextClassifier } from '../../../services/text/text-classifier.js';
import { TextClassifierPool } from '../../../services/text/text-pool.js';

const options = { modelsDir: join(import.meta.dirname, '../../../models/text'), runtime: 'onnx' as const, maxChars: 2048 };
const ev = (text: string, i: number): ContentEvent => ({ kind: 'text', eventId: `e${i}`, occurredAt: 1, source: 'chat', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, text, replyToEventId: null, contexts: [] });

// each test starts worker threads that load the text models: on a loaded 2-core machine that ran past vitest's
// default 5 s (CI with other work beside it), so the file sets its own bound
describe('TextClassifierPool', { timeout: 60_000 }, () => {
  it('gives the same results as the classifier on the main thread, in order, across threads', async () => {
    const texts = ['hello there', '兼职日结 日赚500', 'call 13800138000', 'weed for sale', '', 'verify at paypa1-login.com', '你好', 'you idiot'];
    const events = texts.map(ev);
    const local = await TextClassifier.create(options);
    const pool = await TextClassifierPool.create(options, 2);
    try {
      expect(pool.ready()).toBe(true);
      const a = await local.classifyBatch(events);
      const b = await pool.classifyBatch(events);
      // identical but for float rounding: the ONNX reduction sums a padded batch, and a thread's batch pads
      // differently. Scores are compared within 1e-5 (rounding both to 5 decimals could straddle a boundary).
      const split = (r: typeof a) => {
        const scores: number[] = [];
        const rest = JSON.parse(JSON.stringify(r, (k, v: unknown) => (k === 'score' && typeof v === 'number' ? (scores.push(v), 0) : v))) as unknown;
        return { rest, scores };
      };
      const [sa, sb] = [split(a), split(b)];
      expect(sb.rest).toEqual(sa.rest);
      expect(sb.scores).toHaveLength(sa.scores.length);
      expect(Math.max(0, ...sb.scores.map((s, i) => Math.abs(s - sa.scores[i]!)))).toBeLessThan(1e-5);
      expect(await pool.classifyBatch([])).toEqual([]);
    } finally {
      await local.dispose();
      await pool.dispose();
    }
  });
});

describe('TextClassifierPool when a thread dies', { timeout: 60_000 }, () => {
  it('is no longer ready and refuses batches with a retriable error instead of leaving them unsettled', async () => {
    const pool = await TextClassifierPool.create(options, 1);
    try {
      expect(pool.ready()).toBe(true);
      const [thread] = (pool as unknown as { threads: { terminate(): Promise<number> }[] }).threads;
      await thread!.terminate(); // as if the thread had crashed
      await new Promise((r) => setTimeout(r, 50));
      expect(pool.ready()).toBe(false);
      await expect(pool.classifyBatch([ev('hello', 1)])).rejects.toMatchObject({ retriable: true });
    } finally {
      await pool.dispose();
    }
  });
});
