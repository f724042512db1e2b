import { Command, CommanderError } from 'commander';
import { BadInputError, formatIssue, PapergraphError, plural } from '../model/index.js';
import { registerCurate } from './commands/curate.js';
import { registerDb } from './commands/db.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';
import { forTerminal } from './terminal-text.js';

const EXIT = { ok: 0, failure: 1, usage: 2, badInput: 65, unavailable: 69 } as const;

export function buildProgram(): Command {
  const program = new Command('papergraph')
    .description(
      'A knowledge graph of ML papers: ingest abstracts, extract methods, benchmarks, models, tasks, metrics and links, query them over GraphQL.\n\nStore: the embedded in-process store under --data-dir (default ./.papergraph), or Neo4j when NEO4J_URI is set\n(with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerIngest(program);
  registerExtract(program);
  registerServe(program);
  registerStats(program);
  registerExport(program);
  registerDb(program);
  registerCurate(program);
  return program;
}

/** Runs the CLI and returns the exit status; the only place errors become messages and codes. */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof BadInputError) {
      for (const issue of error.issues) process.stderr.write(`✗ ${forTerminal(formatIssue(issue))}\n`);
      process.stderr.write(`✗ ${plural(error.issues.length, 'problem')}${badInputHint(argv, error)}\n`);
      return EXIT.badInput;
    }
    if (error instanceof PapergraphError) {
      process.stderr.write(`✗ ${forTerminal(error.message)}\n`);
      if (error.code === 'STORE_UNAVAILABLE' || error.code === 'STORE_TIMEOUT') return EXIT.unavailable;
      // A name that is not in the graph (a typo, with a suggestion) is bad input, not a failure.
      if (error.code === 'NOT_FOUND') return EXIT.badInput;
      return error.code === 'UNKNOWN_FORMAT' || error.code === 'INVALID_ARGUMENT' ? EXIT.usage : EXIT.failure;
    }
    process.stderr.write(`✗ unexpected error: ${forTerminal(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    return EXIT.failure;
  }
}

/**
 * What the user can do about bad input, for the command that met it: commands that write say that
 * nothing was; --skip-invalid is suggested only when some records were valid to keep (a file that
 * cannot be read has none).
 */
function badInputHint(argv: readonly string[], error: BadInputError): string {
  const command = argv.find((a) => !a.startsWith('-'));
  const writes = command === 'ingest' || command === 'serve';
  const recordLevel = error.issues.some((i) => i.line > 0);
  const skip = recordLevel ? ` (use --skip-invalid to ${writes ? 'ingest' : 'extract'} the valid records)` : '';
  return writes ? `; nothing was written${skip}` : skip;
}
