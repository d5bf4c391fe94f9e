import { Counter, type Registry } from 'prom-client';
import type { Classifier, ClassifierOutput } from '../pipeline/types.js';
import { VigilError } from '../common/errors.js';

const NAME = 'vigil_text_languages_total';

/**
 * Counts the languages a text classifier identified (vigil_text_languages_total{lang}; lid.176's 176
 * codes plus `und`, so the label stays bounded), on the worker's registry — the classifier itself may run
 * in worker threads that have none.
 */
export function withLanguageMetrics(inner: Classifier, registry: Registry | undefined): Classifier {
  if (!registry) return inner; // in-process runs without a worker (classify, benchmarks) count nothing
  const counter = (registry.getSingleMetric(NAME) as Counter<'lang'> | undefined)
    ?? new Counter({ name: NAME, help: 'Texts (and captions) by identified language (fastText lid.176 code; und: no letters, or language id off).', labelNames: ['lang'], registers: [registry] });
  const children = new Map<string, { inc(): void }>();
  return {
    name: inner.name,
    kinds: inner.kinds,
    ready: () => inner.ready(),
    async classifyBatch(events) {
      const out: ClassifierOutput[] = await inner.classifyBatch(events);
      for (const r of out) {
        if (r instanceof VigilError || !r.language) continue;
        let c = children.get(r.language);
        if (!c) children.set(r.language, (c = counter.labels(r.language)));
        c.inc();
      }
      return out;
    },
  };
}
