import type { ContentEvent } from '../schema/types.js';
import type { ClassifyResult, Classifier } from './types.js';

/** Runs several classifiers over the same batch and concatenates their signals and notes. */
export class CompositeClassifier implements Classifier {
  readonly kinds: readonly ContentEvent['kind'][];

  constructor(readonly name: string, private readonly parts: readonly Classifier[]) {
    this.kinds = [...new Set(parts.flatMap((p) => p.kinds))];
  }

  ready(): boolean {
    return this.parts.every((p) => p.ready());
  }

  async classifyBatch(events: readonly ContentEvent[]): Promise<ClassifyResult[]> {
    const results = await Promise.all(this.parts.map(async (p) => {
      const mine = events.map((e, i) => (p.kinds.includes(e.kind) ? i : -1)).filter((i) => i >= 0);
      const out = await p.classifyBatch(mine.map((i) => events[i]!));
      const byEvent = new Map<number, ClassifyResult>();
      mine.forEach((i, k) => byEvent.set(i, out[k]!));
      return byEvent;
    }));
    return events.map((_, i) => ({
      signals: results.flatMap((r) => r.get(i)?.signals ?? []),
      notes: results.flatMap((r) => r.get(i)?.notes ?? []),
    }));
  }
}
