import type { Category } from '../policy/categories.js';
import type { ContentEvent, Signal } from '../schema/types.js';

/** A classifier's claim that an event breaks a policy category, with the catalogue items it cites. */
export interface Finding {
  readonly category: Category;
  /** Calibrated to [0, 1]; decisions compare it with the category's review and block thresholds. */
  readonly score: number;
  /** Catalogue ids (schemas/policy-catalogue.json) the finding enforces. */
  readonly policies: readonly string[];
}

export interface ClassifyResult {
  readonly findings: readonly Finding[];
  /** What the classifier measured, fired or not; goes into the verdict as evidence. */
  readonly signals: readonly Signal[];
  readonly notes?: readonly string[];
}

/** Classifies a batch of events at once; returns one result per event, in order. */
export interface Classifier {
  readonly name: string;
  readonly kinds: readonly ContentEvent['kind'][];
  /** Models loaded and state restored: /readyz waits for it. */
  ready(): boolean;
  classifyBatch(events: readonly ContentEvent[]): Promise<ClassifyResult[]> | ClassifyResult[];
}
