import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ClassifierError } from '../common/errors.js';
import type { ClassifyResult, Classifier } from '../pipeline/types.js';
import type { ContentEvent } from '../schema/types.js';
import { textOf, type TextClassifierOptions } from './text-classifier.js';
import { ResultDecoder, type CompactResults } from './thread-codec.js';

function sourceBootstrap(thread: URL): URL {
  // the ESM entry of tsx's API (require.resolve answers with its CommonJS twin)
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(thread.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

type Reply = CompactResults | { id: number; error: string } | { ready: unknown };

/**
 * TextClassifier in worker threads, so the worker's Kafka loop (fetch, decode, encode, produce) and text
 * classification run on different cores. A batch is split evenly over the threads, one message each way
 * per thread: the texts alone go to a thread, the results come back compact (thread-codec.ts). Each
 * thread loads its own models (about 85 MB each, measured as RSS).
 */
export class TextClassifierPool implements Classifier {
  readonly name = 'text';
  readonly kinds = ['text'] as const;
  private readonly threads: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (r: ClassifyResult[]) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private readyCount = 0;
  /** Set when a thread died: the pool is no longer ready and refuses batches (a batch sent to it would never settle). */
  private failed: Error | null = null;
  private disposing = false;

  private constructor() {}

  static async create(options: TextClassifierOptions, threads: number): Promise<TextClassifierPool> {
    const pool = new TextClassifierPool();
    // from the compiled tree the thread is text-thread.js; from sources (tests, tsx) it is the .ts file,
    // started through a bootstrap that registers tsx in the thread (worker execArgv cannot --import)
    const fromSource = import.meta.url.endsWith('.ts');
    const file = fromSource ? sourceBootstrap(new URL('./text-thread.ts', import.meta.url)) : new URL('./text-thread.js', import.meta.url);
    const starts: Promise<void>[] = [];
    for (let i = 0; i < threads; i++) {
      const w = new Worker(file, { workerData: options });
      w.unref();
      const decoder = new ResultDecoder();
      starts.push(new Promise<void>((resolve, reject) => {
        w.on('message', (m: Reply) => {
          if ('ready' in m) {
            pool.readyCount++;
            resolve();
            return;
          }
          // decoded even when no one waits for it: the decoder's tables follow the thread's
          const results = 'error' in m ? null : decoder.decode(m);
          const p = pool.pending.get(m.id);
          if (!p) return;
          pool.pending.delete(m.id);
          if (results) p.resolve(results);
          else p.reject(new ClassifierError(`text thread: ${(m as { error: string }).error}`));
        });
        const fail = (err: Error): void => {
          reject(err);
          pool.failed ??= err;
          for (const p of pool.pending.values()) p.reject(new ClassifierError(`text thread failed: ${err.message}`, { retriable: true }));
          pool.pending.clear();
        };
        w.once('error', fail);
        w.once('exit', (code) => {
          if (!pool.disposing) fail(new Error(`text thread exited (code ${code})`));
        });
      }));
      pool.threads.push(w);
    }
    await Promise.all(starts);
    return pool;
  }

  ready(): boolean {
    return !this.failed && this.readyCount === this.threads.length;
  }

  async classifyBatch(events: readonly ContentEvent[]): Promise<ClassifyResult[]> {
    if (this.failed) throw new ClassifierError(`text thread failed: ${this.failed.message}`, { retriable: true });
    const n = this.threads.length;
    const size = Math.ceil(events.length / n);
    const parts = await Promise.all(this.threads.map((t, i) => {
      const texts: string[] = [];
      for (let k = i * size; k < Math.min(events.length, (i + 1) * size); k++) texts.push(textOf(events[k]!));
      if (!texts.length) return Promise.resolve([] as ClassifyResult[]);
      const id = this.nextId++;
      return new Promise<ClassifyResult[]>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        t.postMessage({ id, texts });
      });
    }));
    return parts.flat();
  }

  async dispose(): Promise<void> {
    this.disposing = true;
    await Promise.all(this.threads.map((t) => t.terminate()));
  }
}
