import type { SpamConfig } from '../common/config.js';
import type { ClassifyResult, Classifier } from '../pipeline/types.js';
import type { ContentEvent, Signal } from '../schema/types.js';
import { normalizeForDuplicates } from './normalize.js';
import { bands, hamming, simhash, type SimHash } from './simhash.js';

export const SPAM_MODEL_ID = 'spam-frequency';
export const SPAM_MODEL_VERSION = '1';

interface SenderState {
  /** occurredAt of the sender's recent events, ascending. */
  times: number[];
  lastSeen: number;
}

interface ClusterMember {
  lastSeen: number;
  conversations: Map<string, number>;
}

interface Cluster {
  readonly id: number;
  readonly hash: SimHash;
  readonly members: Map<string, ClusterMember>;
  lastSeen: number;
}

export interface SpamStats {
  readonly senders: number;
  readonly clusters: number;
  readonly evictedSenders: number;
  readonly evictedClusters: number;
}

/**
 * Signals `spam.frequency`, `spam.campaign` and `spam.fanout` (policy/rules.yaml cites CG Spam a/b, AUP 6a).
 * Per-sender posting frequency and near-duplicate campaigns, over event time (occurredAt): replays and
 * consumer lag do not fake bursts. State is bounded: senders and clusters idle for longer than the
 * largest window are dropped, and the least recently active go first when a cap is reached.
 */
export class SpamDetector implements Classifier {
  readonly name = 'spam';
  readonly kinds = ['text', 'image', 'video-frame'] as const;
  private readonly senders = new Map<string, SenderState>();
  private readonly clusters = new Map<number, Cluster>();
  private readonly bandIndex: Map<number, Set<number>>[] = [new Map(), new Map(), new Map(), new Map()];
  private readonly maxWindowMs: number;
  private readonly timesCap: number;
  private nextClusterId = 1;
  private watermark = 0;
  private evictedSenders = 0;
  private evictedClusters = 0;
  private sinceSweep = 0;

  constructor(private readonly config: SpamConfig) {
    this.maxWindowMs = Math.max(...config.windows.map((w) => w.windowMs));
    this.timesCap = Math.max(...config.windows.map((w) => w.maxEvents)) * 2 + 1;
  }

  ready(): boolean {
    return true;
  }

  stats(): SpamStats {
    return { senders: this.senders.size, clusters: this.clusters.size, evictedSenders: this.evictedSenders, evictedClusters: this.evictedClusters };
  }

  classifyBatch(events: readonly ContentEvent[]): ClassifyResult[] {
    return events.map((e) => this.classify(e));
  }

  classify(event: ContentEvent): ClassifyResult {
    const t = event.occurredAt;
    if (t > this.watermark) this.watermark = t;
    const signals: Signal[] = [];

    const freq = this.recordFrequency(event.senderId, t);
    signals.push(signal('frequency', freq.score, { window: `${freq.windowMs}ms`, count: String(freq.count), limit: String(freq.limit) }));

    if (event.kind === 'text') {
      const text = normalizeForDuplicates(event.text);
      if (text.length >= this.config.minChars) {
        const dup = this.recordDuplicate(text, event.senderId, event.conversationId ?? '', t);
        // A wave of identical text with a link or contact is a campaign; without one it is more often a
        // greeting or a meme ("happy new year everyone!"): it needs 5x the senders and only reaches review.
        const monetised = hasCallToAction(event.text);
        const n = monetised ? this.config.campaignSenders : this.config.campaignSenders * 5;
        const campaignScore = dup.senders < n ? 0 : monetised ? Math.min(1, 0.9 + (0.1 * (dup.senders - n)) / n) : 0.6;
        const f = this.config.fanoutConversations;
        const fanoutScore = dup.conversations >= f ? Math.min(1, 0.9 + (0.1 * (dup.conversations - f)) / f) : 0;
        const evidence = {
          window: `${this.config.campaignWindowMs}ms`,
          clusterSenders: String(dup.senders),
          senderConversations: String(dup.conversations),
          cluster: String(dup.clusterId),
        };
        signals.push(signal('campaign', campaignScore, evidence));
        signals.push(signal('fanout', fanoutScore, evidence));
      }
    }
    if (++this.sinceSweep >= 1000) this.sweep();
    return { signals };
  }

  private recordFrequency(senderId: string, t: number): { score: number; windowMs: number; count: number; limit: number } {
    let s = this.senders.get(senderId);
    if (s) {
      this.senders.delete(senderId); // re-insert: Map order is least recently active first
    } else {
      s = { times: [], lastSeen: t };
      if (this.senders.size >= this.config.maxSenders) this.evictOldestSender();
    }
    this.senders.set(senderId, s);
    if (t > s.lastSeen) s.lastSeen = t;
    insertSorted(s.times, t);
    const horizon = s.lastSeen - this.maxWindowMs;
    let drop = 0;
    while (drop < s.times.length && s.times[drop]! < horizon) drop++;
    if (s.times.length - drop > this.timesCap) drop = s.times.length - this.timesCap;
    if (drop) s.times.splice(0, drop);

    let worst = { score: 0, windowMs: this.config.windows[0]!.windowMs, count: 0, limit: this.config.windows[0]!.maxEvents, ratio: -1 };
    for (const w of this.config.windows) {
      // the busier of the windows ending and starting at t: events may arrive out of order
      const count = Math.max(countInRange(s.times, t - w.windowMs, t), countInRange(s.times, t, t + w.windowMs));
      const ratio = count / w.maxEvents;
      if (ratio > worst.ratio) {
        const score = count > w.maxEvents ? Math.min(1, 0.6 + (0.4 * (count - w.maxEvents)) / w.maxEvents) : 0;
        worst = { score, windowMs: w.windowMs, count, limit: w.maxEvents, ratio };
      }
    }
    return worst;
  }

  private recordDuplicate(text: string, senderId: string, conversationId: string, t: number): { clusterId: number; senders: number; conversations: number } {
    const h = simhash(text);
    let cluster: Cluster | undefined;
    const bs = bands(h);
    for (let i = 0; i < 4 && !cluster; i++) {
      const ids = this.bandIndex[i]!.get(bs[i]!);
      if (!ids) continue;
      for (const id of ids) {
        const c = this.clusters.get(id);
        if (c && hamming(c.hash, h) <= this.config.simhashDistance) {
          cluster = c;
          break;
        }
      }
    }
    if (cluster) {
      this.clusters.delete(cluster.id);
    } else {
      if (this.clusters.size >= this.config.maxClusters) this.evictOldestCluster();
      cluster = { id: this.nextClusterId++, hash: h, members: new Map(), lastSeen: t };
      for (let i = 0; i < 4; i++) {
        const m = this.bandIndex[i]!;
        let set = m.get(bs[i]!);
        if (!set) m.set(bs[i]!, (set = new Set()));
        set.add(cluster.id);
      }
    }
    this.clusters.set(cluster.id, cluster);
    if (t > cluster.lastSeen) cluster.lastSeen = t;

    const since = t - this.config.campaignWindowMs;
    let member = cluster.members.get(senderId);
    if (member) cluster.members.delete(senderId); // re-insert: Map order follows last activity
    else member = { lastSeen: t, conversations: new Map() };
    cluster.members.set(senderId, member);
    if (t > member.lastSeen) member.lastSeen = t;
    const prev = member.conversations.get(conversationId);
    if (prev !== undefined) member.conversations.delete(conversationId);
    member.conversations.set(conversationId, prev === undefined || t > prev ? t : prev);

    // Members and conversations are kept in order of last activity, so those that fell out of the
    // window sit at the front: drop them, and what remains is the count. O(1) amortised per event.
    for (const [id, m] of cluster.members) {
      if (m.lastSeen >= since) break;
      cluster.members.delete(id);
    }
    for (const [conv, ts] of member.conversations) {
      if (ts >= since) break;
      member.conversations.delete(conv);
    }
    const senders = cluster.members.size;
    const conversations = member.conversations.size;
    return { clusterId: cluster.id, senders, conversations };
  }

  private evictOldestSender(): void {
    const first = this.senders.keys().next();
    if (!first.done) {
      this.senders.delete(first.value);
      this.evictedSenders++;
    }
  }

  private evictOldestCluster(): void {
    const first = this.clusters.values().next();
    if (!first.done) this.dropCluster(first.value);
    this.evictedClusters++;
  }

  private dropCluster(c: Cluster): void {
    this.clusters.delete(c.id);
    const bs = bands(c.hash);
    for (let i = 0; i < 4; i++) {
      const set = this.bandIndex[i]!.get(bs[i]!);
      if (!set) continue;
      set.delete(c.id);
      if (set.size === 0) this.bandIndex[i]!.delete(bs[i]!);
    }
  }

  /** Drops state idle for longer than its window, measured against the newest event time seen. */
  private sweep(): void {
    this.sinceSweep = 0;
    const senderHorizon = this.watermark - this.maxWindowMs;
    for (const [id, s] of this.senders) {
      if (s.lastSeen >= senderHorizon) break; // Map order: least recently active first
      this.senders.delete(id);
    }
    const clusterHorizon = this.watermark - 2 * this.config.campaignWindowMs;
    for (const c of this.clusters.values()) {
      if (c.lastSeen >= clusterHorizon) break;
      this.dropCluster(c);
    }
  }
}

const CALL_TO_ACTION = [
  /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|io|cn|xyz|top|site|shop|vip|club|info|example)\b/i, // links
  /(?:\+?\d[\d\s-]{6,}\d)/, // phone numbers
  /(?:^|\s)@[a-z0-9_]{3,}/i, // handles
  /(?:微信|加我|v信|vx|wx|qq|telegram|whatsapp|line id)/i, // contact requests
];

/** A link, phone number, handle or contact request: what a spam campaign wants the reader to act on. */
export function hasCallToAction(text: string): boolean {
  return CALL_TO_ACTION.some((re) => re.test(text));
}

function signal(label: string, score: number, evidence: Record<string, string>): Signal {
  return { classifier: 'spam', modelId: SPAM_MODEL_ID, modelVersion: SPAM_MODEL_VERSION, label, score, evidence };
}

function insertSorted(a: number[], t: number): void {
  let i = a.length;
  if (i === 0 || a[i - 1]! <= t) {
    a.push(t);
    return;
  }
  while (i > 0 && a[i - 1]! > t) i--;
  a.splice(i, 0, t);
}

function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countInRange(a: number[], from: number, to: number): number {
  return lowerBound(a, to + 1) - lowerBound(a, from);
}
