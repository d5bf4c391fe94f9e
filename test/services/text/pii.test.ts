import { describe, expect, it } from 'vitest';
import { CORRESPONDENCE_CONTACT_SCORE, findPii, luhn, validCardNumber, validChineseId } from '../../../services/text/pii.js';

const kinds = (t: string) => Object.fromEntries(findPii(t).map((h) => [h.signal, h.count]));

describe('personal data', () => {
  it('checks Chinese resident ID checksums and dates', () => {
    expect(validChineseId('11010519491231002X')).toBe(true);
    expect(validChineseId('110105194912310021')).toBe(false); // wrong check digit
    expect(validChineseId('11010519491331002X')).toBe(false); // month 13
  });

  it('checks bank cards with Luhn and issuer prefixes', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(validCardNumber('4111 1111 1111 1111')).toBe(true);
    expect(validCardNumber('6222 0212 3456 7891 0')).toBe(luhn('6222021234567891' + '0'));
    expect(validCardNumber('4111 1111 1111 1112')).toBe(false);
    expect(validCardNumber('0000 0000 0000 0000')).toBe(false);
  });

  it('finds each kind and counts it, without returning values', () => {
    expect(kinds('id 11010519491231002X card 4111-1111-1111-1111 call 138 0013 8000 or +1 415 555 0100, mail a.b@example.com')).toEqual({
      'pii.id-number': 1, 'pii.bank-card': 1, 'pii.phone': 2, 'pii.email': 1,
    });
    expect(kinds('I live at 221 baker street')).toEqual({ 'pii.address': 1 });
    expect(kinds('我家在浙江省杭州市西湖区文三路90号')).toEqual({ 'pii.address': 1 });
    expect(kinds('my password is hunter22 and 验证码 482913')).toEqual({ 'pii.credential': 2 });
    const hits = findPii('call 13800138000');
    expect(JSON.stringify(hits)).not.toContain('13800138000');
  });

  it('does not take ordinary numbers for personal data', () => {
    expect(kinds('the meeting is at 10:30 in room 404, order #123456, 2026-11-26, price 19999')).toEqual({});
    expect(kinds('ID 110105194912310021')).toEqual({}); // bad checksum: not an ID (and not a card: 18 digits fail Luhn/prefix)
  });

  it('in correspondence, contact details score under the review thresholds of the contact rules; other personal data does not change', () => {
    const text = 'Regards, Bob, bob@example.com, +1 415 555 0100, 221 baker street. card 4111-1111-1111-1111, my password is hunter22';
    const score = (o?: { correspondence: boolean }) => Object.fromEntries(findPii(text, o).map((h) => [h.signal, h.score]));
    const chat = score();
    const mail = score({ correspondence: true });
    for (const k of ['pii.email', 'pii.phone', 'pii.address']) {
      expect(chat[k]).toBeGreaterThanOrEqual(0.8);
      expect(mail[k]).toBe(CORRESPONDENCE_CONTACT_SCORE);
    }
    expect(CORRESPONDENCE_CONTACT_SCORE).toBeLessThan(0.6); // pii.address reviews at 0.6, pii.contact at 0.7, pii.email at 0.8
    for (const k of ['pii.bank-card', 'pii.credential']) expect(mail[k]).toBe(chat[k]);
  });
});
