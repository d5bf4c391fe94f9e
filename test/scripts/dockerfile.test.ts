import { spawnSync } from 'node:child_process';
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

  it('builds the native image addon in the build stage, failing the build without it, and installs its libjpeg at runtime', () => {
    const build = stages.find((s) => /^\S+ AS build$/m.test(s))!;
    expect(build).toBeDefined();
    expect(build).toMatch(/apt-get install[^\n]*(\\\n[^\n]*)*\bbuild-essential\b/);
    expect(build).toMatch(/apt-get install[^\n]*\blibjpeg62-turbo-dev\b/);
    expect(build).toMatch(/^COPY native native$/m);
    // required: build.sh exits non-zero instead of falling back, and the built addon must load
    expect(build).toMatch(/^RUN VIGIL_NATIVE_REQUIRED=1 bash native\/pdq\/build\.sh/m);
    expect(build).toMatch(/require\('\/src\/dist\/native\/vigil_native\.node'\)/);
    expect(build).not.toMatch(/build\.sh[^\n]*\|\|/);
    // the addon lands where services/image/native.ts looks for it, in the dist/ the runtime copies
    expect(readFileSync(join(ROOT, 'native/pdq/build.sh'), 'utf8')).toMatch(/out="\$root\/dist\/native\/vigil_native\.node"/);
    expect(readFileSync(join(ROOT, 'services/image/native.ts'), 'utf8')).toContain("'../../dist/native/vigil_native.node'");
    const runtime = stages[stages.length - 1]!;
    expect(runtime).toMatch(/^COPY --from=build \/src\/dist dist$/m);
    expect(runtime).toMatch(/apt-get install[^\n]*\blibjpeg62-turbo\b(?!-dev)/);
    expect(runtime).not.toMatch(/build-essential|libjpeg62-turbo-dev/);
    expect(runtime).toMatch(/^RUN node -e "require\('\/app\/dist\/native\/vigil_native\.node'\)"$/m);
    // the load check runs before the switch to the non-root user (and after dist/ is copied)
    expect(runtime.indexOf('vigil_native.node')).toBeLessThan(runtime.indexOf('USER 10001'));
    expect(runtime.indexOf('COPY --from=build /src/dist dist')).toBeLessThan(runtime.indexOf('vigil_native.node'));
  });

  it('native/pdq/build.sh: falls back without a compiler, fails without one when VIGIL_NATIVE_REQUIRED=1', () => {
    const run = (env: Record<string, string>) =>
      spawnSync('bash', [join(ROOT, 'native/pdq/build.sh')], { env: { ...process.env, CC: '/nonexistent/cc', ...env }, encoding: 'utf8' });
    const fallback = run({ VIGIL_NATIVE_REQUIRED: '0' });
    expect(fallback.status).toBe(0);
    expect(fallback.stderr).toMatch(/JavaScript fallback/);
    const required = run({ VIGIL_NATIVE_REQUIRED: '1' });
    expect(required.status).toBe(1);
    expect(required.stderr).toMatch(/VIGIL_NATIVE_REQUIRED=1/);
  });

  it('keeps local builds and state out of the context', () => {
    const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const p of ['node_modules', '.broker', '.run', 'models/text/build', 'models/image/build']) expect(ignore).toContain(p);
  });
});
