/**
 * Raw e-mail messages (RFC 5322: a header block, a blank line, the body) as text events. What a sender wrote
 * is the subject and the body; the header block is transport (Received: hops, addresses of relays and lists,
 * message ids) and is neither harm nor the sender's personal data. The English spam head was trained on
 * e-mails as `emailText` gives them (subject, then body with HTML tags blanked), so a served e-mail is scored
 * in the same form: scored raw, its first 2,048 characters are headers alone.
 */

/** A header field line: a name of printable ASCII without a colon, then a colon (RFC 5322 3.6.8). */
const FIELD = /^[!-9;-~]+:/;
/** A folded continuation of the previous field. */
const CONTINUATION = /^[ \t]/;
/** The mbox separator some exports keep before the headers ("From sender@host  Thu Aug 22 …"). */
const MBOX_FROM = /^From \S+/;
/** Fields a message carries; a block needs two of them to be read as a message's headers. */
const MESSAGE_FIELDS = /^(?:from|to|cc|subject|date|received|return-path|message-id|mime-version|content-type|reply-to|delivered-to|x-mailer|sender|in-reply-to|references):/i;
const QP = /^content-transfer-encoding:\s*quoted-printable/im;
/** Fields a relay or client adds, which a person typing "From: me / To: you" into a chat does not: one is required. */
const TRANSPORT_FIELDS = /^(?:received|return-path|message-id|date|mime-version|delivered-to|x-mailer):/i;
/**
 * An e-mail exported as its subject line and body (the Enron and many other spam corpora: "Subject: …" then the
 * body, no other field): the first line a Subject field and the next line not a field.
 */
const SUBJECT_LINE = /^Subject:[ \t]*([^\r\n]*)\r?\n(?![!-9;-~]+:)/i;
/** Header blocks longer than this (lines) are not read as one (a text of 500 colon lines is not a message). */
const MAX_HEADER_LINES = 500;

export interface EmailParts {
  /** Lines of the header block (mbox separator and folded lines included). */
  readonly headerLines: number;
  /** The Subject field, unfolded ('' when there is none). */
  readonly subject: string;
  /** Everything after the blank line that ends the header block. */
  readonly body: string;
  /** The message or one of its parts says Content-Transfer-Encoding: quoted-printable. */
  readonly quotedPrintable: boolean;
}

/**
 * The parts of a raw e-mail, or null when the text does not start with a message header block: every line up
 * to the first blank one a header field (or a fold of one), at least two of them fields a message carries, one
 * of those added in transport (Received, Date, Message-ID …), then the blank line. A chat message with a
 * "Note: …" line, or a person's "From: me / To: you" note, is not a header block. A text whose first line
 * is a Subject field and whose next line is not a field is an e-mail exported as subject and body.
 */
export function parseEmail(raw: string): EmailParts | null {
  if (raw.length < 16 || !(FIELD.test(raw) || MBOX_FROM.test(raw))) return null;
  const subjectOnly = SUBJECT_LINE.exec(raw);
  if (subjectOnly) {
    const body = raw.slice(subjectOnly[0].length).replace(/^\r?\n/, '');
    return body.trim() ? { headerLines: 1, subject: subjectOnly[1]!.trim(), body, quotedPrintable: false } : null;
  }
  const lines = raw.split(/\r?\n/);
  let i = 0;
  if (MBOX_FROM.test(lines[0]!)) i = 1;
  let known = 0;
  let transport = false;
  let subject: string | null = null;
  let inSubject = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    if (i >= MAX_HEADER_LINES) return null;
    if (CONTINUATION.test(line)) {
      if (i === 0) return null;
      if (inSubject) subject += line.replace(/^[ \t]+/, ' ');
      continue;
    }
    if (!FIELD.test(line)) return null;
    if (MESSAGE_FIELDS.test(line)) known++;
    if (TRANSPORT_FIELDS.test(line)) transport = true;
    inSubject = /^subject:/i.test(line);
    if (inSubject && subject === null) subject = line.slice(line.indexOf(':') + 1).trim();
  }
  if (known < 2 || !transport || i >= lines.length) return null;
  const body = lines.slice(i + 1).join('\n');
  return { headerLines: i, subject: subject ?? '', body, quotedPrintable: QP.test(lines.slice(0, i).join('\n')) || QP.test(body) };
}

/** A line of a base64 part (an attachment, a signature, an encoded body): no one reads it as text. */
const BASE64_LINE = /^[A-Za-z0-9+/]{40,}={0,2}$/;
const QP_SOFT_BREAK = /=\r?\n/g;
const QP_BYTE = /=([0-9A-Fa-f]{2})/g;
const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * A body as a reader sees it: base64 lines dropped, quoted-printable soft breaks joined and its ASCII escapes
 * decoded (=20, =3D; other bytes become spaces), HTML tags blanked and the common entities read.
 */
export function readableBody(parts: Pick<EmailParts, 'body' | 'quotedPrintable'>): string {
  let text = parts.body.trim();
  if (/^[A-Za-z0-9+/]{40,}/m.test(text)) text = text.split(/\r?\n/).filter((l) => !BASE64_LINE.test(l.trim())).join('\n');
  if (parts.quotedPrintable) {
    text = text.replace(QP_SOFT_BREAK, '').replace(QP_BYTE, (_, h: string) => {
      const c = parseInt(h, 16);
      return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : ' ';
    });
  }
  return text.replace(/<[^>]+>/g, ' ').replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) => ENTITIES[e.toLowerCase()] ?? ' ');
}

/**
 * What a message's sender wrote, in the form the text models were trained on (models/train-text.ts reads the
 * SpamAssassin e-mails through this): the subject, a line break, the body with HTML tags blanked. Encoded parts
 * stay as they are — the English spam head learnt from them; see readableBody for the windows of long e-mails.
 */
export function emailText(parts: Pick<EmailParts, 'subject' | 'body'>): string {
  return `${parts.subject}\n${parts.body.trim().replace(/<[^>]+>/g, ' ')}`;
}
