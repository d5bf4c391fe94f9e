import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Tf = typeof import('@tensorflow/tfjs');

let loading: Promise<{ tf: Tf; backend: string }> | null = null;

/**
 * TF.js with tfjs-node when it is installed, else the wasm backend, else plain JS. Loaded once per
 * process: every model on TF.js shares the backend.
 */
export function loadTf(): Promise<{ tf: Tf; backend: string }> {
  loading ??= pick();
  return loading;
}

async function pick(): Promise<{ tf: Tf; backend: string }> {
  try {
    const tf = (await import('@tensorflow/tfjs-node' as string)) as Tf;
    return { tf, backend: 'tensorflow' };
  } catch {
    // optional dependency absent (its install downloads libtensorflow): fall back
  }
  const tf = await import('@tensorflow/tfjs');
  try {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const require = createRequire(import.meta.url);
    wasm.setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), '/'));
    if (await tf.setBackend('wasm')) {
      await tf.ready();
      return { tf, backend: 'wasm' };
    }
  } catch {
    // wasm unavailable: plain JS
  }
  await tf.setBackend('cpu');
  return { tf, backend: 'cpu' };
}
