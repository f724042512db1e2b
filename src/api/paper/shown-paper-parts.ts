import type { GraphQLResolveInfo } from 'graphql';
import { fieldsAt } from '../common/selection.js';

/** Paper fields that read the paper's metadata (authors, venue, arXiv id, categories, record id). */
const METADATA_FIELDS = ['authors', 'venue', 'arxivId', 'categories', 'abstractUrl', 'pdfUrl', 'recordId'];

/** What a store may leave out of the papers at `pathToPaper` below the field being resolved: what the selection does not show. */
export function shownPaperParts(info: GraphQLResolveInfo, pathToPaper: readonly string[]): { withAbstract?: false; withMetadata?: false } {
  const fields = fieldsAt(info, pathToPaper);
  return {
    ...(fields.has('abstract') ? {} : { withAbstract: false }),
    ...(METADATA_FIELDS.some((f) => fields.has(f)) ? {} : { withMetadata: false }),
  };
}
