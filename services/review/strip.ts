import type { ContentEvent, Verdict } from '../schema/types.js';
import { mayCopyContent, thumbnail } from './content.js';
import type { ReviewContent } from './types.js';

type FrameEvent = Extract<ContentEvent, { kind: 'video-frame' }>;

export interface StripOptions {
  /** Longest side of a frame thumbnail (JPEG). */
  readonly thumbnailPx: number;
  readonly maxPixels: number;
  /** Most frames in a strip. */
  readonly frames: number;
  /** Thumbnail bytes held for all open videos together; the least recently active video is forgotten first. */
  readonly maxBytes: number;
}

/** Frame thumbnails whose index is a multiple of `stride`: at most `cap`, evenly spread however long the video runs. */
class Spread {
  readonly jpegs = new Map<number, Buffer>();
  stride = 1;
  constructor(private readonly cap: number) {}

  wants(index: number): boolean {
    return index % this.stride === 0 && !this.jpegs.has(index);
  }

  /** Adds a thumbnail; returns the bytes released by thinning. */
  put(index: number, jpeg: Buffer): number {
    this.jpegs.set(index, jpeg);
    let released = 0;
    while (this.jpegs.size > this.cap) {
      this.stride *= 2;
      for (const [i, b] of this.jpegs) {
        if (i % this.stride === 0) continue;
        this.jpegs.delete(i);
        released += b.length;
      }
    }
    return released;
  }
}

interface StripState {
  readonly senderId: string;
  readonly occurredAt: number;
  /** frames the rules flagged (their own verdict was not ALLOW) */
  readonly flagged: Spread;
  /** all frames, for context: a video can be judged on its whole (a video-bank match) with no frame flagged */
  readonly context: Spread;
  bytes: number;
  /** a frame matched a CSAM/NCII bank or must notify authorities: nothing of this video is ever copied */
  barred: boolean;
}

/**
 * The review copy of a video: a strip of bounded frame thumbnails, collected while the video is open and
 * sent on the content topic with each REVIEW or BLOCK video verdict (early and final). Two evenly spread
 * samples are kept per video, of the frames the rules flagged and of all frames; a strip is the flagged
 * ones, then context frames spread from the first to the last kept, up to the bound, in frame order. Thinning by a doubling stride bounds the
 * work too: a video of L frames costs about `frames` × log2(L / `frames`) thumbnails. A frame whose media
 * may never be copied (a CSAM or NCII bank match) bars the whole video.
 */
export class VideoStrips {
  private readonly videos = new Map<string, StripState>();
  private bytes = 0;

  constructor(private readonly o: StripOptions) {}

  /** Videos held. */
  get size(): number {
    return this.videos.size;
  }

  /** Thumbnail bytes held. */
  get heldBytes(): number {
    return this.bytes;
  }

  /** One judged frame (frameVerdict null: it failed and was dead-lettered). */
  async add(e: FrameEvent, frameVerdict: Verdict | null): Promise<void> {
    let s = this.videos.get(e.videoId);
    // thinning halves a sample, so context keeps up to twice the strip: a strip can always be filled from it
    if (!s) s = { senderId: e.senderId, occurredAt: e.occurredAt, flagged: new Spread(this.o.frames), context: new Spread(2 * this.o.frames), bytes: 0, barred: false };
    // Map order is recency order for eviction
    this.videos.delete(e.videoId);
    this.videos.set(e.videoId, s);
    if (s.barred || !frameVerdict) return;
    if (!mayCopyContent(frameVerdict)) {
      this.release(s);
      s.barred = true;
      return;
    }
    const flag = frameVerdict.decision !== 'ALLOW' && s.flagged.wants(e.frameIndex);
    const context = s.context.wants(e.frameIndex);
    if (!flag && !context) return;
    const jpeg = await thumbnail(e.bytes, this.o);
    if (!jpeg || this.videos.get(e.videoId) !== s || s.barred) return;
    let added = 0;
    if (flag) added += jpeg.length - s.flagged.put(e.frameIndex, jpeg);
    if (context) added += jpeg.length - s.context.put(e.frameIndex, jpeg);
    s.bytes += added;
    this.bytes += added;
    while (this.bytes > this.o.maxBytes && this.videos.size > 1) this.forget(this.videos.keys().next().value!);
  }

  /**
   * The content of a video verdict: a strip in frame order, or null (ALLOW, media that may not be
   * copied, nothing held). A final verdict forgets the video.
   */
  content(v: Verdict, shadow = false): ReviewContent | null {
    if (!v.video) return null;
    const s = this.videos.get(v.video.videoId);
    const strip = s && !s.barred && v.decision !== 'ALLOW' && mayCopyContent(v) ? this.strip(s) : [];
    if (v.video.final) this.forget(v.video.videoId);
    if (!s || !strip.length) return null;
    return { verdictId: v.verdictId, eventId: v.eventId, senderId: s.senderId, occurredAt: s.occurredAt, contentKind: 'VIDEO', text: null, thumbnail: null, frames: strip, shadow };
  }

  /** The flagged frames, then context frames evenly spread over the room left, in frame order. */
  private strip(s: StripState): Buffer[] {
    const picked = new Map(s.flagged.jpegs);
    const context = [...s.context.jpegs].filter(([i]) => !picked.has(i)).sort((a, b) => a[0] - b[0]);
    const m = Math.min(this.o.frames - picked.size, context.length);
    for (let k = 0; k < m; k++) {
      const [i, jpeg] = context[m === 1 ? 0 : Math.round((k * (context.length - 1)) / (m - 1))]!;
      picked.set(i, jpeg);
    }
    return [...picked].sort((a, b) => a[0] - b[0]).map(([, jpeg]) => jpeg);
  }

  /** Forgets a video (its final verdict, or it left this worker). */
  forget(videoId: string): void {
    const s = this.videos.get(videoId);
    if (!s) return;
    this.release(s);
    this.videos.delete(videoId);
  }

  private release(s: StripState): void {
    this.bytes -= s.bytes;
    s.bytes = 0;
    s.flagged.jpegs.clear();
    s.context.jpegs.clear();
  }
}
