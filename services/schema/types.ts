/** TypeScript shapes of the Avro records in schemas/. Times are epoch milliseconds. */

export interface EventBase {
  eventId: string;
  occurredAt: number;
  source: string;
  senderId: string;
  conversationId: string | null;
  jurisdiction: string | null;
  locale: string | null;
}

export interface TextEvent extends EventBase {
  text: string;
  replyToEventId: string | null;
  contexts: string[];
}

export interface ImageEvent extends EventBase {
  mimeType: string;
  bytes: Buffer;
  caption: string | null;
  contexts: string[];
}

export interface VideoFrameEvent extends EventBase {
  videoId: string;
  frameIndex: number;
  ptsMs: number;
  last: boolean;
  mimeType: string;
  bytes: Buffer;
}

export type ContentEvent =
  | ({ kind: 'text' } & TextEvent)
  | ({ kind: 'image' } & ImageEvent)
  | ({ kind: 'video-frame' } & VideoFrameEvent);

export type ContentKind = 'TEXT' | 'IMAGE' | 'VIDEO_FRAME' | 'VIDEO';
export type Decision = 'ALLOW' | 'REVIEW' | 'BLOCK';
export const ACTIONS = ['WARN', 'REMOVE_CONTENT', 'DISPLAY_NOTICE', 'RESTRICT_ACCOUNT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES'] as const;
export type Action = (typeof ACTIONS)[number];

export interface CategoryScore {
  name: string;
  score: number;
}

export interface PolicyRef {
  id: string;
  section: string;
  title: string;
}

export interface Signal {
  classifier: string;
  modelId: string;
  modelVersion: string;
  label: string;
  score: number;
  evidence: Record<string, string>;
}

export interface Verdict {
  verdictId: string;
  eventId: string;
  contentKind: ContentKind;
  senderId: string;
  conversationId: string | null;
  decision: Decision;
  actions: Action[];
  categories: CategoryScore[];
  policies: PolicyRef[];
  /** v4: the catalogue item enforced first (policies[0]); null when no rule fired. */
  primaryPolicy?: string | null;
  signals: Signal[];
  jurisdiction: string | null;
  occurredAt: number;
  decidedAt: number;
  latencyMs: number;
  service: string;
  pipelineVersion: string;
  notes: string[];
  rules: RuleHit[];
  rulesVersion: string;
  strikes: number;
  strikeWeight: number;
  /** Set on verdicts about a whole video (contentKind VIDEO). */
  video?: VideoSummary | null;
  /** v5: signals scoring below this were left out (ALLOW verdicts only); 0: none were. Decoded verdicts always have it (default 0). */
  signalFloor?: number;
  /** v5: the models whose signals the classifiers emitted (a text model's heads as one). Decoded verdicts always have it (default []). */
  models?: ModelRef[];
}

/** A model whose signals a classifier emitted (verdict v5 `models`). */
export interface ModelRef {
  readonly classifier: string;
  readonly modelId: string;
  readonly modelVersion: string;
}

export interface VideoSummary {
  videoId: string;
  final: boolean;
  endedBy: 'last-frame' | 'idle-timeout' | 'evicted' | 'input-ended' | 'early';
  framesSeen: number;
  framesFailed: number;
  offendingFrames: { frameIndex: number; ptsMs: number; eventId: string; decision: string; rules: string[] }[];
  categoryStats: { category: string; maxScore: number; framesOver: number; firstMs: number; lastMs: number }[];
  bankMatches: { bank: string; entry: string; queryMatchPercent: number; compareMatchPercent: number }[];
}

export interface RuleHit {
  id: string;
  decision: string;
  shadow: boolean;
  category: string;
  score: number;
  policies: string[];
  evidence: { signal: string; value: number; op: string; threshold: number }[];
  exception: string | null;
}

export interface DeadLetter {
  originalKey: Buffer | null;
  originalValue: Buffer | null;
  topic: string;
  partition: number;
  offset: string;
  errorCode: string;
  reason: string;
  service: string;
  failedAt: number;
}

export const SUBJECTS = {
  text: 'vigil.events.TextEvent',
  image: 'vigil.events.ImageEvent',
  videoFrame: 'vigil.events.VideoFrameEvent',
  verdict: 'vigil.verdicts.Verdict',
  deadLetter: 'vigil.deadletter.DeadLetter',
} as const;
export type Subject = (typeof SUBJECTS)[keyof typeof SUBJECTS];
