/** Subjects and TypeScript shapes of the review topics (schemas/review-*.avsc, schemas/appeal.v1.avsc). */
export const REVIEW_SUBJECTS = {
  content: 'vigil.review.ReviewContent',
  appeal: 'vigil.appeals.Appeal',
  decision: 'vigil.review.ReviewDecision',
} as const;

export interface ReviewContent {
  verdictId: string;
  eventId: string;
  senderId: string;
  contentKind: 'TEXT' | 'IMAGE' | 'VIDEO';
  occurredAt: number;
  text: string | null;
  thumbnail: Buffer | null;
  frames: Buffer[];
  shadow: boolean;
}

export interface Appeal {
  appealId: string;
  verdictId: string;
  senderId: string;
  appealedAt: number;
  reason: string | null;
}

export type ItemSource = 'priority' | 'appeal' | 'review' | 'shadow';
export type Outcome = 'confirm' | 'overturn' | 'change_category';
export const ROLES = ['reviewer', 'lead', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface ReviewDecision {
  decisionId: string;
  itemId: string;
  verdictId: string;
  eventId: string;
  senderId: string;
  source: 'REVIEW' | 'PRIORITY' | 'APPEAL' | 'SHADOW';
  outcome: 'CONFIRM' | 'OVERTURN' | 'CHANGE_CATEGORY' | 'ESCALATE';
  category: string | null;
  policyId: string | null;
  ruleIds: string[];
  reviewer: string;
  decidedAt: number;
  occurredAt: number;
  strikeDelta: number;
  enforcementVerdictId: string | null;
  appealId: string | null;
}
