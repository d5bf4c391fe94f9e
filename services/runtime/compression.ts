/**
 * vigil's Kafka compression codecs, each with a cap on what one record batch may decompress to.
 *
 * kafkajs bounds only the compressed bytes of a fetch (maxBytes, maxBytesPerPartition); a small batch
 * of zeros can inflate to gigabytes. Every codec here checks the size before it spends the memory,
 * with what its format offers: gzip stops zlib at the cap (`maxOutputLength`); lz4 reads the frame's
 * block headers and decompresses into a buffer of at most the cap (lz4js writes past a typed array's
 * end are dropped, its count is not); zstd walks the frame and block headers (raw and RLE blocks state
 * their size, a compressed block is at most min(window, 128 KiB)) before handing the frame to the
 * native decoder; snappy reads the uncompressed length each block states (snappyjs allocates exactly
 * that and fails if the data would not fit). A refused batch throws DecompressionRefusedError
 * (VGL_KAFKA_DECOMPRESSION, not retriable).
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { compress as zstdCompress, decompress as zstdDecompress } from '@mongodb-js/zstd';
import SnappyCodec from 'kafkajs-snappy';
import lz4js from 'lz4js';
import { VigilError } from '../common/errors.js';

const gzip = promisify(zlib.gzip);
const unzip = promisify(zlib.unzip) as (buf: Buffer, options: zlib.ZlibOptions) => Promise<Buffer>;

export interface Codec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}

export type CodecName = 'gzip' | 'lz4' | 'zstd' | 'snappy';

/** A record batch would decompress beyond KAFKA_MAX_DECOMPRESSED_BYTES. Never retriable: the same bytes are refused again. */
export class DecompressionRefusedError extends VigilError {
  constructor(
    readonly codec: CodecName,
    readonly limit: number,
    /** What the batch would decompress to, or at least (a bound read from its headers). */
    readonly size: number | null,
  ) {
    super('VGL_KAFKA_DECOMPRESSION', `${codec} record batch would decompress to ${size === null ? 'more than' : `${size >= limit ? 'at least ' : ''}${size} bytes, over`} KAFKA_MAX_DECOMPRESSED_BYTES ${limit}`);
  }
}

/** The refusal in an error kafkajs raised (it wraps what a codec throws in KafkaJSNonRetriableError). */
export function decompressionRefusal(err: unknown): DecompressionRefusedError | null {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 8; depth++) {
    if (e instanceof DecompressionRefusedError) return e;
    e = (e as Error & { cause?: unknown; originalError?: unknown }).cause ?? (e as Error & { originalError?: unknown }).originalError;
  }
  return null;
}

/** gzip (and zlib, which kafkajs's own codec also accepts): zlib stops at the cap. */
export const gzipCodec = (limit: () => number): Codec => ({
  compress: (encoder) => gzip(encoder.buffer),
  decompress: async (buffer) => {
    const max = limit();
    try {
      return await unzip(buffer, { maxOutputLength: max });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new DecompressionRefusedError('gzip', max, null);
      throw err;
    }
  },
});

/** LZ4 frames (Kafka's lz4 since message format v1; librdkafka and the Java client write these). */
export const lz4Codec = (limit: () => number): Codec => ({
  compress: async (encoder) => Buffer.from(lz4js.compress(encoder.buffer)),
  decompress: async (buffer) => {
    const max = limit();
    // the content size of the header, or the block count times the block size; either may be wrong
    // (a header can lie), so the decoded length is checked as well
    const bound = lz4js.decompressBound(buffer);
    let dst = Buffer.alloc(Math.min(bound, max));
    let n = lz4js.decompressFrame(buffer, dst);
    if (n > max) throw new DecompressionRefusedError('lz4', max, n);
    if (n > dst.length) {
      // a header that understated the size, still within the cap: decode again into room enough
      dst = Buffer.alloc(n);
      n = lz4js.decompressFrame(buffer, dst);
    }
    return n === dst.length ? dst : dst.subarray(0, n);
  },
});

const ZSTD_MAGIC = 0xfd2fb528;
const ZSTD_BLOCK_MAX = 128 * 1024;

/**
 * The most a zstd input (one or more frames, skippable frames included) can decompress to, read from
 * its frame and block headers without decoding: raw and RLE blocks state their size, a compressed
 * block is at most min(window size, 128 KiB). Stops counting once past `stopAbove`. Malformed
 * headers are left to the decoder to reject (the bound then counts what was read).
 */
export function zstdDecompressedBound(buf: Buffer, stopAbove = Number.MAX_SAFE_INTEGER): number {
  let at = 0;
  let total = 0;
  while (at + 4 <= buf.length && total <= stopAbove) {
    const magic = buf.readUInt32LE(at);
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      if (at + 8 > buf.length) break;
      at += 8 + buf.readUInt32LE(at + 4); // skippable frame: no output
      continue;
    }
    if (magic !== ZSTD_MAGIC || at + 5 > buf.length) break;
    const fhd = buf[at + 4]!;
    at += 5;
    const fcsFlag = fhd >> 6;
    const singleSegment = (fhd & 0x20) !== 0;
    const checksum = (fhd & 0x04) !== 0;
    const didSize = [0, 1, 2, 4][fhd & 0x03]!;
    let windowSize = Number.MAX_SAFE_INTEGER;
    if (!singleSegment) {
      if (at >= buf.length) break;
      const wd = buf[at++]!;
      const base = 2 ** (10 + (wd >> 3));
      windowSize = base + (base / 8) * (wd & 0x07);
    }
    at += didSize;
    const fcsSize = fcsFlag === 0 ? (singleSegment ? 1 : 0) : [0, 2, 4, 8][fcsFlag]!;
    if (singleSegment && at + fcsSize <= buf.length) {
      // the window is the content size
      if (fcsSize === 1) windowSize = buf[at]!;
      else if (fcsSize === 2) windowSize = buf.readUInt16LE(at) + 256;
      else if (fcsSize === 4) windowSize = buf.readUInt32LE(at);
      else if (fcsSize === 8) windowSize = Number(buf.readBigUInt64LE(at));
    }
    at += fcsSize;
    const blockMax = Math.min(windowSize, ZSTD_BLOCK_MAX);
    for (;;) {
      if (at + 3 > buf.length) return total;
      const header = buf[at]! | (buf[at + 1]! << 8) | (buf[at + 2]! << 16);
      at += 3;
      const last = (header & 1) === 1;
      const type = (header >> 1) & 3;
      const size = header >>> 3;
      if (type === 0) {
        total += size;
        at += size;
      } else if (type === 1) {
        total += size;
        at += 1;
      } else {
        total += blockMax;
        at += size;
      }
      if (last || total > stopAbove) break;
    }
    if (checksum) at += 4;
  }
  return total;
}

export const zstdCodec = (limit: () => number): Codec => ({
  compress: (encoder) => zstdCompress(encoder.buffer, 3),
  decompress: async (buffer) => {
    const max = limit();
    const bound = zstdDecompressedBound(buffer, max);
    if (bound > max) throw new DecompressionRefusedError('zstd', max, bound);
    const out = await zstdDecompress(buffer);
    if (out.length > max) throw new DecompressionRefusedError('zstd', max, out.length); // a header the decoder read otherwise
    return out;
  },
});

const XERIAL_HEADER = Buffer.from([130, 83, 78, 65, 80, 80, 89, 0]);

/** The uncompressed length a raw snappy block states (its leading varint); -1 if unreadable. */
function snappyLength(buf: Buffer, from: number, end: number): number {
  let result = 0;
  for (let shift = 0, i = from; i < end && shift <= 28; shift += 7, i++) {
    const c = buf[i]!;
    result += (c & 0x7f) * 2 ** shift;
    if ((c & 0x80) === 0) return result;
  }
  return -1;
}

/** Snappy, raw or in xerial framing (the Java client's), as kafkajs-snappy reads it. */
export const snappyCodec = (limit: () => number): Codec => {
  const plain = SnappyCodec();
  return {
    compress: (encoder) => plain.compress(encoder),
    decompress: async (buffer) => {
      const max = limit();
      let total = 0;
      if (buffer.subarray(0, 8).equals(XERIAL_HEADER)) {
        for (let at = 16; at + 4 <= buffer.length && total <= max; ) {
          const size = buffer.readUInt32BE(at);
          at += 4;
          const n = snappyLength(buffer, at, Math.min(buffer.length, at + size));
          if (n > 0) total += n;
          at += size;
        }
      } else {
        total = Math.max(0, snappyLength(buffer, 0, buffer.length));
      }
      if (total > max) throw new DecompressionRefusedError('snappy', max, total);
      return plain.decompress(buffer);
    },
  };
};
