import type { Category } from './categories.js';

/**
 * The signals rules can test: `<classifier>.<label>`, each a score in [0, 1]. This is the contract
 * between classifiers and the rule engine; a rule naming a signal not listed here is rejected on load.
 * `live` signals are emitted today; `planned` ones are reserved for classifiers still being built, so
 * rules for them can be written, validated and shadow-tested now and fire the day the classifier ships.
 */
export interface SignalSpec {
  readonly name: string;
  readonly provider: string;
  readonly status: 'live' | 'planned';
  readonly doc: string;
  /**
   * The harms this signal measures (verdict categories). A rule may only cite a category one of its
   * signals measures: test/services/policy/rules.test.ts checks every rule against this.
   */
  readonly categories: readonly Category[];
  /**
   * How strong one firing is as evidence. `exact`: a match in a curated hash bank — it can carry an
   * account's termination by itself. `fuzzy`: a model score, a lexicon, a pattern or a rate — it cannot: a
   * verdict on fuzzy evidence alone never terminates an account or notifies authorities, and the strikes
   * one such event adds stay below the ladder's terminate step (services/policy/engine.ts).
   */
  readonly evidence: 'exact' | 'fuzzy';
  /** A match that may be reported to authorities (CSAM and terrorist-content banks only). */
  readonly notifies: boolean;
}

type Spec = readonly [name: string, doc: string, categories: readonly Category[]];
const make = (status: 'live' | 'planned', provider: string, evidence: 'exact' | 'fuzzy' = 'fuzzy', notifies = false) =>
  ([name, doc, categories]: Spec): SignalSpec => ({ name, provider, status, doc, categories, evidence, notifies });

/**
 * Text-path signals no classifier emits yet (the rest come from the text models, the lexicon, the
 * personal-data finder and the link checker; test/services/policy/signals.test.ts keeps the two in step).
 */
const PLANNED_TEXT = new Set([
  'text.spam.autogen', 'text.harassment.sexual', 'text.harassment.minor', 'text.harassment.victim', 'text.harassment.false-claim',
  'text.illegal', 'text.misinformation', 'text.impersonation', 'text.political', 'text.ip', 'url.fake-store', 'url.malware',
]);

const TEXT: readonly Spec[] = [
  ['text.spam', 'unsolicited advertising, traffic luring (引流), paid promotion services, referral and pay-per-click links', ['spam']],
  ['text.spam.autogen', 'automatically generated content', ['spam']],
  ['text.scam', 'financial, investment, loan, prize and pyramid scams (all scams)', ['scam']],
  ['text.scam.dating', 'romance and dating scams (杀猪盘)', ['scam']],
  ['text.scam.recruitment', 'fake jobs, task and 刷单 scams, work-at-home, get-rich-quick', ['scam']],
  ['text.scam.impersonation', 'scams impersonating customer service, police and other authorities, a boss or a relative', ['scam']],
  ['text.scam.phishing', 'phishing: look-alike links, requests for codes, card data or logins', ['scam']],
  ['text.scam.counterfeit', 'counterfeit goods, currency, certificates and documents', ['scam']],
  ['text.scam.stolen-data', 'trading stolen cards, credentials, personal data, exam papers', ['scam', 'illegal-activity']],
  ['text.scam.laundering', 'money laundering', ['scam']],
  ['text.hate', 'attacks on protected characteristics', ['hate']],
  ['text.harassment', 'insults, curses, bullying, derogatory terms aimed at a person', ['harassment']],
  ['text.harassment.sexual', 'sexualised comments, claims about sexual behaviour or disease', ['harassment', 'sexual']],
  ['text.harassment.minor', 'bullying directed at minors', ['harassment']],
  ['text.harassment.victim', 'targeting victims of assault, exploitation, self-harm or hate crimes', ['harassment']],
  ['text.harassment.false-claim', 'unfounded allegations of crime', ['harassment']],
  ['text.sexual', 'explicit sexual text and vulgar sexual talk', ['sexual']],
  ['text.sexual.solicitation', 'sexual services or content for compensation, hook-up and 裸聊 offers', ['sexual']],
  ['text.sexual.minors', 'sexualisation or solicitation of minors', ['sexual/minors']],
  ['text.self-harm', 'promotion, encouragement or instruction of self-harm or suicide', ['self-harm']],
  ['text.self-harm.recovery', 'recovery, support and awareness discussion (an exception signal)', []],
  ['text.gambling', 'gambling promotion: casinos, betting, lotteries, red-packet gambling, gambling sites', ['gambling']],
  ['text.gambling.harm-education', 'education about gambling harm (an exception signal)', []],
  ['text.regulated', 'black-market trade of any kind (drugs, weapons, fake documents, bank cards, SIM cards and accounts, personal data, organs, surrogacy); text.regulated.drugs, text.weapons and text.regulated.other say which kind', ['regulated-goods', 'weapons']],
  ['text.regulated.drugs', 'buying, selling or promoting recreational drugs', ['regulated-goods']],
  ['text.regulated.alcohol-tobacco', 'private sale of alcohol or tobacco', ['regulated-goods']],
  ['text.regulated.wildlife', 'protected wildlife trade', ['regulated-goods']],
  ['text.regulated.tobacco-terms', 'terms of the smuggled and untaxed tobacco trade (私烟, 免税烟, 香烟批发); they name the kind where a black-market model sees a trade', ['regulated-goods']],
  ['text.regulated.surrogacy-terms', 'terms of the commercial surrogacy and egg trade (代孕, 借腹生子, 有偿捐卵, 包生男孩); they name the kind where a black-market model sees a trade', ['regulated-goods']],
  ['text.regulated.driving-terms', "terms of the trade in another driver's penalty points (代扣分, 买分卖分); they name the kind where a black-market model sees a trade", ['regulated-goods']],
  ['text.regulated.enhancement-terms', 'sexual-enhancement and slimming product terms (壮阳, 延时喷剂, 减肥药); they name the kind where an ad or black-market model sees a sale', ['regulated-goods']],
  ['text.regulated.other', 'black-market trade: fake documents, bank cards (四件套), SIM cards and accounts, personal data, organs, blood, surrogacy, protected wildlife, smuggled tobacco, sexual-enhancement and weight-loss products, driving points', ['regulated-goods']],
  ['text.weapons', 'weapon and explosives trade and manufacture', ['weapons']],
  ['text.violence', 'threats and incitement of violence against people', ['violence']],
  ['text.terrorism', 'terrorist and violent-extremist promotion', ['terrorism']],
  ['text.human-exploitation', 'trafficking, forced labour and marriage, organ trafficking', ['human-exploitation']],
  ['text.illegal', 'promotion of theft, vandalism and other crimes', ['illegal-activity']],
  ['text.misinformation', 'false information and deceptive offers', ['misinformation']],
  ['text.impersonation', 'posing as another person, brand or official', ['impersonation']],
  ['text.political', 'political advocacy content', ['political']],
  ['text.ip', 'copyright or trademark infringement, unauthorised rebroadcast', ['intellectual-property']],
  ['pii.phone', 'a phone number', ['privacy']],
  ['pii.id-number', 'a national identity number (with checksum)', ['privacy']],
  ['pii.bank-card', 'a bank card number (Luhn-valid)', ['privacy']],
  ['pii.email', 'an e-mail address', ['privacy']],
  ['pii.address', 'a street address', ['privacy']],
  ['pii.credential', 'a password or access code', ['privacy']],
  ['url.phishing', 'a link to a known phishing or scam domain', ['scam']],
  ['url.lookalike', 'a link to a lookalike of a well-known brand domain', ['scam']],
  ['url.fake-store', 'a link to a known fake store', ['scam']],
  ['url.malware', 'a link to known malicious software', ['malware']],
];

export const SIGNALS: readonly SignalSpec[] = [
  ...([
    ['spam.frequency', 'posting frequency over the sender limits (0.6 just over, 1.0 at twice)', ['spam']],
    ['spam.campaign', 'near-identical text from many senders within the campaign window', ['spam']],
    ['spam.fanout', 'near-identical text from one sender to many conversations', ['spam']],
  ] as const).map(make('live', 'spam')),
  // text path (services/text): models, lexicon, personal data, links
  ...TEXT.map((x) => make(PLANNED_TEXT.has(x[0]) ? 'planned' : 'live', 'text')(x)),
  // image path (services/image)
  ...([
    ['nsfw.porn', 'nudity cascade (nsfwjs models): pornographic', ['sexual']],
    ['nsfw.hentai', 'nudity cascade (nsfwjs models): drawn pornography', ['sexual']],
    ['nsfw.sexy', 'nudity cascade (nsfwjs models): suggestive', ['sexual']],
    ['violence.graphic', 'violence slot (an operator-supplied ONNX model, models/image/violence.example.json): graphic violence, gore', ['violence/graphic']],
    ['object.weapon', 'weapons baseline (CenterNet COCO detector): a knife in the image, score of the best detection', ['weapons']],
  ] as const).map(make('live', 'image')),
  ...([
    ['hash.ncii', 'match in a non-consensual intimate imagery bank', ['sexual']],
    ['hash.banned', 'match in another banned-media bank (content the operator has already judged)', ['illegal-activity']],
  ] as const).map(make('live', 'image', 'exact')),
  ...([
    ['hash.csam', 'match in a CSAM hash bank (1 = matched; PDQ within the bank distance, or MD5/SHA-256)', ['sexual/minors']],
    ['hash.terrorism', 'match in a terrorist-content hash bank', ['terrorism']],
  ] as const).map(make('live', 'image', 'exact', true)),
  // video path and context models (planned)
  ...([
    ['video.illegal', 'video judged illegal content (per-video aggregate)', ['sexual', 'illegal-activity']],
    ['context.medical', 'medical or health context detected', []],
    ['context.art', 'non-sexual artwork detected', []],
    ['context.breastfeeding', 'breastfeeding or childbirth context detected', []],
    ['deepfake', 'synthesised or manipulated media', ['misinformation']],
  ] as const).map(make('planned', 'image')),
  // ---- text and QR codes in images (services/image/ocr, services/image/qr.ts) ----
  // Text read from an image emits the text signals above (evidence source: image-text); these are the QR code's own.
  ...([
    ['qr.code', 'a QR code decoded in the image (1 = one or more); next to ad text it is an advert that hands off', ['spam']],
    ['qr.contact-handoff', 'a QR code handing off to a chat group invitation, an add-contact link or a payment code (0.9), or a link shortener (0.7); payloads also go to the link checker (url.*)', ['spam', 'scam']],
  ] as const).map(make('live', 'image')),
];

const BY_NAME = new Map(SIGNALS.map((s) => [s.name, s]));

export function signalSpec(name: string): SignalSpec | undefined {
  return BY_NAME.get(name);
}
