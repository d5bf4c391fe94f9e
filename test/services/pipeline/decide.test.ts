import { describe, expect, it } from 'vitest';
import { buildVerdict } from '../../../services/pipeline/decide.js';
import { PolicyCatalogue } from '../../../services/policy/catalogue.js';
import type { ContentEvent } from '../../../services/schema/types.js';
import type { ClassifyResult } from '../../../services/pipeline/types.js';

const catalogue = PolicyCatalogue.load();
const event = (contexts: string[] = []): ContentEvent => ({ kind: 'image', eventId: 'e1', occurredAt: 1, source: 'feed', senderId: 'u1', conversationId: null, jurisdiction: 'DE', locale: null, mimeType: 'image/png', bytes: Buffer.alloc(0), caption: null, contexts });
const result = (category: 'sexual' | 'spam' | 'sexual/minors', score: number, policies: string[]): ClassifyResult => ({ findings: [{ category, score, policies }], signals: [] });
const verdict = (r: ClassifyResult, contexts: string[] = []) => buildVerdict(catalogue, { service: 'test', event: event(contexts), result: r, latencyMs: 1, now: 2 });

describe('buildVerdict', () => {
  it('allows when nothing reaches the review threshold', () => {
    const v = verdict(result('spam', 0.4, ['cg-spam.b']));
    expect(v).toMatchObject({ decision: 'ALLOW', actions: [], categories: [], policies: [] });
  });

  it('reviews between the thresholds and blocks above, with the items actions', () => {
    expect(verdict(result('spam', 0.7, ['cg-spam.b'])).decision).toBe('REVIEW');
    const v = verdict(result('spam', 0.95, ['cg-spam.b', 'aup-6.a']));
    expect(v.decision).toBe('BLOCK');
    expect(v.actions).toEqual(['REMOVE_CONTENT', 'RESTRICT_ACCOUNT']);
    expect(v.policies).toEqual([
      { id: 'cg-spam.b', section: 'CG › Spam (b)', title: expect.stringMatching(/^Posting, sharing or engaging/) },
      { id: 'aup-6.a', section: 'AUP 6(a)', title: expect.stringMatching(/^Spam content/) },
    ]);
  });

  it('turns a nudity block into review when the event declares a medical context (CG Exception c)', () => {
    const r = result('sexual', 0.99, ['cg-nudity.f']);
    expect(verdict(r).decision).toBe('BLOCK');
    const v = verdict(r, ['medical']);
    expect(v.decision).toBe('REVIEW');
    expect(v.notes[0]).toMatch(/cg-exception.c/);
  });

  it('never relaxes CSAM: it has no exceptions', () => {
    const v = verdict(result('sexual/minors', 0.95, ['cg-child-pornography.a']), ['medical', 'art']);
    expect(v.decision).toBe('BLOCK');
    expect(v.actions).toEqual(['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES']);
  });

  it('derives the same verdict id for the same event and service', () => {
    const a = verdict(result('spam', 0.1, []));
    const b = verdict(result('spam', 0.9, ['cg-spam.b']));
    expect(a.verdictId).toBe(b.verdictId);
    expect(a.verdictId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(buildVerdict(catalogue, { service: 'other', event: event(), result: result('spam', 0, []), latencyMs: 0, now: 0 }).verdictId).not.toBe(a.verdictId);
  });

  it('throws on a catalogue id that does not exist (a classifier bug, not bad input)', () => {
    expect(() => verdict(result('spam', 0.95, ['cg-nope.z']))).toThrow('policy catalogue has no item cg-nope.z');
  });
});
