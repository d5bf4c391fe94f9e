import { afterEach, describe, expect, it } from 'vitest';
import { sampleFeed } from '../../services/cli/sample.js';
import { SUBJECTS } from '../../services/schema/types.js';
import type { Worker } from '../../services/runtime/worker.js';
import { TopicReader, encodeEvent, httpGet, produce, schemas, startWorker, testEnv, waitUntil, type DeadLetter, type Verdict } from './harness.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function running(env: Record<string, string>): Promise<{ worker: Worker; port: number; registry: import('prom-client').Registry; config: import('../../services/common/config.js').VigilConfig }> {
  const { worker, registry, config } = await startWorker(env);
  cleanups.push(() => worker.stop(10_000));
  await worker.start();
  await waitUntil(() => worker.isReady(), 30_000, 'worker ready');
  return { worker, port: worker.httpPort!, registry, config };
}

describe('spam worker on the local broker', () => {
  it('judges every event once and flags the burst sender and the campaign, not the chatter', async () => {
    const env = testEnv();
    const feed = sampleFeed({ prefix: 'p1', start: Date.now() - 20 * 60_000 });
    const { config } = await running(env);
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    // the blocks topic is this test's own (test/integration/harness.ts), not the shared default
    expect(config.topics.blocks).toBe(env.VIGIL_TOPIC_BLOCKS);
    expect(config.topics.blocks).toMatch(/^vigil-test-[0-9a-f]{8}\.blocks$/);
    const blocks = await new TopicReader<Verdict>(config, config.topics.blocks).start();
    cleanups.push(() => verdicts.stop(), () => blocks.stop());
    await produce(config, config.topics.text, feed.events.map(encodeEvent));
    await verdicts.waitFor((r) => new Set(r.map((v) => v.eventId)).size >= feed.events.length);
    const blocked = new Set(verdicts.records.filter((v) => v.decision === 'BLOCK').map((v) => v.eventId));
    await blocks.waitFor((r) => new Set(r.map((v) => v.eventId)).size >= blocked.size);
    // exactly this test's blocks: nothing another test wrote
    expect(new Set(blocks.records.map((v) => v.eventId))).toEqual(blocked);

    const byEvent = new Map(verdicts.records.map((v) => [v.eventId, v]));
    expect(byEvent.size).toBe(feed.events.length);
    for (const e of feed.events) expect(byEvent.has(e.eventId)).toBe(true);

    const bySender = (s: string) => verdicts.records.filter((v) => v.senderId === s);
    const burst = bySender(feed.burstSender);
    expect(burst.filter((v) => v.decision === 'BLOCK').length).toBeGreaterThan(0);
    expect(burst.filter((v) => v.decision !== 'ALLOW').length).toBe(30); // events 21..50 of 50 in 10 s
    expect(burst.find((v) => v.decision === 'BLOCK')!.policies.map((p) => p.id)).toEqual(['cg-spam.b', 'aup-6.a']);

    const campaign = feed.campaignSenders.flatMap(bySender);
    expect(campaign.filter((v) => v.decision === 'BLOCK').length).toBeGreaterThanOrEqual(75);
    const flagged = campaign.find((v) => v.decision === 'BLOCK')!;
    expect(flagged.policies.map((p) => p.id)).toContain('cg-spam.a');
    expect(flagged.actions).toEqual(['REMOVE_CONTENT', 'RESTRICT_ACCOUNT']);
    expect(Number(flagged.signals.find((s) => s.label === 'campaign')!.evidence.clusterSenders)).toBeGreaterThanOrEqual(20);

    const chatter = feed.ordinarySenders.flatMap(bySender);
    expect(chatter).toHaveLength(180);
    expect(chatter.every((v) => v.decision === 'ALLOW')).toBe(true);
  });

  it('sends poison messages to the dead-letter topic with reasons and stays healthy', async () => {
    const env = testEnv();
    const { port, config } = await running(env);
    const dead = await new TopicReader<DeadLetter>(config, config.topics.deadLetter).start();
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    cleanups.push(() => dead.stop(), () => verdicts.stop());

    const good = sampleFeed({ prefix: 'p2', start: Date.now() - 60_000 }).events.slice(0, 5);
    const valid = schemas.encode(SUBJECTS.text, { eventId: 'x', occurredAt: Date.now(), source: 'chat', senderId: 's', conversationId: null, jurisdiction: null, locale: null, text: 'hello there', replyToEventId: null, contexts: [] });
    const unknownId = Buffer.from(valid);
    unknownId.writeUInt32BE(4242, 1);
    const badUtf8 = Buffer.from(valid);
    const at = badUtf8.indexOf('hello there');
    badUtf8[at] = 0xff;
    const image = schemas.encode(SUBJECTS.image, { eventId: 'img', occurredAt: Date.now(), source: 'chat', senderId: 's', conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/png', bytes: Buffer.from([1, 2, 3]), caption: null, contexts: [] });
    const emptyId = schemas.encode(SUBJECTS.text, { eventId: '', occurredAt: Date.now(), source: 'chat', senderId: 's', conversationId: null, jurisdiction: null, locale: null, text: 'hi', replyToEventId: null, contexts: [] });
    const poison = [
      { key: 'a', value: Buffer.from('plain text, no framing') },
      { key: 'b', value: unknownId },
      { key: 'c', value: valid.subarray(0, valid.length - 4) },
      { key: 'd', value: badUtf8 },
      { key: 'e', value: null },
      { key: 'f', value: schemas.encode(SUBJECTS.deadLetter, { originalKey: null, originalValue: null, topic: 't', partition: 0, offset: '0', errorCode: 'X', reason: 'r', service: 's', failedAt: Date.now() }) },
      { key: 'g', value: emptyId },
    ];
    await produce(config, config.topics.text, [...poison, ...good.map(encodeEvent)]);
    await produce(config, config.topics.image, [{ key: 's', value: image }]);
    await dead.waitFor((r) => r.length >= poison.length);
    await verdicts.waitFor((r) => r.length >= good.length + 1);

    const codes = dead.records.map((d) => d.errorCode).sort();
    expect(codes).toEqual(['VGL_AVRO_DECODE', 'VGL_FRAMING', 'VGL_FRAMING', 'VGL_INVALID_EVENT', 'VGL_INVALID_UTF8', 'VGL_UNKNOWN_SCHEMA', 'VGL_WRONG_SUBJECT']);
    const unknown = dead.records.find((d) => d.errorCode === 'VGL_UNKNOWN_SCHEMA')!;
    expect(unknown.reason).toBe('unknown schema id 4242');
    expect(unknown.originalValue!.equals(unknownId)).toBe(true);
    expect(unknown.topic).toBe(config.topics.text);
    expect(dead.records.find((d) => d.errorCode === 'VGL_INVALID_EVENT')!.reason).toBe('/eventId: must not be empty');

    expect((await httpGet(port, '/healthz')).status).toBe(200);
    expect((await httpGet(port, '/readyz')).status).toBe(200);
    const metrics = (await httpGet(port, '/metrics')).body;
    expect(metrics).toMatch(/vigil_dead_letters_total\{service="spam",reason="VGL_FRAMING"\} 2/);
    expect(metrics).toMatch(/vigil_dead_letters_total\{service="spam",reason="VGL_UNKNOWN_SCHEMA"\} 1/);
    expect(metrics).toMatch(/vigil_verdicts_total\{service="spam",decision="ALLOW",category="none"\} 6/);
    expect(metrics).toMatch(/vigil_consumer_lag_messages\{service="spam",topic="[^"]+",partition="\d"\} 0/);
  });

  it('judges an event written with schema v1 through the v2 reader', async () => {
    const env = testEnv();
    const { config } = await running(env);
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    cleanups.push(() => verdicts.stop());
    const v1 = schemas.entries().find((e) => e.subject === SUBJECTS.text && e.version === 1)!;
    const value = schemas.encode(SUBJECTS.text, { eventId: 'old-writer', occurredAt: Date.now(), source: 'chat', senderId: 'legacy', conversationId: null, jurisdiction: 'KR', locale: null, text: 'hello from an old client' }, v1.id);
    await produce(config, config.topics.text, [{ key: 'legacy', value }]);
    await verdicts.waitFor((r) => r.length >= 1);
    expect(verdicts.records[0]).toMatchObject({ eventId: 'old-writer', decision: 'ALLOW', jurisdiction: 'KR' });
  });

  it('commits on graceful stop: a restarted worker in the same group judges nothing twice', async () => {
    const env = testEnv();
    const events = sampleFeed({ prefix: 'p4', start: Date.now() - 60_000 }).events.slice(0, 200);
    const first = await startWorker(env);
    await first.worker.start();
    const verdicts = await new TopicReader<Verdict>(first.config, first.config.topics.verdicts).start();
    cleanups.push(() => verdicts.stop());
    await produce(first.config, first.config.topics.text, events.map(encodeEvent));
    await verdicts.waitFor((r) => r.length >= 200);
    expect(await first.worker.stop(15_000)).toBe(true);

    const second = await startWorker(env);
    cleanups.push(() => second.worker.stop(10_000));
    await second.worker.start();
    await waitUntil(() => second.worker.isReady(), 30_000, 'second worker ready');
    await produce(second.config, second.config.topics.text, [encodeEvent({ ...events[0]!, eventId: 'after-restart' })]);
    await verdicts.waitFor((r) => r.some((v) => v.eventId === 'after-restart'));
    expect(verdicts.records).toHaveLength(201);
  });
});
