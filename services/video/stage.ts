import { Counter, Gauge, type Registry } from 'prom-client';
import type { VideoConfig } from '../common/config.js';
import type { Logger } from '../common/logger.js';
import type { BankGeneration } from '../image/banks.js';
import type { PolicyEngine } from '../policy/engine.js';
import type { RuleSet } from '../policy/rules.js';
import type { OutputStage, StageItem } from '../runtime/worker.js';
import type { Verdict } from '../schema/types.js';
import { VideoTracker, type FrameInput } from './tracker.js';

export interface VideoStageOptions {
  readonly service: string;
  readonly config: VideoConfig;
  readonly engine: PolicyEngine;
  readonly rules: () => RuleSet;
  readonly banks: () => BankGeneration | null;
  readonly registry?: Registry;
  readonly logger?: Logger;
}

/**
 * The video service's output: frames feed the per-video tracker; video verdicts (early, final) are
 * published instead of per-frame ones (those only with VIGIL_VIDEO_FRAME_VERDICTS); idle videos are
 * finalised on a timer; offsets stay uncommitted below the first frame of any open video.
 */
export class VideoStage implements OutputStage {
  readonly tickMs: number;
  readonly tracker: VideoTracker;
  private readonly openGauge?: Gauge;
  private readonly verdictsCounter?: Counter<'kind' | 'ended_by'>;

  constructor(private readonly o: VideoStageOptions) {
    const c = o.config;
    this.tracker = new VideoTracker({ service: o.service, blockFrames: c.blockFrames, idleMs: c.idleMs, maxFrames: c.maxFrames, maxOpen: c.maxOpen, matchPercent: c.matchPercent }, o.engine, o.rules, o.banks);
    this.tickMs = Math.max(50, Math.min(1000, Math.floor(c.idleMs / 4)));
    if (o.registry) {
      const registers = [o.registry];
      this.openGauge = new Gauge({ name: 'vigil_video_open', help: 'Videos being tracked (frames seen, no final verdict yet).', registers, collect: () => this.openGauge?.set(this.tracker.openVideos) });
      this.verdictsCounter = new Counter({ name: 'vigil_video_verdicts_total', help: 'Video verdicts by kind (early, final) and how the video ended (last-frame, idle-timeout, evicted, early).', labelNames: ['kind', 'ended_by'], registers });
      for (const [k, e] of [['early', 'early'], ['final', 'last-frame'], ['final', 'idle-timeout'], ['final', 'evicted']] as const) this.verdictsCounter.inc({ kind: k, ended_by: e }, 0);
    }
  }

  onChunk(items: readonly StageItem[], now: number): { verdicts: Verdict[]; shadows: Verdict[] } {
    const verdicts: Verdict[] = [];
    const shadows: Verdict[] = [];
    for (const it of items) {
      const e = it.event;
      if (!e || e.kind !== 'video-frame') continue;
      const j = it.judged;
      // per-frame verdicts once per frame: a replayed frame (after a rebalance) was published already
      if (j?.ok && this.o.config.frameVerdicts && !this.tracker.seen(e.videoId, e.frameIndex, e.eventId)) {
        verdicts.push(j.verdict);
        if (j.shadow) shadows.push(j.shadow);
      }
      const result: FrameInput['result'] = j?.ok ? { ok: true, signals: j.result.signals, verdict: j.verdict, ...(j.result.pdq ? { pdq: j.result.pdq } : {}) } : { ok: false };
      verdicts.push(...this.count(this.tracker.frame({ event: e, topic: it.topic, partition: it.partition, offset: it.offset, result }, now)));
    }
    return { verdicts, shadows };
  }

  tick(now: number): Verdict[] {
    return this.count(this.tracker.tick(now));
  }

  flush(now: number): Verdict[] {
    return this.count(this.tracker.flush(now));
  }

  floor(topic: string, partition: number): bigint | null {
    return this.tracker.floor(topic, partition);
  }

  assigned(owned: (topic: string, partition: number) => boolean): void {
    const dropped = this.tracker.retain(owned);
    if (dropped) this.o.logger?.info('rebalance: videos of partitions now owned elsewhere dropped (their new owner replays them)', { videos: dropped });
  }

  private count(vs: Verdict[]): Verdict[] {
    for (const v of vs) if (v.video) this.verdictsCounter?.inc({ kind: v.video.final ? 'final' : 'early', ended_by: v.video.endedBy });
    return vs;
  }
}
