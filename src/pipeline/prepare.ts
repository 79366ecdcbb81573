/**
 * A task done: its reports read (src/input), extracted (src/extract's public entry) and turned
 * into claims (src/resolve). Runs in the extraction workers, and in-process for single reports.
 */
import path from 'node:path';
import { extract } from '../extract/index.js';
import { InputError, readRecords, readReportBytes, readReportFile, readReportText } from '../input/index.js';
import { claimsOf } from '../resolve/claims.js';
import type { Article } from '../model.js';
import type { PreparedReport } from '../graph/write.js';
import type { Task, TaskResult } from './tasks.js';

export function prepareArticle(article: Article): PreparedReport {
  return { article, claims: claimsOf(extract(article)) };
}

const given = (v: unknown) => (typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '';

/** One record of a JSON Lines file, with the id and error messages it would have read as part of the whole file. */
function readRecordLine(task: Extract<Task, { kind: 'record' }>): Article[] {
  const source = task.meta.source ?? task.path;
  try {
    const articles = readRecords(task.line, { ...task.meta, source }, true);
    const record = JSON.parse(task.line) as Record<string, unknown>;
    if (!given(record.url) && !given(record.id))
      for (const a of articles) a.id = `${path.basename(source)}#${task.index}`;
    return articles;
  } catch (err) {
    if (err instanceof InputError)
      throw new InputError(
        err.file,
        err.problem,
        err.message.slice(err.file.length + 2).replace(/\b(line|record) 1\b/, `line ${task.lineNumber}`),
      );
    throw err;
  }
}

async function articlesOf(task: Task): Promise<Article[]> {
  switch (task.kind) {
    case 'file':
      return readReportFile(task.path, task.meta);
    case 'bytes':
      return readReportBytes(task.bytes, { ...task.meta, source: task.name });
    case 'record':
      return readRecordLine(task);
    case 'text':
      return [readReportText(task.text, task.meta)];
    case 'error':
      throw new InputError(task.input, 'too-large', task.message);
  }
}

export async function runTask(task: Task): Promise<TaskResult> {
  try {
    const articles = await articlesOf(task);
    return { ok: true, reports: articles.map(prepareArticle) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { ok: false, message: e.message, name: e.name, problem: (e as Partial<InputError>).problem };
  }
}
