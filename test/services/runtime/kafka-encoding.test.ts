import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { crc32c, defaultPartitioner, murmur2, recordEncoder, tuneKafkaEncoding } from '../../../services/runtime/kafka-encoding.js';

const require = createRequire(import.meta.url);

/** A kafkajs module compiled afresh from its file: kafkajs's own code even where the module cache holds vigil's. */
function original<T>(path: string): T {
  const file = require.resolve(path);
  const m = new Module(file) as Module & { _compile(code: string, file: string): void; paths: string[] };
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(dirname(file));
  m._compile(readFileSync(file, 'utf8'), file);
  return m.exports as T;
}

type Enc = { buffer: Buffer };

describe('cheaper kafkajs produce encoding (services/runtime/kafka-encoding.ts): the same bytes', () => {
  it('computes the CRC32C kafkajs computes, at every length and alignment', () => {
    const theirs = original<(b: Buffer) => number>('kafkajs/src/protocol/recordBatch/crc32C/index.js');
    const big = randomBytes(70_000);
    for (let n = 0; n < 70; n++) for (const at of [0, 1, 3, 7]) expect(crc32c(big.subarray(at, at + n)), `${n}@${at}`).toBe(theirs(big.subarray(at, at + n)));
    expect(crc32c(big)).toBe(theirs(big));
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283); // the CRC-32C check value
  });

  it('encodes records byte for byte as kafkajs record v0 does (keys, values, headers, null and array headers, large deltas)', () => {
    const Encoder = require('kafkajs/src/protocol/encoder');
    const theirs = original<(r: object) => Enc>('kafkajs/src/protocol/recordBatch/record/v0/index.js');
    const ours = recordEncoder(Encoder);
    const records: Parameters<typeof ours>[0][] = [
      { key: Buffer.from('sender-1'), value: randomBytes(1300), headers: { 'vigil-verdict-id': 'v-0123456789abcdef', 'vigil-decision': 'REVIEW' } },
      { offsetDelta: 499, timestampDelta: 123_456_789, key: null, value: randomBytes(10) },
      { key: 'a string key', value: 'a string value — ünïcode', headers: { multi: ['x', Buffer.from('yz')], empty: '' } },
      { offsetDelta: 3, timestampDelta: 0, key: Buffer.alloc(0), value: randomBytes(70_000), headers: {} },
      { value: null },
    ];
    for (const [i, r] of records.entries()) expect(Buffer.compare((ours(r) as unknown as Enc).buffer, theirs(r).buffer), `record ${i}`).toBe(0);
  });

  it('is what kafkajs loads when installed before its first produce request', () => {
    // nothing in this file has loaded kafkajs's produce path (original() compiles outside the module cache)
    const crcFile = require.resolve('kafkajs/src/protocol/recordBatch/crc32C/index.js');
    const recordFile = require.resolve('kafkajs/src/protocol/recordBatch/record/v0/index.js');
    expect(require.cache[crcFile] ?? require.cache[recordFile]).toBeUndefined();
    tuneKafkaEncoding();
    expect(require(crcFile)).toBe(crc32c);
    // vigil's record encoder: a buffer of the record's exact size (kafkajs's starts at 512 bytes)
    const record = (require(recordFile) as (r: object) => Enc & { buf: Buffer })({ key: 'k', value: Buffer.from('v') });
    expect(record.buf.length).toBe(record.buffer.length);
    // its growth replaced (no zero-filling): an encoder grown past 512 bytes holds what was written
    const Encoder = require('kafkajs/src/protocol/encoder') as new () => { writeBytes(b: Buffer): unknown; buffer: Buffer };
    const big = randomBytes(5000);
    const e = new Encoder();
    e.writeBytes(big);
    expect(e.buffer.subarray(4).equals(big)).toBe(true);
  });

  it('writes varints and varlongs as kafkajs does (every length, negative, beyond 2^52)', () => {
    tuneKafkaEncoding();
    type E = { writeVarInt(v: number): E; writeUVarInt(v: number): E; writeVarLong(v: unknown): E; buffer: Buffer };
    const Ours = require('kafkajs/src/protocol/encoder') as new () => E;
    const Theirs = original<new () => E>('kafkajs/src/protocol/encoder');
    const ints = [0, 1, -1, 63, 64, -64, -65, 127, 128, 300, -300, 8191, 8192, 2 ** 20, 2 ** 27, 2 ** 30 - 1, 2 ** 30, -(2 ** 30), 2 ** 31 - 1, -(2 ** 31)];
    for (let i = 0; i < 200; i++) ints.push((Math.random() * 2 ** 32) | 0);
    const longs: unknown[] = [...ints, 2 ** 40, -(2 ** 40), 2 ** 52 - 1, -(2 ** 52) + 1, 2 ** 52, -(2 ** 52), Number.MAX_SAFE_INTEGER, '123456789012', 1700000000000, -1700000000000];
    for (let i = 0; i < 200; i++) longs.push(Math.round((Math.random() - 0.5) * 2 ** 53));
    for (const v of ints) {
      expect(new Ours().writeVarInt(v).buffer.equals(new Theirs().writeVarInt(v).buffer), `varint ${v}`).toBe(true);
      expect(new Ours().writeUVarInt(v).buffer.equals(new Theirs().writeUVarInt(v).buffer), `uvarint ${v}`).toBe(true);
    }
    for (const v of longs) expect(new Ours().writeVarLong(v).buffer.equals(new Theirs().writeVarLong(v).buffer), `varlong ${String(v)}`).toBe(true);
    // many in one encoder: growth past its first buffer
    const a = new Ours();
    const b = new Theirs();
    for (const v of longs) (a.writeVarLong(v), b.writeVarLong(v));
    expect(a.buffer.equals(b.buffer)).toBe(true);
  });

  it('encodes produce requests byte for byte as kafkajs does (several topics and partitions, idempotent and transactional, compressed and timestamped ones left to kafkajs)', async () => {
    tuneKafkaEncoding();
    type Req = (a: object) => { apiKey: number; apiVersion: number; apiName: string; expectResponse(): boolean; encode(): Promise<Enc> };
    const file = require.resolve('kafkajs/src/protocol/requests/produce/v3/request.js');
    const ours = require(file) as Req;
    const theirs = original<Req>(file);
    expect(ours).not.toBe(theirs);
    const msg = (i: number) => ({ key: i % 7 === 0 ? null : `s-${i}`, value: i % 11 === 0 ? 'a string value — ünïcode' : randomBytes(i % 3 === 0 ? 1300 : 40), headers: i % 5 === 0 ? undefined : { 'vigil-verdict-id': `v-${i}`, 'vigil-decision': 'REVIEW', ...(i % 4 === 0 ? { multi: ['x', Buffer.from('yz')] } : {}) } });
    const topicData = [
      { topic: 't.verdicts', partitions: [{ partition: 0, firstSequence: 17, messages: Array.from({ length: 300 }, (_, i) => msg(i)) }, { partition: 3, firstSequence: 0, messages: [msg(1)] }] },
      { topic: 't.review', partitions: [{ partition: 1, messages: Array.from({ length: 20 }, (_, i) => msg(i + 5)) }] },
      { topic: 't.empty', partitions: [{ partition: 2, firstSequence: 4, messages: [] }] },
    ];
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_764_000_000_123);
    try {
      const cases: object[] = [
        { acks: -1, timeout: 30000, topicData, producerId: 4242, producerEpoch: 3 },
        { acks: 1, timeout: 5000, topicData },
        { acks: -1, timeout: 30000, topicData, transactionalId: 'tx-1', producerId: 7, producerEpoch: 1 },
        { acks: 0, timeout: 1, topicData: [] },
        { acks: -1, timeout: 30000, topicData, compression: 1 }, // gzip: kafkajs's own
        { acks: -1, timeout: 30000, topicData: [{ topic: 't', partitions: [{ partition: 0, messages: [{ key: 'k', value: 'v', timestamp: '1700000000000' }, { key: 'k', value: 'w' }] }] }] },
      ];
      for (const [i, c] of cases.entries()) {
        const [a, b] = [ours(c), theirs(c)];
        expect({ ...a, encode: null, expectResponse: a.expectResponse() }, `case ${i}`).toEqual({ ...b, encode: null, expectResponse: b.expectResponse() });
        expect(Buffer.compare((await a.encode()).buffer, (await b.encode()).buffer), `case ${i}`).toBe(0);
      }
    } finally {
      now.mockRestore();
    }
  });

  it('partitions as kafkajs\'s default partitioner does (murmur2 of the key, as the Java client)', () => {
    const theirsMurmur = original<(k: Buffer | string) => number>('kafkajs/src/producer/partitioners/default/murmur2.js');
    const keys: (Buffer | string)[] = ['', 'a', 'ab', 'abc', 'abcd', 's-4999', '发送者-42', '21'];
    for (let i = 0; i < 500; i++) keys.push(randomBytes(i % 41), `sender-${i}-${randomBytes(3).toString('hex')}`);
    for (const k of keys) expect(murmur2(k), String(k)).toBe(theirsMurmur(k));
    expect(murmur2('21')).toBe(-973932308); // the Java client's value
    const { Partitioners } = require('kafkajs') as { Partitioners: { DefaultPartitioner: () => (a: object) => number } };
    const [a, b] = [defaultPartitioner(), Partitioners.DefaultPartitioner()];
    for (const n of [1, 3, 4, 12]) {
      const partitionMetadata = Array.from({ length: n }, (_, p) => ({ partitionId: p, leader: 0 }));
      for (const key of keys) expect(a({ topic: 't', partitionMetadata, message: { key } })).toBe(b({ topic: 't', partitionMetadata, message: { key } }));
      expect(a({ topic: 't', partitionMetadata, message: { key: 'k', partition: n - 1 } })).toBe(n - 1);
      // without a key: round robin over the partitions with a leader
      const led = partitionMetadata.map((p, i) => ({ ...p, leader: i % 2 === 0 ? 0 : -1 }));
      const seen = new Set(Array.from({ length: 2 * n }, () => a({ topic: 'u', partitionMetadata: led, message: { key: null } })));
      expect([...seen].sort((x, y) => x - y)).toEqual(led.filter((p) => p.leader >= 0).map((p) => p.partitionId));
    }
  });
});
