/**
 * Catalogue items (schemas/policy-catalogue.json) that the corpus families cite, in the groups most families use: one
 * definition each instead of a copy per corpus file. A file whose harm needs other items lists its own.
 */
/** financial fraud */
export const FIN: readonly string[] = ['cg-fraud-or-scams.a.1'];
/** prize and lottery-win scams */
export const PRIZE: readonly string[] = ['cg-fraud-or-scams.a.1', 'cg-spam.d'];
/** job and task (刷单) scams */
export const JOB: readonly string[] = ['cg-fraud-or-scams.a.3'];
/** impersonating an institution or platform */
export const IMPERSONATE: readonly string[] = ['cg-account-security.c', 'cg-fraud-or-scams.a.2'];
/** impersonating an acquaintance (a boss, a relative) */
export const ACQ: readonly string[] = ['cg-account-security.b', 'cg-account-security.c', 'cg-fraud-or-scams.a.2'];
/** phishing for accounts and codes */
export const PHISH: readonly string[] = ['cg-spam.g', 'cg-account-security.c', 'cg-fraud-or-scams.a'];
/** game-trade scams */
export const GAME: readonly string[] = ['cg-fraud-or-scams.a.4', 'cg-account-security.d'];
/** forged documents */
export const FORGED: readonly string[] = ['cg-fraud-or-scams.b.2'];
/** traffic luring (引流) */
export const TL: readonly string[] = ['cg-spam.a', 'cg-spam.d'];
/** spam service ads */
export const SV: readonly string[] = ['cg-spam.a', 'cg-spam.b'];
/** marketing spam */
export const MK: readonly string[] = ['cg-spam.a', 'cg-other-inappropriate-content.d'];
/** promoting gambling */
export const PROMOTE: readonly string[] = ['cg-gambling.c', 'cg-gambling.b'];
/** depicting gambling */
export const DEPICT: readonly string[] = ['cg-gambling.a'];
/** offering sex for compensation */
export const PAID: readonly string[] = ['cg-offering-or-requesting-sexual-behavior-for-compensation.a'];
/** seeking paid sexual partners */
export const PARTNER: readonly string[] = ['cg-offering-or-requesting-sexual-behavior-for-compensation.b'];
/** selling nude content */
export const NUDE: readonly string[] = ['cg-offering-or-requesting-sexual-behavior-for-compensation.d', 'cg-nudity.ii.h'];
/** pornography */
export const PORN: readonly string[] = ['cg-nudity.a', 'cg-nudity.ii.h'];
/** vulgar sexual talk */
export const VULGAR: readonly string[] = ['cg-nudity.ii.e', 'cg-nudity.b'];
/** sexual harassment */
export const HARASS_SEX: readonly string[] = ['cg-harassment-and-bullying.f', 'cg-nudity.ii.e'];
/** insults */
export const INSULT: readonly string[] = ['cg-harassment-and-bullying.d', 'cg-cyberbullying.f'];
/** insults about the body */
export const INSULT_BODY: readonly string[] = ['cg-harassment-and-bullying.d', 'cg-cyberbullying.d'];
/** pile-ons */
export const PILE_ON: readonly string[] = ['cg-harassment-and-bullying.i', 'cg-harassment-and-bullying.d'];
/** curses */
export const CURSE: readonly string[] = ['cg-harassment-and-bullying.c', 'cg-cyberbullying.a'];
/** doxxing and its threats */
export const DOXX: readonly string[] = ['cg-harassment-and-bullying.e', 'cg-sharing-of-personal-data-without-consent.b'];
/** threats of violence */
export const THREAT: readonly string[] = ['cg-violence-and-threats.a', 'aup-2.a'];
