/**
 * The one place vigil builds kafkajs clients: brokers, TLS, SASL and the compression codecs all come
 * from the parsed configuration, so workers, the CLI, the review console and scripts connect alike.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import kafkajs, { Kafka, logLevel, type KafkaConfig, type SASLOptions } from 'kafkajs';
import { DEFAULT_MAX_DECOMPRESSED_BYTES, type KafkaSecurityConfig, type VigilConfig } from '../common/config.js';
import { VigilError } from '../common/errors.js';
import { gzipCodec, lz4Codec, snappyCodec, zstdCodec } from './compression.js';
import { tuneKafkaEncoding } from './kafka-encoding.js';

const run = promisify(execFile);
// kafkajs is CommonJS and Node's named-export detection misses these two
const { CompressionCodecs, CompressionTypes } = kafkajs;

let decompressionLimit: number | null = null;
const currentLimit = (): number => decompressionLimit ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
let codecsRegistered = false;

/**
 * Registers vigil's codecs with kafkajs: gzip (in place of kafkajs's own), lz4, zstd and snappy
 * (librdkafka's defaults, which kafkajs does not read), each refusing a batch that decompresses beyond
 * `maxDecompressedBytes` (KAFKA_MAX_DECOMPRESSED_BYTES). kafkajs keeps its codecs process-wide, so the
 * cap is too: the smallest any client of the process was configured with (one configuration per
 * process in production; tests may build several).
 */
export function registerCodecs(maxDecompressedBytes: number = DEFAULT_MAX_DECOMPRESSED_BYTES): void {
  decompressionLimit = Math.min(decompressionLimit ?? maxDecompressedBytes, maxDecompressedBytes);
  if (codecsRegistered) return;
  CompressionCodecs[CompressionTypes.GZIP] = () => gzipCodec(currentLimit);
  CompressionCodecs[CompressionTypes.Snappy] = () => snappyCodec(currentLimit);
  CompressionCodecs[CompressionTypes.LZ4] = () => lz4Codec(currentLimit);
  CompressionCodecs[CompressionTypes.ZSTD] = () => zstdCodec(currentLimit);
  codecsRegistered = true;
}

/** The decompressed-size cap the registered codecs apply now. */
export function decompressedBytesLimit(): number {
  return currentLimit();
}

async function oauthToken(s: { tokenFile: string | null; tokenCommand: string | null }): Promise<string> {
  try {
    const raw = s.tokenFile ? await readFile(s.tokenFile, 'utf8') : (await run('/bin/sh', ['-c', s.tokenCommand!], { timeout: 30_000, maxBuffer: 1 << 20 })).stdout;
    const token = raw.trim();
    if (!token) throw new Error('empty token');
    return token;
  } catch (err) {
    // the command line or the file name may be shown; the token never is
    const what = s.tokenFile ? `KAFKA_SASL_OAUTHBEARER_TOKEN_FILE (${s.tokenFile})` : 'KAFKA_SASL_OAUTHBEARER_TOKEN_COMMAND';
    throw new VigilError('VGL_KAFKA_AUTH', `oauthbearer: no token from ${what}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message.split('\n')[0]}`);
  }
}

/** The kafkajs `ssl` and `sasl` options for a security configuration. */
export function kafkaSecurityOptions(sec: KafkaSecurityConfig): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const out: Pick<KafkaConfig, 'ssl' | 'sasl'> = {};
  if (sec.ssl) {
    const s = sec.ssl;
    out.ssl = {
      rejectUnauthorized: true,
      ...(s.ca ? { ca: [s.ca] } : {}),
      ...(s.cert ? { cert: s.cert } : {}),
      ...(s.key ? { key: s.key } : {}),
      ...(s.keyPassword ? { passphrase: s.keyPassword } : {}),
      ...(s.serverName ? { servername: s.serverName } : {}),
    };
  }
  const sasl = sec.sasl;
  if (sasl) {
    let opts: SASLOptions;
    if (sasl.mechanism === 'oauthbearer') {
      opts = { mechanism: 'oauthbearer', oauthBearerProvider: async () => ({ value: await oauthToken(sasl) }) };
    } else {
      opts = { mechanism: sasl.mechanism, username: sasl.username, password: sasl.password } as SASLOptions;
    }
    out.sasl = opts;
  }
  return out;
}

export interface KafkaClientOptions {
  /** Appended to KAFKA_CLIENT_ID: `<clientId>-<who>`. */
  readonly who: string;
  readonly retry?: KafkaConfig['retry'];
}

/** A kafkajs client for this configuration (codecs registered, TLS and SASL applied). */
export function createKafka(config: Pick<VigilConfig, 'brokers' | 'clientId' | 'kafkaSecurity'> & Partial<Pick<VigilConfig, 'kafkaMaxDecompressedBytes'>>, o: KafkaClientOptions): Kafka {
  registerCodecs(config.kafkaMaxDecompressedBytes);
  tuneKafkaEncoding(); // before any client: kafkajs loads its produce encoder on the first request
  return new Kafka({
    clientId: `${config.clientId}-${o.who}`,
    brokers: [...config.brokers],
    logLevel: logLevel.NOTHING,
    ...kafkaSecurityOptions(config.kafkaSecurity),
    ...(o.retry ? { retry: o.retry } : {}),
  });
}

/**
 * Turns a kafkajs connection failure into a typed error that says what to check. Messages name
 * settings, never their values.
 */
export function explainKafkaError(err: unknown, sec: KafkaSecurityConfig): unknown {
  if (err instanceof VigilError || !(err instanceof Error)) return err;
  const chain: Error[] = [];
  for (let e: unknown = err; e instanceof Error && chain.length < 6; e = (e as Error & { cause?: unknown; originalError?: unknown }).originalError ?? (e as Error & { cause?: unknown }).cause) chain.push(e);
  const names = chain.map((e) => e.name).join(' ');
  const text = chain.map((e) => `${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}`).join(' | ');
  if (/SASLAuthentication|SASL/i.test(names) || /SASL|authenticat/i.test(text)) {
    return new VigilError('VGL_KAFKA_AUTH', `Kafka refused authentication (${sec.sasl ? `KAFKA_SASL_MECHANISM=${sec.sasl.mechanism}` : 'no KAFKA_SASL_MECHANISM set'}): check the mechanism and the credentials: ${firstLine(chain[chain.length - 1]!.message)}`, { cause: err });
  }
  if (/CERT|SSL|TLS|certificate|self.signed|handshake|alert/i.test(text)) {
    return new VigilError('VGL_KAFKA_TLS', `TLS with the Kafka brokers failed (${sec.ssl ? 'KAFKA_SSL on' : 'KAFKA_SSL off'}): check KAFKA_SSL_CA_FILE, the client certificate (KAFKA_SSL_CERT_FILE, KAFKA_SSL_KEY_FILE) and KAFKA_SSL_SERVER_NAME: ${firstLine(chain[chain.length - 1]!.message)}`, { cause: err });
  }
  if (/Connection|NumberOfRetriesExceeded|closed|ECONNRESET|ECONNREFUSED|EPIPE|timeout/i.test(names + ' ' + text)) {
    const hint = !sec.ssl || !sec.sasl ? ` — a broker that requires ${[!sec.ssl ? 'TLS (KAFKA_SSL)' : '', !sec.sasl ? 'SASL (KAFKA_SASL_MECHANISM)' : ''].filter(Boolean).join(' or ')} closes connections that do not use it` : '';
    return new VigilError('VGL_KAFKA_CONNECT', `cannot use the Kafka brokers: ${firstLine(chain[chain.length - 1]!.message)}${hint}`, { cause: err });
  }
  return err;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 300);
}

/**
 * The end offset of each partition of a topic; none when the topic does not exist (yet) or its offsets
 * cannot be read. kafkajs retries fetchTopicOffsets of a missing topic for about ten seconds, so whether
 * it exists is asked first.
 */
export async function topicEnds(kafka: Kafka, topic: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return new Map();
    return new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)]));
  } catch {
    return new Map();
  } finally {
    await admin.disconnect();
  }
}
