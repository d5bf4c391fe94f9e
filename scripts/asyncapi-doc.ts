/**
 * vigil's topics as an AsyncAPI 3.0 document, generated from the Avro schemas (the latest version of
 * each record, docs included) and the default topic names of the configuration, so platform teams
 * can read the contract. scripts/asyncapi.ts writes it to docs/asyncapi.yaml; a test keeps it current.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { loadConfig, type TopicsConfig } from '../services/common/config.js';
import { projectRoot } from '../services/common/paths.js';
import { REVIEW_SUBJECTS } from '../services/review/types.js';
import { SUBJECTS } from '../services/schema/types.js';

interface RegistryFile {
  schemas: { id: number; subject: string; version: number; file: string }[];
}

type Header = 'vigil-verdict-id' | 'vigil-decision' | 'vigil-error-code' | 'vigil-decision-id' | 'vigil-outcome';

interface Channel {
  readonly key: keyof TopicsConfig;
  readonly subject: string;
  readonly keyField: string;
  readonly headers: readonly Header[];
  /** Who writes and who reads (vigil's services, or the platform). */
  readonly writers: string;
  readonly readers: string;
  readonly vigil: 'receive' | 'send' | 'both';
  readonly summary: string;
}

const HEADER_DOC: Record<Header, string> = {
  'vigil-verdict-id': 'The verdictId (de-duplicate on it).',
  'vigil-decision': 'ALLOW, REVIEW or BLOCK.',
  'vigil-error-code': 'Why the input was dead-lettered (VGL_* code).',
  'vigil-decision-id': 'The review decision id.',
  'vigil-outcome': 'The review outcome.',
};

const VERDICT_HEADERS: readonly Header[] = ['vigil-verdict-id', 'vigil-decision'];

const CHANNELS: readonly Channel[] = [
  { key: 'text', subject: SUBJECTS.text, keyField: 'senderId', headers: [], writers: 'the platform (chat and feed services)', readers: 'the vigil text and spam workers', vigil: 'receive', summary: 'Text events to judge.' },
  { key: 'image', subject: SUBJECTS.image, keyField: 'senderId', headers: [], writers: 'the platform', readers: 'the vigil image worker', vigil: 'receive', summary: 'Image events to judge.' },
  { key: 'video', subject: SUBJECTS.videoFrame, keyField: 'videoId', headers: [], writers: 'the platform (frame extractor)', readers: 'the vigil video worker', vigil: 'receive', summary: 'Sampled video frames, keyed by video so one video stays on one partition.' },
  { key: 'verdicts', subject: SUBJECTS.verdict, keyField: 'senderId', headers: VERDICT_HEADERS, writers: 'vigil workers and the review console (enforcement verdicts)', readers: 'the platform\'s enforcers, and vigil workers on start (strike restore)', vigil: 'both', summary: 'One verdict per judged event.' },
  { key: 'priority', subject: SUBJECTS.verdict, keyField: 'senderId', headers: VERDICT_HEADERS, writers: 'vigil workers', readers: 'the platform\'s urgent path and the review console', vigil: 'send', summary: 'Verdicts whose actions include notifying authorities, again.' },
  { key: 'review', subject: SUBJECTS.verdict, keyField: 'senderId', headers: VERDICT_HEADERS, writers: 'vigil workers', readers: 'the review console', vigil: 'send', summary: 'REVIEW verdicts again, for the human review queue.' },
  { key: 'shadow', subject: SUBJECTS.verdict, keyField: 'senderId', headers: VERDICT_HEADERS, writers: 'vigil workers', readers: 'the review console (a sample) and rule authors', vigil: 'send', summary: 'Verdicts as they would be with shadow-mode rules enforced; nothing here is enforced.' },
  { key: 'blocks', subject: SUBJECTS.verdict, keyField: 'senderId', headers: VERDICT_HEADERS, writers: 'vigil workers and the review console', readers: 'the review console (appeal evidence)', vigil: 'send', summary: 'Every BLOCK verdict again.' },
  { key: 'deadLetter', subject: SUBJECTS.deadLetter, keyField: 'the original key', headers: ['vigil-error-code'], writers: 'vigil workers', readers: 'operators', vigil: 'send', summary: 'Inputs that could not be judged: the original bytes and the reason.' },
  { key: 'reviewContent', subject: REVIEW_SUBJECTS.content, keyField: 'senderId', headers: ['vigil-verdict-id'], writers: 'vigil workers', readers: 'the review console', vigil: 'send', summary: 'Content of REVIEW and BLOCK verdicts for human review (short retention).' },
  { key: 'appeals', subject: REVIEW_SUBJECTS.appeal, keyField: 'senderId', headers: [], writers: 'the platform (user appeals)', readers: 'the review console', vigil: 'receive', summary: 'Appeals against a verdict, by verdictId.' },
  { key: 'reviewDecisions', subject: REVIEW_SUBJECTS.decision, keyField: 'senderId', headers: ['vigil-decision-id', 'vigil-outcome'], writers: 'the review console', readers: 'vigil workers (strikes) and the platform', vigil: 'both', summary: 'Human review decisions and the strike changes they make.' },
];

function messageName(subject: string): string {
  return subject.split('.').pop()!;
}

/** The AsyncAPI document (YAML) for the default topic names and the latest schema of each record. */
export function buildAsyncApi(root: string = projectRoot()): string {
  const topics = loadConfig({}, { withoutKafka: true }).topics;
  const registry = JSON.parse(readFileSync(join(root, 'schemas/registry.json'), 'utf8')) as RegistryFile;
  const latest = (subject: string) => registry.schemas.filter((s) => s.subject === subject).sort((a, b) => b.version - a.version)[0]!;
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const c of CHANNELS) {
    const address = topics[c.key];
    const name = messageName(c.subject);
    if (!messages[name]) {
      const s = latest(c.subject);
      const ids = registry.schemas.filter((x) => x.subject === c.subject).map((x) => `${x.id} = v${x.version}`).join(', ');
      messages[name] = {
        name,
        title: c.subject,
        contentType: 'application/octet-stream',
        summary: `${c.subject} v${s.version} (schemas/${s.file}), Confluent-framed.`,
        description:
          `Value: magic byte 0, 4-byte big-endian schema id, Avro binary. Embedded ids (without a Schema Registry): ${ids}. ` +
          'With VIGIL_SCHEMA_REGISTRY_URL the id is the registry\'s: vigil registers the records it writes under `<topic>-value` and looks up the ids of the records it reads.',
        ...(c.headers.length ? { headers: { type: 'object', properties: Object.fromEntries(c.headers.map((h) => [h, { type: 'string', description: HEADER_DOC[h] }])) } } : {}),
        payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: JSON.parse(readFileSync(join(root, 'schemas', s.file), 'utf8')) as unknown },
        bindings: { kafka: { bindingVersion: '0.5.0', key: { type: 'string' }, schemaIdLocation: 'payload', schemaIdPayloadEncoding: 'confluent', schemaLookupStrategy: 'TopicNameStrategy' } },
      };
    }
    const channelId = c.key;
    channels[channelId] = {
      address,
      title: address,
      summary: c.summary,
      description: `Key: ${c.keyField}. Written by ${c.writers}; read by ${c.readers}.`,
      messages: {
        [name]: {
          $ref: `#/components/messages/${name}`,
        },
      },
      bindings: { kafka: { bindingVersion: '0.5.0', topic: address } },
    };
    const ops = c.vigil === 'both' ? (['receive', 'send'] as const) : [c.vigil];
    for (const action of ops) {
      operations[`${action}${channelId[0]!.toUpperCase()}${channelId.slice(1)}`] = {
        action,
        channel: { $ref: `#/channels/${channelId}` },
        summary: `vigil ${action === 'send' ? 'writes' : 'reads'} ${address}.`,
        messages: [{ $ref: `#/channels/${channelId}/messages/${name}` }],
      };
    }
  }
  const doc = {
    asyncapi: '3.0.0',
    info: {
      title: 'vigil',
      version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string,
      description:
        'Streaming content classification: events in, policy-tagged verdicts out. Generated by `make asyncapi` (scripts/asyncapi.ts) from schemas/ and the default topic names (VIGIL_TOPIC_*); do not edit by hand. ' +
        'Operations are from vigil\'s side: `receive` topics are written by the platform, `send` topics are vigil\'s output. Keys are UTF-8 strings.',
      license: { name: 'Apache-2.0' },
    },
    defaultContentType: 'application/octet-stream',
    servers: {
      production: { host: 'kafka.example:9093', protocol: 'kafka-secure', description: 'Your cluster (KAFKA_BROKERS; TLS and SASL as in the README, "Running against a production Kafka").' },
    },
    channels,
    operations,
    components: { messages },
  };
  return `# Generated by scripts/asyncapi.ts (make asyncapi): do not edit.\n${YAML.stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
