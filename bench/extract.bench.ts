/**
 * Throughput of the whole extraction (reading a report + extract()) in words per second on one
 * core, next to plain compromise tagging (`nlp(text)`) of the same texts in the same run. The
 * corpus is bench/corpus.ts's deterministic rewrite of the seeds, at least 1 MB. Each side is
 * warmed up first; plain tagging is measured before the extraction modules are loaded, so that
 * plugins they add to compromise do not slow the baseline down.
 *
 * Run: `npm run bench -- extract` (or `node dist/bench/extract.bench.js [--count N] [--seed S]`).
 */
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { generateCorpus } from './corpus.js';
import { readReportText } from '../src/input/index.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MIN_BYTES = 1024 * 1024;
const seed = arg('seed', 1);
let count = arg('count', 300);
let corpus = generateCorpus({ count, seed });
const bytes = () => corpus.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
while (bytes() < MIN_BYTES) corpus = generateCorpus({ count: (count *= 2), seed });
const words = corpus.reduce((n, r) => n + r.text.split(/\s+/).filter(Boolean).length, 0);
const warm = corpus.slice(0, 25);

function time(fn: (r: { file: string; text: string }) => unknown, docs = corpus): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const t0 = performance.now();
  for (const r of docs) fn(r);
  return (performance.now() - t0) / 1000;
}

// 1. plain compromise tagging
time((r) => nlp(r.text), warm);
const tPlain = time((r) => nlp(r.text));

// 2. reading alone, and reading + extraction
time((r) => readReportText(r.text, { source: r.file }, r.file), warm);
const tRead = time((r) => readReportText(r.text, { source: r.file }, r.file));
const { extract } = await import('../src/extract/index.js');
const full = async (docs: typeof corpus) => {
  const t0 = performance.now();
  for (const r of docs) await extract(readReportText(r.text, { source: r.file }, r.file));
  return (performance.now() - t0) / 1000;
};
await full(warm);
(globalThis as { gc?: () => void }).gc?.();
const tFull = await full(corpus);

const rate = (t: number) => Math.round(words / t);
console.log(`corpus: ${corpus.length} reports, ${(bytes() / 1048576).toFixed(2)} MB, ${words} words (generateCorpus seed ${seed}); node ${process.version}, one core`);
console.log(`read + extract      ${rate(tFull).toLocaleString('en-US').padStart(10)} words/s  (${tFull.toFixed(2)} s)`);
console.log(`plain nlp(text)     ${rate(tPlain).toLocaleString('en-US').padStart(10)} words/s  (${tPlain.toFixed(2)} s)`);
console.log(`read only           ${rate(tRead).toLocaleString('en-US').padStart(10)} words/s  (${tRead.toFixed(2)} s)`);
console.log(`ratio extraction / plain tagging: ${(tPlain / tFull).toFixed(2)} (aim: at least 0.5)`);
