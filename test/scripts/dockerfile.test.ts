import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

// No Docker engine runs here: these checks hold the Dockerfile to what the repo contains and to the
// deployment's assumptions (non-root user 10001 as in k8s/, production dependencies only, models built in).
describe('Dockerfile', () => {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const stages = text.split(/^FROM /m).slice(1);

  it('copies only paths that exist, from the build context or an earlier stage', () => {
    for (const m of text.matchAll(/^COPY (?!--from)(.+)$/gm)) {
      const parts = m[1]!.trim().split(/\s+/);
      for (const src of parts.slice(0, -1)) expect(existsSync(join(ROOT, src)), src).toBe(true);
    }
    const names = [...text.matchAll(/^FROM \S+ AS (\S+)$/gm)].map((x) => x[1]);
    for (const m of text.matchAll(/^COPY --from=(\S+)/gm)) expect(names).toContain(m[1]);
  });

  it('is multi-stage: builds the models, installs production dependencies only, runs as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/models export/);
    expect(text).toMatch(/npm ci --omit=dev/);
    const runtime = stages[stages.length - 1]!;
    expect(runtime).toMatch(/^USER 10001:10001$/m);
    expect(runtime).not.toMatch(/npm ci(?! --omit=dev)/);
    expect(runtime).toMatch(/slim/);
    expect(runtime).toMatch(/^COPY services\/review\/migrations services\/review\/migrations$/m);
  });

  it('keeps local builds and state out of the context', () => {
    const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const p of ['node_modules', '.broker', '.run', 'models/text/build', 'models/image/build']) expect(ignore).toContain(p);
  });
});
