import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The repository (or installed package) root: the nearest folder above this module holding schemas/registry.json. */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'schemas', 'registry.json'))) return (cached = dir);
    const up = resolve(dir, '..');
    if (up === dir) throw new Error('vigil: cannot find the project root (schemas/registry.json)');
    dir = up;
  }
}

/** `../shared` beside the project root, or undefined when it is absent (a clone outside this setup). */
export function sharedDir(): string | undefined {
  const dir = resolve(projectRoot(), '..', 'shared');
  return existsSync(dir) ? dir : undefined;
}
