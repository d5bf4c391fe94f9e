import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { loadTf } from '../../../services/ml/tf.js';
import { loadNsfwjsArtifacts, type TfjsArtifacts } from '../../../services/ml/tfjs-artifacts.js';
import { tfjsToOnnx } from '../../../services/ml/tfjs-to-onnx.js';

function fixedInput(n: number, size: number, seed: number): Float32Array {
  const x = new Float32Array(n * size * size * 3);
  let s = seed;
  for (let i = 0; i < x.length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    x[i] = (s >>> 8) / 16777216;
  }
  return x;
}

async function tfjsPredict(a: TfjsArtifacts, x: Float32Array, shape: [number, number, number, number]): Promise<Float32Array> {
  const { tf } = await loadTf();
  const handler = tf.io.fromMemory({ modelTopology: a.modelTopology, weightSpecs: a.weightSpecs as never, weightData: a.weightData });
  const model = a.format === 'layers' ? await tf.loadLayersModel(handler) : await tf.loadGraphModel(handler);
  const y = model.predict(tf.tensor4d(x, shape)) as import('@tensorflow/tfjs').Tensor;
  const out = (await y.data()) as Float32Array;
  model.dispose();
  return out;
}

describe('tfjsToOnnx', () => {
  // the three models nsfwjs ships: two Keras layer models and one TF graph model
  for (const [folder, size] of [['mobilenet_v2', 224], ['mobilenet_v2_mid', 224], ['inception_v3', 299]] as const) {
    it(`converts nsfwjs ${folder} with outputs within 1e-4 of TF.js on fixed inputs`, async () => {
      const a = loadNsfwjsArtifacts(folder);
      const session = await ort.InferenceSession.create(tfjsToOnnx(a), { intraOpNumThreads: 1 });
      for (const seed of [1, 2]) {
        const x = fixedInput(2, size, seed);
        const expected = await tfjsPredict(a, x, [2, size, size, 3]);
        const got = (await session.run({ input: new ort.Tensor('float32', x, [2, size, size, 3]) })).output!.data as Float32Array;
        expect(got.length).toBe(10);
        let max = 0;
        for (let i = 0; i < got.length; i++) max = Math.max(max, Math.abs(got[i]! - expected[i]!));
        expect(max).toBeLessThanOrEqual(1e-4);
        // the two images differ, so a converter that ignored its input would be caught
        expect(Math.abs(got[0]! - got[5]!) + Math.abs(got[2]! - got[7]!)).toBeGreaterThan(1e-6);
      }
      await session.release();
    }, 120_000);
  }

  it('refuses a layer it does not know, naming it', () => {
    const a = loadNsfwjsArtifacts('mobilenet_v2');
    const topo = structuredClone(a.modelTopology) as { model_config: { config: { layers: { class_name: string; config: { name: string } }[] } } };
    const relu = topo.model_config.config.layers.find((l) => l.class_name === 'ReLU')!;
    relu.class_name = 'PReLU';
    expect(() => tfjsToOnnx({ ...a, modelTopology: topo as unknown as Record<string, unknown> })).toThrow(new RegExp(`layer ${relu.config.name}: PReLU is not supported`));
  });
});
