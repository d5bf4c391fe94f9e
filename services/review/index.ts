export { REVIEW_SUBJECTS, ROLES, type Appeal, type ItemSource, type Outcome, type ReviewContent, type ReviewDecision, type Role } from './types.js';
export { isShadowBlock, mayCopyContent, obscured, reviewContent, shadowSampled, thumbnail } from './content.js';
export { VideoStrips, type StripOptions } from './strip.js';
export { buildDecision, ENFORCEMENT_SERVICE, type BuiltDecision, type DecisionInput } from './enforce.js';
export { ReviewStore, PRIORITY, type Account, type ItemRow, type ItemView, type Label, type Precision } from './store.js';
export { createPool, migrate, MIGRATIONS_DIR } from './db.js';
export { ReviewConsole, type ReviewConsoleOptions } from './console.js';
export { buildReviewServer, SESSION_COOKIE } from './server.js';
export { hashPassword, verifyPassword } from './auth.js';
