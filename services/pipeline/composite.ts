import type { ContentEvent } from '../schema/types.js';
import { VigilError } from '../common/errors.js';
import type { ClassifierOutput, Classifier } from './types.js';

/** Runs several classifiers over the same batch and concatenates their signals and notes. */
export class CompositeClassifier implements Classifier {
  readonly kinds: readonly ContentEvent['kind'][];

  constructor(readonly name: string, private readonly parts: readonly Classifier[]) {
    this.kinds = [...new Set(parts.flatMap((p) => p.kinds))];
  }

  ready(): boolean {
    return this.parts.every((p) => p.ready());
  }

  async classifyBatch(events: readonly ContentEvent[]): Promise<ClassifierOutput[]> {
    const results = await Promise.all(this.parts.map(async (p) => {
      const mine = events.map((e, i) => (p.kinds.includes(e.kind) ? i : -1)).filter((i) => i >= 0);
      const out = await p.classifyBatch(mine.map((i) => events[i]!));
      const byEvent = new Map<number, ClassifierOutput>();
      mine.forEach((i, k) => byEvent.set(i, out[k]!));
      return byEvent;
    }));
    return events.map((_, i) => {
      const mine = results.map((r) => r.get(i)).filter((r) => r !== undefined);
      const failed = mine.find((r) => r instanceof VigilError);
      if (failed) return failed;
      const ok = mine as Exclude<ClassifierOutput, VigilError>[];
      const pdq = ok.find((r) => r.pdq)?.pdq;
      const language = ok.find((r) => r.language)?.language;
      return { signals: ok.flatMap((r) => r.signals), notes: ok.flatMap((r) => r.notes ?? []), ...(pdq ? { pdq } : {}), ...(language ? { language } : {}) };
    });
  }
}
