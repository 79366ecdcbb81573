import path from 'node:path';
import { Option, type Command } from 'commander';
import { InputError, readReportFile, readReportStdin } from '../input/index.js';
import { normaliseDate } from '../input/dates.js';
import type { Article, ArticleMeta, Extraction, ExtractionReport } from '../model.js';

export type ExtractFormat = 'report' | 'json';

export interface ExtractOptions extends Omit<ArticleMeta, 'id' | 'source'> {
  format: ExtractFormat;
}

/** One input's result: its articles' lines, or the error that stopped it. */
export interface ExtractedInput {
  file: string;
  lines: string[];
  error?: Error;
}

/** The `file` of a report line: the input's base name, or for a file of records the record's own id. */
function reportName(input: string, article: Article, index: number, many: boolean): string {
  const base = input === '-' ? 'stdin' : path.basename(input);
  if (!many) return base;
  return article.url && article.id === article.url ? `${base}#${index}` : article.id;
}

/** A line of `--format json`: the article (its text, which evidence offsets refer to) and every fact. */
const jsonLine = (x: Extraction) => JSON.stringify(x);

/**
 * Reads and extracts each input in turn. A bad input (missing, empty, binary, not UTF-8, too
 * large, malformed records) is reported and skipped: the others are still processed.
 */
export async function* extractInputs(files: string[], opts: ExtractOptions): AsyncGenerator<ExtractedInput> {
  const meta: ArticleMeta = { outlet: opts.outlet, published: opts.published, title: opts.title, url: opts.url };
  // Loaded here, not with the CLI: the other commands (ingest extracts in worker threads) do not
  // carry the NLP model in the main thread.
  const [{ extract }, { toReport }] = await Promise.all([
    import('../extract/index.js'),
    import('../extract/report.js'),
  ]);
  for (const file of files) {
    try {
      const articles = file === '-' ? await readReportStdin(meta) : await readReportFile(file, meta);
      const many = articles.length > 1 || /\.(?:jsonl?|ndjson)$/i.test(file);
      const lines: string[] = [];
      for (const [i, article] of articles.entries()) {
        const x = extract(article);
        if (opts.format === 'json') lines.push(jsonLine(x));
        else {
          const report: ExtractionReport = { ...toReport(x), file: reportName(file, article, i, many) };
          lines.push(JSON.stringify(report));
        }
      }
      yield { file, lines };
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      if (!(error instanceof InputError)) error.message = `${file}: extraction failed: ${error.message}`;
      yield { file, lines: [], error };
    }
  }
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'read reports and print what they say: one JSON line per report (people, meetings, quotes, statements)',
    )
    .argument('<files...>', 'report files: plain text, .html, .json or .jsonl records; - reads stdin')
    .addOption(
      new Option(
        '--format <format>',
        'report: the evaluation format (FORMAT.md v1); json: every fact with its evidence',
      )
        .choices(['report', 'json'])
        .default('report'),
    )
    .option('--outlet <name>', 'the outlet of the reports (wins over what the text says)')
    .option('--published <date>', 'the publication date, YYYY-MM-DD (wins over what the text says)')
    .option('--title <title>', 'the title of the report')
    .option('--url <url>', 'the URL of the report (becomes its id)')
    .addHelpText('after', '\nExample:\n  diplograph extract --format report seeds/*.txt > reports.jsonl\n')
    .action(async (files: string[], opts: ExtractOptions) => {
      if (opts.url != null && files.length > 1)
        throw new Error('--url names one report: give it with one file (records carry their own "url")');
      if (opts.published != null && !normaliseDate(opts.published))
        throw new Error(`--published "${opts.published}" is not a date; use YYYY-MM-DD`);
      let failed = 0;
      for await (const r of extractInputs(files, opts)) {
        for (const line of r.lines) process.stdout.write(line + '\n');
        if (r.error) {
          failed++;
          console.error(`diplograph: ${r.error.message}`);
        }
      }
      if (failed) {
        console.error(`diplograph: ${failed} of ${files.length} input${files.length > 1 ? 's' : ''} could not be read`);
        process.exitCode = 1;
      }
    });
}
