import type { Action, Decision } from '../schema/types.js';
import type { Category } from './categories.js';

/**
 * How vigil reads each part of the policy. A rule applies to the id it names and to every id below it
 * (`cg-spam` covers `cg-spam.b`); the longest matching id wins. scripts/build-catalogue.ts joins these
 * with the parsed document into catalogue.json.
 */
export type Role = 'prohibition' | 'enforcement' | 'exception' | 'resource' | 'informational';
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'none';
/** What can observe a violation: the content itself, the sender's behaviour over time, or neither. */
export type Detectability = 'content' | 'behaviour' | 'none';

export interface Annotation {
  role?: Role;
  category?: Category | null;
  severity?: Severity;
  detectable?: Detectability;
  /** Why content classification cannot detect it, when `detectable` is 'none'. */
  notDetectableReason?: string;
  decision?: Decision | null;
  actions?: Action[];
  /** Catalogue ids of exceptions that turn BLOCK into REVIEW when the event's context or a classifier shows them. */
  exceptions?: string[];
  /** For exception items: the ids they relax. */
  relaxes?: string[];
  /** For enforcement items: the action the item defines. */
  definesAction?: Action;
}

const NUDITY_EXCEPTIONS = ['cg-exception.a', 'cg-exception.b', 'cg-exception.c', 'cg-exception.d'];
const GAMBLING_EXCEPTIONS = ['cg-gambling.ii.a', 'cg-gambling.ii.b'];
const SELF_HARM_EXCEPTIONS = ['cg-self-injury-or-suicide.b'];

const NOT_CONTENT = (reason: string): Annotation => ({ role: 'informational', category: null, severity: 'none', detectable: 'none', notDetectableReason: reason, decision: null, actions: [] });
const ACCOUNT_CONDUCT = (reason: string, category: Category | null = null): Annotation => ({ role: 'prohibition', category, severity: 'medium', detectable: 'none', notDetectableReason: reason, decision: null, actions: [] });

const BY_CATEGORY: Record<Category, Pick<Annotation, 'severity' | 'decision' | 'actions'>> = {
  'sexual/minors': { severity: 'critical', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES'] },
  terrorism: { severity: 'critical', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES'] },
  'human-exploitation': { severity: 'critical', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES'] },
  violence: { severity: 'high', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'RESTRICT_ACCOUNT'] },
  'violence/graphic': { severity: 'high', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'WARN'] },
  weapons: { severity: 'high', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'RESTRICT_ACCOUNT'] },
  hate: { severity: 'high', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'WARN'] },
  sexual: { severity: 'high', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'WARN'] },
  scam: { severity: 'high', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'DISPLAY_NOTICE', 'RESTRICT_ACCOUNT'] },
  'regulated-goods': { severity: 'high', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'RESTRICT_ACCOUNT'] },
  'self-harm': { severity: 'high', decision: 'REVIEW', actions: ['REMOVE_CONTENT', 'DISPLAY_NOTICE'] },
  harassment: { severity: 'medium', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'WARN'] },
  spam: { severity: 'medium', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'RESTRICT_ACCOUNT'] },
  gambling: { severity: 'medium', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'WARN'] },
  privacy: { severity: 'medium', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'WARN'] },
  malware: { severity: 'high', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'RESTRICT_ACCOUNT'] },
  'illegal-activity': { severity: 'high', decision: 'REVIEW', actions: ['REMOVE_CONTENT'] },
  misinformation: { severity: 'medium', decision: 'REVIEW', actions: ['DISPLAY_NOTICE'] },
  impersonation: { severity: 'medium', decision: 'REVIEW', actions: ['REMOVE_CONTENT', 'RESTRICT_ACCOUNT'] },
  'intellectual-property': { severity: 'low', decision: 'REVIEW', actions: ['REMOVE_CONTENT'] },
  political: { severity: 'low', decision: 'REVIEW', actions: ['REMOVE_CONTENT'] },
};

function content(category: Category, extra: Annotation = {}): Annotation {
  return { role: 'prohibition', category, detectable: 'content', ...BY_CATEGORY[category], ...extra };
}

export const ANNOTATIONS: Record<string, Annotation> = {
  // ---- Acceptable Use Policy ----
  'aup-1': NOT_CONTENT('general provisions: how the policy is applied, not a kind of content'),
  'aup-1.2': { role: 'enforcement', category: null, severity: 'none', detectable: 'none', notDetectableReason: 'lists the enforcement steps verdicts may carry', decision: null, actions: [] },
  'aup-1.2.a': { role: 'enforcement', definesAction: 'WARN' },
  'aup-1.2.b': { role: 'enforcement', definesAction: 'REMOVE_CONTENT' },
  'aup-1.2.c': { role: 'enforcement', definesAction: 'DISPLAY_NOTICE' },
  'aup-1.2.d': { role: 'enforcement', definesAction: 'RESTRICT_ACCOUNT' },
  'aup-1.2.e': { role: 'enforcement', definesAction: 'NOTIFY_AUTHORITIES' },
  'aup-2': content('violence'),
  'aup-2.a': content('violence'),
  'aup-2.b': content('weapons'),
  'aup-2.c': content('misinformation', { severity: 'high', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'DISPLAY_NOTICE'] }),
  'aup-2.d': content('illegal-activity'),
  'aup-2.e': content('violence'),
  'aup-2.f': content('illegal-activity'),
  'aup-2.g': content('terrorism'),
  'aup-2.h': content('violence/graphic'),
  'aup-2.i': content('regulated-goods'),
  'aup-2.j': content('illegal-activity'),
  'aup-2.k': content('illegal-activity'),
  'aup-2.l': content('illegal-activity'),
  'aup-2.m': content('scam'),
  'aup-2.n': content('scam'),
  'aup-2.o': content('gambling', { exceptions: GAMBLING_EXCEPTIONS }),
  'aup-3': content('harassment'),
  'aup-3.a': content('self-harm', { exceptions: SELF_HARM_EXCEPTIONS }),
  'aup-3.b': content('sexual/minors'),
  'aup-3.c': content('sexual'),
  'aup-3.d': content('harassment'),
  'aup-3.e': content('human-exploitation'),
  'aup-3.f': content('harassment', { decision: 'REVIEW' }),
  'aup-4': content('privacy'),
  'aup-4.a': content('impersonation'),
  'aup-4.c': content('privacy', { severity: 'high' }),
  'aup-4.e': content('privacy', { severity: 'high' }),
  'aup-5': content('hate'),
  'aup-5.b': content('violence/graphic'),
  'aup-5.c': content('sexual', { exceptions: NUDITY_EXCEPTIONS }),
  'aup-5.d': content('sexual'),
  'aup-5.e': content('harassment'),
  'aup-6': content('misinformation'),
  'aup-6.a': { ...content('spam'), detectable: 'behaviour' },
  'aup-6.b': { ...content('spam'), detectable: 'behaviour' },
  'aup-6.d': ACCOUNT_CONDUCT('who an account acts for is not visible in its content', 'political'),
  'aup-6.e': content('misinformation'),
  'aup-7': ACCOUNT_CONDUCT('account conduct, not content'),
  'aup-7.1.a': content('impersonation'),
  'aup-7.1.b': ACCOUNT_CONDUCT('account creation is not content; detect with account signals', 'spam'),
  'aup-7.1.c': ACCOUNT_CONDUCT('ban evasion is an account signal, not content', 'spam'),
  'aup-7.1.d': ACCOUNT_CONDUCT('registration data is not content'),
  'aup-7.1.e': ACCOUNT_CONDUCT('account sharing is not visible in content'),
  'aup-7.1.f': content('harassment'),
  'aup-7.1.g': ACCOUNT_CONDUCT('registration requirements are not content'),
  'aup-7.2': ACCOUNT_CONDUCT('use of the software (reverse engineering, scraping, licensing) is not content'),
  'aup-7.2.b': { ...ACCOUNT_CONDUCT('automation is a behavioural signal; the frequency detector sees its effect (CG Spam b)', 'spam'), detectable: 'behaviour', decision: 'REVIEW', actions: ['RESTRICT_ACCOUNT'] },
  'aup-7.2.e': content('malware'),
  'aup-7.2.r': { ...ACCOUNT_CONDUCT('overloading servers is seen in traffic; the frequency detector sees its effect', 'spam'), detectable: 'behaviour', decision: 'REVIEW', actions: ['RESTRICT_ACCOUNT'] },
  'aup-7.3': ACCOUNT_CONDUCT('eligibility to hold an account is not content'),
  'aup-8': content('regulated-goods'),
  'aup-8.b': content('weapons'),
  'aup-8.c': content('human-exploitation'),
  'aup-9': NOT_CONTENT('how intellectual property and deletion requests are handled; no content rule'),
  'aup-10': NOT_CONTENT('government requests are a legal process, not content'),
  'aup-11': content('political'),
  'aup-11.2': { ...content('political'), role: 'informational' },
  'aup-11.3': { ...content('political'), role: 'informational' },
  'aup-11.4': NOT_CONTENT('jurisdictional handling of political advertising'),
  'aup-11.5': NOT_CONTENT('future restrictions, none in force'),
  'aup-11.1.a': { ...content('political'), detectable: 'none', notDetectableReason: 'whether a post was paid for is not visible in its content' },
  'aup-12': NOT_CONTENT('contact details'),
  'aup-kr': { ...content('sexual'), severity: 'critical' },
  'aup-kr.1': { ...content('sexual'), severity: 'critical', role: 'informational' },
  // Article 22-5(1) of the Korean Telecommunications Business Act: block display of illegal video content.
  'aup-kr.2': { ...content('sexual'), severity: 'critical', decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'NOTIFY_AUTHORITIES'] },

  // ---- Community Guidelines ----
  'cg-wechat-community-guidelines': NOT_CONTENT('introduction to the guidelines'),
  'cg-fraud-or-scams': content('scam'),
  'cg-fraud-or-scams.e': content('gambling'),
  'cg-fraud-or-scams.f': content('illegal-activity'),
  'cg-fraud-or-scams.g': content('illegal-activity'),
  'cg-nudity-and-pornography': content('sexual', { exceptions: NUDITY_EXCEPTIONS }),
  'cg-nudity': content('sexual', { exceptions: NUDITY_EXCEPTIONS }),
  'cg-nudity.ii.g': content('sexual', { severity: 'critical', actions: ['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES'] }),
  'cg-offering-or-requesting-sexual-behavior-for-compensation': content('sexual', { actions: ['REMOVE_CONTENT', 'RESTRICT_ACCOUNT'] }),
  'cg-non-consensual-pornography': content('sexual', { severity: 'critical', actions: ['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES'] }),
  'cg-non-consensual-pornography.ii': { role: 'resource', category: null, severity: 'none', detectable: 'none', notDetectableReason: 'help resources for victims, not a rule', decision: null, actions: [] },
  'cg-child-pornography': content('sexual/minors'),
  'cg-child-pornography.ii': { role: 'resource', category: null, severity: 'none', detectable: 'none', notDetectableReason: 'reporting resources, not a rule', decision: null, actions: [] },
  'cg-exception': { role: 'exception', category: 'sexual', severity: 'none', detectable: 'content', decision: 'REVIEW', actions: [], relaxes: ['cg-nudity', 'aup-5.c'] },
  'cg-hate-spam-or-other-inappropriate-behavior': content('hate'),
  'cg-hate-speech-and-discrimination': content('hate'),
  'cg-gambling': content('gambling', { exceptions: GAMBLING_EXCEPTIONS }),
  'cg-gambling.ii': { role: 'exception', category: 'gambling', severity: 'none', detectable: 'content', decision: 'REVIEW', actions: [], relaxes: ['cg-gambling', 'aup-2.o'] },
  'cg-self-injury-or-suicide': content('self-harm', { exceptions: SELF_HARM_EXCEPTIONS }),
  // (b) forbids method discussion yet allows sharing experiences and seeking support: it is the recovery exception too.
  'cg-self-injury-or-suicide.b': content('self-harm', { exceptions: [], relaxes: ['cg-self-injury-or-suicide', 'aup-3.a'] }),
  'cg-spam': content('spam'),
  'cg-spam.b': { ...content('spam'), detectable: 'behaviour' },
  'cg-spam.c': { ...content('spam'), detectable: 'behaviour' },
  'cg-spam.d': content('scam'),
  'cg-spam.e': content('scam'),
  'cg-spam.g': content('scam', { severity: 'high' }),
  'cg-spam.h': content('scam'),
  'cg-harassment-and-bullying': content('harassment'),
  'cg-harassment-and-bullying.a': { ...content('harassment'), detectable: 'behaviour' },
  'cg-harassment-and-bullying.c': content('violence'),
  'cg-harassment-and-bullying.e': content('privacy'),
  'cg-harassment-and-bullying.f': content('sexual'),
  'cg-harassment-and-bullying.h': content('illegal-activity'),
  'cg-harassment-and-bullying.m': content('violence/graphic'),
  'cg-violent-content': content('violence/graphic'),
  'cg-image-violence': content('violence/graphic'),
  'cg-incitement-of-behavior': content('violence'),
  'cg-incitement-of-behavior.a': content('violence/graphic'),
  'cg-violence-and-threats': content('violence'),
  'cg-violence-and-threats.c': content('weapons'),
  'cg-cruelty-to-animals': content('violence/graphic'),
  'cg-account-security': content('impersonation'),
  'cg-account-security.d': ACCOUNT_CONDUCT('account intrusion is seen in login signals, not content', 'impersonation'),
  'cg-account-security.e': ACCOUNT_CONDUCT('account takeover is seen in login signals, not content', 'impersonation'),
  'cg-intellectual-property-infringement': content('intellectual-property'),
  'cg-copyright-and-trademark-infringement': content('intellectual-property'),
  'cg-counterfeit-goods': content('scam'),
  'cg-safety-of-minors': content('sexual/minors'),
  'cg-public-disclosure-of-information-about-minors': content('privacy', { severity: 'high' }),
  'cg-child-abuse': content('sexual/minors'),
  'cg-cyberbullying': content('harassment', { severity: 'high' }),
  'cg-cyberbullying.h': content('violence/graphic'),
  'cg-terrorism-violent-extremism-and-other-criminal-behavior': content('terrorism'),
  'cg-terrorism-and-other-harmful-acts': content('terrorism'),
  'cg-terrorism-and-other-harmful-acts.b': content('hate', { severity: 'critical' }),
  'cg-terrorism-and-other-harmful-acts.d': content('human-exploitation'),
  'cg-sale-or-transfer-of-protected-wildlife': content('regulated-goods'),
  'cg-sale-or-transfer-of-regulated-goods-or-services': content('regulated-goods'),
  'cg-sale-or-transfer-of-regulated-goods-or-services.a': content('weapons'),
  'cg-sale-or-transfer-of-regulated-goods-or-services.b': content('weapons'),
  'cg-sale-or-transfer-of-regulated-goods-or-services.j': content('illegal-activity'),
  'cg-human-exploitation': content('human-exploitation'),
  'cg-other-criminal-acts': content('illegal-activity'),
  'cg-other-criminal-acts.b': content('scam'),
  'cg-other-criminal-acts.c': content('sexual', { severity: 'critical', actions: ['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES'] }),
  'cg-other-criminal-acts.e': content('violence'),
  'cg-violation-of-personal-data-privacy': content('privacy'),
  'cg-sharing-of-personal-data-without-consent': content('privacy'),
  'cg-other-inappropriate-content': content('misinformation'),
  'cg-other-inappropriate-content.c': content('violence/graphic', { decision: 'REVIEW' }),
  'cg-other-inappropriate-content.d': content('spam'),
  'cg-other-inappropriate-content.e': content('misinformation'),
  'cg-other-inappropriate-content.f': content('intellectual-property'),
  'cg-other-inappropriate-content.g': content('violence', { decision: 'REVIEW' }),
  'cg-other-inappropriate-content.h': content('scam', { decision: 'REVIEW' }),
  'cg-other-inappropriate-content.i': content('misinformation'),
};

/**
 * The annotation for an id: the rules of the id and of its parents (`aup-1.2.a` ← `aup-1.2` ← `aup-1`)
 * merged from the outermost in, so an item inherits its section's reading and overrides what it names.
 */
export function annotationFor(id: string): Annotation | undefined {
  const chain: Annotation[] = [];
  let key = id;
  for (;;) {
    const a = ANNOTATIONS[key];
    if (a) chain.unshift(a);
    const dot = key.lastIndexOf('.');
    if (dot < 0) break;
    key = key.slice(0, dot);
  }
  return chain.length ? Object.assign({}, ...chain) as Annotation : undefined;
}
