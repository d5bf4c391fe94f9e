// Types of the two pure-JS codec packages that ship none.
declare module 'kafkajs-snappy' {
  const factory: () => { compress(encoder: { buffer: Buffer }): Promise<Buffer>; decompress(buffer: Buffer): Promise<Buffer> };
  export default factory;
}
declare module 'lz4js' {
  export function compress(src: Uint8Array, maxSize?: number): Uint8Array;
  export function decompress(src: Uint8Array, maxSize?: number): Uint8Array;
  /** Upper bound of the decompressed size, from the frame's content size or its block headers. */
  export function decompressBound(src: Uint8Array): number;
  /** Decodes a frame into dst; returns the decoded length (writes past dst's end are dropped, still counted). */
  export function decompressFrame(src: Uint8Array, dst: Uint8Array): number;
  const lz4js: { compress: typeof compress; decompress: typeof decompress; decompressBound: typeof decompressBound; decompressFrame: typeof decompressFrame };
  export default lz4js;
}
