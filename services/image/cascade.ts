import { PolicyCatalogue, loadRules, type Rule, type RuleSet } from '../policy/index.js';

type Condition = Rule['when'];

/**
 * Where the nudity cascade hands an image to its next (larger) model: within `margin` of a threshold the
 * rules set on a nudity signal. A score further than that from every threshold of its signal keeps its
 * decision unless the next model disagrees by more than the margin, so the larger model runs only where
 * it can change a decision.
 */
export interface CascadeBand {
  /** Signal (nsfw.porn, …) → the thresholds image rules compare it with. */
  readonly thresholds: ReadonlyMap<string, readonly number[]>;
  readonly margin: number;
}

function collect(c: Condition, into: Map<string, Set<number>>): void {
  if ('signal' in c) {
    const set = into.get(c.signal) ?? new Set<number>();
    set.add(c.threshold);
    into.set(c.signal, set);
  } else if ('all' in c) for (const x of c.all) collect(x, into);
  else if ('any' in c) for (const x of c.any) collect(x, into);
  else if ('not' in c) collect(c.not, into);
}

/** The thresholds the rules that apply to images (and video frames) compare each of `signals` with. */
export function signalThresholds(rules: RuleSet, signals: Iterable<string>): Map<string, number[]> {
  const all = new Map<string, Set<number>>();
  for (const r of rules.rules) if (!r.kinds || r.kinds.includes('image') || r.kinds.includes('video-frame')) collect(r.when, all);
  const out = new Map<string, number[]>();
  for (const s of signals) out.set(s, [...(all.get(s) ?? [])].sort((a, b) => a - b));
  return out;
}

/** The band of a rule file (read once, at start: a threshold moved later takes effect at the next start). */
export function cascadeBand(rulesFile: string, signals: Iterable<string>, margin: number): CascadeBand {
  return { thresholds: signalThresholds(loadRules(rulesFile, PolicyCatalogue.load()), signals), margin };
}

/** Whether scores (signal → score) are close enough to a threshold for the next model to change the decision. */
export function nearThreshold(band: CascadeBand, scores: ReadonlyMap<string, number>): boolean {
  for (const [signal, score] of scores) for (const t of band.thresholds.get(signal) ?? []) if (Math.abs(score - t) < band.margin) return true;
  return false;
}
