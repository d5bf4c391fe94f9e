import type { VigilConfig } from '../common/config.js';
import type { Classifier } from '../pipeline/types.js';
import { SUBJECTS } from '../schema/types.js';
import { SpamDetector } from '../spam/index.js';
import { CompositeClassifier } from '../pipeline/composite.js';
import { TextClassifier } from '../text/text-classifier.js';
import { TextClassifierPool } from '../text/text-pool.js';

async function textClassifier(c: VigilConfig): Promise<Classifier> {
  const options = { modelsDir: c.text.modelsDir, runtime: c.text.runtime, maxChars: c.text.maxChars, executionProviders: c.text.executionProviders };
  return c.text.threads > 0 ? TextClassifierPool.create(options, c.text.threads) : TextClassifier.create(options);
}

export interface ServiceDefinition {
  readonly name: string;
  readonly description: string;
  readonly inputTopics: (config: VigilConfig) => string[];
  readonly subjects: readonly string[];
  readonly createClassifier: (config: VigilConfig) => Classifier | Promise<Classifier>;
}

/** The services `vigil serve` can run. Each is one consumer group. */
export const SERVICES: Readonly<Record<string, ServiceDefinition>> = {
  spam: {
    name: 'spam',
    description: 'per-sender posting frequency, copy-paste campaigns and fan-out (CG Spam a/b, AUP 6a)',
    inputTopics: (c) => [c.topics.text, c.topics.image],
    subjects: [SUBJECTS.text, SUBJECTS.image],
    createClassifier: (c) => new SpamDetector(c.spam),
  },
  text: {
    name: 'text',
    description: 'text harms in English and Chinese (models, lexicons, personal data, links) plus spam frequency, one verdict per text',
    inputTopics: (c) => [c.topics.text],
    subjects: [SUBJECTS.text],
    createClassifier: async (c) => new CompositeClassifier('text', [await textClassifier(c), new SpamDetector(c.spam)]),
  },
};
