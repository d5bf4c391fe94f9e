import { createHash } from 'node:crypto';
import type { ContentEvent, Verdict } from '../schema/types.js';
import type { ReviewContent } from './types.js';

/** Hash-bank categories whose media never leaves the worker: only the match, the bank and the distance do. */
const NEVER_COPIED = new Set(['hash.csam', 'hash.ncii']);

/**
 * False for verdicts whose media must never be copied for review: a match in a CSAM or NCII bank, a
 * sexual/minors category, or anything that notifies authorities. Their review items show the match only.
 */
export function mayCopyContent(v: Verdict): boolean {
  if (v.actions.includes('NOTIFY_AUTHORITIES')) return false;
  if (v.categories.some((c) => c.name === 'sexual/minors')) return false;
  return !v.signals.some((s) => NEVER_COPIED.has(`${s.classifier}.${s.label}`) && s.score > 0);
}

/** Deterministic sample of shadow would-be blocks (worker and console pick the same ones). */
export function shadowSampled(verdictId: string, rate: number): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  return createHash('sha256').update(verdictId).digest().readUInt32BE(0) / 0x1_0000_0000 < rate;
}

/** A shadow verdict that would block where the enforced one does not: the kind the queue samples. */
export function isShadowBlock(shadow: Verdict, enforcedDecision: string): boolean {
  return shadow.decision === 'BLOCK' && enforcedDecision !== 'BLOCK' && shadow.rules.some((r) => r.shadow && r.decision === 'BLOCK');
}

export interface ContentOptions {
  /** Longest side of an image thumbnail (JPEG). */
  readonly thumbnailPx: number;
  readonly maxPixels: number;
  readonly shadow?: boolean;
}

/**
 * The review copy of an event's content: texts as they are, images as a bounded JPEG thumbnail (EXIF
 * orientation applied, metadata stripped) plus the caption. Null when the verdict's media may not be
 * copied (mayCopyContent) or the event has nothing to show.
 */
export async function reviewContent(v: Verdict, e: ContentEvent, o: ContentOptions): Promise<ReviewContent | null> {
  if (!mayCopyContent(v)) return null;
  const base = { verdictId: v.verdictId, eventId: e.eventId, senderId: e.senderId, occurredAt: e.occurredAt, frames: [], shadow: o.shadow ?? false };
  if (e.kind === 'text') return { ...base, contentKind: 'TEXT', text: e.text, thumbnail: null };
  if (e.kind === 'image') return { ...base, contentKind: 'IMAGE', text: e.caption, thumbnail: await thumbnail(e.bytes, o) };
  return null; // single frames are reviewed as part of their video
}

export async function thumbnail(bytes: Buffer, o: Pick<ContentOptions, 'thumbnailPx' | 'maxPixels'>): Promise<Buffer | null> {
  const { default: sharp } = await import('sharp');
  try {
    return await sharp(bytes, { limitInputPixels: o.maxPixels, failOn: 'error' })
      .rotate()
      .resize(o.thumbnailPx, o.thumbnailPx, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
  } catch {
    return null; // an image that does not decode has no thumbnail; the item shows the verdict only
  }
}

/** What the browser gets for a sensitive image before the reviewer reveals it: blurred and greyscale. */
export async function obscured(jpeg: Buffer): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(jpeg).greyscale().blur(18).jpeg({ quality: 60 }).toBuffer();
}
