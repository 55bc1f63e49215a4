/**
 * Rotating, size-capped JSON Lines files: the recording of live decision inputs and the shadow
 * mismatch log. Each line is written whole, so the replay command reads the files as they are,
 * even the one being written. A writer that falls behind drops lines (counted by the caller)
 * rather than holding requests up.
 */
import { createWriteStream, mkdirSync, readdirSync, rmSync, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';

export interface RotatingOptions {
  dir: string;
  prefix: string;
  maxFileBytes: number;
  /** Most files kept; the oldest are deleted. */
  maxFiles: number;
  /** Bytes buffered in memory before lines are dropped. */
  maxBuffered?: number;
}

export class RotatingJsonlWriter {
  #stream: WriteStream | undefined;
  #bytes = 0;
  #seq = 0;
  readonly files: string[] = [];

  constructor(readonly opts: RotatingOptions) {
    mkdirSync(opts.dir, { recursive: true });
    for (const f of readdirSync(opts.dir).sort()) if (f.startsWith(opts.prefix + '-') && f.endsWith('.jsonl')) this.files.push(resolve(opts.dir, f));
  }

  /** Appends one line; false when it was dropped because the writer is behind. */
  write(line: string): boolean {
    const data = line + '\n';
    const size = Buffer.byteLength(data, 'utf8');
    if (!this.#stream || this.#bytes + size > this.opts.maxFileBytes) this.#rotate();
    const stream = this.#stream!;
    if (stream.writableLength > (this.opts.maxBuffered ?? 8 * 1024 * 1024)) return false;
    stream.write(data);
    this.#bytes += size;
    return true;
  }

  #rotate(): void {
    this.#stream?.end();
    const name = `${this.opts.prefix}-${new Date().toISOString().replace(/[:.]/g, '-')}-${String(this.#seq++).padStart(4, '0')}.jsonl`;
    const path = resolve(this.opts.dir, name);
    this.#stream = createWriteStream(path, { flags: 'a' });
    this.#stream.on('error', () => undefined);
    this.#bytes = 0;
    this.files.push(path);
    while (this.files.length > this.opts.maxFiles) rmSync(this.files.shift()!, { force: true });
  }

  /** Flushes and closes the current file. */
  close(): Promise<void> {
    const s = this.#stream;
    this.#stream = undefined;
    if (!s) return Promise.resolve();
    return new Promise((r) => s.end(r));
  }
}
