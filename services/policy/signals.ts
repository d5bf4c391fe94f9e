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
}

const live = (name: string, provider: string, doc: string): SignalSpec => ({ name, provider, status: 'live', doc });
const planned = (name: string, provider: string, doc: string): SignalSpec => ({ name, provider, status: 'planned', doc });

/**
 * Text-path signals no classifier emits yet (the rest come from the text models, the lexicon, the
 * personal-data finder and the link checker; test/services/policy/signals.test.ts keeps the two in step).
 */
const PLANNED_TEXT = new Set([
  'text.spam.autogen', 'text.harassment.sexual', 'text.harassment.minor', 'text.harassment.victim', 'text.harassment.false-claim',
  'text.illegal', 'text.misinformation', 'text.impersonation', 'text.political', 'text.ip', 'url.fake-store', 'url.malware',
]);

export const SIGNALS: readonly SignalSpec[] = [
  live('spam.frequency', 'spam', 'posting frequency over the sender limits (0.6 just over, 1.0 at twice)'),
  live('spam.campaign', 'spam', 'near-identical text from many senders within the campaign window'),
  live('spam.fanout', 'spam', 'near-identical text from one sender to many conversations'),
  // text path (services/text): models, lexicon, personal data, links
  ...[
    ['text.spam', 'unsolicited advertising, referral and pay-per-click links'],
    ['text.spam.autogen', 'automatically generated content'],
    ['text.scam', 'financial, investment, loan and pyramid scams'],
    ['text.scam.dating', 'dating and impersonation scams'],
    ['text.scam.recruitment', 'fake jobs, work-at-home, get-rich-quick'],
    ['text.scam.counterfeit', 'counterfeit goods, currency, certificates and documents'],
    ['text.scam.stolen-data', 'trading stolen cards, credentials, personal data, exam papers'],
    ['text.scam.laundering', 'money laundering, bribery, embezzlement'],
    ['text.hate', 'attacks on protected characteristics'],
    ['text.harassment', 'insults, bullying, derogatory terms'],
    ['text.harassment.sexual', 'sexualised comments, claims about sexual behaviour or disease'],
    ['text.harassment.minor', 'bullying directed at minors'],
    ['text.harassment.victim', 'targeting victims of assault, exploitation, self-harm or hate crimes'],
    ['text.harassment.false-claim', 'unfounded allegations of crime, false emergency reports'],
    ['text.sexual', 'explicit sexual text'],
    ['text.sexual.solicitation', 'sexual services or content for compensation'],
    ['text.sexual.minors', 'sexualisation or solicitation of minors'],
    ['text.self-harm', 'promotion, encouragement or instruction of self-harm or suicide'],
    ['text.self-harm.recovery', 'recovery, support and awareness discussion (an exception signal)'],
    ['text.gambling', 'gambling, red-packet gambling, promotion of betting'],
    ['text.gambling.harm-education', 'education about gambling harm (an exception signal)'],
    ['text.regulated.drugs', 'buying, selling or promoting recreational drugs'],
    ['text.regulated.alcohol-tobacco', 'private sale of alcohol or tobacco'],
    ['text.regulated.wildlife', 'protected wildlife trade'],
    ['text.regulated.other', 'organs, blood, sexual-enhancement and weight-loss products, driving points, other regulated items'],
    ['text.weapons', 'weapon trade and manufacture instructions'],
    ['text.violence', 'threats and incitement of violence'],
    ['text.terrorism', 'terrorist and violent-extremist promotion'],
    ['text.human-exploitation', 'trafficking, forced labour and marriage, organ trafficking'],
    ['text.illegal', 'promotion of theft, vandalism and other crimes'],
    ['text.misinformation', 'false information and deceptive offers'],
    ['text.impersonation', 'posing as another person, brand or official'],
    ['text.political', 'political advocacy content'],
    ['text.ip', 'copyright or trademark infringement, unauthorised rebroadcast'],
    ['pii.phone', 'a phone number'],
    ['pii.id-number', 'a national identity number (with checksum)'],
    ['pii.bank-card', 'a bank card number (Luhn-valid)'],
    ['pii.email', 'an e-mail address'],
    ['pii.address', 'a street address'],
    ['pii.credential', 'a password or access code'],
    ['url.phishing', 'a link to a known phishing or scam domain'],
    ['url.lookalike', 'a link to a lookalike of a well-known brand domain'],
    ['url.fake-store', 'a link to a known fake store'],
    ['url.malware', 'a link to known malicious software'],
  ].map(([n, d]) => (PLANNED_TEXT.has(n!) ? planned(n!, 'text', d!) : live(n!, 'text', d!))),
  // image path (services/image)
  ...[
    ['nsfw.porn', 'nudity cascade (nsfwjs models): pornographic'],
    ['nsfw.hentai', 'nudity cascade (nsfwjs models): drawn pornography'],
    ['nsfw.sexy', 'nudity cascade (nsfwjs models): suggestive'],
    ['violence.graphic', 'violence slot (an operator-supplied ONNX model, models/image/violence.example.json): graphic violence, gore'],
    ['object.weapon', 'weapons baseline (CenterNet COCO detector): a knife in the image, score of the best detection'],
    ['hash.csam', 'match in a CSAM hash bank (1 = matched; PDQ within the bank distance, or MD5/SHA-256)'],
    ['hash.terrorism', 'match in a terrorist-content hash bank'],
    ['hash.ncii', 'match in a non-consensual intimate imagery bank'],
    ['hash.banned', 'match in another banned-media bank'],
  ].map(([n, d]) => live(n!, 'image', d!)),
  // video path and context models (issue: Video; planned)
  ...[
    ['video.illegal', 'video judged illegal content (per-video aggregate)'],
    ['context.medical', 'medical or health context detected'],
    ['context.art', 'non-sexual artwork detected'],
    ['context.breastfeeding', 'breastfeeding or childbirth context detected'],
    ['deepfake', 'synthesised or manipulated media'],
  ].map(([n, d]) => planned(n!, 'image', d!)),
  // ---- text and QR codes in images (services/image/ocr, services/image/qr.ts) ----
  // Text read from an image emits the text signals above (evidence source: image-text); these are the QR code's own.
  live('qr.code', 'image', 'a QR code decoded in the image (1 = one or more); next to ad text it is an advert that hands off'),
  live('qr.contact-handoff', 'image', 'a QR code handing off to a chat group invitation, an add-contact link or a payment code (0.9), or a link shortener (0.7); payloads also go to the link checker (url.*)'),
];

const BY_NAME = new Map(SIGNALS.map((s) => [s.name, s]));

export function signalSpec(name: string): SignalSpec | undefined {
  return BY_NAME.get(name);
}
