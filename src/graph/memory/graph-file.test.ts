import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveGraph } from './graph-file.js';
import { createPaperGraph } from './memory-graph.js';

describe('saving the graph file', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pg-save-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('leaves no temporary file behind when the save fails', async () => {
    // A directory where graph.json should be makes the final rename fail.
    await mkdir(join(dataDir, 'graph.json', 'in-the-way'), { recursive: true });
    await expect(saveGraph(dataDir, { graph: createPaperGraph(), aliases: new Map() })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(/^cannot save .*graph\.json: /),
    });
    expect(await readdir(dataDir)).toEqual(['graph.json']);
  });
});
