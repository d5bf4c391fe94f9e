/** A worker thread that runs a TextClassifier for TextClassifierPool (services/text/text-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { TextClassifier, type TextClassifierOptions } from './text-classifier.js';
import { ResultEncoder } from './thread-codec.js';

interface Request {
  readonly id: number;
  /** The text each event of the chunk is judged on (a text's text, an image's caption). */
  readonly texts: string[];
}

const port = parentPort!;
const classifier = await TextClassifier.create(workerData as TextClassifierOptions);
const encoder = new ResultEncoder();
port.on('message', (req: Request) => {
  classifier.classifyTexts(req.texts).then(
    (results) => {
      const { message, transfer } = encoder.encode(req.id, results);
      port.postMessage(message, transfer);
    },
    (err: unknown) => port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
port.postMessage({ ready: classifier.describe() });
