import { readFile } from 'node:fs/promises';
import { MIN_API_KEY_LENGTH, type ApiKeyOptions } from '../api/auth/api-key.js';
import { InvalidArgumentError } from '../model/index.js';

export interface ApiKeyFlags {
  readonly apiKey?: string;
  readonly apiKeyFile?: string;
  readonly requireKeyForReads?: boolean;
}

/** The server's API key from --api-key-file, --api-key or PAPERGRAPH_API_KEY (one of them), and where it came from. */
export async function apiKeyFrom(
  flags: ApiKeyFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ auth: ApiKeyOptions; source: string | undefined }> {
  if (flags.apiKey !== undefined && flags.apiKeyFile !== undefined) {
    throw new InvalidArgumentError('give the API key once: --api-key or --api-key-file, not both');
  }
  let key: string | undefined;
  let source: string | undefined;
  if (flags.apiKeyFile !== undefined) {
    try {
      key = (await readFile(flags.apiKeyFile, 'utf8')).trim();
    } catch (error) {
      throw new InvalidArgumentError(`cannot read the API key file ${flags.apiKeyFile}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
    source = flags.apiKeyFile;
  } else if (flags.apiKey !== undefined) {
    [key, source] = [flags.apiKey.trim(), '--api-key'];
  } else if (env['PAPERGRAPH_API_KEY']?.trim()) {
    [key, source] = [env['PAPERGRAPH_API_KEY'].trim(), 'PAPERGRAPH_API_KEY'];
  }
  if (key !== undefined && key.length < MIN_API_KEY_LENGTH) {
    throw new InvalidArgumentError(
      `the API key from ${source} has ${key.length} characters; use at least ${MIN_API_KEY_LENGTH} (for example: openssl rand -hex 32)`,
    );
  }
  if (flags.requireKeyForReads && key === undefined) {
    throw new InvalidArgumentError('--require-key-for-reads needs an API key: set PAPERGRAPH_API_KEY or give --api-key-file');
  }
  return { auth: { ...(key ? { apiKey: key } : {}), requireKeyForReads: flags.requireKeyForReads ?? false }, source };
}
