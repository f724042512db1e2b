import type { RequestHandler } from 'express';

/**
 * Runs `compress` only for a request that names an encoding it accepts. Without Accept-Encoding the
 * compression middleware answers uncompressed anyway, after wrapping the response and negotiating
 * for nothing on every request; the Vary header it adds to JSON answers is kept.
 */
export function compressWhenAccepted(compress: RequestHandler): RequestHandler {
  return (req, res, next) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    res.setHeader('Vary', 'Accept-Encoding');
    next();
  };
}
