/**
 * Preloaded into a process the export bench measures (`node --import ./peak-rss.js …`): when the
 * process exits, it writes its peak resident set size to stderr as `PEAK_RSS_KB <n>`, so the
 * bench measures the real CLI, not a copy of it.
 */
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
