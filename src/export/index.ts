/**
 * `diplograph export`: the graph in one of five formats, read from Neo4j as a stream and written
 * to stdout or, atomically, to a file (a folder for the CSV bundle).
 */
import type { Graph } from '../graph/driver.js';
import type { ExportOptions } from '../graph/export.js';
import { AtomicDir, AtomicFile, ExportError, Sink, writableDir } from './output.js';
import { writeJson } from './formats/json.js';
import { writeCypher } from './formats/cypher.js';
import { writeCsvBundle } from './formats/csv.js';
import { writeGraphml } from './formats/graphml.js';
import { writeJsonld, type WikidataLookup } from './formats/jsonld.js';

export const FORMATS = ['json', 'jsonld', 'csv', 'graphml', 'cypher'] as const;
export type Format = (typeof FORMATS)[number];

/** Counts what was written, for a progress display. */
export interface Progress {
  node(): void;
  relationship(): void;
}

export interface RunExportOptions extends ExportOptions {
  format: string;
  /** A file (a folder for csv); stdout when unset. */
  output?: string;
  /** Items per in-memory chunk of the JSON export's sort (tests make it small). */
  sortChunkChars?: number;
  progress?: Progress;
  wikidata?: WikidataLookup;
}

export interface ExportResult {
  format: Format;
  nodes: number;
  relationships: number;
  /** Where it was written (the folder for csv), or undefined for stdout. */
  output?: string;
  files?: string[];
}

export function checkFormat(format: string): Format {
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  throw new ExportError(`unknown export format "${format}": use one of ${FORMATS.join(', ')}`);
}

/** Checks a format and output path before Neo4j is even started: an unknown format or an unwritable path fails at once. */
export function preflight(format: string, output: string | undefined): Format {
  const f = checkFormat(format);
  if (f === 'csv' && !output) throw new ExportError('the csv format writes a folder of files: give it with -o FOLDER');
  if (output) writableDir(output);
  return f;
}

/** Checks the format and the target before anything is read, then streams the graph out. */
export async function runExport(graph: Graph, options: RunExportOptions): Promise<ExportResult> {
  const format = checkFormat(options.format);
  const counts = { nodes: 0, relationships: 0 };
  const progress: Progress = {
    node: () => {
      counts.nodes++;
      options.progress?.node();
    },
    relationship: () => {
      counts.relationships++;
      options.progress?.relationship();
    },
  };
  if (format === 'csv') {
    if (!options.output) throw new ExportError('the csv format writes a folder of files: give it with -o FOLDER');
    const dir = new AtomicDir(options.output);
    try {
      const files = await writeCsvBundle(graph, dir, options, progress);
      dir.commit();
      return { format, ...counts, output: options.output, files: [...files, 'import.sh'] };
    } catch (err) {
      dir.abort();
      throw err;
    }
  }
  const target = options.output ? new AtomicFile(options.output) : undefined;
  const sink = new Sink(target ? await target.open() : process.stdout);
  try {
    if (format === 'json') await writeJson(graph, sink, options, progress);
    else if (format === 'cypher') await writeCypher(graph, sink, options, progress);
    else if (format === 'graphml') await writeGraphml(graph, sink, options, progress);
    else await writeJsonld(graph, sink, options, progress, options.wikidata);
    await sink.close();
    target?.commit();
  } catch (err) {
    await target?.abort();
    throw err;
  }
  return { format, ...counts, output: options.output };
}
