import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VigilError } from '../common/errors.js';

export interface ExtractedFrame {
  readonly frameIndex: number;
  readonly ptsMs: number;
  /** JPEG */
  readonly bytes: Buffer;
}

/**
 * Frames of a video file at `fps` frames per second, as JPEG, extracted with ffmpeg (Debian's
 * package; `make setup` installs it). Local files only: vigil never fetches content URLs.
 */
export async function extractFrames(file: string, fps: number, o: { maxFrames?: number; maxWidth?: number } = {}): Promise<ExtractedFrame[]> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) && !file.startsWith('file:')) throw new VigilError('VGL_INPUT', 'video: give a local file (URLs are never fetched)');
  const dir = mkdtempSync(join(tmpdir(), 'vigil-frames-'));
  try {
    const scale = `scale='min(${o.maxWidth ?? 1280},iw)':-2`;
    const args = ['-hide_banner', '-loglevel', 'error', '-nostdin', '-i', file, '-vf', `fps=${fps},${scale}`, '-q:v', '3', ...(o.maxFrames ? ['-frames:v', String(o.maxFrames)] : []), join(dir, 'frame-%06d.jpg')];
    await ffmpeg(args, `ffmpeg failed on ${file}`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort();
    return files.map((f, i) => ({ frameIndex: i, ptsMs: Math.round((i * 1000) / fps), bytes: readFileSync(join(dir, f)) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A synthetic test video (ffmpeg's lavfi sources, e.g. testsrc, testsrc2, smptebars, mandelbrot) written to `out`. */
export async function generateVideo(out: string, source: string, o: { seconds: number; size?: string; rate?: number; codec?: string } = { seconds: 5 }): Promise<void> {
  const args = ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-f', 'lavfi', '-i', `${source}=duration=${o.seconds}:size=${o.size ?? '320x240'}:rate=${o.rate ?? 10}`, '-pix_fmt', 'yuv420p', ...(o.codec ? ['-c:v', o.codec] : []), out];
  await ffmpeg(args, `ffmpeg could not generate ${source}`);
}

/** Runs ffmpeg; a failure names what failed and ffmpeg's last line of complaint. */
async function ffmpeg(args: string[], failure: string): Promise<void> {
  const stderr: Buffer[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const p = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    p.stderr.on('data', (d: Buffer) => stderr.push(d));
    p.on('error', (err) => reject(new VigilError('VGL_INPUT', `ffmpeg could not be started (make setup installs it): ${err.message}`)));
    p.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new VigilError('VGL_INPUT', `${failure}: ${Buffer.concat(stderr).toString().trim().split('\n').pop()}`);
}
