import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/postgres.sh');

/**
 * A database of the test's own: a fresh database in the cluster VIGIL_TEST_DATABASE_URL points at (`make test`
 * starts the local one), else a cluster of its own (scripts/postgres.sh) in a temp dir on a free port.
 */
export async function startPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const shared = process.env.VIGIL_TEST_DATABASE_URL;
  if (shared) {
    const name = `vigil_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: shared });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(shared);
    url.pathname = `/${name}`;
    return {
      url: url.href,
      stop: async () => {
        const c = new pg.Client({ connectionString: shared });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigil-pg-'));
  const url = execFileSync('bash', [SCRIPT, 'start', dir], { encoding: 'utf8' }).trim();
  return {
    url,
    stop: async () => {
      execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
