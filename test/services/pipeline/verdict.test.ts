import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../services/common/config.js';
import { createLogger } from '../../../services/common/logger.js';
import { projectRoot } from '../../../services/common/paths.js';
import { ALLOW_SIGNAL_FLOOR, modelsOf, toVerdict, type VerdictV5 } from '../../../services/pipeline/verdict.js';
import { createPolicy } from '../../../services/policy/index.js';
import { SchemaRegistry } from '../../../services/schema/registry.js';
import { SUBJECTS, type ContentEvent, type Signal, type Verdict } from '../../../services/schema/types.js';

const config = loadConfig({ VIGIL_RULES_RELOAD_MS: '0' }, { withoutKafka: true });
const policy = createPolicy(config, createLogger('silent'), { watch: false });
const schemas = SchemaRegistry.load();
const event: ContentEvent = {
  kind: 'text', eventId: 'e1', senderId: 'u1', occurredAt: Date.UTC(2026, 10, 30), source: 'chat', conversationId: 'c1',
  jurisdiction: null, locale: null, text: 'ok see you', replyToEventId: null, contexts: [],
};
const sig = (name: string, score: number, modelId: string, evidence: Record<string, string> = {}): Signal => {
  const dot = name.indexOf('.');
  return { classifier: name.slice(0, dot), label: name.slice(dot + 1), score, modelId, modelVersion: modelId.startsWith('spam') ? '1' : '2026-11-30', evidence };
};
/** What the text service emits for ordinary chat: a few low model scores and the spam detector's zeros, each with evidence. */
const chat = [
  sig('text.regulated.drugs', 0.07, 'vigil-text-en/drugs', { runtime: 'onnx:cpu', lang: 'en' }),
  sig('text.abuse', 0.24, 'vigil-text-en/abuse', { runtime: 'onnx:cpu', lang: 'en' }),
  sig('spam.frequency', 0, 'spam-frequency', { window: '10000ms', count: '1', limit: '20' }),
  sig('spam.campaign', 0, 'spam-frequency', { window: '600000ms', clusterSenders: '1', senderConversations: '1', cluster: '1' }),
  sig('pii.phone', 0.5, 'vigil-pii', { count: '1' }),
];
const scam = [sig('text.scam', 0.99, 'vigil-text-zh/scam', { runtime: 'onnx:cpu', lang: 'zh' }), ...chat];

function verdictFor(signals: Signal[]): VerdictV5 {
  const { enforced } = policy.engine.evaluate(policy.rules(), event, signals);
  return toVerdict({ service: 'text', event, outcome: enforced, signals, notes: [], rulesVersion: policy.rules().version, latencyMs: 1, now: event.occurredAt + 5 });
}

const file = (version: number) => avro.Type.forSchema(JSON.parse(readFileSync(join(projectRoot(), 'schemas', `verdict.v${version}.avsc`), 'utf8')) as avro.Schema);
const v5 = file(5);

describe('toVerdict (verdict v5)', () => {
  it('an ALLOW carries its decision, ids, the models that judged it and only the signals at or above the floor, with their evidence', () => {
    const v = verdictFor(chat);
    expect(v.decision).toBe('ALLOW');
    expect(v.verdictId).toMatch(/^[0-9a-f-]{36}$/);
    expect([v.eventId, v.senderId, v.conversationId]).toEqual(['e1', 'u1', 'c1']);
    expect(v.signalFloor).toBe(ALLOW_SIGNAL_FLOOR);
    expect(v.signals).toEqual(chat.filter((s) => s.score >= ALLOW_SIGNAL_FLOOR));
    expect(v.signals.map((s) => `${s.classifier}.${s.label}`)).toEqual(['text.abuse', 'pii.phone']);
    expect(v.models).toEqual([
      { classifier: 'text', modelId: 'vigil-text-en', modelVersion: '2026-11-30' },
      { classifier: 'spam', modelId: 'spam-frequency', modelVersion: '1' },
      { classifier: 'pii', modelId: 'vigil-pii', modelVersion: '2026-11-30' },
    ]);
  });

  it('REVIEW and BLOCK keep every signal with its evidence', () => {
    const v = verdictFor(scam);
    expect(v.decision).not.toBe('ALLOW');
    expect(v.signalFloor).toBe(0);
    expect(v.signals).toEqual(scam);
    expect(v.models.map((m) => m.modelId)).toEqual(['vigil-text-zh', 'vigil-text-en', 'spam-frequency', 'vigil-pii']);
  });

  it('the slim ALLOW is smaller on the wire than the same verdict with every signal', () => {
    const v = verdictFor(chat);
    const slim = schemas.encode(SUBJECTS.verdict, v).length;
    const full = schemas.encode(SUBJECTS.verdict, { ...v, signals: chat, signalFloor: 0 }).length;
    expect(slim).toBeLessThan(full);
    expect(schemas.schema(SUBJECTS.verdict).version).toBe(5);
  });

  it('modelsOf: a text model\'s heads are one model, distinct versions stay apart', () => {
    expect(modelsOf([sig('text.scam', 1, 'vigil-text-en/scam'), sig('text.abuse', 1, 'vigil-text-en/abuse'), { ...sig('text.spam', 1, 'vigil-text-en/spam'), modelVersion: 'x' }]))
      .toEqual([{ classifier: 'text', modelId: 'vigil-text-en', modelVersion: '2026-11-30' }, { classifier: 'text', modelId: 'vigil-text-en', modelVersion: 'x' }]);
  });
});

describe('verdict v5 and older readers (Avro schema resolution)', () => {
  const allow = verdictFor(chat);
  const block = verdictFor(scam);

  for (const version of [1, 2, 3, 4]) {
    it(`a v${version} reader decodes v5 data: its own fields, the values written`, () => {
      const reader = file(version);
      const resolver = reader.createResolver(v5);
      const names = (reader.schema() as { fields: { name: string }[] }).fields.map((f) => f.name);
      for (const v of [allow, block]) {
        const read = reader.fromBuffer(v5.toBuffer(v), resolver) as Record<string, unknown>;
        const written = v5.fromBuffer(v5.toBuffer(v)) as Record<string, unknown>;
        expect(Object.keys(read).sort()).toEqual([...names].sort());
        for (const n of names) expect(read[n], `v${version} ${n}`).toEqual(written[n]);
      }
    });
  }

  it('a v5 reader decodes v4 data: no floor, no models listed', () => {
    const v4 = file(4);
    const { signalFloor: _f, models: _m, ...old } = block;
    const read = v5.fromBuffer(v4.toBuffer(old), v5.createResolver(v4)) as VerdictV5;
    expect(read.signalFloor).toBe(0);
    expect(read.models).toEqual([]);
    expect(read.signals).toEqual(scam);
    expect(read.decision).toBe(block.decision);
  });

  it('the shared Verdict type (services/schema/types.ts) names exactly the fields of the latest verdict schema', () => {
    // a key missing here, or one Verdict lacks, fails the type check (tsconfig.test.json)
    const fields: Record<keyof Verdict, true> = {
      verdictId: true, eventId: true, contentKind: true, senderId: true, conversationId: true, decision: true, actions: true, categories: true,
      policies: true, primaryPolicy: true, signals: true, jurisdiction: true, occurredAt: true, decidedAt: true, latencyMs: true, service: true,
      pipelineVersion: true, notes: true, rules: true, rulesVersion: true, strikes: true, strikeWeight: true, video: true, signalFloor: true, models: true,
    };
    const latest = schemas.schema(SUBJECTS.verdict).type.schema() as { fields: { name: string }[] };
    expect(Object.keys(fields).sort()).toEqual(latest.fields.map((f) => f.name).sort());
    const shared: Verdict = allow; // toVerdict's VerdictV5 is a Verdict with the v5 fields set
    expect(shared.models).toEqual(modelsOf(chat));
    expect(shared.signalFloor).toBe(ALLOW_SIGNAL_FLOOR);
  });

  it('the registry resolves v4 frames to v5 and writes v5 (id 13)', () => {
    const { signalFloor: _f, models: _m, ...old } = allow;
    const v4Entry = schemas.entries().find((e) => e.subject === SUBJECTS.verdict && e.version === 4)!;
    const d = schemas.decode<VerdictV5>(schemas.encode(SUBJECTS.verdict, old, v4Entry.id));
    expect(d.writerVersion).toBe(4);
    expect(d.value.models).toEqual([]);
    const framed = schemas.encode(SUBJECTS.verdict, allow);
    expect(framed.readUInt32BE(1)).toBe(13);
    expect(schemas.decode<VerdictV5>(framed).value.models).toEqual(allow.models);
  });
});
