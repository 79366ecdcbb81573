import nlp from 'compromise';
import { lexicon } from './data.js';

/**
 * compromise, extended once with the titles and reporting verbs of data/, so that "Councilor" is a
 * title and "reiterated" a verb. Extraction runs it once per article and looks its tags up by
 * offset; it never re-parses a sentence.
 */
let extended: typeof nlp | null = null;

function build(): typeof nlp {
  const lex = lexicon();
  const words: Record<string, string> = {};
  for (const t of lex.titleByPhrase.keys()) if (!t.includes(' ') && !t.endsWith('.')) words[t] = 'Actor';
  for (const v of lex.speechVerb.keys()) if (!v.includes(' ')) words[v] ??= 'Verb';
  nlp.addWords(words);
  return nlp;
}

function getNlp(): typeof nlp {
  return (extended ??= build());
}

interface TermJson {
  tags: string[];
  offset: { start: number };
}

/** Tags compromise gives each term of `text`, by the term's start offset. */
export function tagText(text: string): (offset: number) => readonly string[] {
  const doc = getNlp()(text);
  const byOffset = new Map<number, readonly string[]>();
  for (const s of doc.json({ offset: true, text: false, normal: false }) as { terms: TermJson[] }[])
    for (const t of s.terms) byOffset.set(t.offset.start, t.tags);
  const none: readonly string[] = [];
  return (o) => byOffset.get(o) ?? none;
}
