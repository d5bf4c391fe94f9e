import type { Registry } from 'prom-client';
import type { VigilConfig } from '../common/config.js';
import type { Logger } from '../common/logger.js';
import { ImageClassifier } from '../image/image-classifier.js';
import type { PolicyEngine } from '../policy/engine.js';
import type { RuleSet } from '../policy/rules.js';
import { VideoStage } from '../video/stage.js';
import type { OutputStage } from './worker.js';
import type { Classifier, ClassifierOutput } from '../pipeline/types.js';
import { SUBJECTS } from '../schema/types.js';
import { SpamDetector } from '../spam/index.js';
import { CompositeClassifier } from '../pipeline/composite.js';
import { TextClassifier, type TextClassifierOptions } from '../text/text-classifier.js';
import { withLanguageMetrics } from '../text/language-metrics.js';
import { TextClassifierPool } from '../text/text-pool.js';
import { DomainHashSet, LinkChecker, type BrandsFile } from '../text/urls.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function textOptions(c: VigilConfig): TextClassifierOptions {
  return { modelsDir: c.text.modelsDir, runtime: c.text.runtime, maxChars: c.text.maxChars, maxWindows: c.text.maxWindows, windowChars: c.text.windowChars, signalFloor: c.text.signalFloor, executionProviders: c.text.executionProviders, langId: c.text.langId, langIdMinScore: c.text.langIdMinScore };
}

async function textClassifier(c: VigilConfig, ctx: ClassifierContext = {}): Promise<Classifier> {
  const inner = c.text.threads > 0 ? await TextClassifierPool.create(textOptions(c), c.text.threads) : await TextClassifier.create(textOptions(c));
  return withLanguageMetrics(inner, ctx.registry);
}

/** What a service's classifier may use from its worker: the metrics registry and the logger. */
export interface ClassifierContext {
  readonly registry?: Registry;
  readonly logger?: Logger;
}

/**
 * The image and video workers' text classifier (on their main thread: captions and text read from
 * images are short), for captions and for text in images, and the link checker for QR payloads.
 */
async function imageTextParts(c: VigilConfig, ctx: ClassifierContext = {}): Promise<{ text: Classifier; links: LinkChecker }> {
  const text = withLanguageMetrics(await TextClassifier.create(textOptions(c)), ctx.registry);
  const brands = JSON.parse(readFileSync(join(c.text.modelsDir, 'brands.json'), 'utf8')) as BrandsFile;
  return { text, links: new LinkChecker(DomainHashSet.fromFile(join(c.text.modelsDir, 'phishing-domains.bin')), brands) };
}

/** Image captions through the text models, lexicons, personal-data and link checks. Images without a caption yield no text signals. */
function captionClassifier(text: Classifier): Classifier {
  return {
    name: 'caption',
    kinds: ['image'],
    ready: () => text.ready(),
    async classifyBatch(events) {
      const withCaption = events.map((e, i) => ({ e, i })).filter(({ e }) => e.kind === 'image' && e.caption);
      const out: ClassifierOutput[] = events.map(() => ({ signals: [] }));
      if (!withCaption.length) return out;
      const results = await text.classifyBatch(withCaption.map(({ e }) => e));
      withCaption.forEach(({ i }, k) => (out[i] = results[k]!));
      return out;
    },
  };
}

export interface ServiceDefinition {
  readonly name: string;
  readonly description: string;
  readonly inputTopics: (config: VigilConfig) => string[];
  readonly subjects: readonly string[];
  readonly createClassifier: (config: VigilConfig, ctx?: ClassifierContext) => Classifier | Promise<Classifier>;
  /** Events per classified chunk, when not VIGIL_MAX_BATCH_EVENTS (image and video: VIGIL_MEDIA_BATCH_EVENTS). */
  readonly batchEvents?: (config: VigilConfig) => number;
  /** false: the service records enforcement-ladder strikes itself (videos: once per video). */
  readonly strikesPerEvent?: boolean;
  /** Stateful services: the output stage (see OutputStage). */
  readonly createStage?: (config: VigilConfig, ctx: StageContext) => OutputStage;
}

export interface StageContext extends ClassifierContext {
  readonly classifier: Classifier;
  readonly engine: PolicyEngine;
  readonly rules: () => RuleSet;
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
    createClassifier: async (c, ctx) => new CompositeClassifier('text', [await textClassifier(c, ctx), new SpamDetector(c.spam)]),
  },
  image: {
    name: 'image',
    description: 'images: safe decode, PDQ/MD5/SHA-256 against hash banks (CSAM → priority topic), nudity cascade, violence slot, weapons baseline',
    inputTopics: (c) => [c.topics.image],
    subjects: [SUBJECTS.image],
    batchEvents: (c) => c.mediaBatchEvents,
    createClassifier: async (c, ctx) => {
      const parts = await imageTextParts(c, ctx);
      return new CompositeClassifier('image', [await ImageClassifier.create(c.image, { ...ctx, ...parts }), captionClassifier(parts.text)]);
    },
  },
  video: {
    name: 'video',
    description: 'video frames through the image path; per-video verdicts (early block, final at the last frame or idle timeout), vPDQ-style video-bank matching',
    inputTopics: (c) => [c.topics.video],
    subjects: [SUBJECTS.videoFrame],
    batchEvents: (c) => c.mediaBatchEvents,
    createClassifier: async (c, ctx) => ImageClassifier.create(c.image, { ...ctx, ...(await imageTextParts(c, ctx)) }),
    strikesPerEvent: false,
    createStage: (c, ctx) => new VideoStage({
      service: 'video', config: c.video, engine: ctx.engine, rules: ctx.rules, banks: () => (ctx.classifier as ImageClassifier).bankGeneration,
      ...(ctx.registry ? { registry: ctx.registry } : {}), ...(ctx.logger ? { logger: ctx.logger } : {}),
    }),
  },
};
