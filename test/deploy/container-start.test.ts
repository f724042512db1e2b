import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, papergraph } from '../support/cli.js';

/** Starts `serve` with the given arguments, waits until it listens, stops it and returns its stderr. */
async function serveOnce(args: string[]): Promise<string> {
  const child = spawn(process.execPath, [...CLI, 'serve', '--port', '0', ...args], {
    env: { ...process.env, NEO4J_URI: '' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await new Promise<void>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('✓ papergraph API at')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    return stderr;
  } finally {
    child.kill('SIGKILL');
  }
}

// What the image's command does, run without Docker: the demo goes only into an empty graph.
describe('the container command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-deploy-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serve --ingest-if-empty ingests into an empty graph, and leaves a graph holding papers alone', async () => {
    const args = ['--ingest-if-empty', 'test/fixtures/paper-with-record-id.jsonl', '--data-dir', dir];
    const first = await serveOnce(args);
    expect(first).toContain('extracted and wrote 1/1 papers to memory store');
    const second = await serveOnce(args);
    expect(second).not.toContain('extracted');
    expect(second).toContain('the graph holds papers: not ingesting test/fixtures/paper-with-record-id.jsonl');
  });

  it('retries an unreachable Neo4j with backoff for NEO4J_WAIT_SECONDS, then exits 69', async () => {
    const env = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_WAIT_SECONDS: '1.2' };
    const { code, stderr } = await papergraph(['stats'], undefined, env);
    expect(code).toBe(69);
    expect(stderr).toContain('Neo4j at bolt://127.0.0.1:1 does not answer yet; retrying in 0.5 s (NEO4J_WAIT_SECONDS=1.2)');
    expect(stderr).not.toContain('retrying in 2 s');
    expect(stderr).toContain('✗ cannot reach Neo4j at bolt://127.0.0.1:1');
  });
});
