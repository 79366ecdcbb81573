/**
 * Throughput of the whole extraction (reading a report + extract()) in words per second on one
 * core, next to plain compromise tagging (`nlp(text)`) of the same texts in the same run. The
 * corpus is bench/corpus.ts's deterministic rewrite of the seeds, at least 1 MB. Each side is
 * warmed up first, then measured twice, alternating, and the faster run of each counts (other
 * processes on the machine slow single runs down); the first plain run comes before the extraction
 * modules load, so that words they add to compromise's lexicon do not touch the baseline. Then both
 * again, interleaved report by report: the ratio that holds on a loaded machine (the `ratio` of the
 * last line, `BENCH {json}`).
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

// Two rounds, alternating, and the faster of each: other processes on the machine slow single runs down.
// Round one tags before the extraction modules load (they add words to compromise's lexicon).
time((r) => nlp(r.text), warm);
const plainTimes = [time((r) => nlp(r.text))];

time((r) => readReportText(r.text, { source: r.file }, r.file), warm);
const tRead = time((r) => readReportText(r.text, { source: r.file }, r.file));
const { extract } = await import('../src/extract/index.js');
const full = (docs: typeof corpus) => {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  for (const r of docs) extract(readReportText(r.text, { source: r.file }, r.file));
  return (performance.now() - t0) / 1000;
};
full(warm);
const fullTimes = [full(corpus)];
plainTimes.push(time((r) => nlp(r.text)));
fullTimes.push(full(corpus));
const tPlain = Math.min(...plainTimes);
const tFull = Math.min(...fullTimes);

// Interleaved, report by report: plain tagging, then the whole extraction of the same report. A load
// that comes and goes on a shared machine then slows both sides alike, so this ratio holds where the
// separate runs above drift (plain tagging here runs with the extraction's lexicon loaded).
function interleaved(): { plain: number; full: number } {
  (globalThis as { gc?: () => void }).gc?.();
  let plain = 0;
  let extraction = 0;
  for (const r of corpus) {
    const t0 = performance.now();
    nlp(r.text);
    const t1 = performance.now();
    extract(readReportText(r.text, { source: r.file }, r.file));
    plain += t1 - t0;
    extraction += performance.now() - t1;
  }
  return { plain: plain / 1000, full: extraction / 1000 };
}
const mixed = interleaved();

const rate = (t: number) => Math.round(words / t);
console.log(
  `corpus: ${corpus.length} reports, ${(bytes() / 1048576).toFixed(2)} MB, ${words} words (generateCorpus seed ${seed}); node ${process.version}, one core`,
);
console.log(
  `read + extract      ${rate(tFull).toLocaleString('en-US').padStart(10)} words/s  (best of ${fullTimes.map((t) => t.toFixed(2)).join(' / ')} s)`,
);
console.log(
  `plain nlp(text)     ${rate(tPlain).toLocaleString('en-US').padStart(10)} words/s  (best of ${plainTimes.map((t) => t.toFixed(2)).join(' / ')} s)`,
);
console.log(`read only           ${rate(tRead).toLocaleString('en-US').padStart(10)} words/s  (${tRead.toFixed(2)} s)`);
console.log(`ratio extraction / plain tagging: ${(tPlain / tFull).toFixed(2)} (separate runs, best of two)`);
const ratio = mixed.plain / mixed.full;
console.log(
  `interleaved, report by report: read + extract ${rate(mixed.full).toLocaleString('en-US')} words/s, plain ${rate(mixed.plain).toLocaleString('en-US')} words/s, ratio ${ratio.toFixed(2)} (aim: at least 0.8)`,
);
console.log(
  `BENCH ${JSON.stringify({
    bench: 'extract',
    reports: corpus.length,
    words,
    extractWordsPerSec: rate(tFull),
    plainWordsPerSec: rate(tPlain),
    ratioSeparate: Math.round((tPlain / tFull) * 100) / 100,
    ratio: Math.round(ratio * 100) / 100,
    interleavedExtractWordsPerSec: rate(mixed.full),
    interleavedPlainWordsPerSec: rate(mixed.plain),
  })}`,
);
