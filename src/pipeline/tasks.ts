/**
 * The units of work the ingest hands to its extraction workers, and what comes back. Plain data,
 * so that they cross a worker thread's message port as they are.
 */
import type { ArticleMeta } from '../model.js';
import type { PreparedReport } from '../graph/write.js';

export type Task =
  /** A report file (text, HTML, JSON): read, decoded and checked in the worker. */
  | { kind: 'file'; input: string; path: string; meta: ArticleMeta }
  /** Bytes already read (stdin). */
  | { kind: 'bytes'; input: string; name: string; bytes: Uint8Array; meta: ArticleMeta }
  /** One line of a JSON Lines file, read lazily: `index` counts the file's records from 0. */
  | { kind: 'record'; input: string; path: string; line: string; lineNumber: number; index: number; meta: ArticleMeta }
  /** A report's text (the API, the benchmark's generated corpus). */
  | { kind: 'text'; input: string; text: string; meta: ArticleMeta }
  /** An input found bad while it was read lazily (a JSON Lines record over the size limit). */
  | { kind: 'error'; input: string; message: string };

export type TaskResult =
  { ok: true; reports: PreparedReport[] } | { ok: false; message: string; name: string; problem?: string };

/** What a worker posts back: the task's result, and its heap right after (bytes in use and reserved). */
export interface WorkerReply {
  result: TaskResult;
  heap: { used: number; total: number };
}
