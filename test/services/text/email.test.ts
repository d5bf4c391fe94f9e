import { describe, expect, it } from 'vitest';
import { emailText, parseEmail, readableBody, tagLinks } from '../../../services/text/email.js';

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
  it('reads a message header block (mbox separator, folded fields) and keeps the subject, the field values and the body', () => {
    const p = parseEmail([...HEADERS, '', 'The build is green again.', 'See you at the standup.'].join('\n'));
    expect(p).toEqual({
      headerLines: HEADERS.length,
      headerValues: ['<list-admin@lists.example.org>', 'from mail.example.org (mail.example.org [192.0.2.7]) by mx.example.net (Postfix) with ESMTP id D03E543C36', 'Alice <alice@example.org>', 'team@lists.example.org', 'Re: the build on Thursday', 'text/plain; charset=us-ascii'].join('\n'),
      subject: 'Re: the build on Thursday',
      body: 'The build is green again.\nSee you at the standup.',
      quotedPrintable: false,
    });
    expect(emailText(p!)).toBe('Re: the build on Thursday\nThe build is green again.\nSee you at the standup.');
    const crlf = parseEmail([...HEADERS.slice(1), '', 'body', 'more'].join('\r\n'));
    expect(crlf?.headerLines).toBe(HEADERS.length - 1);
    expect(crlf?.body).toBe('body\r\nmore');
    expect(parseEmail([...HEADERS.slice(1), ''].join('\n') + '\n')?.body).toBe(''); // a subject and an empty body
  });

  it('does not read chat as a message: a colon line, too few fields, one field added in transport, no blank line, nothing after it', () => {
    expect(parseEmail('Note: meet at 5\n\nbring the keys')).toBeNull();
    expect(parseEmail('Subject: lunch\n\nanyone in?')).toBeNull(); // a subject line alone is something anyone types
    expect(parseEmail('From: me\nTo: you\nDate: today\n\nsee you')).toBeNull(); // one field added in transport
    expect(parseEmail('From: me\nDate: today\nMessage-ID: <1@x>\nhi there, no blank line')).toBeNull();
    expect(parseEmail('From: me\nDate: today\nMessage-ID: <1@x>\n\n\n')).toBeNull(); // no subject and no body
    expect(parseEmail('hello\nFrom: me\nDate: today\nMessage-ID: <1@x>\n\nbody')).toBeNull(); // headers only at the start
    expect(parseEmail('From: me\nDate: today\nMessage-ID: <1@x>\nthis line is prose, not a field\n\nbody')).toBeNull();
    expect(parseEmail('  indented: x\nFrom: me\nDate: today\nMessage-ID: <1@x>\n\nbody')).toBeNull();
    expect(parseEmail('From: me\nDate: today\nMessage-ID: <1@x>\n\nbody')?.body).toBe('body');
  });

  it('refuses a header block of more than 500 lines', () => {
    const many = Array.from({ length: 600 }, (_, i) => `X-Field-${i}: v`);
    const head = ['From: a@b.c', 'Date: today', 'Message-ID: <1@x>'];
    expect(parseEmail([...head, ...many, '', 'body'].join('\n'))).toBeNull();
    expect(parseEmail([...head, ...many.slice(0, 400), '', 'body'].join('\n'))?.headerLines).toBe(403);
  });

  it('stays linear on adversarial input (1 MB of angle brackets, field characters, spaces)', () => {
    const head = 'From: a@b.c\nDate: today\nMessage-ID: <1@x>\nSubject:' + ' '.repeat(1 << 20) + '\n\n';
    for (const body of ['<'.repeat(1 << 20), '<a '.repeat(350_000), 'x'.repeat(1 << 20), `${'QUJD'.repeat(250_000)}\n`]) {
      const p = parseEmail(head + body)!;
      expect(p.body.length).toBe(body.length);
      expect(emailText(p).length).toBeGreaterThan(0);
      expect(typeof readableBody({ ...p, quotedPrintable: true })).toBe('string');
      expect(tagLinks(p.body)).toEqual([]);
    }
    expect(parseEmail('X-a:'.repeat(1 << 18))).toBeNull();
  });
});

describe('readableBody and tagLinks', () => {
  it('drops base64 lines, joins quoted-printable soft breaks and decodes its ASCII escapes, blanks tags and reads entities', () => {
    const b64 = 'QmFzZTY0IGVuY29kZWQgYXR0YWNobWVudCBkYXRhIHRoYXQgbm9ib2R5IHJlYWRzIGFzIHRleHQ=';
    const body = ['Hello=20there, the price is =3D 5 and a long line con=', 'tinues here.', b64, b64, '<p>Bye&nbsp;now &amp; thanks</p>', 'caf=E9'].join('\n');
    expect(readableBody({ body, quotedPrintable: true })).toBe('Hello there, the price is = 5 and a long line continues here.\n Bye now & thanks \ncaf ');
    // without quoted-printable, =XX stays as written (a query string is not an escape)
    expect(readableBody({ body: 'see https://example.org/?a=3D4', quotedPrintable: false })).toBe('see https://example.org/?a=3D4');
  });

  it('blanks HTML tags only: text in angle brackets that is not a tag stays readable', () => {
    expect(readableBody({ body: '<div class="x">hi</div> and <you will pay for this>', quotedPrintable: false })).toBe(' hi  and <you will pay for this>');
  });

  it('finds the links a tag carries (href, src), which blanking the tag takes out of the text', () => {
    expect(tagLinks('<a href="http://paypa1-verify.com/login">Log in</a> <img src=https://cdn.example.org/x.png> <a title="x">')).toEqual(['http://paypa1-verify.com/login', 'https://cdn.example.org/x.png']);
  });
});
