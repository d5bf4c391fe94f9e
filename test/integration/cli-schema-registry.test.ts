import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { SchemaRegistry as ConfluentClient, SchemaType } from '@kafkajs/confluent-schema-registry';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type VigilConfig } from '../../services/common/config.js';
import { createServiceWorker } from '../../services/runtime/create-worker.js';
import { registeredText } from '../../services/schema/registry-schemas.js';
import { SUBJECTS } from '../../services/schema/types.js';
import { catalogue, kafka, schemas as embedded, testEnv, waitUntil } from './harness.js';
import { TestSchemaRegistry } from './schema-registry-server.js';

// `vigil produce` and `vigil verdicts` with VIGIL_SCHEMA_REGISTRY_URL use the same schemas as the
// workers (loadSchemas): events carry the registry's id of vigil's event schema, verdicts written with
// registry ids are read back through the registry.

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The CLI as a child process (async: the worker under test runs in this process). */
async function vigil(env: Record<string, string>, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'services/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env, LOG_LEVEL: 'silent', KAFKAJS_NO_PARTITIONER_WARNING: '1' }, timeout: 60_000, maxBuffer: 16 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

async function rawValues(config: VigilConfig, topic: string): Promise<Buffer[]> {
  const values: Buffer[] = [];
  const consumer = kafka(config).consumer({ groupId: `reader-${randomUUID()}`, maxWaitTimeInMs: 100, sessionTimeout: 6000, heartbeatInterval: 500 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void values.push(message.value!) });
  cleanups.push(() => consumer.disconnect());
  return values;
}

function eventsFile(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-sr-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'events.jsonl');
  writeFileSync(file, [0, 1, 2].map((i) => JSON.stringify({ kind: 'text', eventId: `${prefix}-${i}`, senderId: `cli-sender-${i}`, occurredAt: Date.now(), text: `hello from the command line, message ${i}` })).join('\n') + '\n');
  return file;
}

describe('vigil produce and vigil verdicts with a Schema Registry', () => {
  it('produce frames events with the registry id of the input subject (refusing when the platform has not registered it); verdicts reads registry-framed verdicts', async () => {
    const registry = await new TestSchemaRegistry().start();
    cleanups.push(() => registry.stop());
    const env = testEnv({ VIGIL_SCHEMA_REGISTRY_URL: registry.url });
    const config = loadConfig(env);
    const file = eventsFile('cli-sr');
    const subject = `${config.topics.text}-value`;

    // the platform owns the input subject: without it, no id is guessed and nothing is registered
    const refused = await vigil(env, ['produce', '--input', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('VGL_SCHEMA_REGISTRY');
    expect(refused.stderr).toContain(subject);
    expect(registry.subjectNames()).not.toContain(subject);

    const platform = new ConfluentClient({ host: registry.url });
    const latest = embedded.entries().filter((e) => e.subject === SUBJECTS.text).sort((a, b) => b.version - a.version)[0]!;
    const { id } = await platform.register({ type: SchemaType.AVRO, schema: registeredText(latest) }, { subject });
    expect(id).not.toBe(embedded.schema(SUBJECTS.text).id);

    const produced = await vigil(env, ['produce', '--input', file]);
    expect(produced.stderr).toBe('');
    expect(produced.code).toBe(0);
    const inputs = await rawValues(config, config.topics.text);
    await waitUntil(() => inputs.length >= 3, 30_000, 'the produced events');
    expect(inputs.map((v) => v.readUInt32BE(1))).toEqual([id, id, id]);
    const decoded = await Promise.all(inputs.map((v) => platform.decode(v) as Promise<{ eventId: string }>));
    expect(decoded.map((d) => d.eventId).sort()).toEqual(['cli-sr-0', 'cli-sr-1', 'cli-sr-2']);

    // a worker on the registry judges them and writes verdicts with the registry's ids
    const { worker } = await createServiceWorker('spam', config, { catalogue, defaultMetrics: false });
    cleanups.push(() => worker.stop(10_000));
    await worker.start();
    const verdictValues = await rawValues(config, config.topics.verdicts);
    await waitUntil(() => verdictValues.length >= 3, 60_000, 'verdicts');
    const verdictId = registry.versions(`${config.topics.verdicts}-value`)[0]!.id;
    expect(verdictValues.every((v) => v.readUInt32BE(1) === verdictId)).toBe(true);
    expect(() => embedded.decode(verdictValues[0]!)).toThrow(); // the embedded ids cannot read them

    const read = await vigil(env, ['verdicts', '--json', '--idle-ms', '1500']);
    expect(read.stderr).toBe('');
    expect(read.code).toBe(0);
    const lines = read.stdout.trim().split('\n').map((l) => JSON.parse(l) as { eventId: string; decision: string });
    expect(lines.map((l) => l.eventId).sort()).toEqual(['cli-sr-0', 'cli-sr-1', 'cli-sr-2']);
  });

  it('produce --register registers vigil\'s event schema under the input subject only, on a registry without it', async () => {
    const registry = await new TestSchemaRegistry().start();
    cleanups.push(() => registry.stop());
    const env = testEnv({ VIGIL_SCHEMA_REGISTRY_URL: registry.url });
    const config = loadConfig(env);
    const produced = await vigil(env, ['produce', '--input', eventsFile('cli-reg'), '--register']);
    expect(produced.code).toBe(0);
    const [version] = registry.versions(`${config.topics.text}-value`);
    expect(version).toBeDefined();
    const inputs = await rawValues(config, config.topics.text);
    await waitUntil(() => inputs.length >= 3, 30_000, 'the produced events');
    expect(inputs.map((v) => v.readUInt32BE(1))).toEqual([version!.id, version!.id, version!.id]);
    // only the input subject: produce registers none of the output subjects
    expect(registry.subjectNames()).toEqual([`${config.topics.text}-value`]);
  });
});
