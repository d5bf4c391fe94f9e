import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { compress as zstdCompress, decompress as zstdDecompress } from '@mongodb-js/zstd';
import SnappyCodec from 'kafkajs-snappy';
import lz4js from 'lz4js';
import { describe, expect, it } from 'vitest';
import { DecompressionRefusedError, decompressionRefusal, gzipCodec, lz4Codec, snappyCodec, zstdCodec, zstdDecompressedBound, type Codec } from '../../../services/runtime/compression.js';

const CAP = 1024 * 1024;
const limit = () => CAP;
/** A small bomb: 8 MiB of one byte, which every codec packs into a few KiB. */
const bomb = Buffer.alloc(8 * CAP, 0x41);
/** Half the cap of text-like records with some entropy: compressible, not trivially. */
const ordinary = Buffer.concat(Array.from({ length: 4096 }, (_, i) => Buffer.from(`{"eventId":"e${i}","text":"record ${i % 97} 内容 ${randomBytes(8).toString('hex')}"}`))).subarray(0, CAP / 2);
/** Exactly at the cap: still read. */
const atCap = Buffer.alloc(CAP, 0x42);

const plainGunzip = promisify(zlib.unzip);
const xerialHeader = Buffer.from([130, 83, 78, 65, 80, 80, 89, 0, 0, 0, 0, 1, 0, 0, 0, 1]);

/** Java-client (xerial) snappy framing: header, then length-prefixed raw snappy blocks of 32 KiB. */
async function xerial(data: Buffer): Promise<Buffer> {
  const parts: Buffer[] = [xerialHeader];
  for (let at = 0; at < data.length; at += 32 * 1024) {
    const block = await SnappyCodec().compress({ buffer: data.subarray(at, at + 32 * 1024) });
    const len = Buffer.alloc(4);
    len.writeUInt32BE(block.length);
    parts.push(len, block);
  }
  return Buffer.concat(parts);
}

const cases: { name: string; codec: Codec; pack: (b: Buffer) => Promise<Buffer>; plain: (b: Buffer) => Promise<Buffer> }[] = [
  { name: 'gzip', codec: gzipCodec(limit), pack: (b) => gzipCodec(limit).compress({ buffer: b }), plain: (b) => plainGunzip(b) },
  { name: 'lz4', codec: lz4Codec(limit), pack: async (b) => Buffer.from(lz4js.compress(b)), plain: async (b) => Buffer.from(lz4js.decompress(b)) },
  { name: 'zstd', codec: zstdCodec(limit), pack: (b) => zstdCompress(b, 3), plain: (b) => zstdDecompress(b) },
  { name: 'snappy (raw)', codec: snappyCodec(limit), pack: (b) => SnappyCodec().compress({ buffer: b }), plain: (b) => SnappyCodec().decompress(b) },
  { name: 'snappy (xerial)', codec: snappyCodec(limit), pack: xerial, plain: (b) => SnappyCodec().decompress(b) },
];

describe('codecs with a decompressed-size cap', () => {
  for (const { name, codec, pack, plain } of cases) {
    it(`${name}: a batch decompressing beyond the cap is refused with VGL_KAFKA_DECOMPRESSION`, async () => {
      const packed = await pack(bomb);
      expect(packed.length).toBeLessThan(bomb.length / 20); // a bomb indeed
      const err = await codec.decompress(packed).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DecompressionRefusedError);
      expect((err as DecompressionRefusedError).code).toBe('VGL_KAFKA_DECOMPRESSION');
      expect((err as DecompressionRefusedError).retriable).toBe(false);
      expect((err as DecompressionRefusedError).limit).toBe(CAP);
      expect((err as Error).message).toContain('KAFKA_MAX_DECOMPRESSED_BYTES');
    });

    it(`${name}: below and at the cap the output is the plain codec's`, async () => {
      for (const data of [ordinary, atCap, Buffer.from('x')]) {
        const packed = await pack(data);
        const out = await codec.decompress(packed);
        expect(out.equals(data)).toBe(true);
        expect(out.equals(await plain(packed))).toBe(true);
      }
    });
  }

  it('gzip: corrupt input is still the codec error, not a refusal', async () => {
    const err = await gzipCodec(limit).decompress(Buffer.from('not gzip at all')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(DecompressionRefusedError);
  });

  it('lz4: a frame whose header understates its content size is decoded in full within the cap, refused beyond it', async () => {
    const liar = (data: Buffer, claimed: number): Buffer => {
      // rebuild the lz4js frame with the content-size flag and a false size (descriptor checksum is not verified by lz4js)
      const frame = Buffer.from(lz4js.compress(data));
      const size = Buffer.alloc(8);
      size.writeBigUInt64LE(BigInt(claimed));
      const descriptor = frame[4]! | 0x08;
      return Buffer.concat([frame.subarray(0, 4), Buffer.from([descriptor, frame[5]!]), size, frame.subarray(6)]);
    };
    expect((await lz4Codec(limit).decompress(liar(ordinary, 100))).equals(ordinary)).toBe(true);
    await expect(lz4Codec(limit).decompress(liar(bomb, 100))).rejects.toBeInstanceOf(DecompressionRefusedError);
  });

  it('zstd: the header bound is never below the real size and refuses before decoding', async () => {
    for (const data of [ordinary, atCap, bomb, randomBytes(300_000)]) {
      const packed = await zstdCompress(data, 3);
      expect(zstdDecompressedBound(packed)).toBeGreaterThanOrEqual(data.length);
    }
    // two frames and a skippable frame between them: all counted
    const two = Buffer.concat([await zstdCompress(atCap, 3), Buffer.from([0x50, 0x2a, 0x4d, 0x18, 2, 0, 0, 0, 9, 9]), await zstdCompress(atCap, 3)]);
    expect(zstdDecompressedBound(two)).toBeGreaterThanOrEqual(2 * CAP);
    await expect(zstdCodec(limit).decompress(two)).rejects.toBeInstanceOf(DecompressionRefusedError);
    expect((await zstdCodec(() => 4 * CAP).decompress(two)).equals(Buffer.concat([atCap, atCap]))).toBe(true);
  });

  it('decompressionRefusal finds the refusal inside the errors kafkajs wraps it in', () => {
    const refusal = new DecompressionRefusedError('gzip', CAP, null);
    const wrapped = Object.assign(new Error('KafkaJSNonRetriableError'), { cause: Object.assign(new Error('inner'), { originalError: refusal }) });
    expect(decompressionRefusal(wrapped)).toBe(refusal);
    expect(decompressionRefusal(new Error('other'))).toBeNull();
  });
});
