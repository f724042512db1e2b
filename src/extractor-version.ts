import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTRACT_DIR = fileURLToPath(new URL('./extract/', import.meta.url));

let cached: Promise<string> | undefined;

/**
 * A hash of the extractor's code and data (every file of extract/ but tests: rules, lexicon,
 * tagger model), as loaded by this process. Any change to what extraction produces changes it, so
 * a paper stored under another version is extracted again, never served stale.
 */
export function extractorVersion(): Promise<string> {
  cached ??= hashDirectory(EXTRACT_DIR);
  return cached;
}

async function hashDirectory(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const names = (await readdir(dir, { recursive: true })).filter((f) => !/\.test\.[cm]?[jt]s$/.test(f)).sort();
  for (const name of names) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    hash
      .update(name)
      .update('\0')
      .update(await readFile(path))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
