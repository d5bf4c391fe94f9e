import type { VigilError } from '../common/errors.js';
import type { ContentEvent, Signal } from '../schema/types.js';

export interface ClassifyResult {
  /** What the classifier measured, fired or not: the rule engine decides from these (services/policy/signals.ts). */
  readonly signals: readonly Signal[];
  readonly notes?: readonly string[];
  /** Images and frames: the PDQ hash of the pixels (video matching aggregates them). */
  readonly pdq?: { readonly hash: string; readonly quality: number };
  /** Texts: the language identified (fastText code; `und` when there is none to identify). */
  readonly language?: string;
}

/**
 * Classifies a batch of events at once; returns one result per event, in order. An event the classifier
 * cannot judge because of its own content (an image that does not decode) gets a VigilError in its
 * place: it goes to the dead-letter topic and its neighbours are judged as usual.
 */
export interface Classifier {
  readonly name: string;
  readonly kinds: readonly ContentEvent['kind'][];
  /** Models loaded and state restored: /readyz waits for it. */
  ready(): boolean;
  classifyBatch(events: readonly ContentEvent[]): Promise<ClassifierOutput[]> | ClassifierOutput[];
}

export type ClassifierOutput = ClassifyResult | VigilError;
