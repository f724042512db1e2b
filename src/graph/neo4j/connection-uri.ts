export interface ConnectionTarget {
  /** The URI without user and password: what the driver gets and what logs and messages show. */
  readonly uri: string;
  readonly user?: string;
  readonly password?: string;
}

/**
 * Splits `bolt://user:password@host` into a URI without credentials and the credentials, so no
 * password reaches a log line, a message or `stats`. NEO4J_USER / NEO4J_PASSWORD are the better way.
 */
export function splitConnectionUri(uri: string): ConnectionTarget {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    // Not a URL the driver could use either; still never echo what may be userinfo.
    return { uri: uri.replace(/\/\/[^@/]*@/, '//') };
  }
  if (!url.username && !url.password) return { uri };
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  return { uri: url.toString(), ...(user ? { user } : {}), ...(password ? { password } : {}) };
}

/** Replaces every occurrence of the secrets in a message. */
export function scrubSecrets(message: string, secrets: readonly (string | undefined)[]): string {
  let out = message;
  for (const secret of secrets) if (secret && secret.length >= 3) out = out.split(secret).join('***');
  return out;
}
