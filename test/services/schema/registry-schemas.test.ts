import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchemaRegistry as ConfluentClient, SchemaType } from '@kafkajs/confluent-schema-registry';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, DecodeError, VigilError } from '../../../services/common/errors.js';
import { loadConfig, parseSchemaRegistry } from '../../../services/common/config.js';
import { SchemaRegistry } from '../../../services/schema/registry.js';
import { IncompatibleSchemaError, RegistrySchemas, backwardIncompatibility, loadSchemas, outputTopics, registeredText } from '../../../services/schema/registry-schemas.js';
import { SchemaRegistryUnavailableError } from '../../../services/schema/schema-registry-client.js';
import { SUBJECTS, type Verdict } from '../../../services/schema/types.js';
import { TestSchemaRegistry } from '../../integration/schema-registry-server.js';
import { makePki } from '../../integration/secure-broker.js';

const embedded = SchemaRegistry.load();
const text = { eventId: 'e1', occurredAt: 1_732_590_000_000, source: 'chat', senderId: 'u1', conversationId: 'c1', jurisdiction: 'CN', locale: 'zh-CN', text: '你好, world', replyToEventId: null, contexts: ['medical'] };
const image = { eventId: 'i1', occurredAt: 1, source: 'feed', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/png', bytes: Buffer.from([1, 2, 3]), caption: null, contexts: [] };

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function registry(o: ConstructorParameters<typeof TestSchemaRegistry>[0] = {}): Promise<TestSchemaRegistry> {
  const r = await new TestSchemaRegistry(o).start();
  cleanups.push(() => r.stop());
  return r;
}

function env(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return { KAFKA_BROKERS: '127.0.0.1:9', VIGIL_SCHEMA_REGISTRY_URL: url, ...extra };
}

function schemasFor(url: string, extra: Record<string, string> = {}): RegistrySchemas {
  const s = loadSchemas(loadConfig(env(url, extra)));
  expect(s).toBeInstanceOf(RegistrySchemas);
  cleanups.push(() => s.close());
  return s as RegistrySchemas;
}

/** How a chat service publishes: its own client registers the schema under `<topic>-value` and frames with that id. */
async function chatService(url: string, subject: string, schemaVersion: { subject: string; version: number }): Promise<{ id: number; encode: (v: unknown) => Promise<Buffer> }> {
  const client = new ConfluentClient({ host: url, retry: { retries: 0 } });
  const entry = embedded.entries().find((e) => e.subject === schemaVersion.subject && e.version === schemaVersion.version)!;
  const { id } = await client.register({ type: SchemaType.AVRO, schema: registeredText(entry) }, { subject });
  return { id, encode: (v) => client.encode(id, v) };
}

function decodeError(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DecodeError);
    return err as DecodeError;
  }
  throw new Error('expected a DecodeError');
}

describe('RegistrySchemas: input topics', () => {
  it('reads events framed with the registry ids a chat service got, resolving an older writer to vigil\'s reader', async () => {
    const r = await registry();
    const v2 = await chatService(r.url, 'vigil.events.text-value', { subject: SUBJECTS.text, version: 2 });
    const s = schemasFor(r.url);
    const buf = await v2.encode(text);
    expect(v2.id).toBeGreaterThan(1000);
    expect(v2.id).not.toBe(embedded.schema(SUBJECTS.text).id);
    expect(s.missing([buf, buf, null])).toEqual([v2.id]);
    await s.fetch(s.missing([buf]));
    expect(s.missing([buf])).toEqual([]);
    const d = s.decode(buf, [SUBJECTS.text, SUBJECTS.image]);
    expect(d).toEqual({ schemaId: v2.id, subject: SUBJECTS.text, writerVersion: 2, value: text });

    const v1 = await chatService(r.url, 'vigil.events.text-value', { subject: SUBJECTS.text, version: 1 });
    const { replyToEventId: _r, contexts: _c, ...old } = text;
    const d1 = await s.decodeFetched(await v1.encode(old), [SUBJECTS.text]);
    expect(d1.writerVersion).toBe(1);
    expect(d1.value).toEqual({ ...old, replyToEventId: null, contexts: [] });
    // one GET per id, then the cache
    expect(r.requests.filter((q) => q.startsWith('GET /schemas/ids/'))).toEqual([`GET /schemas/ids/${v2.id}`, `GET /schemas/ids/${v1.id}`]);
  });

  it('dead-letters an id the registry does not have (VGL_UNKNOWN_SCHEMA) and asks again only after a while', async () => {
    const r = await registry();
    const s = schemasFor(r.url);
    const buf = embedded.encode(SUBJECTS.text, text); // embedded id 6: no such id in this registry
    await s.fetch(s.missing([buf]));
    const e = decodeError(() => s.decode(buf, [SUBJECTS.text]));
    expect(e.code).toBe('VGL_UNKNOWN_SCHEMA');
    expect(e.message).toBe(`schema id ${embedded.schema(SUBJECTS.text).id} does not exist in the Schema Registry`);
    expect(s.missing([buf])).toEqual([]);
  });

  it('refuses a writer of another record, one that does not resolve, and corrupt bodies, with codes', async () => {
    const r = await registry();
    const img = await chatService(r.url, 'vigil.events.image-value', { subject: SUBJECTS.image, version: 1 });
    const s = schemasFor(r.url);
    const imgBuf = await img.encode(image);
    await s.fetch(s.missing([imgBuf]));
    expect(decodeError(() => s.decode(imgBuf, [SUBJECTS.text])).code).toBe('VGL_WRONG_SUBJECT');
    expect(s.decode(imgBuf, [SUBJECTS.image]).value).toEqual(image);

    // same record name, but `text` is an int: Avro resolution fails
    const bad = JSON.parse(registeredText(embedded.schema(SUBJECTS.text))) as { fields: { name: string; type: unknown }[] };
    bad.fields.find((f) => f.name === 'text')!.type = 'int';
    const badId = r.register('vigil.events.text-value', JSON.stringify(bad));
    const badBuf = Buffer.concat([Buffer.from([0, 0, 0, 0, 0]), Buffer.from([2, 0x61, 0])]);
    badBuf.writeUInt32BE(badId, 1);
    await s.fetch(s.missing([badBuf]));
    const e = decodeError(() => s.decode(badBuf, [SUBJECTS.text]));
    expect(e.code).toBe('VGL_AVRO_DECODE');
    expect(e.message).toMatch(new RegExp(`^schema id ${badId} \\(vigil.events.TextEvent\\) does not resolve to vigil's reader schema`));

    // the bounds check runs on registry writers too: a count far beyond the bytes is refused, not allocated
    const good = await (await chatService(r.url, 'vigil.events.text-value', { subject: SUBJECTS.text, version: 2 })).encode({ ...text, contexts: [] });
    const corrupt = Buffer.concat([good.subarray(0, good.length - 1), Buffer.from([0xfe, 0xff, 0xff, 0xff, 0x0f])]);
    await s.fetch(s.missing([corrupt]));
    const c = decodeError(() => s.decode(corrupt, [SUBJECTS.text]));
    expect(c.code).toBe('VGL_AVRO_DECODE');
    expect(c.message).toMatch(/items claimed/);
  });

  it('a registry that cannot answer is a retriable error, never a decode error; a 404 without the registry\'s code is one too', async () => {
    const r = await registry();
    const t = await chatService(r.url, 'vigil.events.text-value', { subject: SUBJECTS.text, version: 2 });
    const buf = await t.encode(text);
    const s = schemasFor(r.url);
    r.setAvailable(false);
    const err = await s.fetch(s.missing([buf])).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaRegistryUnavailableError);
    expect((err as VigilError).retriable).toBe(true);
    expect(s.missing([buf])).toEqual([t.id]); // nothing cached: asked again
    r.setAvailable(true);
    await s.fetch(s.missing([buf]));
    expect(s.decode(buf, [SUBJECTS.text]).value).toEqual(text);

    const wrongPath = schemasFor(`${r.url}/not-the-registry`);
    const e2 = await wrongPath.fetch(wrongPath.missing([buf])).then(() => null, (e: unknown) => e);
    expect(e2).toBeInstanceOf(SchemaRegistryUnavailableError);
    expect((e2 as Error).message).toBe(`Schema Registry GET /schemas/ids/${t.id}: HTTP 404 error_code 404`);
  });

  it('sends basic auth; refused credentials say which settings to check', async () => {
    const r = await registry({ auth: { username: 'vigil', password: 's3cret' } });
    r.register('vigil.events.text-value', registeredText(embedded.schema(SUBJECTS.text)));
    const buf = Buffer.concat([Buffer.from([0, 0, 0, 0, 0]), embedded.encode(SUBJECTS.text, text).subarray(5)]);
    buf.writeUInt32BE(1001, 1);
    const wrong = schemasFor(r.url, { VIGIL_SCHEMA_REGISTRY_USERNAME: 'vigil', VIGIL_SCHEMA_REGISTRY_PASSWORD: 'nope' });
    const e = await wrong.fetch([1001]).then(() => null, (x: unknown) => x as Error);
    expect(e?.message).toBe('Schema Registry GET /schemas/ids/1001: HTTP 401 error_code 40101 (check VIGIL_SCHEMA_REGISTRY_USERNAME and VIGIL_SCHEMA_REGISTRY_PASSWORD)');
    expect(e?.message).not.toContain('nope');
    const dir = mkdtempSync(join(tmpdir(), 'vigil-sr-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'password'), 's3cret\n');
    const right = schemasFor(r.url, { VIGIL_SCHEMA_REGISTRY_USERNAME: 'vigil', VIGIL_SCHEMA_REGISTRY_PASSWORD_FILE: join(dir, 'password') });
    expect((await right.decodeFetched(buf, [SUBJECTS.text])).value).toEqual(text);
  });
});

describe('RegistrySchemas over https', () => {
  it('verifies the registry with VIGIL_SCHEMA_REGISTRY_CA_FILE; without it a private CA is refused as unavailable', async () => {
    const pki = makePki();
    cleanups.push(() => rmSync(pki.dir, { recursive: true, force: true }));
    const r = await registry({ tls: { cert: readFileSync(pki.serverCert, 'utf8'), key: readFileSync(pki.serverKey, 'utf8') } });
    expect(r.url.startsWith('https://')).toBe(true);
    const id = r.register('vigil.events.text-value', registeredText(embedded.schema(SUBJECTS.text)));
    const buf = embedded.encode(SUBJECTS.text, text);
    buf.writeUInt32BE(id, 1);
    const untrusted = schemasFor(r.url);
    const e = await untrusted.fetch([id]).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(SchemaRegistryUnavailableError);
    expect((e as Error).message).toMatch(/^Schema Registry GET \/schemas\/ids\/\d+: (SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED_CERT)$/);
    const trusted = schemasFor(r.url, { VIGIL_SCHEMA_REGISTRY_CA_FILE: pki.ca });
    expect((await trusted.decodeFetched(buf, [SUBJECTS.text])).value).toEqual(text);
  });
});

describe('RegistrySchemas: output topics', () => {
  it('registers vigil\'s schemas under <topic>-value, encodes with the registry ids, and registers nothing twice', async () => {
    const r = await registry({ firstId: 500 });
    const config = loadConfig(env(r.url));
    const s = schemasFor(r.url);
    await s.open();
    const outputs = outputTopics(config.topics);
    expect(r.subjectNames().sort()).toEqual([...new Set(outputs.map((o) => `${o.topic}-value`))].sort());
    const verdictId = s.registryId(SUBJECTS.verdict)!;
    expect(verdictId).toBeGreaterThanOrEqual(500);
    expect(r.versions(`${config.topics.verdicts}-value`)).toEqual([{ id: verdictId, version: 1, schema: registeredText(embedded.schema(SUBJECTS.verdict)) }]);
    const verdict = embedded.decode<Verdict>(embedded.encode(SUBJECTS.verdict, embedded.schema(SUBJECTS.verdict).type.random())).value;
    const buf = s.encode(SUBJECTS.verdict, verdict);
    expect(buf.readUInt32BE(1)).toBe(verdictId);
    // another consumer, with the client library and nothing of vigil's, reads it through the registry
    expect(await new ConfluentClient({ host: r.url }).decode(buf)).toEqual(JSON.parse(JSON.stringify(verdict), (_k, v: unknown) => v));
    expect(s.decode(buf, [SUBJECTS.verdict]).value).toEqual(verdict);
    expect(() => s.encode(SUBJECTS.text, text)).toThrow(/vigil.events.TextEvent has no Schema Registry id/);

    const again = schemasFor(r.url);
    await again.open();
    expect(r.versions(`${config.topics.verdicts}-value`)).toHaveLength(1);
    expect(again.registryId(SUBJECTS.verdict)).toBe(verdictId);
  });

  it('registers a compatible new version after checking it, and refuses an incompatible one itself, naming the subject', async () => {
    const r = await registry();
    const config = loadConfig(env(r.url));
    const subject = `${config.topics.verdicts}-value`;
    const older = embedded.entries().find((e) => e.subject === SUBJECTS.verdict && e.version === 1)!;
    r.register(subject, registeredText(older));
    const s = schemasFor(r.url);
    await s.open();
    expect(r.versions(subject).map((v) => v.version)).toEqual([1, 2]);

    const r2 = await registry();
    const clash = JSON.parse(registeredText(embedded.schema(SUBJECTS.verdict))) as { fields: { name: string; type: unknown }[] };
    clash.fields.find((f) => f.name === 'eventId')!.type = 'long';
    r2.register(subject, JSON.stringify(clash));
    const refused = schemasFor(r2.url);
    const err = await refused.open().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(IncompatibleSchemaError);
    expect((err as IncompatibleSchemaError).code).toBe('VGL_SCHEMA_INCOMPATIBLE');
    expect((err as IncompatibleSchemaError).registrySubject).toBe(subject);
    expect((err as Error).message).toMatch(new RegExp(`^Schema Registry subject ${subject.replace(/\./g, '\\.')}: vigil's vigil.verdicts.Verdict v\\d+ cannot read data written with the registered latest version 1 \\(id 1001\\)`));
    expect(r2.versions(subject)).toHaveLength(1); // nothing registered
    expect(r2.requests.filter((q) => q === `POST /subjects/${subject}/versions`)).toEqual([]);
  });

  it('the check is Avro resolution: new readers of old data pass, a field without a default or a changed type fails', () => {
    const v4 = embedded.schema(SUBJECTS.verdict).type;
    const v1 = embedded.entries().find((e) => e.subject === SUBJECTS.verdict && e.version === 1)!;
    expect(backwardIncompatibility(v4, registeredText(v1))).toBeNull();
    const noDefault = JSON.parse(registeredText(embedded.schema(SUBJECTS.verdict))) as { fields: { name: string }[] };
    noDefault.fields = noDefault.fields.filter((f) => f.name !== 'eventId');
    expect(backwardIncompatibility(v4, JSON.stringify(noDefault))).toMatch(/eventId/);
    expect(backwardIncompatibility(v4, '{')).toMatch(/^the registered schema does not parse as Avro/);
  });
});

describe('VIGIL_SCHEMA_REGISTRY_* settings', () => {
  it('are parsed once: none set is the embedded registry; bad values are refused with the setting named', () => {
    expect(parseSchemaRegistry({})).toBeNull();
    expect(loadSchemas(loadConfig({ KAFKA_BROKERS: 'x:1' }))).not.toBeInstanceOf(RegistrySchemas);
    expect(parseSchemaRegistry({ VIGIL_SCHEMA_REGISTRY_URL: 'https://sr.example:8081/' })).toEqual({ url: 'https://sr.example:8081', username: null, password: null, ca: null });
    const refused = (e: Record<string, string>) => {
      try {
        parseSchemaRegistry(e);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      return 'accepted';
    };
    expect(refused({ VIGIL_SCHEMA_REGISTRY_URL: 'https://key:secret@sr.example' })).toBe('VIGIL_SCHEMA_REGISTRY_URL: carries credentials; give them in VIGIL_SCHEMA_REGISTRY_USERNAME and VIGIL_SCHEMA_REGISTRY_PASSWORD (or their _FILE forms)');
    expect(refused({ VIGIL_SCHEMA_REGISTRY_URL: 'ftp://sr' })).toBe('VIGIL_SCHEMA_REGISTRY_URL: ftp: is not http: or https:');
    expect(refused({ VIGIL_SCHEMA_REGISTRY_URL: 'http://sr', VIGIL_SCHEMA_REGISTRY_USERNAME: 'u' })).toBe('VIGIL_SCHEMA_REGISTRY_USERNAME and VIGIL_SCHEMA_REGISTRY_PASSWORD: give both for basic auth, or neither');
    expect(refused({ VIGIL_SCHEMA_REGISTRY_URL: 'http://sr', VIGIL_SCHEMA_REGISTRY_CA_FILE: '/nonexistent.pem' })).toBe('VIGIL_SCHEMA_REGISTRY_CA_FILE: /nonexistent.pem cannot be read (ENOENT)');
  });
});

describe('RegistrySchemas: producing to the input topics (vigil produce)', () => {
  it('encodes with the id the platform registered for vigil\'s event schema; refuses a subject without it; registers only when asked, after the BACKWARD check', async () => {
    const r = await registry();
    const config = loadConfig(env(r.url));
    const subject = `${config.topics.text}-value`;
    const inputs = [{ topic: config.topics.text, subject: SUBJECTS.text }];

    const missing = schemasFor(r.url);
    const err = await missing.openInputs(inputs, { register: false }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(VigilError);
    expect((err as VigilError).code).toBe('VGL_SCHEMA_REGISTRY');
    expect((err as Error).message).toContain(subject);
    expect(r.subjectNames()).toEqual([]); // nothing registered
    expect(() => missing.encode(SUBJECTS.text, text)).toThrow(VigilError);

    const id = r.register(subject, registeredText(embedded.schema(SUBJECTS.text)));
    const s = schemasFor(r.url);
    await s.openInputs(inputs, { register: false });
    const framed = s.encode(SUBJECTS.text, text);
    expect(framed.readUInt32BE(1)).toBe(id);
    expect(framed.subarray(5).equals(embedded.encode(SUBJECTS.text, text).subarray(5))).toBe(true); // same Avro body, the registry's id
    expect((await new ConfluentClient({ host: r.url }).decode(framed)) as { eventId: string }).toMatchObject({ eventId: 'e1' });
    expect(r.subjectNames()).toEqual([subject]); // no output subject registered by a producer

    const r2 = await registry();
    const clash = JSON.parse(registeredText(embedded.schema(SUBJECTS.text))) as { fields: { name: string; type: unknown }[] };
    clash.fields.find((f) => f.name === 'eventId')!.type = 'long';
    r2.register(subject, JSON.stringify(clash));
    const refused = await schemasFor(r2.url).openInputs(inputs, { register: true }).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(IncompatibleSchemaError);
    expect(r2.versions(subject)).toHaveLength(1);

    const r3 = await registry();
    await schemasFor(r3.url).openInputs(inputs, { register: true });
    expect(r3.versions(subject)).toHaveLength(1);
  });
});
