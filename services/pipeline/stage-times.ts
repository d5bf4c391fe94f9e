/** The stages of judging a chunk whose time a worker accounts for (`make bench` prints them per event). */
export const STAGES = ['decode', 'classify', 'rules', 'encode'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageSnapshot {
  /** Milliseconds spent per stage so far (wall time of the stage's code; classify includes waiting for a classification thread). */
  readonly ms: Readonly<Record<Stage, number>>;
  /** Events judged so far. */
  readonly events: number;
}

/**
 * Running totals of the time spent per stage. Two clock reads per stage and chunk, nothing per event:
 * cheap enough to be always on.
 */
export class StageTimes {
  private readonly ms: Record<Stage, number> = { decode: 0, classify: 0, rules: 0, encode: 0 };
  private events = 0;

  add(stage: Stage, ms: number): void {
    this.ms[stage] += ms;
  }

  count(events: number): void {
    this.events += events;
  }

  snapshot(): StageSnapshot {
    return { ms: { ...this.ms }, events: this.events };
  }
}
