/**
 * `vigil hash`: PDQ (with quality), MD5 and SHA-256 of image files — the decode-and-hash path of the
 * image worker (decodeImage + hashDecoded), so a file gives the same PDQ here as in the worker. Kept
 * apart from the CLI's other commands so that hashing a folder of photos loads only what it needs:
 * bin/vigil runs this module directly for `hash` (services/cli/main.ts also dispatches to it).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { VigilError, describeError } from '../common/errors.js';
import { hashImage } from './hash.js';

export async function hashCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { dihedral: { type: 'boolean' }, video: { type: 'boolean' }, fps: { type: 'string' }, csv: { type: 'string' } } });
  if (!positionals.length) throw new VigilError('VGL_INPUT', 'hash: give one or more image (or, with --video, video) files');
  if (values.video) {
    const [{ extractFrames }, { loadConfig }] = await Promise.all([import('../video/frames.js'), import('../common/config.js')]);
    // frame hashes of videos: JSON lines, or CSV rows for a video bank (video_id,pdq,quality)
    if (values.csv !== undefined) process.stdout.write('video_id,pdq,quality\n');
    const fps = values.fps ? Number(values.fps) : loadConfig(process.env, { withoutKafka: true }).video.fps;
    for (const [n, file] of positionals.entries()) {
      const frames = await extractFrames(file, fps);
      for (const f of frames) {
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
    try {
      const h = await hashImage(readFileSync(file), { dihedral: values.dihedral ?? false });
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
  // exit once stdout has drained (process.exit() alone truncates output written to a pipe), as main.ts does
  const exit = (code: number) => process.stdout.write('', () => process.exit(code));
  hashCommand(process.argv.slice(3)).then(exit, (err: unknown) => {
    const d = describeError(err);
    process.stderr.write(`vigil: ${d.code}: ${d.message}\n`);
    exit(d.code === 'VGL_INPUT' ? 2 : 1);
  });
}
