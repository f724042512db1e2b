import type { Logger } from '../pipeline.js';
import { forTerminal } from './terminal-text.js';

/** Progress and warnings go to stderr so that stdout stays clean for data (`extract --jsonl`). */
export function stderrLogger(quiet = false): Logger {
  return {
    info: (message) => {
      if (!quiet) process.stderr.write(`papergraph: ${forTerminal(message)}\n`);
    },
    warn: (message) => process.stderr.write(`papergraph: warning: ${forTerminal(message)}\n`),
  };
}
