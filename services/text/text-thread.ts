/** A worker thread that runs a TextClassifier for TextClassifierPool (services/text/text-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentEvent } from '../schema/types.js';
import { TextClassifier, type TextClassifierOptions } from './text-classifier.js';

interface Request {
  readonly id: number;
  readonly events: ContentEvent[];
}

const port = parentPort!;
const classifier = await TextClassifier.create(workerData as TextClassifierOptions);
port.on('message', (req: Request) => {
  classifier.classifyBatch(req.events).then(
    (results) => port.postMessage({ id: req.id, results }),
    (err: unknown) => port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
port.postMessage({ ready: classifier.describe() });
