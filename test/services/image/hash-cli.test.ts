import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { scene } from '../../../services/cli/sample-images.js';
import { loadConfig } from '../../../services/common/config.js';
import { ImageClassifier } from '../../../services/image/image-classifier.js';
import { hammingHex } from '../../../services/image/pdq.js';
import type { ContentEvent } from '../../../services/schema/types.js';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('vigil hash (services/image/hash-cli.ts, run as bin/vigil runs it)', () => {
  it('prints the PDQ the image worker computes for the same file, and an error line for a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-hash-cli-'));
    const files: Record<string, Buffer> = {
      'photo.jpg': await scene(31, 1600, 1000),
      'turned.jpg': await sharp(await scene(32, 900, 700)).rotate(270).jpeg().withMetadata({ orientation: 6 }).toBuffer(),
      'grey16.png': await sharp(await scene(33, 800, 600)).toColourspace('grey16').png().toBuffer(),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, 'broken.jpg'), Buffer.from('not an image'));
    const args = [...Object.keys(files), 'broken.jpg'].map((f) => join(dir, f));
    let out = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'services/image/hash-cli.ts'), 'hash', ...args], { cwd: ROOT, encoding: 'utf8' });
    } catch (err) {
      const e = err as { status: number; stdout: string };
      expect(e.status).toBe(1); // one file failed
      out = e.stdout;
    }
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; pdq?: string; quality?: number; error?: string });
    expect(lines).toHaveLength(4);
    expect(lines[3]!.error).toMatch(/not a readable image/);
    const worker = await ImageClassifier.create(loadConfig({ VIGIL_NSFW_CASCADE: '', VIGIL_IMAGE_OCR: 'off', VIGIL_IMAGE_QR: 'off' }, { withoutKafka: true }).image);
    const events = Object.values(files).map((bytes, i): ContentEvent => ({
      kind: 'image', eventId: `h-${i}`, occurredAt: 0, source: 'feed', senderId: 's', conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/jpeg', bytes, caption: null, contexts: [],
    }));
    const judged = await worker.classifyBatch(events);
    judged.forEach((r, i) => {
      if (r instanceof Error) throw r;
      expect(lines[i]!.pdq, Object.keys(files)[i]).toBe(r.pdq!.hash);
      expect(lines[i]!.quality).toBe(r.pdq!.quality);
    });
    // --pdq-only: PDQ and quality alone (JPEG luma decoded alone: within a few bits of the default's)
    let pdqOnly = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'services/image/hash-cli.ts'), 'hash', '--pdq-only', ...args], { cwd: ROOT, encoding: 'utf8' });
    } catch (err) {
      pdqOnly = (err as { stdout: string }).stdout;
    }
    const only = pdqOnly.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(only).toHaveLength(4);
    only.slice(0, 3).forEach((l, i) => {
      expect(Object.keys(l)).toEqual(['file', 'pdq', 'quality']);
      expect(hammingHex(l.pdq as string, lines[i]!.pdq!), Object.keys(files)[i]).toBeLessThanOrEqual(4);
    });
    expect(only[3]!.error).toMatch(/not a readable image/);
  }, 60_000);
});
