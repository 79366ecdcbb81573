/**
 * The ingest use-case, shared by the CLI and the GraphQL mutation: a report in, the consolidated
 * graph updated, what changed out. Normalise → extract → resolve and write (one transaction).
 */
import type { Graph } from './graph/driver.js';
import { findArticles, removeArticle, writeExtraction, writeExtractions, type WriteStats } from './graph/write.js';
import { extract } from './extract/index.js';
import { decodeReport, readReportText } from './input/index.js';
import type { Article, ArticleMeta } from './model.js';

export type { WriteStats } from './graph/write.js';

/** A report already read into an `Article`, or its text with what the caller knows about it. */
export type ReportInput = Article | { text: string; meta?: ArticleMeta };

function isArticle(input: ReportInput): input is Article {
  return 'contentHash' in input && 'id' in input;
}

/**
 * A report given as text goes through the same checks as a file the CLI reads (size limit,
 * binary, encoding, empty: `decodeReport`), so the API and the CLI refuse the same reports.
 */
function toArticle(input: ReportInput): Article {
  if (isArticle(input)) return input;
  const meta = input.meta ?? {};
  const text = decodeReport(Buffer.from(input.text, 'utf8'), meta.source ?? meta.id ?? 'report');
  return readReportText(text, meta);
}

/** Ingests one report. The same report again changes nothing; a changed version replaces the old. */
export async function ingestReport(graph: Graph, input: ReportInput): Promise<WriteStats> {
  return writeExtraction(graph, extract(toArticle(input)));
}

/**
 * Ingests several reports in one transaction (all or none), consolidating what they touch once:
 * the fast path for many reports. The resulting graph is the same as ingesting them one by one.
 */
export async function ingestReports(graph: Graph, inputs: ReportInput[]): Promise<WriteStats[]> {
  // Every report is read and extracted before anything is written: one bad report stores none.
  return writeExtractions(
    graph,
    inputs.map((input) => extract(toArticle(input))),
  );
}

/**
 * Removes a report, by article id, URL or the path it was read from, and every fact only it
 * supported. Returns one entry per article removed (none when nothing matched).
 */
export async function removeReport(graph: Graph, ref: string): Promise<WriteStats[]> {
  const ids = await findArticles(graph, ref);
  const out: WriteStats[] = [];
  for (const id of ids) out.push(await removeArticle(graph, id));
  return out;
}
