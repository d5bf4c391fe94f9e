/**
 * Raw e-mail messages (RFC 5322: a header block, a blank line, the body) as text events. The message is what
 * its sender wrote — the subject and the body — and the text models score that, in the form they were trained
 * on e-mails (`emailText`): scored raw, an e-mail's first 2,048 characters are headers alone. The header block
 * (relays, list addresses, message ids) is not dropped: its field values are checked apart (see
 * TextClassifier), so text hidden in made-up fields is still read.
 */

/** A header field line: a name of printable ASCII without a colon, then a colon (RFC 5322 3.6.8). */
const FIELD = /^[!-9;-~]+:/;
/** A folded continuation of the previous field. */
const CONTINUATION = /^[ \t]/;
/** The mbox separator some exports keep before the headers ("From sender@host  Thu Aug 22 …"). */
const MBOX_FROM = /^From \S+/;
/** Fields a message carries. */
const MESSAGE_FIELDS = /^(?:from|to|cc|subject|date|received|return-path|message-id|mime-version|content-type|reply-to|delivered-to|x-mailer|sender|in-reply-to|references):/i;
/** Fields a relay or a mail client adds, which a person typing "From: me / To: you" into a chat does not. */
const TRANSPORT_FIELDS = /^(received|return-path|message-id|date|mime-version|delivered-to|x-mailer):/i;
/** Distinct transport fields a header block needs. */
const MIN_TRANSPORT = 2;
const QP = /^content-transfer-encoding:[ \t]*quoted-printable/im;
/** Header blocks longer than this (lines) are not read as one (a text of 500 colon lines is not a message). */
const MAX_HEADER_LINES = 500;

export interface EmailParts {
  /** Lines of the header block (mbox separator and folded lines included). */
  readonly headerLines: number;
  /** The header fields' values, unfolded, one per line (the Subject's included). */
  readonly headerValues: string;
  /** The Subject field, unfolded ('' when there is none). */
  readonly subject: string;
  /** Everything after the blank line that ends the header block. */
  readonly body: string;
  /** The message or one of its parts says Content-Transfer-Encoding: quoted-printable. */
  readonly quotedPrintable: boolean;
}

/**
 * The parts of a raw e-mail, or null when the text does not start with a message header block: every line up
 * to the first blank one a header field (or a fold of one), at least two of them fields a message carries and
 * two distinct ones added in transport (Received, Date, Message-ID, Return-Path, MIME-Version, Delivered-To,
 * X-Mailer), then the blank line and a subject or body. A chat message with a "Note: …" line, or a person's
 * "From: me / To: you / Date: today" note, is not a header block.
 */
export function parseEmail(raw: string): EmailParts | null {
  if (raw.length < 16 || !(FIELD.test(raw) || MBOX_FROM.test(raw))) return null;
  const lines = raw.split(/\r?\n/, MAX_HEADER_LINES + 2);
  let i = 0;
  if (MBOX_FROM.test(lines[0]!)) i = 1;
  let known = 0;
  const transport = new Set<string>();
  const values: string[] = [];
  let subject: string | null = null;
  let inSubject = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    if (i >= MAX_HEADER_LINES) return null;
    if (CONTINUATION.test(line)) {
      if (!values.length) return null;
      values[values.length - 1] += ` ${line.trim()}`;
      if (inSubject) subject += ` ${line.trim()}`;
      continue;
    }
    if (!FIELD.test(line)) return null;
    if (MESSAGE_FIELDS.test(line)) known++;
    const t = TRANSPORT_FIELDS.exec(line);
    if (t) transport.add(t[1]!.toLowerCase());
    const value = line.slice(line.indexOf(':') + 1).trim();
    values.push(value);
    inSubject = /^subject:/i.test(line);
    if (inSubject && subject === null) subject = value;
  }
  if (known < 2 || transport.size < MIN_TRANSPORT || i >= lines.length) return null;
  // the body: everything after the blank line (found by offset: `lines` stops after the header block)
  let at = 0;
  for (let k = 0; k <= i; k++) {
    const nl = raw.indexOf('\n', at);
    at = nl < 0 ? raw.length : nl + 1;
  }
  const body = raw.slice(at);
  if (!(subject ?? '').trim() && !body.trim()) return null;
  const headers = raw.slice(0, at);
  return { headerLines: i, headerValues: values.join('\n'), subject: subject ?? '', body, quotedPrintable: QP.test(headers) || QP.test(body) };
}

/**
 * An HTML tag: a name, then attributes up to the next `>` (at most 2,000 characters, no `<`) — linear on any
 * input, and text in angle brackets that is not a tag ("<kill them all>") is not blanked.
 */
const TAG = /<\/?(?:a|abbr|b|base|big|blockquote|body|br|center|col|colgroup|dd|div|dl|dt|em|font|form|h[1-6]|head|hr|html|i|img|input|label|li|link|map|meta|o:p|ol|option|p|pre|s|select|small|span|strike|strong|style|sub|sup|table|tbody|td|textarea|tfoot|th|thead|title|tr|tt|u|ul|v:\w+|x-\w+)(?=[\s/>])[^<>]{0,2000}>/gi;
/**
 * Anything in angle brackets, as the models were trained (any `<…>` blanked; no `<` inside, so linear): the
 * models' text. What a reader sees (readableBody) blanks only tags.
 */
const ANY_TAG = /<[^<>]+>/g;
/** A link in a tag's href or src. */
const TAG_LINK = /\b(?:href|src)\s*=\s*["']?([^"'\s<>]{1,2000})/gi;

/**
 * What a message's sender wrote, in the form the text models read e-mails (models/train-text.ts reads the
 * SpamAssassin e-mails through this): the subject, a line break, the body with anything in angle brackets blanked. Encoded parts
 * stay as they are — the English spam head learnt from them; see readableBody for the windows of long e-mails.
 */
export function emailText(parts: Pick<EmailParts, 'subject' | 'body'>): string {
  return `${parts.subject}\n${parts.body.trim().replace(ANY_TAG, ' ')}`;
}

/** The links of a body's HTML tags (href, src), which blanking the tags takes out of the text. */
export function tagLinks(body: string): string[] {
  return [...body.matchAll(TAG_LINK)].map((m) => m[1]!);
}

/** A line of a base64 part (an attachment, a signature, an encoded body): no one reads it as text. */
const BASE64_LINE = /^[A-Za-z0-9+/]{40,}={0,2}$/;
const QP_SOFT_BREAK = /=\r?\n/g;
const QP_BYTE = /=([0-9A-Fa-f]{2})/g;
const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * A body as a reader sees it: base64 lines dropped, quoted-printable soft breaks joined and its ASCII escapes
 * decoded (=20, =3D; other bytes become spaces) where the message says it is quoted-printable, HTML tags
 * blanked and the common entities read.
 */
export function readableBody(parts: Pick<EmailParts, 'body' | 'quotedPrintable'>): string {
  let text = parts.body.trim();
  if (/^[A-Za-z0-9+/]{40}/m.test(text)) text = text.split(/\r?\n/).filter((l) => !BASE64_LINE.test(l.trim())).join('\n');
  if (parts.quotedPrintable) {
    text = text.replace(QP_SOFT_BREAK, '').replace(QP_BYTE, (_, h: string) => {
      const c = parseInt(h, 16);
      return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : ' ';
    });
  }
  return text.replace(TAG, ' ').replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) => ENTITIES[e.toLowerCase()] ?? ' ');
}
