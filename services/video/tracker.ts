import { deterministicId } from '../common/ids.js';
import type { BankGeneration } from '../image/banks.js';
import { parsePdq } from '../image/mih.js';
import type { PolicyEngine } from '../policy/engine.js';
import type { RuleSet } from '../policy/rules.js';
import { toVerdict } from '../pipeline/verdict.js';
import type { ContentEvent, Signal, Verdict, VideoSummary } from '../schema/types.js';

export interface VideoOptions {
  readonly service: string;
  /** Early block: a signal counts when it reaches its score in k of n consecutive frames (hash matches: one frame). */
  readonly blockFrames: { readonly k: number; readonly n: number };
  /** A video with no new frame for this long gets its final verdict (wall clock). */
  readonly idleMs: number;
  /** Frames remembered per video (later frames still update the statistics). */
  readonly maxFrames: number;
  /** Videos tracked at once per worker; the least recently active is finalised first. */
  readonly maxOpen: number;
  /** vPDQ: share (0-100) of the video's distinct frame hashes matched, and of the banked video's. */
  readonly matchPercent: number;
  /** Recently finalised videos remembered, so their late or replayed frames do not reopen them. */
  readonly rememberClosed?: number;
}

export type VideoFrameEvent = Extract<ContentEvent, { kind: 'video-frame' }>;

/** One frame after classification and the rules (ok), or the error that sent it to the dead-letter topic. */
export interface FrameInput {
  readonly event: VideoFrameEvent;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly result:
    | { readonly ok: true; readonly signals: readonly Signal[]; readonly verdict: Verdict; readonly pdq?: { readonly hash: string; readonly quality: number } }
    | { readonly ok: false };
}

interface FrameRecord {
  readonly index: number;
  readonly ptsMs: number;
  readonly eventId: string;
  readonly decision: string;
  readonly rules: string[];
  /** signal name → score */
  readonly scores: Map<string, number>;
}

interface BankProgress {
  /** distinct query hashes of this video that matched the banked video */
  readonly queryMatched: Set<string>;
  /** entries of the banked video matched */
  readonly entriesMatched: Set<number>;
}

interface VideoState {
  readonly videoId: string;
  readonly first: VideoFrameEvent;
  readonly topic: string;
  readonly partition: number;
  readonly firstOffset: bigint;
  readonly frames: Map<number, FrameRecord>;
  framesSeen: number;
  framesFailed: number;
  lastIndex: number | null;
  lastActive: number;
  earlyEmitted: boolean;
  readonly stats: Map<string, { maxScore: number; framesOver: number; firstMs: number; lastMs: number }>;
  readonly hashes: Set<string>;
  /** `${bank}\u0000${videoRef}` → progress */
  readonly banked: Map<string, BankProgress>;
  readonly signalMeta: Map<string, Signal>;
  /** the decoded frames kept, in frame order: what the aggregation windows run over */
  readonly order: FrameRecord[];
  /** aggregated score per signal over `order`, kept up to date as frames are appended */
  readonly best: Map<string, number>;
  /** a frame arrived out of order: `best` is recomputed over all windows at the next aggregation */
  dirty: boolean;
}

const MAX_EVIDENCE_FRAMES = 50;

/**
 * Per-video state of the frames a worker owns (videos are keyed by videoId, so one partition, one
 * worker). Each frame's classification and rule outcome updates its video; the video's signals are
 * aggregated (a model score counts at the k-th highest value within any n consecutive frames; a hash
 * match counts from one frame) and the rules run on them: an early verdict as soon as they block,
 * a final verdict at the last frame, after an idle timeout, or on eviction. vPDQ-style video-bank
 * matching runs on the distinct frame hashes. Frames are deduplicated by index, so replays after a
 * restart or rebalance never double count.
 */
export class VideoTracker {
  private readonly open = new Map<string, VideoState>();
  private readonly closed = new Map<string, true>();

  constructor(
    private readonly o: VideoOptions,
    private readonly engine: PolicyEngine,
    private readonly rules: () => RuleSet,
    private readonly banks: () => BankGeneration | null,
  ) {}

  get openVideos(): number {
    return this.open.size;
  }

  /** Whether this very frame event was already counted in its open video (a replay after a rebalance). */
  seen(videoId: string, frameIndex: number, eventId: string): boolean {
    return this.open.get(videoId)?.frames.get(frameIndex)?.eventId === eventId;
  }

  /** Adds one frame; returns the video verdicts now due (early, final, or evictions). */
  frame(f: FrameInput, now: number): Verdict[] {
    const e = f.event;
    if (this.closed.has(e.videoId)) return [];
    const out: Verdict[] = [];
    let v = this.open.get(e.videoId);
    if (!v) {
      if (this.open.size >= this.o.maxOpen) out.push(...this.evictOldest(now));
      v = {
        videoId: e.videoId, first: e, topic: f.topic, partition: f.partition, firstOffset: BigInt(f.offset), frames: new Map(), framesSeen: 0, framesFailed: 0,
        lastIndex: null, lastActive: now, earlyEmitted: false, stats: new Map(), hashes: new Set(), banked: new Map(), signalMeta: new Map(),
        order: [], best: new Map(), dirty: false,
      };
      this.open.set(e.videoId, v);
    }
    // Map order is recency order for eviction
    this.open.delete(e.videoId);
    this.open.set(e.videoId, v);
    v.lastActive = now;
    if (e.last) v.lastIndex = e.frameIndex;
    if (v.frames.has(e.frameIndex)) return out; // duplicate or replayed frame
    v.framesSeen++;
    if (!f.result.ok) {
      v.framesFailed++;
      v.frames.set(e.frameIndex, { index: e.frameIndex, ptsMs: e.ptsMs, eventId: e.eventId, decision: 'FAILED', rules: [], scores: new Map() });
    } else {
      const r = f.result;
      const scores = new Map<string, number>();
      for (const s of r.signals) {
        const name = `${s.classifier}.${s.label}`;
        scores.set(name, Math.max(scores.get(name) ?? 0, s.score));
        if (!v.signalMeta.has(name)) v.signalMeta.set(name, s);
      }
      const rules = r.verdict.rules.filter((x) => !x.shadow).map((x) => x.id);
      if (v.frames.size < this.o.maxFrames) {
        const rec: FrameRecord = { index: e.frameIndex, ptsMs: e.ptsMs, eventId: e.eventId, decision: r.verdict.decision, rules, scores };
        v.frames.set(e.frameIndex, rec);
        this.addToOrder(v, rec);
      }
      for (const c of r.verdict.categories) {
        const st = v.stats.get(c.name) ?? { maxScore: 0, framesOver: 0, firstMs: e.ptsMs, lastMs: e.ptsMs };
        st.maxScore = Math.max(st.maxScore, c.score);
        if (r.verdict.decision !== 'ALLOW') st.framesOver++;
        st.firstMs = Math.min(st.firstMs, e.ptsMs);
        st.lastMs = Math.max(st.lastMs, e.ptsMs);
        v.stats.set(c.name, st);
      }
      if (r.pdq) this.addHash(v, r.pdq.hash, r.pdq.quality);
    }
    const complete = v.lastIndex !== null && v.framesSeen >= v.lastIndex + 1;
    if (complete) out.push(this.finish(v, 'last-frame', now));
    else if (!v.earlyEmitted) {
      // the rules on the aggregated signals after every frame; a verdict is built only when they block
      const decided = this.decide(v);
      if (decided.enforced.decision === 'BLOCK') {
        const verdict = this.verdict(v, now, false, 'early', decided);
        v.earlyEmitted = true;
        // strikes are recorded once per video, with its final verdict (the early one would count it twice)
        out.push({ ...verdict, strikeWeight: 0, notes: [...verdict.notes, 'early verdict: the strike for this video is recorded with its final verdict'] });
      }
    }
    return out;
  }

  /** Final verdicts of videos idle for idleMs (their last frame never came, or frames are missing). */
  tick(now: number): Verdict[] {
    const out: Verdict[] = [];
    for (const v of [...this.open.values()]) if (now - v.lastActive >= this.o.idleMs) out.push(this.finish(v, 'idle-timeout', now));
    return out;
  }

  /** Final verdicts of every open video now (the input has ended: `vigil classify`). */
  flush(now: number): Verdict[] {
    return [...this.open.values()].map((v) => this.finish(v, 'input-ended', now));
  }

  /** The lowest offset of a partition that must stay uncommitted: the first frame of its oldest open video. */
  floor(topic: string, partition: number): bigint | null {
    let min: bigint | null = null;
    for (const v of this.open.values()) if (v.topic === topic && v.partition === partition && (min === null || v.firstOffset < min)) min = v.firstOffset;
    return min;
  }

  /** After a rebalance: forget videos of partitions this worker no longer owns (their new owner replays them). */
  retain(owned: (topic: string, partition: number) => boolean): number {
    let dropped = 0;
    for (const [id, v] of this.open) if (!owned(v.topic, v.partition)) { this.open.delete(id); dropped++; }
    return dropped;
  }

  private addHash(v: VideoState, hash: string, quality: number): void {
    if (v.hashes.has(hash)) return;
    const gen = this.banks();
    v.hashes.add(hash);
    if (!gen) return;
    const q = parsePdq(hash);
    for (const bank of gen.banks) {
      const s = bank.spec;
      if (s.media !== 'video' || quality < s.minQuality) continue;
      const byRef = new Map<string, number[]>();
      for (const m of bank.pdq.query(q, s.distance)) {
        const videoRef = bank.videoOf(m.index) ?? bank.refOf(m.index);
        if (!byRef.has(videoRef)) byRef.set(videoRef, []);
        byRef.get(videoRef)!.push(m.index);
      }
      for (const [videoRef, ids] of byRef) {
        const key = `${s.name}\u0000${videoRef}`;
        const p = v.banked.get(key) ?? { queryMatched: new Set<string>(), entriesMatched: new Set<number>() };
        p.queryMatched.add(hash);
        for (const id of ids) p.entriesMatched.add(id);
        v.banked.set(key, p);
      }
    }
  }

  /** Video-bank matches: both shares at or above matchPercent. */
  private bankMatches(v: VideoState): { signal: Signal; summary: VideoSummary['bankMatches'][number] }[] {
    const gen = this.banks();
    if (!gen || v.banked.size === 0) return [];
    const out: { signal: Signal; summary: VideoSummary['bankMatches'][number] }[] = [];
    for (const [key, p] of v.banked) {
      const [bankName, videoRef] = key.split('\u0000') as [string, string];
      const bank = gen.banks.find((b) => b.spec.name === bankName);
      if (!bank) continue;
      const size = bank.videoSize(videoRef) ?? bank.pdq.size;
      const queryPct = (100 * p.queryMatched.size) / Math.max(1, v.hashes.size);
      const comparePct = (100 * p.entriesMatched.size) / Math.max(1, size);
      if (queryPct < this.o.matchPercent || comparePct < this.o.matchPercent) continue;
      const category = bank.spec.category;
      const entry = category === 'csam' ? '' : videoRef;
      out.push({
        signal: { classifier: 'hash', modelId: `bank:${bankName}`, modelVersion: '-', label: category, score: 1, evidence: { bank: bankName, method: 'vpdq', queryMatchPercent: queryPct.toFixed(1), compareMatchPercent: comparePct.toFixed(1), ...(entry ? { entry } : {}) } },
        summary: { bank: bankName, entry, queryMatchPercent: queryPct, compareMatchPercent: comparePct },
      });
    }
    return out;
  }

  private isMax(name: string): boolean {
    return name.startsWith('hash.') || this.o.blockFrames.k <= 1;
  }

  /** The k-th highest score of `name` among `frames` (0 when there are fewer than k). */
  private kth(frames: readonly FrameRecord[], name: string): number {
    const scores = frames.map((f) => f.scores.get(name) ?? 0).sort((a, b) => b - a);
    return scores[this.o.blockFrames.k - 1] ?? 0;
  }

  /**
   * Keeps `order` sorted by frame index. An appended frame only adds the window ending at it (while
   * fewer than n frames are kept, the one window grows), so each signal's aggregate is updated from that
   * window alone; a frame arriving out of order changes which frames are consecutive, so the aggregates
   * are recomputed at the next aggregation.
   */
  private addToOrder(v: VideoState, rec: FrameRecord): void {
    const last = v.order[v.order.length - 1];
    if (last && rec.index < last.index) {
      const at = v.order.findIndex((f) => f.index > rec.index);
      v.order.splice(at, 0, rec);
      v.dirty = true;
      return;
    }
    v.order.push(rec);
    if (v.dirty) return;
    const window = v.order.slice(Math.max(0, v.order.length - this.o.blockFrames.n));
    for (const name of v.signalMeta.keys()) {
      const score = this.isMax(name) ? (rec.scores.get(name) ?? 0) : this.kth(window, name);
      v.best.set(name, Math.max(v.best.get(name) ?? 0, score));
    }
  }

  /**
   * The video's signals: for each signal, the highest score it holds in at least k frames of some run
   * of n consecutive frames (k-th largest within a sliding window over frame order); hash matches
   * count from a single frame.
   */
  private aggregate(v: VideoState): Signal[] {
    const { k, n } = this.o.blockFrames;
    if (v.dirty) {
      for (const name of v.signalMeta.keys()) {
        let best = 0;
        if (this.isMax(name)) for (const f of v.order) best = Math.max(best, f.scores.get(name) ?? 0);
        else for (let start = 0; start < Math.max(1, v.order.length - n + 1); start++) best = Math.max(best, this.kth(v.order.slice(start, start + n), name));
        v.best.set(name, best);
      }
      v.dirty = false;
    }
    return [...v.signalMeta].map(([name, meta]) => ({ ...meta, score: v.best.get(name) ?? 0, evidence: { ...meta.evidence, aggregate: this.isMax(name) ? 'max' : `${k}-of-${n}` } }));
  }

  /** The rules on the video's aggregated signals and bank matches. */
  private decide(v: VideoState): { signals: Signal[]; matches: ReturnType<VideoTracker['bankMatches']>; enforced: ReturnType<PolicyEngine['evaluate']>['enforced']; rulesVersion: string } {
    const matches = this.bankMatches(v);
    const signals = [...this.aggregate(v), ...matches.map((m) => m.signal)];
    const rules = this.rules();
    const { enforced } = this.engine.evaluate(rules, this.videoEvent(v), signals);
    return { signals, matches, enforced, rulesVersion: rules.version };
  }

  private videoEvent(v: VideoState): VideoFrameEvent {
    return { ...v.first, eventId: v.videoId };
  }

  private verdict(v: VideoState, now: number, final: boolean, endedBy: VideoSummary['endedBy'], d: ReturnType<VideoTracker['decide']>): Verdict {
    const notes: string[] = [];
    if (v.framesFailed) notes.push(`${v.framesFailed} frame(s) could not be decoded (dead-lettered)`);
    if (endedBy === 'idle-timeout') notes.push(`ended by idle timeout after ${this.o.idleMs} ms without frames${v.lastIndex === null ? ' (the last frame never came)' : ' (frames missing)'}`);
    if (endedBy === 'input-ended') notes.push(`the input ended before the video did${v.lastIndex === null ? ' (no last frame)' : ' (frames missing)'}`);
    if (endedBy === 'evicted') notes.push('finalised early: the worker was tracking its maximum number of videos');
    if (v.framesSeen > v.frames.size) notes.push(`only the first ${this.o.maxFrames} frames are kept as evidence`);
    const verdict = toVerdict({ service: this.o.service, event: this.videoEvent(v), outcome: d.enforced, signals: d.signals, notes, rulesVersion: d.rulesVersion, latencyMs: now - v.first.occurredAt, now });
    const offending = [...v.frames.values()].filter((f) => f.decision === 'BLOCK' || f.decision === 'REVIEW').sort((a, b) => a.index - b.index).slice(0, MAX_EVIDENCE_FRAMES);
    return {
      ...verdict,
      verdictId: deterministicId(this.o.service, 'video', v.videoId, final ? 'final' : 'early'),
      contentKind: 'VIDEO',
      video: {
        videoId: v.videoId,
        final,
        endedBy: final ? endedBy : 'early',
        framesSeen: v.framesSeen,
        framesFailed: v.framesFailed,
        offendingFrames: offending.map((f) => ({ frameIndex: f.index, ptsMs: f.ptsMs, eventId: f.eventId, decision: f.decision, rules: f.rules })),
        categoryStats: [...v.stats].map(([category, st]) => ({ category, ...st })),
        bankMatches: d.matches.map((m) => m.summary),
      },
    };
  }

  private finish(v: VideoState, endedBy: VideoSummary['endedBy'], now: number): Verdict {
    const verdict = this.verdict(v, now, true, endedBy, this.decide(v));
    this.commitStrikes(v, verdict);
    this.open.delete(v.videoId);
    this.closed.set(v.videoId, true);
    const cap = this.o.rememberClosed ?? 100_000;
    while (this.closed.size > cap) this.closed.delete(this.closed.keys().next().value!);
    return verdict;
  }

  /** Strikes once per video, with the final verdict. */
  private commitStrikes(v: VideoState, verdict: Verdict): void {
    this.engine.replay(v.first.senderId, v.first.occurredAt, verdict.strikeWeight);
  }

  private evictOldest(now: number): Verdict[] {
    const oldest = this.open.values().next().value;
    return oldest ? [this.finish(oldest, 'evicted', now)] : [];
  }
}
