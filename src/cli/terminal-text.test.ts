import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './run.js';
import { forTerminal } from './terminal-text.js';

describe('text printed to the terminal', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows control characters as escapes and keeps newlines, tabs and other text', () => {
    expect(forTerminal('a\u001b[31mb\u0007\u009b\u007f\tc\nd é 😀')).toBe('a\\x1b[31mb\\x07\\x9b\\x7f\tc\nd é 😀');
  });

  it('never echoes an escape sequence from an input file in a reported problem', async () => {
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    const code = await run([
      'ingest',
      '--data-dir',
      join(tmpdir(), `pg-terminal-${process.pid}`),
      'test/fixtures/hf-title-with-terminal-escapes-line-1.txt',
    ]);
    expect(code).toBe(65);
    expect(stderr).toContain(
      'hf-title-with-terminal-escapes-line-1.txt:1: title without an abstract: "A Title \\x1b[2J\\x1b]0;pwned\\x07 Without Abstract"',
    );
    expect(stderr.includes('\u001b') || stderr.includes('\u0007')).toBe(false);
  });
});
