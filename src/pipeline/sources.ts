/**
 * What `diplograph ingest` reads, as a lazy stream of tasks: folders are walked one directory at a
 * time, JSON Lines files are read line by line, and nothing is read before the extraction workers
 * are ready for it. Memory does not grow with the size of the input.
 */
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { MAX_REPORT_BYTES } from '../input/errors.js';
import type { ArticleMeta } from '../model.js';
import type { Task } from './tasks.js';

/**
 * The lines of a stream, read as they are consumed: only one chunk and a partial line are in
 * memory at a time (readline's async iterator reads ahead without bound).
 */
export async function* lines(stream: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of stream) {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop()!;
    for (const p of parts) yield p.endsWith('\r') ? p.slice(0, -1) : p;
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

/** Report files `ingest DIR` picks up inside a folder. */
export const REPORT_EXTENSIONS = [
  '.txt',
  '.text',
  '.md',
  '.html',
  '.htm',
  '.json',
  '.jsonl',
  '.ndjson',
  '.xml',
  '.rss',
  '.atom',
];
const JSON_LINES = new Set(['.jsonl', '.ndjson']);

/** The report files under `dir`, in sorted order, one directory listing in memory at a time. */
export async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await fs.promises.readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) yield full;
  }
}

/**
 * Expands the command's arguments lazily: `-` (stdin), files, folders (their report files), globs.
 * An argument that matches nothing is passed to `unmatched`. A file named twice is read once.
 */
export async function* inputsOf(args: string[], unmatched: (arg: string) => void = () => {}): AsyncGenerator<string> {
  // Only named files and glob matches are remembered (folders can hold any number of files).
  const named = new Set<string>();
  for (const arg of args) {
    if (arg === '-') {
      if (!named.has('-')) yield '-';
      named.add('-');
      continue;
    }
    const stat = fs.statSync(arg, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      if (!named.has(arg)) yield arg;
      named.add(arg);
    } else if (stat?.isDirectory()) yield* walk(arg);
    else {
      const found = (await fg(arg, { onlyFiles: true })).sort();
      if (found.length === 0) unmatched(arg);
      for (const f of found) {
        if (!named.has(f)) yield f;
        named.add(f);
      }
    }
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > MAX_REPORT_BYTES) break;
  }
  return Buffer.concat(chunks);
}

/** The tasks of the inputs: a task per file, per JSON Lines record, or for stdin. */
export async function* tasksOf(
  inputs: AsyncIterable<string> | Iterable<string>,
  meta: ArticleMeta,
): AsyncGenerator<Task> {
  for await (const input of inputs) {
    if (input === '-') {
      yield {
        kind: 'bytes',
        input: 'stdin',
        name: 'stdin',
        bytes: await readStdin(),
        meta: { ...meta, source: 'stdin' },
      };
      continue;
    }
    if (!JSON_LINES.has(path.extname(input).toLowerCase())) {
      yield { kind: 'file', input, path: input, meta };
      continue;
    }
    let stream: fs.ReadStream;
    try {
      await fs.promises.access(input, fs.constants.R_OK);
      stream = fs.createReadStream(input, { encoding: 'utf8' });
    } catch {
      yield { kind: 'file', input, path: input, meta };
      continue;
    }
    let index = 0;
    let lineNumber = 0;
    for await (const raw of lines(stream)) {
      lineNumber++;
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!line.trim()) continue;
      const where = `${input}#${index}`;
      if (Buffer.byteLength(line) > MAX_REPORT_BYTES)
        yield {
          kind: 'error',
          input: where,
          message: `line ${lineNumber} is over the ${MAX_REPORT_BYTES / 1048576} MB limit for one report`,
        };
      else yield { kind: 'record', input, path: input, line, lineNumber, index, meta };
      index++;
    }
    if (index === 0) yield { kind: 'file', input, path: input, meta };
  }
}
