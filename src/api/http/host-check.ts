import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { refuse } from './refuse.js';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]', '::1'];
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The Host names the server answers to. Bound to a loopback or a given address: that address and the
 * loopback names (so a DNS-rebinding page cannot reach a local server). Bound to every interface the
 * server cannot know its public names, so it answers any unless `--allowed-hosts` lists them.
 */
export function allowedHosts(bound: string, configured: readonly string[] | undefined): ReadonlySet<string> | 'any' {
  if (configured?.length) return configured.includes('*') ? 'any' : new Set([...configured, ...LOOPBACK].map((h) => h.toLowerCase()));
  if (ANY_ADDRESS.has(bound)) return 'any';
  return new Set([bound.toLowerCase(), ...LOOPBACK]);
}

function hostname(header: string): string {
  if (header.startsWith('[')) return header.slice(0, header.indexOf(']') + 1);
  const colon = header.lastIndexOf(':');
  return (colon >= 0 ? header.slice(0, colon) : header).toLowerCase();
}

export function hostAllowed(allowed: ReadonlySet<string> | 'any', header: string | undefined): boolean {
  return allowed === 'any' || allowed.has(hostname(header ?? ''));
}

/** Refuses requests whose Host header names another host (421 Misdirected Request). */
export function hostCheck(allowed: ReadonlySet<string> | 'any'): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (hostAllowed(allowed, req.headers.host)) return next();
    const host = hostname(req.headers.host ?? '');
    refuse(res, {
      status: 421,
      code: 'HOST_NOT_ALLOWED',
      message: `this server does not answer to host ${JSON.stringify(host)}; allow it with --allowed-hosts`,
      graphql: false,
    });
  };
}
