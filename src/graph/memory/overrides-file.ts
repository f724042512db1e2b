import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError, type Override } from '../../model/index.js';

export const OVERRIDES_FILE = 'overrides.json';
const FORMAT_VERSION = 1;

/**
 * Hand fixes live in their own file beside the graph's snapshot and log, so that they outlive the
 * graph: deleting those and ingesting again re-applies them.
 */
export async function loadOverrides(dataDir: string): Promise<Override[]> {
  const path = join(dataDir, OVERRIDES_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new StoreError('STORE_UNAVAILABLE', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    const parsed = JSON.parse(text) as { version?: number; overrides?: Override[] };
    if (parsed.version !== FORMAT_VERSION || !Array.isArray(parsed.overrides)) {
      throw new Error(`unsupported format version ${String(parsed.version)}`);
    }
    return parsed.overrides;
  } catch (error) {
    throw new StoreError('STORE_CORRUPT', `${path} is not a papergraph overrides file (${(error as Error).message})`, { cause: error });
  }
}

/** Written like the snapshot: a temporary file renamed over the old one. */
export async function saveOverrides(dataDir: string, overrides: readonly Override[]): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, OVERRIDES_FILE);
  const temporary = `${target}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: FORMAT_VERSION, overrides }, null, 2)}\n`);
  await rename(temporary, target);
}
