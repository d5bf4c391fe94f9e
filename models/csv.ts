import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsvRows } from '../services/common/csv.js';

/** The labeled dev text data beside the project (../shared/data/text); never copied into it. */
export const SHARED_TEXT = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'text');

/** A CSV (optionally gzipped) under ../shared/data/text, as records. */
export function sharedCsv(path: string): Record<string, string>[] {
  const bytes = readFileSync(join(SHARED_TEXT, path));
  return parseCsv((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
}

/** For scripts that only measure: exits cleanly, saying so, when ../shared is absent. */
export function requireSharedText(script: string): void {
  if (existsSync(SHARED_TEXT)) return;
  process.stderr.write(`${script}: ${SHARED_TEXT} is absent; nothing to measure\n`);
  process.exit(0);
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) into records keyed by header. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsvRows(text).map((r) => r.fields);
  if (!header) return [];
  return body.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
}
