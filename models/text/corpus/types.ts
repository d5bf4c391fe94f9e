/**
 * The synthetic text corpus: a knowledge base of violation patterns (families), each with templates whose
 * {slots} are filled at random, plus hand-written seed messages and a held-aside set written by hand and
 * never trained on. models/text/corpus/generate.ts expands the families; models/train-text.ts trains on
 * the result with folds grouped by family, so a score on a fold measures families the model never saw.
 */

/** What a message is, for the heads. `benign` rows are the hard negatives. */
export type CorpusLabel =
  | 'spam' // unsolicited ads, traffic luring (引流), 代发/代刷 services, marketing SMS
  | 'scam' // job/刷单, investment, romance, loan/credit, impersonation (customer service, authorities, boss, relative), phishing
  | 'gambling' // casinos, betting, 百家乐, 时时彩, 棋牌, red-packet gambling, gambling sites
  | 'sexual' // sexual solicitation: paid sex, 裸聊, 约, 同城, 上门, selling nude content
  | 'vulgar' // explicit sexual talk that is not an offer
  | 'regulated' // black market: drugs, guns, fake documents, bank cards, SIM cards, surrogacy, organs
  | 'harassment' // abuse and insults aimed at a person (全家死光-style curses included)
  | 'threat' // a threat of violence against a person
  | 'benign'; // everyday text, including look-alikes that mention the same words innocently

export const HARMFUL_LABELS: readonly CorpusLabel[] = ['spam', 'scam', 'gambling', 'sexual', 'vulgar', 'regulated', 'harassment', 'threat'];

/** Subtypes used in reports and for the subtype heads (free text elsewhere, but prefer these). */
export const SUBTYPES: Readonly<Record<CorpusLabel, readonly string[]>> = {
  spam: ['traffic-luring', 'service-ads', 'marketing', 'property', 'adult-products'],
  // purchase: paid and never delivered, deposits that vanish, fakes sold as genuine, cures sold for money (no one is
  // impersonated); charity: donation, crowdfunding and sympathy appeals for money that is not for the cause
  scam: ['job', 'investment', 'romance', 'loan', 'impersonation-service', 'impersonation-authority', 'impersonation-acquaintance', 'phishing', 'prize', 'game-trade', 'purchase', 'charity'],
  gambling: ['casino', 'betting', 'lottery', 'red-packet', 'chess-cards'],
  sexual: ['solicitation', 'nude-content'],
  vulgar: ['explicit'],
  regulated: ['drugs', 'weapons', 'documents', 'bank-cards', 'sim-cards', 'surrogacy', 'organs', 'data', 'wildlife', 'tobacco'],
  harassment: ['insult', 'curse', 'doxxing-threat'],
  threat: ['violence'],
  benign: ['chat', 'service', 'finance', 'work', 'news', 'dating', 'health', 'games', 'shopping', 'family', 'police', 'lottery-news', 'education'],
};

export interface Family {
  /** Unique id, e.g. `zh.scam.job.rebate-task`; folds are grouped by it. */
  readonly id: string;
  readonly lang: 'zh' | 'en';
  readonly label: CorpusLabel;
  readonly subtype: string;
  /** Catalogue items (schemas/policy-catalogue.json ids) this pattern violates; [] for benign. */
  readonly policies: readonly string[];
  /** One line for the knowledge base: what the pattern is and why it violates (or, for benign, why it does not). */
  readonly pattern: string;
  /**
   * Message templates. `{name}` is replaced by a random value of slot `name` (the family's own slots first,
   * then the shared ones in common.ts), `{a|b|c}` by one of the alternatives. Write many, varied in
   * length, register and order — real senders vary, and the model must learn the pattern, not a template.
   */
  readonly templates: readonly string[];
  readonly slots?: Readonly<Record<string, readonly string[]>>;
  /**
   * Apply senders' evasions (homophones, pinyin, spaced characters, emoji, full/half-width, symbols between
   * characters) to some of the generated messages. Default: true for harmful labels, false for benign.
   */
  readonly evade?: boolean;
}

/** A hand-written message (seed or held-aside), one per line of a .tsv: family id (or label for held-aside) TAB text. */
export interface WrittenMessage {
  readonly family: string;
  readonly label: CorpusLabel;
  readonly subtype: string;
  readonly text: string;
}

/** A family from its parts (the builders of the corpus files fix some of them): `slots` only when given. */
export function family(id: string, lang: Family['lang'], label: CorpusLabel, subtype: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Family['slots']): Family {
  return { id, lang, label, subtype, policies, pattern, templates, ...(slots ? { slots } : {}) };
}

type Slots = Readonly<Record<string, readonly string[]>>;

/** What one corpus file set builds its families with (familyMakers). */
export interface FamilyMakers {
  /** A harmful family: id `<lang>.<label>.<subtype>.<harm>-<slug>`. */
  fam(label: CorpusLabel, subtype: string, slug: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family;
  /** A benign look-alike (hard negative): id `<lang>.benign.<subtype>.<benign>-<slug>`, no policies. */
  ben(subtype: string, slug: string, pattern: string, templates: readonly string[], slots?: Slots): Family;
}

/**
 * The family builders of one corpus file set: ids carry the set's prefixes (round and set name, e.g. `v41-pornads`
 * and, for the benign families, `v41h-pornads`), and a family's own slots override the set's shared `slots`.
 * Subtypes are checked against SUBTYPES by the corpus test.
 */
export function familyMakers(o: { lang: Family['lang']; harm: string; benign?: string; slots?: Slots }): FamilyMakers {
  const merge = (slots?: Slots): Slots | undefined => (o.slots ? { ...o.slots, ...(slots ?? {}) } : slots);
  return {
    fam: (label, subtype, slug, policies, pattern, templates, slots) => family(`${o.lang}.${label}.${subtype}.${o.harm}-${slug}`, o.lang, label, subtype, policies, pattern, templates, merge(slots)),
    ben: (subtype, slug, pattern, templates, slots) => family(`${o.lang}.benign.${subtype}.${o.benign ?? o.harm}-${slug}`, o.lang, 'benign', subtype, [], pattern, templates, merge(slots)),
  };
}
