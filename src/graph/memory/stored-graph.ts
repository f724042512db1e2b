import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LEGACY_FILE } from './graph-file.js';
import { OVERRIDES_FILE } from './overrides-file.js';
import { SNAPSHOT_FILE } from './snapshot-file.js';
import { LOG_FILE } from './write-log.js';

/** Whether a data directory holds a papergraph graph or hand fixes (an empty or unrelated directory does not). */
export function holdsStoredGraph(dataDir: string): boolean {
  return [SNAPSHOT_FILE, LOG_FILE, LEGACY_FILE, OVERRIDES_FILE].some((file) => existsSync(join(dataDir, file)));
}
