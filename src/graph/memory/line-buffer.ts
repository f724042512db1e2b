import type { FileHandle } from 'node:fs/promises';

/** Bytes gathered before a write. */
const CHUNK_BYTES = 1 << 20;

/**
 * Gathers JSON lines into a reused byte buffer and writes it to a file when full. Each line's string
 * is encoded as it is added and dies young: a string gathering a megabyte of lines held every line
 * until its write, past the young generation's collections, so that a snapshot of the graph passed
 * through the old generation as garbage (and V8 grows the old generation after the garbage it sees).
 */
export class LineBuffer {
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private total = 0;

  constructor(private readonly file: FileHandle) {}

  /** Bytes added so far. */
  get bytes(): number {
    return this.total + this.used;
  }

  /** Adds text (it may end a line or not); writes the buffer first when the text may not fit. */
  async add(text: string): Promise<void> {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.used + text.length * 3 > CHUNK_BYTES) await this.flush();
    if (text.length * 3 <= CHUNK_BYTES) this.used += this.buffer.write(text, this.used);
    else await this.writeAll(Buffer.from(text));
  }

  /** Writes what is gathered. */
  async flush(): Promise<void> {
    await this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private async writeAll(bytes: Buffer): Promise<void> {
    for (let at = 0; at < bytes.length;) at += (await this.file.write(bytes, at, bytes.length - at)).bytesWritten;
    this.total += bytes.length;
  }
}
