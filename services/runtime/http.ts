import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * /healthz (process is up), /readyz (ready() is true; otherwise 503 and, when `notReadyReason` gives
 * one, the error state: `not ready: CODE: message`), /metrics (the injected registry).
 */
export async function startHealthServer(opts: { host: string; port: number; registry: Registry; ready: () => boolean; notReadyReason?: () => string | null }): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const url = req.url?.split('?')[0];
    if (url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    } else if (url === '/readyz') {
      const ok = opts.ready();
      const reason = ok ? null : (opts.notReadyReason?.() ?? null);
      res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' }).end(ok ? 'ready\n' : reason ? `not ready: ${reason}\n` : 'not ready\n');
    } else if (url === '/metrics') {
      opts.registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': opts.registry.contentType }).end(body),
        (err: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`${err.message}\n`),
      );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
