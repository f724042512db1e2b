// A module resolution hook (node --import test/support/module-log.mjs): appends every papergraph module
// a process loads from dist/ to the file named by PAPERGRAPH_MODULE_LOG, one path a line.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const at = resolved.url.indexOf('/dist/');
  if (at >= 0 && process.env.PAPERGRAPH_MODULE_LOG) appendFileSync(process.env.PAPERGRAPH_MODULE_LOG, `${resolved.url.slice(at + 6)}\n`);
  return resolved;
}
