/** Writes docs/asyncapi.yaml from the schemas (`make asyncapi`); `--check` fails when the committed file is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../services/common/paths.js';
import { buildAsyncApi } from './asyncapi-doc.js';

const file = join(projectRoot(), 'docs/asyncapi.yaml');
const doc = buildAsyncApi();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== doc) {
    console.error('docs/asyncapi.yaml is out of date: run make asyncapi');
    process.exit(1);
  }
} else {
  writeFileSync(file, doc);
  console.log('asyncapi: wrote docs/asyncapi.yaml');
}
