import { describe, expect, it } from 'vitest';
import { emailText, parseEmail, readableBody } from '../../../services/text/email.js';

const HEADERS = [
  'From alice@example.org  Thu Aug 22 12:36:23 2002',
  'Return-Path: <list-admin@lists.example.org>',
  'Received: from mail.example.org (mail.example.org [192.0.2.7])',
  '\tby mx.example.net (Postfix) with ESMTP id D03E543C36',
  'From: Alice <alice@example.org>',
  'To: team@lists.example.org',
  'Subject: Re: the build on',
  '  Thursday',
  'Content-Type: text/plain; charset=us-ascii',
];

describe('parseEmail', () => {
  it('reads a message header block (mbox separator, folded fields) and keeps the subject and the body', () => {
    const p = parseEmail([...HEADERS, '', 'The build is green again.', 'See you at the standup.'].join('\n'));
    expect(p).toEqual({ headerLines: HEADERS.length, subject: 'Re: the build on Thursday', body: 'The build is green again.\nSee you at the standup.', quotedPrintable: false });
    expect(emailText(p!)).toBe('Re: the build on Thursday\nThe build is green again.\nSee you at the standup.');
    expect(parseEmail([...HEADERS.slice(1), '', 'body'].join('\r\n'))?.headerLines).toBe(HEADERS.length - 1);
  });

  it('does not read chat as a message: a colon line, one known field, no blank line, no body', () => {
    expect(parseEmail('Note: meet at 5\n\nbring the keys')).toBeNull(); // no field a message carries
    expect(parseEmail('Date: today\n\nanyone in?')).toBeNull();
    expect(parseEmail('From: me\nTo: you\nhi there, no blank line')).toBeNull();
    expect(parseEmail('From: me\nTo: you\n\nsee you')).toBeNull(); // no field added in transport
    expect(parseEmail('From: me\nDate: today')).toBeNull();
    expect(parseEmail('From: me\nDate: today\n\n')?.body).toBe(''); // a message with an empty body
    expect(parseEmail('hello\nFrom: me\nDate: today\n\nbody')).toBeNull(); // headers only at the start
    expect(parseEmail('From: me\nDate: today\nthis line is prose, not a field\n\nbody')).toBeNull();
    expect(parseEmail('  indented: x\nFrom: me\nDate: today\n\nbody')).toBeNull();
  });

  it('reads an e-mail exported as a subject line and its body (Enron-style corpora)', () => {
    expect(parseEmail('Subject: naturally irresistible your corporate identity\nit is really hard to recollect a company')).toEqual({ headerLines: 1, subject: 'naturally irresistible your corporate identity', body: 'it is really hard to recollect a company', quotedPrintable: false });
    expect(parseEmail('Subject: lunch\n\nanyone in?')?.body).toBe('anyone in?');
    expect(parseEmail('Subject: lunch')).toBeNull(); // no body
    expect(parseEmail('Subject: only a subject\n  ')).toBeNull();
    expect(parseEmail('Subject: x\nFrom: me\nTo: you\n\nbody')).toBeNull(); // fields follow: a header block, and one without a transport field
  });

  it('refuses a header block of more than 500 lines', () => {
    const many = Array.from({ length: 600 }, (_, i) => `X-Field-${i}: v`);
    expect(parseEmail(['From: a@b.c', 'Date: today', ...many, '', 'body'].join('\n'))).toBeNull();
    expect(parseEmail(['From: a@b.c', 'Date: today', ...many.slice(0, 400), '', 'body'].join('\n'))?.headerLines).toBe(402);
  });
});

describe('readableBody', () => {
  it('drops base64 lines, joins quoted-printable soft breaks and decodes its ASCII escapes, blanks tags and reads entities', () => {
    const b64 = 'QmFzZTY0IGVuY29kZWQgYXR0YWNobWVudCBkYXRhIHRoYXQgbm9ib2R5IHJlYWRzIGFzIHRleHQ=';
    const body = ['Hello=20there, the price is =3D 5 and a long line con=', 'tinues here.', b64, b64, '<p>Bye&nbsp;now &amp; thanks</p>', 'caf=E9'].join('\n');
    expect(readableBody({ body, quotedPrintable: true })).toBe('Hello there, the price is = 5 and a long line continues here.\n Bye now & thanks \ncaf ');
    // without quoted-printable, =XX stays as written (a query string is not an escape)
    expect(readableBody({ body: 'see https://example.org/?a=3D4', quotedPrintable: false })).toBe('see https://example.org/?a=3D4');
  });
});
