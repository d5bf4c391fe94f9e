import { join } from 'node:path';
import { projectRoot } from '../../../services/common/paths.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PolicyCatalogue, loadRules, type RuleSet } from '../../../services/policy/index.js';
import { createPool, migrate, type Pool } from '../../../services/review/db.js';
import { ConflictError, ForbiddenError } from '../../../services/review/errors.js';
import { ReviewStore, type Account } from '../../../services/review/store.js';
import type { Verdict } from '../../../services/schema/types.js';
import { startPostgres } from './postgres.js';

const catalogue = PolicyCatalogue.load();
let rules: RuleSet;
let pg: { url: string; stop: () => Promise<void> };
let pool: Pool;
let store: ReviewStore;
let alice: Account;
let bob: Account;
let vera: Account;

function verdict(n: number, o: Partial<Verdict> = {}): Verdict {
  return {
    verdictId: `v-${n}`, eventId: `e-${n}`, contentKind: 'TEXT', senderId: `s-${n % 3}`, conversationId: null, decision: 'REVIEW', actions: [],
    categories: [{ name: 'spam', score: 0.7 }], policies: [catalogue.ref('cg-spam.b'), catalogue.ref('aup-6.a')], signals: [], jurisdiction: null,
    occurredAt: Date.UTC(2026, 0, 1) + n * 1000, decidedAt: Date.UTC(2026, 0, 1) + n * 1000 + 5, latencyMs: 1, service: 'spam', pipelineVersion: '0.2.0', notes: [],
    rules: [{ id: 'spam.frequency.review', decision: 'REVIEW', shadow: false, category: 'spam', score: 0.7, policies: ['cg-spam.b', 'aup-6.a'], evidence: [{ signal: 'spam.frequency', value: 0.7, op: 'gte', threshold: 0.5 }], exception: null }],
    rulesVersion: 'test', strikes: 0, strikeWeight: 0, video: null, ...o,
  };
}

beforeAll(async () => {
  pg = await startPostgres();
  pool = createPool(pg.url);
  expect(await migrate(pool)).toEqual(['001_init']);
  expect(await migrate(pool)).toEqual([]); // applied once
  rules = loadRules(join(projectRoot(), 'policy', 'rules.yaml'), catalogue);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  await pg?.stop();
});

beforeEach(async () => {
  await pool.query('TRUNCATE accounts, sessions, verdicts, content, appeals, items, decisions, labels, audit RESTART IDENTITY CASCADE');
  store = new ReviewStore(pool, catalogue, { claimTtlMs: 60_000, sessionTtlMs: 60_000 });
  alice = await store.createAccount('alice', 'correct horse', 'reviewer');
  bob = await store.createAccount('bob', 'battery staple', 'reviewer');
  vera = await store.createAccount('vera', 'viewer pass', 'viewer');
});

describe('ReviewStore', () => {
  it('orders the queue by priority, then severity, then age', async () => {
    await store.enqueueVerdict(verdict(1), 'review');
    await store.enqueueVerdict(verdict(2, { policies: [catalogue.ref('cg-child-pornography.a')], categories: [{ name: 'sexual/minors', score: 1 }] }), 'review');
    await store.enqueueVerdict(verdict(3, { decision: 'BLOCK' }), 'priority');
    await store.enqueueVerdict(verdict(4), 'review');
    expect((await store.openItems()).map((i) => i.verdictId)).toEqual(['v-3', 'v-2', 'v-1', 'v-4']);
  });

  it('never gives two concurrent reviewers the same item', async () => {
    for (let n = 0; n < 40; n++) await store.enqueueVerdict(verdict(n), 'review');
    const claimAll = async (a: Account) => {
      const got: string[] = [];
      for (;;) {
        const id = await store.claimNext(a);
        if (!id) return got;
        // decide it, so the next claimNext moves on
        await store.decide(a, id, { outcome: 'overturn', policyId: null, note: null }, rules);
        got.push(id);
      }
    };
    const [a, b] = await Promise.all([claimAll(alice), claimAll(bob)]);
    expect(a.length + b.length).toBe(40);
    expect(new Set([...a, ...b]).size).toBe(40);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
  });

  it('lets a claim expire, refuses others while it holds, and decides an item once', async () => {
    const short = new ReviewStore(pool, catalogue, { claimTtlMs: 300, sessionTtlMs: 60_000 });
    await short.enqueueVerdict(verdict(1), 'review');
    const id = (await short.claimNext(alice))!;
    await expect(short.claim(bob, id)).rejects.toThrow(ConflictError);
    await expect(short.decide(bob, id, { outcome: 'confirm', policyId: 'cg-spam.b', note: null }, rules)).rejects.toThrow(/not claimed by you/);
    await new Promise((r) => setTimeout(r, 400));
    expect(await short.claimNext(bob)).toBe(id);
    await expect(short.decide(alice, id, { outcome: 'confirm', policyId: 'cg-spam.b', note: null }, rules)).rejects.toThrow(/not claimed by you/);
    await short.decide(bob, id, { outcome: 'confirm', policyId: 'cg-spam.b', note: null }, rules);
    await expect(short.decide(bob, id, { outcome: 'overturn', policyId: null, note: null }, rules)).rejects.toThrow(/already decided/);
    expect((await pool.query('SELECT count(*)::int AS n FROM decisions')).rows[0].n).toBe(1);
  });

  it('refuses a viewer', async () => {
    await store.enqueueVerdict(verdict(1), 'review');
    await expect(store.claimNext(vera)).rejects.toThrow(ForbiddenError);
    await expect(store.decide(vera, '1', { outcome: 'overturn', policyId: null, note: null }, rules)).rejects.toThrow(ForbiddenError);
  });

  it('purges content past its retention and keeps decisions and labels for theirs', async () => {
    const v = verdict(1);
    await store.enqueueVerdict(v, 'review');
    await store.saveContent({ verdictId: v.verdictId, eventId: v.eventId, senderId: v.senderId, contentKind: 'TEXT', occurredAt: v.occurredAt, text: 'buy now buy now', thumbnail: null, frames: [], shadow: false }, Date.now());
    const id = (await store.claimNext(alice))!;
    await store.decide(alice, id, { outcome: 'confirm', policyId: 'cg-spam.b', note: null }, rules);
    expect(await store.labels()).toMatchObject([{ text: 'buy now buy now', category: 'spam', outcome: 'confirm', rule: 'spam.frequency.review' }]);
    await new Promise((r) => setTimeout(r, 50));
    const r = await store.purge(20, 3_600_000);
    expect(r.content).toBe(1);
    expect((await store.view(id)).content).toBeNull();
    expect((await store.view(id)).decision).toMatchObject({ outcome: 'confirm', policyId: 'cg-spam.b' });
    expect(await store.labels()).toHaveLength(1);
    expect((await store.purge(20, 20)).labels).toBe(1);
    expect(await store.labels()).toHaveLength(0);
    expect((await store.decided()).map((d) => d.itemId)).toEqual([id]);
  });

  it('queues an appeal that arrives before its verdict, then fills in its severity', async () => {
    await store.enqueueAppeal({ appealId: 'a-1', verdictId: 'v-9', senderId: 's-0', appealedAt: Date.now(), reason: 'I did nothing wrong' }, Date.now());
    expect((await store.openItems())[0]).toMatchObject({ source: 'appeal', category: 'unknown', severity: 0 });
    await store.saveVerdict(verdict(9, { decision: 'BLOCK', strikeWeight: 1 }));
    expect((await store.openItems())[0]).toMatchObject({ source: 'appeal', category: 'spam' });
    const view = await store.view((await store.openItems())[0]!.id);
    expect(view.appeal?.reason).toBe('I did nothing wrong');
    expect(view.verdict?.verdictId).toBe('v-9');
  });

  it('measures per-rule precision from decisions, shadow rules apart', async () => {
    await store.enqueueVerdict(verdict(1), 'review');
    await store.enqueueVerdict(verdict(2), 'review');
    const shadow = verdict(3, { decision: 'BLOCK', rules: [{ id: 'text.scam.strict', decision: 'BLOCK', shadow: true, category: 'scam', score: 0.9, policies: ['cg-spam.b'], evidence: [], exception: null }] });
    await store.enqueueVerdict(shadow, 'shadow');
    for (const outcome of ['confirm', 'overturn', 'overturn'] as const) {
      const id = (await store.claimNext(alice))!;
      await store.decide(alice, id, { outcome, policyId: outcome === 'confirm' ? 'cg-spam.b' : null, note: null }, rules);
    }
    expect(await store.precision()).toEqual([
      { rule: 'spam.frequency.review', shadow: false, confirmed: 1, decided: 2 },
      { rule: 'text.scam.strict', shadow: true, confirmed: 0, decided: 1 },
    ]);
  });
});

describe('escalation', () => {
  it('sends an item to the leads: a reviewer can no longer claim it, a lead can and decides it', async () => {
    const lena = await store.createAccount('lena', 'lead pass', 'lead');
    await store.enqueueVerdict(verdict(1), 'review');
    const id = (await store.claimNext(alice))!;
    await store.escalate(alice, id, 'unsure: looks like a scam');
    expect((await store.openItems())[0]).toMatchObject({ id, escalated: true, priority: 1, claimedBy: null });
    expect(await store.claimNext(bob)).toBeNull();
    await expect(store.claim(alice, id)).rejects.toThrow(ConflictError);
    expect(await store.claimNext(lena)).toBe(id);
    await store.decide(lena, id, { outcome: 'change_category', policyId: 'cg-fraud-or-scams.a', note: null }, rules);
    expect((await store.decided())[0]).toMatchObject({ itemId: id, outcome: 'change_category', reviewer: 'lena' });
  });
});
