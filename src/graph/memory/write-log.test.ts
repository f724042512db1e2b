import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedPaper, Override } from '../../model/index.js';
import { LOG_FILE, LOG_VERSION, WriteLog } from './write-log.js';

function paper(id: string, abstract: string): ExtractedPaper {
  return {
    paper: { id, title: `Paper ${id}`, abstract, source: { file: 'x.jsonl', line: 1, format: 'jsonl' } },
    entities: [],
    results: [],
  };
}

const rename: Override = {
  id: 'o1',
  at: '2026-01-01T00:00:00.000Z',
  op: 'rename',
  entity: { type: 'method', id: 'method:x', name: 'x', keys: ['x'] },
  to: 'X',
};

describe('the write log', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pg-log-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes a batch, encoded a paper at a time, as the one JSON line of the whole record, and replays it', async () => {
    // Past the writer's 1 MB buffer, with multi-byte characters and a text larger than the buffer.
    const papers = [
      paper('a', 'é'.repeat(700_000)),
      paper('b', '\u2028 "quoted" \n'.repeat(10)),
      paper('c', 'x'.repeat(2_000_000)),
      paper('d', '😀'.repeat(300_000)),
    ];
    const log = await WriteLog.replay(dataDir, 0, () => undefined);
    await log.append({ seq: 1, papers });
    await log.append({ seq: 2, override: rename });
    await log.close();
    const text = await readFile(join(dataDir, LOG_FILE), 'utf8');
    const expected =
      `${JSON.stringify({ seq: 1, v: LOG_VERSION, papers })}\n` + `${JSON.stringify({ seq: 2, v: LOG_VERSION, override: rename })}\n`;
    expect(text === expected).toBe(true);
    expect(log.bytes).toBe(Buffer.byteLength(expected));
    const replayed: unknown[] = [];
    await WriteLog.replay(dataDir, 0, (record) => replayed.push(record));
    expect(replayed).toEqual([
      { seq: 1, v: LOG_VERSION, papers },
      { seq: 2, v: LOG_VERSION, override: rename },
    ]);
  });
});
