import { InvalidEventError } from '../common/errors.js';
import type { Decoded } from '../schema/registry.js';
import { SUBJECTS, type ContentEvent, type ImageEvent, type TextEvent, type VideoFrameEvent } from '../schema/types.js';

const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_FUTURE_MS = 24 * 3600 * 1000;

/** Checks what the schema cannot (ids present, a plausible time) and tags the event with its kind. */
export function toContentEvent(decoded: Decoded, now: number): ContentEvent {
  const v = decoded.value as TextEvent & ImageEvent & VideoFrameEvent;
  if (!v.eventId) throw new InvalidEventError('/eventId: must not be empty');
  if (!v.senderId) throw new InvalidEventError('/senderId: must not be empty');
  if (!Number.isFinite(v.occurredAt) || v.occurredAt < MIN_TIME || v.occurredAt > now + MAX_FUTURE_MS) {
    throw new InvalidEventError(`/occurredAt: ${v.occurredAt} is not a plausible time`);
  }
  switch (decoded.subject) {
    case SUBJECTS.text:
      return { kind: 'text', ...(v as TextEvent) };
    case SUBJECTS.image:
      return { kind: 'image', ...(v as ImageEvent) };
    case SUBJECTS.videoFrame:
      return { kind: 'video-frame', ...(v as VideoFrameEvent) };
    default:
      throw new InvalidEventError(`${decoded.subject} is not a content event`);
  }
}
