import { describe, expect, it } from 'vitest';
import { apiKeyMatches, authOf, refusal } from './api-key.js';

const KEY = 'k'.repeat(16) + '-secret';

describe('API key checks', () => {
  it.each([
    ['no key configured', undefined, {}, 'not-configured'],
    ['no header', undefined, { apiKey: KEY }, 'missing'],
    ['blank header', '  ', { apiKey: KEY }, 'missing'],
    ['the key', `Bearer ${KEY}`, { apiKey: KEY }, 'valid'],
    ['any case of the scheme', `bearer ${KEY}`, { apiKey: KEY }, 'valid'],
    ['a wrong key', `Bearer ${KEY}x`, { apiKey: KEY }, 'invalid'],
    ['a prefix of the key', `Bearer ${KEY.slice(0, -1)}`, { apiKey: KEY }, 'invalid'],
    ['another scheme', `Basic ${KEY}`, { apiKey: KEY }, 'invalid'],
    ['the key and more', `Bearer ${KEY} ${KEY}`, { apiKey: KEY }, 'invalid'],
  ])('%s', (_label, header, options, expected) => {
    expect(authOf(header, options).key).toBe(expected);
  });

  it('compares keys of any lengths without throwing (hashes are compared)', () => {
    expect(apiKeyMatches('short', KEY)).toBe(false);
    expect(apiKeyMatches(KEY, KEY)).toBe(true);
  });

  it('refuses writes with FORBIDDEN when no key is configured, UNAUTHENTICATED without the key', () => {
    expect(refusal({ key: 'not-configured' }, 'write')).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal({ key: 'not-configured' }, 'read')).toBeUndefined();
    expect(refusal({ key: 'missing', readsNeedKey: false }, 'read')).toBeUndefined();
    expect(refusal({ key: 'invalid', readsNeedKey: false }, 'read')).toBeUndefined();
    expect(refusal({ key: 'missing', readsNeedKey: true }, 'read')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refusal({ key: 'invalid', readsNeedKey: false }, 'write')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refusal({ key: 'valid', readsNeedKey: true }, 'write')).toBeUndefined();
  });
});
