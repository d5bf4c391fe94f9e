export { SpamDetector, hasCallToAction, SPAM_MODEL_ID, SPAM_MODEL_VERSION, type SpamStats } from './spam-detector.js';
export { normalizeForDuplicates } from './normalize.js';
export { simhash, hamming, type SimHash } from './simhash.js';
