import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../services/common/config.js';
import type { ContentEvent } from '../../services/schema/types.js';
import { TopicReader, encodeEvent, produce, testEnv, type Verdict } from './harness.js';

const ROOT = resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

function spawnWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/cli/main.ts', 'serve', 'spam'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.resume();
  children.push(child);
  return child;
}

function events(n: number): ContentEvent[] {
  const start = Date.now() - 3_600_000;
  return Array.from({ length: n }, (_, i) => ({
    kind: 'text' as const,
    eventId: `kill-${i}`,
    occurredAt: start + i * 1000,
    source: 'chat',
    senderId: `sender-${i % 97}`,
    conversationId: `conv-${i % 13}`,
    jurisdiction: null,
    locale: null,
    text: `message number ${i} about the weekend plans`,
    replyToEventId: null,
    contexts: [],
  }));
}

describe('a worker killed with SIGKILL mid-stream', () => {
  it('loses nothing: after restarts every event has a verdict, duplicates bounded by the in-flight batches', async () => {
    const batch = 25;
    const env = testEnv({ VIGIL_MAX_BATCH_EVENTS: String(batch), VIGIL_PARTITIONS_CONCURRENTLY: '2' });
    const config = loadConfig(env);
    const input = events(4000);
    await produce(config, config.topics.text, input.map(encodeEvent));
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    try {
      let kills = 0;
      for (const threshold of [300, 1500]) {
        const child = spawnWorker(env);
        await verdicts.waitFor((r) => r.length >= threshold, 90_000);
        if (verdicts.records.length >= input.length) break; // finished before the kill: nothing to prove this round
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
        kills++;
      }
      expect(kills).toBeGreaterThan(0);
      spawnWorker(env);
      await verdicts.waitFor((r) => new Set(r.map((v) => v.eventId)).size >= input.length, 120_000);
      const ids = new Set(verdicts.records.map((v) => v.eventId));
      for (const e of input) expect(ids.has(e.eventId)).toBe(true);
      const duplicates = verdicts.records.length - ids.size;
      // at most the chunks in flight on each concurrently processed partition, per kill
      expect(duplicates).toBeLessThanOrEqual(kills * 2 * batch);
      // a redelivered event gets the same verdict id
      const byEvent = new Map<string, string>();
      for (const v of verdicts.records) {
        const prev = byEvent.get(v.eventId);
        if (prev) expect(v.verdictId).toBe(prev);
        byEvent.set(v.eventId, v.verdictId);
      }
    } finally {
      await verdicts.stop();
    }
  });

  it('exits 0 on SIGTERM after finishing its batch', async () => {
    const env = testEnv();
    const config = loadConfig(env);
    await produce(config, config.topics.text, events(50).map(encodeEvent));
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    try {
      const child = spawnWorker(env);
      await verdicts.waitFor((r) => r.length >= 50, 60_000);
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
      expect(code).toBe(0);
    } finally {
      await verdicts.stop();
    }
  });
});
