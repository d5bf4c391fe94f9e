/**
 * Personal data in text (AUP 4, CG "Sharing of personal data without consent"): phone numbers, Chinese
 * resident identity numbers (checksum and date checked), bank card numbers (Luhn and issuer prefix),
 * e-mail and street addresses, passwords and one-time codes. Reports kinds and counts only — the values
 * never leave this function.
 */
/** Every signal findPii can emit (the signal vocabulary marks these live). */
export const PII_SIGNALS = ['pii.phone', 'pii.id-number', 'pii.bank-card', 'pii.email', 'pii.address', 'pii.credential'] as const;

export interface PiiHit {
  readonly signal: (typeof PII_SIGNALS)[number];
  readonly score: number;
  readonly count: number;
}

const CN_MOBILE = /(?<![\d])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;
const INTL_PHONE = /(?<![\d+])\+\d{1,3}[\s-]?\(?\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g;
const US_PHONE = /(?<!\d)\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)/g;
const CN_ID = /(?<![\dx])\d{17}[\dx](?![\dx])/gi;
const CARD = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
const ADDRESS_EN = /\b\d{1,5}\s+(?:[a-z]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|court|ct|way|place|pl)\b/gi;
const ADDRESS_ZH = /[\u4e00-\u9fa5]{1,8}(?:省|市)[\u4e00-\u9fa5]{1,8}(?:区|县|市)[\u4e00-\u9fa5\d]{1,16}(?:路|街|道|巷|弄)\d{1,5}号|[\u4e00-\u9fa5]{2,12}(?:小区|花园|公寓)\d{1,3}(?:栋|号楼|幢)\d{0,3}(?:单元)?\d{2,5}(?:室|号)?/g;
const CREDENTIAL = /(?:password|passwd|pwd|pin|密码|口令)\s*(?:is|[:：=是为])\s*\S{4,}|(?:验证码|校验码|verification code|otp|one-time code)\s*(?:is|[:：=是为])?\s*\d{4,8}/gi;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 checksum, and a plausible birth date. */
export function validChineseId(id: string): boolean {
  const s = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i]!;
  if (ID_CHECK[sum % 11] !== s[17]) return false;
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = digits.charCodeAt(i) - 48;
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    double = !double;
  }
  return sum % 10 === 0;
}

const ISSUER = /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|62|35|6011|65)/;

export function validCardNumber(raw: string): boolean {
  const digits = raw.replace(/[ -]/g, '');
  return digits.length >= 13 && digits.length <= 19 && ISSUER.test(digits) && luhn(digits) && !/^(\d)\1+$/.test(digits);
}

/**
 * Score of a contact detail (e-mail address, phone number, postal address) in correspondence: e-mail bodies
 * carry them in signatures, quoted-reply lines and list footers, so there one is no evidence of personal data
 * shared without consent on its own — under the rules' review thresholds for contact details (0.6 – 0.8), at
 * the thresholds of the rules that read them next to harassment (doxxing, a minor's data).
 */
export const CORRESPONDENCE_CONTACT_SCORE = 0.5;

export interface PiiOptions {
  /** The text is an e-mail's subject and body: contact details score CORRESPONDENCE_CONTACT_SCORE. */
  readonly correspondence?: boolean;
}

export function findPii(text: string, o: PiiOptions = {}): PiiHit[] {
  const hits: PiiHit[] = [];
  const digits = /\d/.test(text);
  // cheap gates: most chat has no digits and no @, and then none of the patterns can match
  if (!digits && !text.includes('@') && !/street|st\b|road|rd\b|ave|lane|blvd|drive|court|way|place|小区|花园|公寓|路|街|道|巷|弄|password|passwd|pwd|pin|密码|口令|验证码|校验码|code|otp/i.test(text)) return hits;
  const ids = (text.match(CN_ID) ?? []).filter(validChineseId);
  // identity numbers are 18 digits: keep them out of the phone and card searches
  let rest = text;
  for (const id of ids) rest = rest.replace(id, ' ');
  const cards = (rest.match(CARD) ?? []).filter(validCardNumber);
  for (const c of cards) rest = rest.replace(c, ' ');
  let phones = 0;
  for (const re of [INTL_PHONE, CN_MOBILE, US_PHONE]) {
    // each number counted once: blank what one pattern found before the next looks
    rest = rest.replace(re, () => {
      phones++;
      return ' ';
    });
  }
  const push = (signal: PiiHit['signal'], count: number, score: number) => count > 0 && hits.push({ signal, count, score });
  push('pii.id-number', ids.length, 0.95);
  push('pii.bank-card', cards.length, 0.9);
  const contact = (score: number) => (o.correspondence ? CORRESPONDENCE_CONTACT_SCORE : score);
  push('pii.phone', phones, contact(0.85));
  push('pii.email', text.match(EMAIL)?.length ?? 0, contact(0.9));
  push('pii.address', (text.match(ADDRESS_EN)?.length ?? 0) + (text.match(ADDRESS_ZH)?.length ?? 0), contact(0.8));
  push('pii.credential', text.match(CREDENTIAL)?.length ?? 0, 0.85);
  return hits;
}
