import { ClassifierError, VigilError, describeError } from '../common/errors.js';
import type { PolicyCatalogue } from '../policy/catalogue.js';
import type { ContentEvent, Verdict } from '../schema/types.js';
import { buildVerdict, type Thresholds } from './decide.js';
import type { Classifier, ClassifyResult } from './types.js';

export type Judged = { readonly ok: true; readonly verdict: Verdict } | { readonly ok: false; readonly error: VigilError };

/**
 * Runs a classifier over a batch and turns its results into verdicts. A batch that fails with a
 * non-retriable error is split so that one poison event cannot take its neighbours down with it;
 * retriable errors propagate (the worker re-consumes the batch).
 */
export class Judge {
  constructor(
    private readonly service: string,
    private readonly classifier: Classifier,
    private readonly catalogue: PolicyCatalogue,
    private readonly thresholds: Record<string, Thresholds> = {},
    private readonly clock: () => number = Date.now,
  ) {}

  async judge(events: readonly ContentEvent[]): Promise<Judged[]> {
    if (events.length === 0) return [];
    const started = performance.now();
    let results: (ClassifyResult | VigilError)[];
    try {
      results = await this.classifier.classifyBatch(events);
      if (results.length !== events.length) throw new ClassifierError(`${this.classifier.name} returned ${results.length} results for ${events.length} events`);
    } catch (err) {
      if (err instanceof VigilError && err.retriable) throw err;
      if (events.length === 1) results = [asVigilError(err)];
      else results = await Promise.all(events.map(async (e) => {
        try {
          const [r] = await this.classifier.classifyBatch([e]);
          if (!r) throw new ClassifierError(`${this.classifier.name} returned no result`);
          return r;
        } catch (inner) {
          if (inner instanceof VigilError && inner.retriable) throw inner;
          return asVigilError(inner);
        }
      }));
    }
    const perEventMs = (performance.now() - started) / events.length;
    const now = this.clock();
    return events.map((event, i): Judged => {
      const r = results[i]!;
      if (r instanceof VigilError) return { ok: false, error: r };
      return { ok: true, verdict: buildVerdict(this.catalogue, { service: this.service, event, result: r, latencyMs: perEventMs, now }, this.thresholds) };
    });
  }
}

function asVigilError(err: unknown): VigilError {
  if (err instanceof VigilError) return err;
  const d = describeError(err);
  return new ClassifierError(d.message, { cause: err });
}
