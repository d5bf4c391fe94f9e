import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../services/common/logger.js';
import { Judge } from '../../../services/pipeline/judge.js';
import { PolicyCatalogue } from '../../../services/policy/catalogue.js';
import { PolicyEngine } from '../../../services/policy/engine.js';
import { RulesSource } from '../../../services/policy/rules-source.js';
import { StrikeStore } from '../../../services/policy/strikes.js';
import type { Classifier } from '../../../services/pipeline/types.js';
import type { ContentEvent } from '../../../services/schema/types.js';

const catalogue = PolicyCatalogue.load();
const version = (v: string, threshold: number) =>
  `version: ${v}\nrules:\n  - { id: ${v}.a, signal: spam.frequency, block: ${threshold}, category: spam, policies: [cg-spam.b] }\n  - { id: ${v}.b, signal: spam.frequency, review: ${threshold / 2}, category: spam, policies: [aup-6.a] }\n`;

function tempRules(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vigil-rules-')), 'rules.yaml');
  writeFileSync(file, text);
  return file;
}

describe('RulesSource', () => {
  it('swaps in a valid file and keeps the running rules when a file is invalid', () => {
    const file = tempRules(version('v1', 0.9));
    const lines: string[] = [];
    const src = new RulesSource(file, catalogue, createLogger('info', {}, (l) => lines.push(l)));
    expect(src.rules.version).toBe('v1');
    writeFileSync(file, version('v2', 0.8));
    expect(src.reload()).toBeNull();
    expect(src.rules.version).toBe('v2');
    writeFileSync(file, version('v3', 0.8).replace('spam.frequency', 'spam.nope'));
    expect(src.reload()).toMatch(/rules\.yaml:3: \/rules\/0\/signal: unknown signal "spam.nope"/);
    expect(src.rules.version).toBe('v2');
    expect(lines.some((l) => l.includes('rules rejected; the running rules stay'))).toBe(true);
  });

  it('picks up changes to the file while watching', async () => {
    const file = tempRules(version('w1', 0.9));
    const src = new RulesSource(file, catalogue, createLogger('silent'));
    src.watch(50);
    try {
      writeFileSync(file, version('w2', 0.9) + '# changed\n');
      const deadline = Date.now() + 5000;
      while (src.rules.version !== 'w2' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(src.rules.version).toBe('w2');
    } finally {
      src.close();
    }
  });

  it('never judges a batch with a half-loaded rule set under concurrent reloads', async () => {
    const file = tempRules(version('a', 0.9));
    const src = new RulesSource(file, catalogue, createLogger('silent'));
    // a slow classifier: reloads happen while batches are in flight
    const classifier: Classifier = {
      name: 'spam',
      kinds: ['text'],
      ready: () => true,
      classifyBatch: async (events) => {
        await new Promise((r) => setTimeout(r, 2));
        return events.map(() => ({ signals: [{ classifier: 'spam', modelId: 'm', modelVersion: '1', label: 'frequency', score: 0.95, evidence: {} }] }));
      },
    };
    const judge = new Judge('spam', classifier, new PolicyEngine(catalogue, new StrikeStore(1e9, 1000)), () => src.rules);
    const events: ContentEvent[] = Array.from({ length: 20 }, (_, i) => ({ kind: 'text', eventId: `e${i}`, occurredAt: 1, source: 'chat', senderId: `u${i}`, conversationId: null, jurisdiction: null, locale: null, text: 'x', replyToEventId: null, contexts: [] }));
    let flips = 0;
    const flipper = (async () => {
      for (let i = 0; i < 60; i++) {
        writeFileSync(file, i % 2 ? version('a', 0.9) : version('b', 0.5));
        src.reload();
        flips++;
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    const batches = await Promise.all(Array.from({ length: 40 }, async (_, k) => {
      await new Promise((r) => setTimeout(r, k));
      return judge.judge(events);
    }));
    await flipper;
    expect(flips).toBe(60);
    const versions = new Set<string>();
    for (const batch of batches) {
      const v = new Set(batch.map((j) => (j.ok ? j.verdict.rulesVersion : 'error')));
      expect(v.size).toBe(1); // one rule set per batch
      const only = [...v][0]!;
      versions.add(only);
      for (const j of batch) if (j.ok) for (const r of j.verdict.rules) expect(r.id.startsWith(`${only}.`)).toBe(true);
    }
    expect(versions.size).toBe(2); // both versions were in use during the run
  });
});
