import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Cross-origin reads (a d3, Observable or React page calling the API). Default: any origin, without
 * credentials. With a list of origins only those, and credentials allowed; never credentials with `*`.
 */
export function corsPolicy(origins: readonly string[] | undefined): RequestHandler {
  const any = !origins?.length || origins.includes('*');
  return cors({
    origin: any ? '*' : [...origins],
    credentials: !any,
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
}
