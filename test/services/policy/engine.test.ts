import { describe, expect, it } from 'vitest';
import { PolicyCatalogue } from '../../../services/policy/catalogue.js';
import { PolicyEngine } from '../../../services/policy/engine.js';
import { compileRules } from '../../../services/policy/rules.js';
import { StrikeStore } from '../../../services/policy/strikes.js';
import type { ContentEvent, Signal } from '../../../services/schema/types.js';

const catalogue = PolicyCatalogue.load();
const DAY = 24 * 3600 * 1000;
const RULES = `
version: test-1
ladder: { halfLifeDays: 10, steps: [ { strikes: 3, actions: [RESTRICT_ACCOUNT] }, { strikes: 6, actions: [TERMINATE_ACCOUNT] } ] }
rules:
  - { id: spam, signal: spam.frequency, review: 0.5, block: 0.9, category: spam, policies: [cg-spam.b, aup-6.a] }
  - { id: nudity, signal: nsfw.porn, review: 0.6, block: 0.9, category: sexual, policies: [cg-nudity.f], kinds: [image] }
  - { id: csam, signal: hash.csam, block: 1, category: sexual/minors, exceptions: false, policies: [cg-child-pornography.a] }
  - id: kr
    jurisdictions: [KR]
    when: { any: [ { signal: video.illegal, gte: 0.8 }, { signal: nsfw.porn, gte: 0.7 } ] }
    decision: block
    actions: [REMOVE_CONTENT]
    exceptions: false
    category: sexual
    policies: [aup-kr.2]
  - { id: minors-text, signal: text.sexual.minors, review: 0.4, block: 0.8, category: sexual/minors, exceptions: false, policies: [cg-child-pornography.g, cg-child-pornography.h, aup-3.b] }
  - { id: exploitation, signal: text.human-exploitation, block: 0.9, category: human-exploitation, actions: [REMOVE_CONTENT, TERMINATE_ACCOUNT, NOTIFY_AUTHORITIES], policies: [cg-human-exploitation.b] }
  - { id: ncii, signal: hash.ncii, block: 1, category: sexual, exceptions: false, policies: [cg-non-consensual-pornography.c] }
  - { id: scam, signal: text.scam, review: 0.6, block: 0.9, category: scam, policies: [cg-fraud-or-scams.a.1, cg-fraud-or-scams.a.4] }
  - { id: gambling, signal: text.gambling, review: 0.6, block: 0.9, category: gambling, policies: [cg-gambling.c, cg-gambling.b, aup-2.o] }
  - { id: political, signal: text.political, review: 0.5, category: political, policies: [aup-11.1.b], shadow: true }
  - id: repeat
    when: { all: [ { strikes: { gte: 2 } }, { signal: spam.frequency, gte: 0.3 }, { not: { source: [feed] } } ] }
    decision: review
    category: spam
    policies: [aup-6.a]
`;
const rules = compileRules(RULES, 'test.yaml', catalogue);

function engine(): PolicyEngine {
  return new PolicyEngine(catalogue, new StrikeStore(rules.ladder.halfLifeMs, 1000));
}
const sig = (name: string, score: number): Signal => {
  const dot = name.indexOf('.');
  return { classifier: name.slice(0, dot), modelId: 'm', modelVersion: '1', label: name.slice(dot + 1), score, evidence: {} };
};
function image(o: Partial<ContentEvent> & { contexts?: string[] } = {}): ContentEvent {
  return { kind: 'image', eventId: 'e', occurredAt: 1_000_000, source: 'chat', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/png', bytes: Buffer.alloc(0), caption: null, contexts: [], ...o } as ContentEvent;
}
function text(o: Partial<ContentEvent> = {}): ContentEvent {
  return { kind: 'text', eventId: 'e', occurredAt: 1_000_000, source: 'chat', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, text: 'x', replyToEventId: null, contexts: [], ...o } as ContentEvent;
}

describe('PolicyEngine', () => {
  it('allows, reviews and blocks by threshold, naming the rule and its evidence', () => {
    const e = engine();
    expect(e.evaluate(rules, text(), [sig('spam.frequency', 0.2)]).enforced.decision).toBe('ALLOW');
    const review = e.evaluate(rules, text(), [sig('spam.frequency', 0.6)]).enforced;
    expect(review.decision).toBe('REVIEW');
    expect(review.rules.map((r) => r.id)).toEqual(['spam.review']);
    expect(review.actions).toEqual([]);
    const block = e.evaluate(rules, text(), [sig('spam.frequency', 0.95)]).enforced;
    expect(block).toMatchObject({ decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'RESTRICT_ACCOUNT'], categories: [{ name: 'spam', score: 0.95 }] });
    expect(block.rules[0]).toMatchObject({ id: 'spam', evidence: [{ signal: 'spam.frequency', value: 0.95, op: 'gte', threshold: 0.9 }] });
    expect(block.policies.map((p) => p.id)).toEqual(['cg-spam.b', 'aup-6.a']);
  });

  it('applies kind filters', () => {
    expect(engine().evaluate(rules, text(), [sig('nsfw.porn', 0.99)]).enforced.decision).toBe('ALLOW');
    expect(engine().evaluate(rules, image(), [sig('nsfw.porn', 0.99)]).enforced.decision).toBe('BLOCK');
  });

  it('turns block into review for a declared exception context or an exception signal, never for CSAM', () => {
    const medical = engine().evaluate(rules, image({ contexts: ['medical'] }), [sig('nsfw.porn', 0.99)]).enforced;
    expect(medical.decision).toBe('REVIEW');
    expect(medical.rules[0]!.exception).toBe('cg-exception.c');
    expect(medical.notes[0]).toMatch(/exception cg-exception.c \(context medical\)/);
    const art = engine().evaluate(rules, image(), [sig('nsfw.porn', 0.99), sig('context.art', 0.9)]).enforced;
    expect(art.decision).toBe('REVIEW');
    const csam = engine().evaluate(rules, image({ contexts: ['medical', 'art'] }), [sig('hash.csam', 1)]).enforced;
    expect(csam).toMatchObject({ decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES'] });
  });

  it('applies jurisdiction overrides: the Korean appendix blocks what elsewhere is reviewed', () => {
    const signals = [sig('nsfw.porn', 0.75)];
    expect(engine().evaluate(rules, image({ jurisdiction: 'DE' }), signals).enforced.decision).toBe('REVIEW');
    const kr = engine().evaluate(rules, image({ jurisdiction: 'KR' }), signals).enforced;
    expect(kr.decision).toBe('BLOCK');
    expect(kr.policies.map((p) => p.id)).toContain('aup-kr.2');
    expect(kr.actions).toContain('REMOVE_CONTENT');
  });

  it('evaluates shadow rules without enforcing them', () => {
    const { enforced, shadow } = engine().evaluate(rules, text(), [sig('text.political', 0.8)]);
    expect(enforced.decision).toBe('ALLOW');
    expect(enforced.rules).toEqual([]);
    expect(shadow).not.toBeNull();
    expect(shadow!.decision).toBe('REVIEW');
    expect(shadow!.rules[0]).toMatchObject({ id: 'political', shadow: true });
    expect(engine().evaluate(rules, text(), [sig('spam.frequency', 0.95)]).shadow).toBeNull();
  });

  it('never notifies authorities or terminates on a model or lexicon signal, whatever the cited items allow', () => {
    for (const [name, score] of [['text.sexual.minors', 0.99], ['text.human-exploitation', 0.99]] as const) {
      const { enforced } = engine().evaluate(rules, text({ senderId: `fuzzy-${name}` }), [sig(name, score)]);
      expect(enforced.decision, name).toBe('BLOCK');
      expect(enforced.actions, name).not.toContain('NOTIFY_AUTHORITIES');
      expect(enforced.actions, name).not.toContain('TERMINATE_ACCOUNT');
      expect(enforced.strikeWeight, name).toBeLessThan(6);
      expect(enforced.notes.some((n) => n.startsWith('notify_authorities withheld')), name).toBe(true);
    }
    // a CSAM bank match notifies; an NCII bank match terminates (its items are critical) but does not notify
    const csam = engine().evaluate(rules, image(), [sig('hash.csam', 1)]).enforced;
    expect(csam.actions).toEqual(['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES']);
    expect(csam.strikeWeight).toBe(10);
    const ncii = engine().evaluate(rules, image(), [sig('hash.ncii', 1)]).enforced;
    expect(ncii.actions).toContain('TERMINATE_ACCOUNT');
    expect(ncii.actions).not.toContain('NOTIFY_AUTHORITIES');
  });

  it('keeps the strikes of one fuzzy event below the terminate step: termination comes from repetition', () => {
    const e = engine();
    const ev = (n: number) => text({ senderId: 'lex', eventId: `e${n}`, occurredAt: DAY });
    const first = e.evaluate(rules, ev(1), [sig('text.sexual.minors', 0.99)]).enforced;
    e.commit(ev(1), first);
    expect(first.strikeWeight).toBe(rules.ladder.maxFuzzyWeight);
    expect(first.actions).not.toContain('TERMINATE_ACCOUNT');
    const second = e.evaluate(rules, ev(2), [sig('text.sexual.minors', 0.99)]).enforced;
    expect(second.strikes).toBe(2 * rules.ladder.maxFuzzyWeight);
    expect(second.actions).toContain('TERMINATE_ACCOUNT');
  });

  it('cites at most three items, the deciding rule\'s most specific first', () => {
    const { enforced } = engine().evaluate(rules, text(), [sig('text.scam', 0.95), sig('text.gambling', 0.7), sig('spam.frequency', 0.92)]);
    expect(enforced.policies.map((p) => p.id)).toEqual(['cg-fraud-or-scams.a.1', 'cg-spam.b', 'cg-gambling.c']);
    expect(enforced.rules.find((r) => r.id === 'gambling.review')?.policies).toEqual(['cg-gambling.c', 'cg-gambling.b', 'aup-2.o']);
    expect(engine().evaluate(rules, text(), [sig('text.gambling', 0.95)]).enforced.policies.map((p) => p.id)).toEqual(['cg-gambling.c', 'cg-gambling.b', 'aup-2.o']);
    expect(engine().evaluate(rules, text(), []).enforced.policies).toEqual([]);
  });

  it('escalates repeat offenders along the ladder, and strikes decay with time', () => {
    const e = engine();
    const block = (t: number) => {
      const ev = text({ occurredAt: t, senderId: 'rep' });
      const { enforced } = e.evaluate(rules, ev, [sig('spam.frequency', 0.95)]);
      e.commit(ev, enforced);
      return enforced;
    };
    const first = block(DAY);
    expect(first.actions).toEqual(['REMOVE_CONTENT', 'RESTRICT_ACCOUNT']);
    expect(first.strikes).toBe(1);
    block(DAY);
    const third = block(DAY); // same event time: no decay in between
    expect(third.strikes).toBe(3);
    expect(third.notes.some((n) => n.startsWith('enforcement ladder: 3.00 strikes >= 3'))).toBe(true);
    block(DAY);
    block(DAY);
    const sixth = block(DAY);
    expect(sixth.actions).toEqual(['REMOVE_CONTENT', 'TERMINATE_ACCOUNT']);
    // 40 days later (four half-lives) 6 strikes have decayed to 0.375
    const later = block(41 * DAY);
    expect(later.strikes).toBeCloseTo(6 / 16 + 1, 6);
    expect(later.actions).not.toContain('TERMINATE_ACCOUNT');
  });

  it('tests sender history and the source in conditions', () => {
    const e = engine();
    const ev = text({ senderId: 'h' });
    expect(e.evaluate(rules, ev, [sig('spam.frequency', 0.35)]).enforced.decision).toBe('ALLOW');
    e.replay('h', 1_000_000, 2);
    const r = e.evaluate(rules, ev, [sig('spam.frequency', 0.35)]).enforced;
    expect(r.decision).toBe('REVIEW');
    expect(r.rules[0]!.evidence).toContainEqual({ signal: 'sender.strikes', value: 2, op: 'gte', threshold: 2 });
    expect(e.evaluate(rules, text({ senderId: 'h', source: 'feed' }), [sig('spam.frequency', 0.35)]).enforced.decision).toBe('ALLOW');
  });

  it('ignores signals nobody measured', () => {
    expect(engine().evaluate(rules, text(), []).enforced).toMatchObject({ decision: 'ALLOW', rules: [], policies: [] });
  });
});
