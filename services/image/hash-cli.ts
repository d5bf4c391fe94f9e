/**
 * `vigil hash`: PDQ (with quality), MD5 and SHA-256 of image files — the decode-and-hash path of the
 * image worker (decodeImage + hashDecoded), so a file gives the same PDQ here as in the worker. Kept
 * apart from the CLI's other commands so that hashing a folder of photos loads only what it needs:
 * bin/vigil runs this module directly for `hash` (services/cli/main.ts also dispatches to it).
 * `--pdq-only` prints PDQ and quality alone, as the reference hasher does: no digests, and JPEGs'
 * luma decoded alone (pdqImage in hash.ts: within a bit or two of the default's PDQ).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { VigilError, describeError } from '../common/errors.js';
import { hashImage, pdqImage } from './hash.js';
import { endOnClosedPipe, exitAfterFlush, onOutputClosed, outputClosed } from '../cli/closed-pipe.js';

let readBuffer = Buffer.allocUnsafeSlow(1 << 20);

/**
 * A whole file, read into one buffer kept from file to file (valid until the next call): a fresh buffer
 * per photo is fresh pages for the kernel to zero and fault in, which cost more than the digests.
 */
function readWhole(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size + 1 > readBuffer.length) readBuffer = Buffer.allocUnsafeSlow(size + 1 + (size >> 2));
    let n = 0;
    for (;;) {
      const got = readSync(fd, readBuffer, n, readBuffer.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === readBuffer.length) { // grew while read (or a file whose size stat does not know)
        const grown = Buffer.allocUnsafeSlow(readBuffer.length * 2);
        readBuffer.copy(grown, 0, 0, n);
        readBuffer = grown;
      }
    }
    return readBuffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export async function hashCommand(args: string[]): Promise<number> {
  // a reader that stops early (| head): the file in hand is finished (libvips and ffmpeg work is not cut off
  // by process.exit), the rest skipped
  const unregister = onOutputClosed(() => {});
  try {
    return await hashFiles(args);
  } finally {
    unregister();
  }
}

async function hashFiles(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { dihedral: { type: 'boolean' }, 'pdq-only': { type: 'boolean' }, video: { type: 'boolean' }, fps: { type: 'string' }, csv: { type: 'string' } } });
  if (!positionals.length) throw new VigilError('VGL_INPUT', 'hash: give one or more image (or, with --video, video) files');
  if (values.video) {
    const [{ extractFrames }, { loadConfig }] = await Promise.all([import('../video/frames.js'), import('../common/config.js')]);
    // frame hashes of videos: JSON lines, or CSV rows for a video bank (video_id,pdq,quality)
    if (values.csv !== undefined) process.stdout.write('video_id,pdq,quality\n');
    const fps = values.fps ? Number(values.fps) : loadConfig(process.env, { withoutKafka: true }).video.fps;
    for (const [n, file] of positionals.entries()) {
      if (outputClosed()) break;
      const frames = await extractFrames(file, fps);
      for (const f of frames) {
        if (outputClosed()) break;
        const h = await hashImage(f.bytes);
        if (values.csv !== undefined) process.stdout.write(`${values.csv || file}${positionals.length > 1 && values.csv ? `-${n}` : ''},${h.pdq},${h.quality}\n`);
        else process.stdout.write(JSON.stringify({ file, frameIndex: f.frameIndex, ptsMs: f.ptsMs, pdq: h.pdq, quality: h.quality }) + '\n');
      }
    }
    return 0;
  }
  let failed = 0;
  const out: string[] = [];
  for (const file of positionals) {
    if (outputClosed()) break;
    try {
      const bytes = readWhole(file); // hashed before the next read reuses its buffer
      const h = values['pdq-only'] ? await pdqImage(bytes, { dihedral: values.dihedral ?? false }) : await hashImage(bytes, { dihedral: values.dihedral ?? false });
      out.push(JSON.stringify({ file, ...h }));
    } catch (err) {
      failed++;
      out.push(JSON.stringify({ file, error: describeError(err).message }));
    }
    // one write per 64 files: a write per line costs more than hashing a small picture
    if (out.length >= 64) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return failed ? 1 : 0;
}

// run directly (bin/vigil hash …): the first argument is the command name
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  endOnClosedPipe();
  hashCommand(process.argv.slice(3)).then(exitAfterFlush, (err: unknown) => {
    const d = describeError(err);
    process.stderr.write(`vigil: ${d.code}: ${d.message}\n`);
    exitAfterFlush(d.code === 'VGL_INPUT' ? 2 : 1);
  });
}
