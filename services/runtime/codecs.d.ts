// Types of the two pure-JS codec packages that ship none.
declare module 'kafkajs-snappy' {
  const factory: () => { compress(encoder: { buffer: Buffer }): Promise<Buffer>; decompress(buffer: Buffer): Promise<Buffer> };
  export default factory;
}
declare module 'lz4js' {
  export function compress(src: Uint8Array, maxSize?: number): Uint8Array;
  export function decompress(src: Uint8Array, maxSize?: number): Uint8Array;
  const lz4js: { compress: typeof compress; decompress: typeof decompress };
  export default lz4js;
}
