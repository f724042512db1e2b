import { createReadStream } from 'node:fs';

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  readonly text: string;
  /** Byte offset just past the line's newline. */
  readonly end: number;
}

/**
 * The newline-terminated lines of a file, with byte offsets. Bytes after the last newline are not a
 * line: they are a write cut short, reported through `tail` (their byte offset and length).
 */
export async function* readLines(path: string, tail?: (offset: number, bytes: number) => void): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  let number = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      const bytes = pendingBytes + piece.length;
      const text = pending.length ? Buffer.concat([...pending, piece]).toString('utf8') : piece.toString('utf8');
      pending = [];
      pendingBytes = 0;
      offset += bytes + 1;
      yield { number: ++number, text, end: offset };
      from = nl + 1;
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingBytes += chunk.length - from;
    }
  }
  if (pendingBytes > 0) tail?.(offset, pendingBytes);
}
