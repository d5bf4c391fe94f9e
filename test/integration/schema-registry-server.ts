/**
 * A small in-memory server with the Confluent Schema Registry endpoints that vigil and the
 * @kafkajs/confluent-schema-registry client use (none is packaged here): global ids per distinct
 * schema, subjects with versions, the registry's error codes, basic auth, and a switch that makes it
 * unreachable. It checks no compatibility: vigil's own check is what the tests exercise.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

interface Version {
  id: number;
  version: number;
  schema: string;
}

export interface TestRegistryOptions {
  /** First id handed out (default 1001: far from vigil's embedded ids). */
  readonly firstId?: number;
  /** Basic-auth user and password the server requires. */
  readonly auth?: { username: string; password: string };
  /** Serve https with this PEM certificate and key. */
  readonly tls?: { cert: string; key: string };
}

const JSON_TYPE = 'application/vnd.schemaregistry.v1+json';

export class TestSchemaRegistry {
  private readonly server: http.Server | https.Server;
  private readonly sockets = new Set<Socket>();
  private readonly schemas = new Map<number, string>();
  private readonly idsByText = new Map<string, number>();
  private readonly subjects = new Map<string, Version[]>();
  private readonly configs = new Map<string, string>();
  private nextId: number;
  /** false: every connection is reset, as if the registry were down. */
  available = true;
  /** Requests answered, as `METHOD /path`. */
  readonly requests: string[] = [];
  url = '';

  constructor(private readonly o: TestRegistryOptions = {}) {
    this.nextId = o.firstId ?? 1001;
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => void this.handle(req, res);
    this.server = o.tls ? https.createServer({ cert: o.tls.cert, key: o.tls.key }, handler) : http.createServer(handler);
    this.server.on(o.tls ? 'secureConnection' : 'connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `${this.o.tls ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Makes the registry unreachable (open connections cut) or reachable again. */
  setAvailable(up: boolean): void {
    this.available = up;
    if (!up) for (const s of this.sockets) s.destroy();
  }

  /** Versions of a subject, oldest first (for assertions). */
  versions(subject: string): readonly Version[] {
    return this.subjects.get(subject) ?? [];
  }

  subjectNames(): string[] {
    return [...this.subjects.keys()];
  }

  /** Registers directly, as another team's deployment would (no checks). */
  register(subject: string, schema: string): number {
    const key = normalise(schema);
    let id = this.idsByText.get(key);
    if (id === undefined) {
      id = this.nextId++;
      this.idsByText.set(key, id);
      this.schemas.set(id, schema);
    }
    const versions = this.subjects.get(subject) ?? [];
    if (!versions.some((v) => v.id === id)) versions.push({ id, version: (versions[versions.length - 1]?.version ?? 0) + 1, schema });
    this.subjects.set(subject, versions);
    return id;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!this.available) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    this.requests.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': JSON_TYPE });
      res.end(JSON.stringify(body));
    };
    if (this.o.auth) {
      const want = `Basic ${Buffer.from(`${this.o.auth.username}:${this.o.auth.password}`).toString('base64')}`;
      if (req.headers.authorization !== want) return send(401, { error_code: 40101, message: 'Unauthorized' });
    }
    let body: { schema?: string; schemaType?: string; compatibility?: string } = {};
    if (chunks.length) {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        return send(400, { error_code: 400, message: 'bad JSON' });
      }
    }
    const m = req.method;
    const subjectNotFound = (s: string) => send(404, { error_code: 40401, message: `Subject '${s}' not found.` });
    if (m === 'GET' && path[0] === 'schemas' && path[1] === 'ids' && path.length === 3) {
      const schema = this.schemas.get(Number(path[2]));
      return schema === undefined ? send(404, { error_code: 40403, message: `Schema ${path[2]} not found` }) : send(200, { schema });
    }
    if (m === 'GET' && path[0] === 'subjects' && path.length === 1) return send(200, this.subjectNames());
    if (path[0] === 'subjects' && path.length >= 2) {
      const subject = path[1]!;
      const versions = this.subjects.get(subject);
      if (m === 'POST' && path.length === 3 && path[2] === 'versions') {
        if (typeof body.schema !== 'string') return send(422, { error_code: 42201, message: 'Invalid schema' });
        const id = this.register(subject, body.schema);
        return send(200, { id });
      }
      if (m === 'POST' && path.length === 2) {
        if (!versions) return subjectNotFound(subject);
        const v = versions.find((x) => normalise(x.schema) === normalise(body.schema ?? ''));
        return v ? send(200, { subject, ...v }) : send(404, { error_code: 40403, message: 'Schema not found' });
      }
      if (m === 'GET' && path.length === 3 && path[2] === 'versions') return versions ? send(200, versions.map((v) => v.version)) : subjectNotFound(subject);
      if (m === 'GET' && path.length === 4 && path[2] === 'versions') {
        if (!versions) return subjectNotFound(subject);
        const v = path[3] === 'latest' ? versions[versions.length - 1] : versions.find((x) => x.version === Number(path[3]));
        return v ? send(200, { subject, ...v }) : send(404, { error_code: 40402, message: `Version ${path[3]} not found.` });
      }
    }
    if (path[0] === 'config' && path.length === 2) {
      if (m === 'GET') {
        const c = this.configs.get(path[1]!);
        return c ? send(200, { compatibilityLevel: c }) : send(404, { error_code: 40408, message: `Subject '${path[1]}' does not have subject-level compatibility configured` });
      }
      if (m === 'PUT' && body.compatibility) {
        this.configs.set(path[1]!, body.compatibility);
        return send(200, { compatibility: body.compatibility });
      }
    }
    send(404, { error_code: 404, message: 'HTTP 404 Not Found' });
  }
}

function normalise(schema: string): string {
  try {
    return JSON.stringify(JSON.parse(schema));
  } catch {
    return schema;
  }
}
