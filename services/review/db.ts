import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../common/paths.js';
import { DatabaseError, MigrationError } from './errors.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

/** Versioned SQL files, applied in name order (001_init.sql, 002_….sql); never edited once released. */
export const MIGRATIONS_DIR = join(projectRoot(), 'services', 'review', 'migrations');

export function createPool(databaseUrl: string, max = 10): Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // an idle client losing its connection must not crash the process; the next query reconnects
  pool.on('error', () => undefined);
  return pool;
}

/** Runs fn in a transaction; rolls back on any error. */
export async function inTransaction<T>(pool: Pool, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    throw new DatabaseError(`cannot connect to the database: ${(err as Error).message}`, err);
  }
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Applies the migrations not yet applied, each in its own transaction, under an advisory lock so that
 * several console replicas starting at once migrate once. Returns the versions applied now.
 */
export async function migrate(pool: Pool, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
  } catch (err) {
    throw new MigrationError(`${dir}: cannot read the migrations (an image must ship services/review/migrations): ${(err as Error).message}`, err);
  }
  if (files.length === 0) throw new MigrationError(`${dir}: no migrations found`);
  const client = await pool.connect().catch((err: unknown) => {
    throw new DatabaseError(`cannot connect to the database: ${(err as Error).message}`, err);
  });
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['vigil.review.migrations']);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ version: string }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const f of files) {
      const version = f.slice(0, -4);
      if (done.has(version)) continue;
      try {
        await client.query('BEGIN');
        await client.query(readFileSync(join(dir, f), 'utf8'));
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
        await client.query('COMMIT');
        applied.push(version);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new MigrationError(`${f}: ${(err as Error).message}`, err);
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['vigil.review.migrations']).catch(() => undefined);
    client.release();
  }
  return applied;
}
