import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadConfig } from '../../services/common/config.js';
import { projectRoot } from '../../services/common/paths.js';
import { SchemaRegistry } from '../../services/schema/registry.js';
import { buildAsyncApi } from '../../scripts/asyncapi-doc.js';

interface Doc {
  asyncapi: string;
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  operations: Record<string, { action: string; channel: { $ref: string }; messages: { $ref: string }[] }>;
  components: { messages: Record<string, { title: string; payload: { schemaFormat: string; schema: avro.Schema } }> };
}

function resolve(doc: unknown, ref: string): unknown {
  expect(ref.startsWith('#/')).toBe(true);
  return ref.slice(2).split('/').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc);
}

describe('docs/asyncapi.yaml', () => {
  const generated = buildAsyncApi();

  it('is the generated document (run `make asyncapi` after changing schemas or topics)', () => {
    expect(readFileSync(join(projectRoot(), 'docs/asyncapi.yaml'), 'utf8')).toBe(generated);
  });

  it('has every topic of the configuration, each with the latest schema of its record, and only references that resolve', () => {
    const doc = YAML.parse(generated) as Doc;
    expect(doc.asyncapi).toBe('3.0.0');
    const topics = loadConfig({}, { withoutKafka: true }).topics as unknown as Record<string, string>;
    expect(Object.values(doc.channels).map((c) => c.address).sort()).toEqual(Object.values(topics).sort());
    const schemas = SchemaRegistry.load();
    for (const m of Object.values(doc.components.messages)) {
      expect(m.payload.schemaFormat).toBe('application/vnd.apache.avro;version=1.9.0');
      expect(avro.Type.forSchema(m.payload.schema).fingerprint().equals(schemas.schema(m.title).type.fingerprint())).toBe(true);
    }
    for (const c of Object.values(doc.channels)) for (const m of Object.values(c.messages)) expect(resolve(doc, m.$ref)).toBeDefined();
    for (const op of Object.values(doc.operations)) {
      expect(['send', 'receive']).toContain(op.action);
      expect(resolve(doc, op.channel.$ref)).toBeDefined();
      for (const m of op.messages) expect(resolve(doc, m.$ref)).toBeDefined();
    }
    expect(Object.values(doc.operations).filter((o) => o.action === 'receive').map((o) => (resolve(doc, o.channel.$ref) as { address: string }).address).sort()).toEqual(
      [topics.text, topics.image, topics.video, topics.verdicts, topics.appeals, topics.reviewDecisions].sort(),
    );
  });
});
