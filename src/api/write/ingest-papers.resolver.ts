import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { BadInputError, InvalidArgumentError, type InputIssue } from '../../model/index.js';
import { requireWriteAccess } from '../auth/api-key.js';
import type { ApiContext } from '../context.js';
import { IngestResult, RecordIssue } from './ingest-result.type.js';
import { PaperInput } from './paper-input.type.js';

/** Records per call: one batch, one transaction (the request body is capped at 1 MB anyway). */
export const MAX_RECORDS = 1000;

function toIssue(issue: InputIssue): RecordIssue {
  return Object.assign(new RecordIssue(), {
    index: issue.line - 1,
    message: issue.message,
    ...(issue.field ? { field: issue.field } : {}),
  });
}

@Resolver()
export class IngestPapersResolver {
  @Mutation(() => IngestResult, {
    nullable: true,
    description:
      'Extracts and writes papers, as `papergraph ingest` does (the store’s hand fixes re-applied). Atomic: when any record has a problem nothing is written, unless skipInvalid. Needs the API key.',
  })
  async ingestPapers(
    @Ctx() ctx: ApiContext,
    @Arg('records', () => [PaperInput], { description: `The papers, at most ${MAX_RECORDS}.` }) records: PaperInput[],
    @Arg('skipInvalid', () => Boolean, { nullable: true, description: 'Write the valid records even when others have problems.' })
    skipInvalid?: boolean,
  ): Promise<IngestResult> {
    requireWriteAccess(ctx.auth);
    if (records.length > MAX_RECORDS) {
      throw new InvalidArgumentError(`at most ${MAX_RECORDS} records per ingestPapers call, got ${records.length}; send them in parts`);
    }
    // Plain objects, with absent fields left out, are what the JSON readers validate.
    const values = records.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== null)));
    try {
      // The pipeline (and the extractor) loads on the first ingest over HTTP, not with the server.
      const { ingestRecords } = await import('../../pipeline.js');
      const summary = await ingestRecords(ctx.store, values, { skipInvalid: skipInvalid ?? false });
      return { written: true, papers: summary.papers, links: summary.links, issues: summary.issues.map(toIssue) };
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      return { written: false, papers: 0, links: 0, issues: error.issues.map(toIssue) };
    }
  }
}
