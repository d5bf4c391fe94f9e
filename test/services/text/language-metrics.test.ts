import { join } from 'node:path';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import type { ContentEvent } from '../../../services/schema/types.js';
import { withLanguageMetrics } from '../../../services/text/language-metrics.js';
import { TextClassifier } from '../../../services/text/text-classifier.js';

const ev = (text: string, i: number): ContentEvent => ({ kind: 'text', eventId: `e${i}`, occurredAt: 1, source: 'chat', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, text, replyToEventId: null, contexts: [] });

describe('withLanguageMetrics', () => {
  it('counts identified languages on the injected registry, with no content in labels', async () => {
    const inner = await TextClassifier.create({ modelsDir: join(import.meta.dirname, '../../../models/text'), runtime: 'onnx', maxChars: 2048 });
    const registry = new Registry();
    const c = withLanguageMetrics(inner, registry);
    const texts = ['are we still on for lunch tomorrow?', 'see you at the station at six', '明天中午一起吃饭吗？', 'hola, ¿cómo estás? nos vemos mañana', '13800138000'];
    const out = await c.classifyBatch(texts.map(ev));
    expect(out).toHaveLength(texts.length);
    const values = Object.fromEntries((await registry.getSingleMetric('vigil_text_languages_total')!.get()).values.map((v) => [v.labels.lang, v.value]));
    expect(values).toEqual({ en: 2, zh: 1, es: 1, und: 1 });
    const text = await registry.metrics();
    for (const t of texts) expect(text).not.toContain(t);
    await inner.dispose();
  });
});
