import { createHash, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from '../../model/index.js';

export interface ApiKeyOptions {
  /** The key clients send as `Authorization: Bearer <key>`; without it writes over HTTP are off. */
  readonly apiKey?: string;
  /** Queries and exports need the key too (default: reads are open). */
  readonly requireKeyForReads?: boolean;
}

/** What a request's Authorization header proves. */
export type RequestAuth =
  { readonly key: 'not-configured' } | { readonly key: 'missing' | 'invalid' | 'valid'; readonly readsNeedKey: boolean };

export const MIN_API_KEY_LENGTH = 16;

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares in constant time: both sides are hashed first, so neither the key's characters nor its
 * length show in how long a wrong guess takes to refuse.
 */
export function apiKeyMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

export function authOf(header: string | undefined, options: ApiKeyOptions = {}): RequestAuth {
  if (!options.apiKey) return { key: 'not-configured' };
  const readsNeedKey = options.requireKeyForReads ?? false;
  if (header === undefined || header.trim() === '') return { key: 'missing', readsNeedKey };
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return { key: match && apiKeyMatches(match[1]!, options.apiKey) ? 'valid' : 'invalid', readsNeedKey };
}

/** The error a request gets when it needs the key and lacks it; undefined when it may go on. */
export function refusal(auth: RequestAuth, access: 'read' | 'write'): Error | undefined {
  if (auth.key === 'valid') return undefined;
  if (auth.key === 'not-configured') {
    return access === 'read'
      ? undefined
      : new ForbiddenError(
          'writes over HTTP are off on this server: start it with an API key (PAPERGRAPH_API_KEY, --api-key-file or --api-key) and send it as "Authorization: Bearer <key>"',
        );
  }
  if (access === 'read' && !auth.readsNeedKey) return undefined;
  if (auth.key === 'invalid') {
    return new UnauthenticatedError('the API key sent in the Authorization header is not valid (expected "Authorization: Bearer <key>")');
  }
  return new UnauthenticatedError(
    access === 'read'
      ? 'this server answers only requests with the API key: send "Authorization: Bearer <key>"'
      : 'this operation needs the API key: send "Authorization: Bearer <key>"',
  );
}

/** For write resolvers: throws FORBIDDEN (writes off) or UNAUTHENTICATED (no or wrong key). */
export function requireWriteAccess(auth: RequestAuth): void {
  const error = refusal(auth, 'write');
  if (error) throw error;
}
