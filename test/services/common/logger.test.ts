import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../services/common/logger.js';

describe('createLogger', () => {
  it('writes JSON lines and drops content-bearing fields', () => {
    const lines: string[] = [];
    const log = createLogger('info', { service: 'spam' }, (l) => lines.push(l));
    log.debug('hidden');
    log.warn('dead letter', { eventId: 'e1', text: 'secret message', hash: 'abcd', offset: '5' });
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(rec).toMatchObject({ level: 'warn', msg: 'dead letter', service: 'spam', eventId: 'e1', offset: '5' });
    expect(rec).not.toHaveProperty('text');
    expect(rec).not.toHaveProperty('hash');
  });
});
