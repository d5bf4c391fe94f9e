import { ClassifierError, VigilError, describeError } from '../common/errors.js';
import type { PolicyEngine } from '../policy/engine.js';
import type { RuleSet } from '../policy/rules.js';
import type { ContentEvent, Verdict } from '../schema/types.js';
import type { Classifier, ClassifierOutput, ClassifyResult } from './types.js';
import { StageTimes } from './stage-times.js';
import { toVerdict } from './verdict.js';

export type Judged =
  | { readonly ok: true; readonly verdict: Verdict; readonly shadow: Verdict | null; readonly result: ClassifyResult }
  | { readonly ok: false; readonly error: VigilError };

/**
 * Runs a classifier over a batch and the policy rules over its signals. A batch that fails with a
 * non-retriable error is split so that one poison event cannot take its neighbours down with it;
 * retriable errors propagate (the worker re-consumes the batch). The rule set is read once per batch:
 * a reload takes effect between batches, never inside one.
 */
export class Judge {
  /** Time spent classifying and applying the rules (the worker adds decode and encode). */
  readonly stages = new StageTimes();

  constructor(
    private readonly service: string,
    private readonly classifier: Classifier,
    private readonly engine: PolicyEngine,
    private readonly rules: () => RuleSet,
    private readonly clock: () => number = Date.now,
    /** false for services that record strikes themselves (videos: once per video, not per frame) */
    private readonly strikesPerEvent = true,
  ) {}

  async judge(events: readonly ContentEvent[]): Promise<Judged[]> {
    if (events.length === 0) return [];
    const rules = this.rules();
    const started = performance.now();
    let results: ClassifierOutput[];
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
    const now = this.clock();
    const classified = performance.now();
    const latencyMs = (classified - started) / events.length;
    this.stages.add('classify', classified - started);
    this.stages.count(events.length);
    const judged = events.map((event, i): Judged => {
      const r = results[i]!;
      if (r instanceof VigilError) return { ok: false, error: r };
      const { enforced, shadow } = this.engine.evaluate(rules, event, r.signals);
      if (this.strikesPerEvent) this.engine.commit(event, enforced);
      const base = { service: this.service, event, signals: r.signals as Verdict['signals'], notes: r.notes ?? [], rulesVersion: rules.version, latencyMs, now };
      return { ok: true, verdict: toVerdict({ ...base, outcome: enforced }), shadow: shadow ? toVerdict({ ...base, outcome: shadow }) : null, result: r };
    });
    this.stages.add('rules', performance.now() - classified);
    return judged;
  }
}

function asVigilError(err: unknown): VigilError {
  if (err instanceof VigilError) return err;
  const d = describeError(err);
  return new ClassifierError(d.message, { cause: err });
}
