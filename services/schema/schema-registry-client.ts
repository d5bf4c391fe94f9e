/**
 * The few REST calls of a Confluent-compatible Schema Registry that vigil makes (Confluent, Karapace,
 * Redpanda, Apicurio's ccompat API). Written on node:http(s) rather than through a client library
 * because vigil must tell "this schema does not exist" (error_code 40403: the message is dead-lettered)
 * from every other failure, a 404 of a wrong URL or a proxy included (the registry is unavailable:
 * consumption pauses and retries), and the libraries drop the registry's error_code.
 */
import http from 'node:http';
import https from 'node:https';
import type { SchemaRegistryConfig } from '../common/config.js';
import { VigilError } from '../common/errors.js';

/** The registry could not answer (unreachable, 5xx, refused credentials, unexpected reply). Retriable. */
export class SchemaRegistryUnavailableError extends VigilError {
  constructor(message: string, cause?: unknown) {
    super('VGL_SCHEMA_REGISTRY', message, { retriable: true, cause });
  }
}

/** Confluent's error codes for things that do not exist (the 404s vigil acts on). */
const SUBJECT_NOT_FOUND = 40401;
const SCHEMA_NOT_FOUND = 40403;

export interface RegisteredSchema {
  readonly id: number;
  readonly version: number;
  readonly schema: string;
}

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

export class SchemaRegistryClient {
  private readonly base: URL;
  private readonly agent: http.Agent;
  private readonly auth: string | null;

  constructor(config: SchemaRegistryConfig, private readonly timeoutMs = 10_000) {
    this.base = new URL(config.url.endsWith('/') ? config.url : `${config.url}/`);
    this.agent = this.base.protocol === 'https:' ? new https.Agent({ keepAlive: true, ...(config.ca ? { ca: config.ca } : {}) }) : new http.Agent({ keepAlive: true });
    this.auth = config.username ? `Basic ${Buffer.from(`${config.username}:${config.password ?? ''}`).toString('base64')}` : null;
  }

  /** The schema of a global id (type AVRO, PROTOBUF or JSON); null when the registry says it does not exist. */
  async schemaById(id: number): Promise<{ schema: string; type: string } | null> {
    const r = await this.call('GET', `schemas/ids/${id}`);
    if (r.status === 404 && r.errorCode === SCHEMA_NOT_FOUND) return null;
    const body = this.ok(r, `GET /schemas/ids/${id}`) as { schema?: unknown; schemaType?: unknown };
    if (typeof body.schema !== 'string') throw new SchemaRegistryUnavailableError(`GET /schemas/ids/${id}: the reply has no schema`);
    return { schema: body.schema, type: typeof body.schemaType === 'string' ? body.schemaType : 'AVRO' };
  }

  /** The latest version of a subject; null when the subject does not exist. */
  async latest(subject: string): Promise<RegisteredSchema | null> {
    const path = `subjects/${encodeURIComponent(subject)}/versions/latest`;
    const r = await this.call('GET', path);
    if (r.status === 404 && r.errorCode === SUBJECT_NOT_FOUND) return null;
    return this.registered(this.ok(r, `GET /${path}`), path);
  }

  /** The version of a subject with exactly this schema; null when the subject does not hold it. */
  async lookup(subject: string, schema: string): Promise<RegisteredSchema | null> {
    const path = `subjects/${encodeURIComponent(subject)}`;
    const r = await this.call('POST', path, { schema });
    if (r.status === 404 && (r.errorCode === SUBJECT_NOT_FOUND || r.errorCode === SCHEMA_NOT_FOUND)) return null;
    const body = this.ok(r, `POST /${path}`) as Record<string, unknown>;
    return this.registered({ ...body, schema: typeof body.schema === 'string' ? body.schema : schema }, path);
  }

  /** Registers a schema under a subject (a no-op returning the existing id when it is there already). */
  async register(subject: string, schema: string): Promise<number> {
    const path = `subjects/${encodeURIComponent(subject)}/versions`;
    const r = await this.call('POST', path, { schema });
    const body = this.ok(r, `POST /${path}`) as { id?: unknown };
    if (typeof body.id !== 'number') throw new SchemaRegistryUnavailableError(`POST /${path}: the reply has no id`);
    return body.id;
  }

  close(): void {
    this.agent.destroy();
  }

  private registered(body: unknown, path: string): RegisteredSchema {
    const b = body as { id?: unknown; version?: unknown; schema?: unknown };
    if (typeof b.id !== 'number' || typeof b.version !== 'number' || typeof b.schema !== 'string') throw new SchemaRegistryUnavailableError(`/${path}: unexpected reply`);
    return { id: b.id, version: b.version, schema: b.schema };
  }

  private ok(r: Reply, what: string): unknown {
    if (r.status >= 200 && r.status < 300 && r.body !== undefined) return r.body;
    const hint = r.status === 401 || r.status === 403 ? ' (check VIGIL_SCHEMA_REGISTRY_USERNAME and VIGIL_SCHEMA_REGISTRY_PASSWORD)' : '';
    const code = r.errorCode !== null ? ` error_code ${r.errorCode}` : '';
    throw new SchemaRegistryUnavailableError(`Schema Registry ${what}: HTTP ${r.status}${code}${hint}`);
  }

  private call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Reply> {
    const url = new URL(path, this.base);
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string> = { accept: `${CONTENT_TYPE}, application/json` };
    if (payload) Object.assign(headers, { 'content-type': CONTENT_TYPE, 'content-length': String(payload.length) });
    if (this.auth) headers.authorization = this.auth;
    const lib = url.protocol === 'https:' ? https : http;
    return new Promise<Reply>((resolve, reject) => {
      const req = lib.request(url, { method, headers, agent: this.agent, timeout: this.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => reject(new SchemaRegistryUnavailableError(`Schema Registry ${method} /${path}: ${err.message}`, err)));
        res.on('end', () => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            parsed = undefined;
          }
          const errorCode = parsed && typeof parsed === 'object' && typeof (parsed as { error_code?: unknown }).error_code === 'number' ? (parsed as { error_code: number }).error_code : null;
          resolve({ status: res.statusCode ?? 0, body: parsed, errorCode });
        });
      });
      req.on('timeout', () => req.destroy(new Error(`no reply in ${this.timeoutMs} ms`)));
      req.on('error', (err: NodeJS.ErrnoException) => reject(new SchemaRegistryUnavailableError(`Schema Registry ${method} /${path}: ${err.code ?? err.message}`, err)));
      req.end(payload);
    });
  }
}

interface Reply {
  status: number;
  body: unknown;
  errorCode: number | null;
}
