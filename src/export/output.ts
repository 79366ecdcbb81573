/**
 * Where an export goes: stdout, or a file or folder written under a temporary name next to it and
 * renamed into place when complete. A failed or interrupted export leaves nothing at the path
 * (and the previous export there, if any, untouched); an unwritable path fails before Neo4j is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export class ExportError extends Error {
  override name = 'ExportError';
}

/** Writes text to a stream, waiting when its buffer is full, so a large export never piles up in memory. */
export class Sink {
  bytes = 0;
  constructor(private readonly out: Writable) {}

  async write(text: string): Promise<void> {
    this.bytes += Buffer.byteLength(text);
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    if (this.out === process.stdout) return;
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
  }
}

const tempName = (target: string) => `${target}.tmp-${process.pid}-${Date.now().toString(36)}`;

/** The folder `target` would be written into, checked to exist and be writable. */
export function writableDir(target: string): string {
  const dir = path.dirname(path.resolve(target));
  try {
    if (!fs.statSync(dir).isDirectory()) throw new ExportError(`cannot write ${target}: ${dir} is not a folder`);
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    if (err instanceof ExportError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ExportError(
      code === 'ENOENT'
        ? `cannot write ${target}: the folder ${dir} does not exist`
        : `cannot write ${target}: the folder ${dir} is not writable (${code ?? String(err)})`,
    );
  }
  return dir;
}

/** A file target: `open()` gives a temporary file's stream; `commit()` renames it to `target`; `abort()` removes it. */
export class AtomicFile {
  readonly temp: string;
  private stream?: fs.WriteStream;

  constructor(readonly target: string) {
    writableDir(target);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory())
      throw new ExportError(`cannot write ${target}: it is a folder`);
    this.temp = tempName(path.resolve(target));
  }

  async open(): Promise<fs.WriteStream> {
    const stream = fs.createWriteStream(this.temp, { flags: 'wx' });
    await once(stream, 'open');
    this.stream = stream;
    return stream;
  }

  commit(): void {
    fs.renameSync(this.temp, this.target);
  }

  /** Lets pending writes finish (a destroyed stream with writes queued throws), then removes the temporary file. */
  async abort(): Promise<void> {
    const stream = this.stream;
    if (stream && !stream.closed) {
      stream.on('error', () => {});
      await new Promise<void>((resolve) => {
        stream.once('close', resolve);
        stream.end();
      });
    }
    fs.rmSync(this.temp, { force: true });
  }
}

/** A folder target (the CSV bundle): files are written into a temporary folder renamed into place at the end. */
export class AtomicDir {
  readonly temp: string;

  constructor(readonly target: string) {
    writableDir(target);
    if (fs.existsSync(target) && !fs.statSync(target).isDirectory())
      throw new ExportError(`cannot write the bundle to ${target}: it is a file, not a folder`);
    this.temp = tempName(path.resolve(target));
    fs.mkdirSync(this.temp);
  }

  file(name: string): string {
    return path.join(this.temp, name);
  }

  /** Replaces `target` (a previous bundle) with the new folder; the old one is removed only after the rename. */
  commit(): void {
    let old: string | undefined;
    if (fs.existsSync(this.target)) {
      old = `${path.resolve(this.target)}.old-${process.pid}-${Date.now().toString(36)}`;
      fs.renameSync(this.target, old);
    }
    try {
      fs.renameSync(this.temp, this.target);
    } catch (err) {
      if (old) fs.renameSync(old, this.target);
      throw err;
    }
    if (old) fs.rmSync(old, { recursive: true, force: true });
  }

  abort(): void {
    fs.rmSync(this.temp, { recursive: true, force: true });
  }
}
