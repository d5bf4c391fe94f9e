import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { VigilError } from '../common/errors.js';
import type { ContentEvent, Verdict } from '../schema/types.js';

/** `vigil classify` input: one JSON event per line. Images as imagePath (relative to the input file) or imageBase64. */
export function parseJsonlEvent(line: string, inputFile: string | undefined, now: number): ContentEvent {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch (err) {
    throw new VigilError('VGL_INPUT', `not JSON: ${(err as Error).message}`);
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new VigilError('VGL_INPUT', 'not a JSON object');
  const str = (k: string, required: boolean): string | null => {
    const v = o[k];
    if (v === undefined || v === null) {
      if (required) throw new VigilError('VGL_INPUT', `/${k}: required`);
      return null;
    }
    if (typeof v !== 'string') throw new VigilError('VGL_INPUT', `/${k}: must be a string`);
    if (required && !v) throw new VigilError('VGL_INPUT', `/${k}: must not be empty`);
    return v;
  };
  const occurredAt = o.occurredAt === undefined ? now : o.occurredAt;
  if (typeof occurredAt !== 'number' || !Number.isFinite(occurredAt)) throw new VigilError('VGL_INPUT', '/occurredAt: must be epoch milliseconds');
  const contexts = o.contexts === undefined ? [] : o.contexts;
  if (!Array.isArray(contexts) || contexts.some((c) => typeof c !== 'string')) throw new VigilError('VGL_INPUT', '/contexts: must be an array of strings');
  const base = {
    eventId: str('eventId', true)!,
    occurredAt,
    source: str('source', false) ?? 'chat',
    senderId: str('senderId', true)!,
    conversationId: str('conversationId', false),
    jurisdiction: str('jurisdiction', false),
    locale: str('locale', false),
  };
  const kind = str('kind', true);
  const imageBytes = (): Buffer => {
    const path = str('imagePath', false);
    const b64 = str('imageBase64', false);
    if (path) return readFileSync(inputFile ? resolve(dirname(inputFile), path) : path);
    if (b64) return Buffer.from(b64, 'base64');
    throw new VigilError('VGL_INPUT', '/imagePath or /imageBase64: required for images');
  };
  switch (kind) {
    case 'text':
      return { kind, ...base, text: str('text', true) ?? '', replyToEventId: str('replyToEventId', false), contexts: contexts as string[] };
    case 'image':
      return { kind, ...base, mimeType: str('mimeType', false) ?? 'application/octet-stream', bytes: imageBytes(), caption: str('caption', false), contexts: contexts as string[] };
    case 'video-frame': {
      const frameIndex = o.frameIndex;
      if (typeof frameIndex !== 'number') throw new VigilError('VGL_INPUT', '/frameIndex: must be a number');
      return { kind, ...base, videoId: str('videoId', true)!, frameIndex, ptsMs: typeof o.ptsMs === 'number' ? o.ptsMs : 0, last: o.last === true, mimeType: str('mimeType', false) ?? 'application/octet-stream', bytes: imageBytes() };
    }
    default:
      throw new VigilError('VGL_INPUT', `/kind: "${kind}" is not text, image or video-frame`);
  }
}

/** A verdict as one JSON line: the Avro Verdict's fields, enums lower-cased for readability. */
export function verdictToJson(v: Verdict): Record<string, unknown> {
  return {
    ...(v.video ? { videoId: v.video.videoId } : {}),
    ...v,
    decision: v.decision.toLowerCase(),
    contentKind: v.contentKind.toLowerCase().replace('_', '-'),
    actions: v.actions.map((a) => a.toLowerCase()),
  };
}
