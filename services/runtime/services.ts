import type { VigilConfig } from '../common/config.js';
import type { Classifier } from '../pipeline/types.js';
import { SUBJECTS } from '../schema/types.js';
import { SpamDetector } from '../spam/index.js';

export interface ServiceDefinition {
  readonly name: string;
  readonly description: string;
  readonly inputTopics: (config: VigilConfig) => string[];
  readonly subjects: readonly string[];
  readonly createClassifier: (config: VigilConfig) => Classifier;
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
};
