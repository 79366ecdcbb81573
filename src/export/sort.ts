/**
 * Sorting more lines than memory should hold: lines are sorted in chunks, each chunk spilled to a
 * temporary file, and the files merged. The stable JSON export sorts its nodes and relationships
 * this way, so its order (and so its bytes) does not depend on the graph's size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

/** Plain code-unit order, the order of the `<` operator on strings (what the JSON export always used). */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class ExternalSorter {
  private chunk: string[] = [];
  private chunkChars = 0;
  private readonly files: string[] = [];
  private dir?: string;

  /** `maxChars`: how many characters of lines one in-memory chunk holds before it is spilled. */
  constructor(private readonly maxChars = 32 * 1024 * 1024) {}

  /** Adds one line (it must not contain a newline). */
  add(line: string): void {
    this.chunk.push(line);
    this.chunkChars += line.length;
    if (this.chunkChars >= this.maxChars) this.spill();
  }

  /** The lines in order; temporary files are removed when the iteration ends (or is abandoned). */
  async *sorted(): AsyncGenerator<string> {
    try {
      if (this.files.length === 0) {
        yield* this.chunk.sort(compareStrings);
        return;
      }
      if (this.chunk.length) this.spill();
      const readers = this.files.map((f) =>
        readline.createInterface({ input: fs.createReadStream(f), crlfDelay: Infinity })[Symbol.asyncIterator](),
      );
      const heads: (string | undefined)[] = [];
      for (const r of readers) {
        const next = await r.next();
        heads.push(next.done ? undefined : next.value);
      }
      for (;;) {
        let best = -1;
        for (let i = 0; i < heads.length; i++) {
          const h = heads[i];
          if (h !== undefined && (best < 0 || compareStrings(h, heads[best]!) < 0)) best = i;
        }
        if (best < 0) return;
        yield heads[best]!;
        const next = await readers[best]!.next();
        heads[best] = next.done ? undefined : next.value;
      }
    } finally {
      this.chunk = [];
      if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /** Number of chunks written to disk so far (for tests and progress). */
  get spills(): number {
    return this.files.length;
  }

  private spill(): void {
    this.dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-sort-'));
    const file = path.join(this.dir, `chunk-${this.files.length}.txt`);
    fs.writeFileSync(file, this.chunk.sort(compareStrings).join('\n') + '\n');
    this.files.push(file);
    this.chunk = [];
    this.chunkChars = 0;
  }
}
