import { tagText } from './nlp.js';
import { findQuotes, insideQuotes, type QuoteSpan } from './quotes/find.js';
import { sentences as splitSentences, type Sentence } from './text.js';

/** An article's text read once: its quotations, and its sentences with compromise's tags on their tokens. */
export interface Document {
  text: string;
  quotes: QuoteSpan[];
  sentences: Sentence[];
  /** the index of the sentence an offset falls in */
  sentenceAt: (offset: number) => number;
}

export function readDocument(text: string): Document {
  const quotes = findQuotes(text);
  const sentences = splitSentences(text, tagText(text), insideQuotes(quotes));
  return { text, quotes, sentences, sentenceAt: indexOf(sentences) };
}

function indexOf(sentences: Sentence[]): (offset: number) => number {
  return (o) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= o) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
}
