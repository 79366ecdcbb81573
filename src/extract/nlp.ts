import nlp from 'compromise';
import { lexicon } from '../knowledge/index.js';
import { sweep, type SweepMethods } from './sweep.js';

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

/** The compromise term fields read here (a term of `View.docs` once the 'offset' step has run). */
interface Term {
  tags: Set<string>;
  offset: { start: number };
}

/**
 * The text parsed and tagged: every step compromise runs on a new document but the chunker, whose
 * phrases ("chunks") extraction never reads and which sets no tag — a fifth of the parse's time —,
 * with a faster sweep that finds the same matches (sweep.ts). Both only for this call: other users
 * of compromise in the process are untouched.
 */
function tagged(text: string): ReturnType<typeof nlp> {
  const n = getNlp();
  const world = n.world() as { hooks: string[]; methods: SweepMethods };
  const all = world.hooks;
  const bulkMatch = world.methods.one.bulkMatch;
  world.hooks = all.filter((h) => h !== 'chunks');
  world.methods.one.bulkMatch = sweep;
  try {
    return n(text);
  } finally {
    world.hooks = all;
    world.methods.one.bulkMatch = bulkMatch;
  }
}

/** compromise's lexicon entries that make a word a common one, never a name: verb forms, function words */
const COMMON = new Set([
  'Verb',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Conjunction',
  'Preposition',
  'Plural',
  'Adverb',
  'Determiner',
  'Pronoun',
]);

/**
 * A word compromise's own lexicon (not its guess from context) knows as a verb form, a plural or a function word
 * ("calls", "visits", "plus"): a capitalised one after a title is a headline's word, not a surname.
 */
export function commonWord(lower: string): boolean {
  const entry = (getNlp().world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one
    .lexicon[lower];
  return entry !== undefined && [entry].flat().some((g) => COMMON.has(g));
}

/** Tags compromise gives each term of `text`, by the term's start offset. */
export function tagText(text: string): (offset: number) => readonly string[] {
  const doc = tagged(text);
  doc.compute('offset');
  const byOffset = new Map<number, readonly string[]>();
  for (const terms of doc.docs as unknown as Term[][]) for (const t of terms) byOffset.set(t.offset.start, [...t.tags]);
  const none: readonly string[] = [];
  return (o) => byOffset.get(o) ?? none;
}
