import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout, SHA-256 based) derived from the inputs, so the same event judged twice by
 * the same service gets the same verdict id and downstream can de-duplicate redeliveries.
 */
export function deterministicId(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(String(p.length));
    h.update(':');
    h.update(p);
  }
  const b = h.digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const x = b.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
