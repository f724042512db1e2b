import type { Request } from 'express';
import type { ExportSelection } from '../../export/index.js';
import { InvalidArgumentError } from '../../model/index.js';

type Query = Request['query'];
type QueryValue = Query[string];

function single(value: QueryValue, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new InvalidArgumentError(`"${name}" must be given once, as plain text (not ${name}[]= or ${name}[key]=)`);
  return value;
}

function wholeNumber(value: QueryValue, name: string): number | undefined {
  const text = single(value, name);
  if (text === undefined) return undefined;
  // Only the form is checked here; selectForExport checks the range and names it, as the CLI does.
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError(`"${name}" must be a whole number, got ${JSON.stringify(text)}`);
  return Number(text);
}

const KNOWN = new Set(['around', 'depth', 'limit']);

/** The query string of /export/<format>: `around=<kind>:<name>`, `depth`, `limit`, each checked strictly. */
export function exportParams(query: Query): ExportSelection {
  const unknown = Object.keys(query).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0)
    throw new InvalidArgumentError(
      `unknown export parameter ${JSON.stringify(unknown[0])}; the parameters are around=<kind>:<name>, depth and limit`,
    );
  const around = single(query['around'], 'around');
  if (around !== undefined && around.trim() === '')
    throw new InvalidArgumentError('"around" is empty: give <kind>:<name> (e.g. benchmark:GSM8K), or leave it out for the whole graph');
  const depth = wholeNumber(query['depth'], 'depth');
  const limit = wholeNumber(query['limit'], 'limit');
  return {
    ...(around !== undefined ? { around } : {}),
    ...(depth !== undefined ? { depth } : {}),
    ...(limit !== undefined ? { limit } : {}),
  };
}
