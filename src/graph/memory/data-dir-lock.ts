import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { StoreError } from '../../model/index.js';

export const LOCK_NAME = 'write.lock';
/**
 * A lock whose holder stopped refreshing it for this long is taken over: the holder was killed. The
 * holder refreshes it every STALE_MS / 4 from the event loop, which extraction on the main thread can
 * hold for seconds, hence the generous value.
 */
export const STALE_MS = 60_000;

export interface DataDirLock {
  /** Throws when the lock was lost while held (another process took it over as stale). */
  assertHeld(): void;
  release(): Promise<void>;
}

/**
 * An exclusive write lock on a data directory (a `write.lock` directory made atomically, with a
 * refreshed mtime for stale detection), so that two writers never load the same graph and the second
 * save overwrites the first. A writer waits up to `waitMs` for another to finish, then fails with a
 * clear error. Taking the lock also removes temporary files a killed save or compaction left behind.
 */
export async function lockDataDir(dataDir: string, waitMs: number, onWait?: () => void): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  let compromised: Error | undefined;
  const options = {
    lockfilePath: join(dataDir, LOCK_NAME),
    realpath: false,
    stale: STALE_MS,
    update: STALE_MS / 4,
    onCompromised: (error: Error) => {
      compromised = error;
    },
  };
  const started = Date.now();
  let release: () => Promise<void>;
  for (let attempt = 0; ; attempt++) {
    try {
      release = await lockfile.lock(dataDir, options);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') {
        throw new StoreError('STORE_UNAVAILABLE', `cannot lock ${dataDir}: ${(error as Error).message}`, { cause: error });
      }
      if (Date.now() - started >= waitMs) {
        throw new StoreError(
          'STORE_UNAVAILABLE',
          `${dataDir} is locked by another papergraph process writing to it (waited ${Math.round(waitMs / 1000)} s); run one ingest at a time per --data-dir, or delete ${options.lockfilePath} if none is running`,
          { cause: error },
        );
      }
      if (attempt === 0) onWait?.();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await removeStaleTemporaries(dataDir);
  return {
    assertHeld: () => {
      if (compromised) {
        throw new StoreError('STORE_UNAVAILABLE', `lost the write lock on ${dataDir}: ${compromised.message}`, { cause: compromised });
      }
    },
    release: async () => {
      if (!compromised) await release();
    },
  };
}

/** `<file>.<uuid>.tmp` files are a save in progress; under the lock none is, so any left is from a killed save. */
async function removeStaleTemporaries(dataDir: string): Promise<void> {
  const names = await readdir(dataDir);
  await Promise.all(
    names
      .filter((n) => /^(graph\.json|graph\.snapshot\.jsonl|overrides\.json)\..+\.tmp$/.test(n))
      .map((n) => rm(join(dataDir, n), { force: true })),
  );
}
