import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32c, recordEncoder, tuneKafkaEncoding } from '../../../services/runtime/kafka-encoding.js';

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
});
