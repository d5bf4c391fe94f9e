import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadTf } from '../ml/tf.js';
import { loadTfjsArtifacts } from '../ml/tfjs-artifacts.js';
import type { DecodedImage } from './decode.js';
import { prepareInput, type ImageModelManifest } from './models.js';

/**
 * The weapons baseline behind the violence slot: CenterNet (MobileNetV3 backbone, 80 COCO classes),
 * the object detector shipped inside the @vladmandic/human npm package (models/centernet.json), run
 * on TF.js. A detected knife raises `object.weapon` for human review. It is a baseline: a general
 * object detector, not trained for weapons in context (kitchen knives count), and it sees no guns
 * (COCO has no firearm class).
 */
export const WEAPON_CLASSES: Readonly<Record<number, string>> = { 43: 'knife' };

const INPUT = 512;
const INPUT_SPEC: ImageModelManifest = {
  id: 'centernet-mb3-coco',
  version: 'human-3.3.6',
  source: { onnx: '' },
  input: { size: INPUT, layout: 'nhwc', scale: 1, mean: [0, 0, 0], std: [1, 1, 1] },
  output: { activation: 'none' },
  labels: ['knife'],
  signals: { knife: 'object.weapon' },
};

export interface WeaponDetection {
  readonly label: string;
  readonly score: number;
  /** [x, y, width, height] as fractions of the image */
  readonly box: readonly [number, number, number, number];
}

export interface WeaponDetector {
  readonly id: string;
  readonly version: string;
  readonly backend: string;
  detect(images: readonly DecodedImage[]): Promise<WeaponDetection[][]>;
}

export async function loadWeaponDetector(minScore = 0.2): Promise<WeaponDetector> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@vladmandic/human')), '..', 'models');
  const { tf, backend } = await loadTf();
  const a = loadTfjsArtifacts(join(dir, 'centernet.json'));
  const model = await tf.loadGraphModel(tf.io.fromMemory({ modelTopology: a.modelTopology, weightSpecs: a.weightSpecs as never, weightData: a.weightData }));
  return {
    id: INPUT_SPEC.id,
    version: INPUT_SPEC.version,
    backend,
    async detect(images) {
      const out: WeaponDetection[][] = [];
      for (const img of images) {
        const input = await prepareInput(INPUT_SPEC, [img]); // pixels 0-255, as the model expects
        const x = tf.tensor4d(input, [1, INPUT, INPUT, 3]);
        const y = model.execute(x, ['tower_0/detections']) as import('@tensorflow/tfjs').Tensor;
        const det = (await y.data()) as Float32Array; // [1, 100, 6]: x1, y1, x2, y2, score, class
        x.dispose();
        y.dispose();
        const found: WeaponDetection[] = [];
        for (let i = 0; i + 5 < det.length; i += 6) {
          const label = WEAPON_CLASSES[det[i + 5]!];
          const score = det[i + 4]!;
          if (!label || !(score >= minScore)) continue;
          const [x1, y1, x2, y2] = [det[i]! / INPUT, det[i + 1]! / INPUT, det[i + 2]! / INPUT, det[i + 3]! / INPUT];
          found.push({ label, score, box: [x1, y1, x2 - x1, y2 - y1] });
        }
        out.push(found.sort((p, q) => q.score - p.score));
      }
      return out;
    },
  };
}
