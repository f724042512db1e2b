import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiKeyFrom } from './api-key.js';

const KEY = '0123456789abcdef0123';

describe('the server API key from flags, a file or the environment', () => {
  it('takes the environment when no flag is given, and no key when it is unset', async () => {
    expect(await apiKeyFrom({}, { PAPERGRAPH_API_KEY: ` ${KEY}\n` })).toEqual({
      auth: { apiKey: KEY, requireKeyForReads: false },
      source: 'PAPERGRAPH_API_KEY',
    });
    expect(await apiKeyFrom({}, {})).toEqual({ auth: { requireKeyForReads: false }, source: undefined });
  });

  it('reads a key file (trailing newline trimmed) before the environment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-key-'));
    try {
      const file = join(dir, 'key');
      await writeFile(file, `${KEY}\n`);
      const { auth, source } = await apiKeyFrom(
        { apiKeyFile: file, requireKeyForReads: true },
        { PAPERGRAPH_API_KEY: 'other-key-0123456789' },
      );
      expect(auth).toEqual({ apiKey: KEY, requireKeyForReads: true });
      expect(source).toBe(file);
      await expect(apiKeyFrom({ apiKeyFile: join(dir, 'missing') }, {})).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: `cannot read the API key file ${join(dir, 'missing')}: ENOENT`,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses short keys, two sources, and reads behind a key that is not there', async () => {
    await expect(apiKeyFrom({ apiKey: 'secret' }, {})).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'the API key from --api-key has 6 characters; use at least 16 (for example: openssl rand -hex 32)',
    });
    await expect(apiKeyFrom({ apiKey: KEY, apiKeyFile: 'key' }, {})).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(apiKeyFrom({ requireKeyForReads: true }, {})).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: '--require-key-for-reads needs an API key: set PAPERGRAPH_API_KEY or give --api-key-file',
    });
  });
});
