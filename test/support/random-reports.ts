/**
 * Random hand-made extractions (seeded, so a failure can be replayed) that crowd the cases where
 * consolidation depends on more than one report: people named by family name alone among several
 * people of that family, quotes repeated in other wordings, cut short, quoted inside longer quotes
 * or carried with one more sentence, meetings reported by day, by month or undated. For tests of
 * incremental writes against whole-block consolidation and of ingest order.
 */
import type { Extraction } from '../../src/model.js';
import { report, type ReportSpec } from './extractions.js';
import { prng } from '../../bench/corpus.js';

const FAMILIES = ['Okafor', 'Lindqvist', 'Moreau'];
const GIVEN = ['Ada', 'Tomas', 'William', 'Bill'];
const ROLES = ['Foreign Minister', 'Senator', 'Ambassador'];
const COUNTRIES = ['KE', 'CL', 'FR'];
const OUTLETS = ['Reuters', 'Agence France-Presse', 'Deutsche Presse-Agentur', 'Kyodo'];
const WORDS = 'we will work together for peace and stability in the region with all our partners now'.split(' ');
const SENTENCES = [
  'We will work together for peace in the region.',
  'Our partners share this goal.',
  'Stability needs patience and trust from all sides, and we will keep talking until we find it.',
  'Nothing is agreed until everything is agreed between the two delegations in this room.',
  'We discussed trade, energy and the safety of shipping lanes for more than three hours today.',
];

export function randomReports(count: number, seed: number): Extraction[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: Extraction[] = [];
  for (let k = 0; k < count; k++) {
    const people: ReportSpec['people'] = {};
    const n = 2 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) {
      const family = pick(FAMILIES);
      const style = rnd();
      const name = style < 0.25 ? family : `${pick(GIVEN)} ${family}`;
      people[`p${i}`] = {
        name,
        aliases: [name, family],
        roles: rnd() < 0.6 ? [pick(ROLES)] : [],
        country: rnd() < 0.6 ? pick(COUNTRIES) : null,
      };
    }
    const locals = Object.keys(people);
    const quotes: NonNullable<ReportSpec['quotes']> = [];
    for (let q = 0; q < 1 + Math.floor(rnd() * 2); q++) {
      const style = rnd();
      let text: string;
      if (style < 0.3) text = pick(SENTENCES);
      else if (style < 0.5) text = `${pick(SENTENCES)} ${pick(SENTENCES)}`;
      else if (style < 0.65) {
        const s = pick(SENTENCES).split(' ');
        const from = Math.floor(rnd() * (s.length - 2));
        text = s.slice(from, from + 1 + Math.floor(rnd() * 3)).join(' ');
      } else if (style < 0.72) {
        // A long excerpt: nine words or more cut from a sentence.
        const s = pick(SENTENCES).split(' ');
        const from = Math.floor(rnd() * Math.max(1, s.length - 9));
        text = s.slice(from, from + 9 + Math.floor(rnd() * 3)).join(' ');
      } else if (style < 0.8) {
        const s = pick(SENTENCES).split(' ');
        s.splice(Math.floor(rnd() * s.length), 1);
        text = s.join(' ');
      } else text = Array.from({ length: 5 + Math.floor(rnd() * 6) }, () => pick(WORDS)).join(' ');
      quotes.push({
        speaker: rnd() < 0.9 ? pick(locals) : null,
        text,
        sourceName: rnd() < 0.5 ? 'Foreign Ministry' : undefined,
      });
    }
    const day = () => `2024-03-${String(1 + Math.floor(rnd() * 9)).padStart(2, '0')}`;
    const meetings: NonNullable<ReportSpec['meetings']> = [];
    if (locals.length >= 2 && rnd() < 0.8) {
      const [a, b] = [locals[0]!, locals[1]!];
      const style = rnd();
      meetings.push({
        participants: [a, b],
        others: locals.slice(2),
        date: style < 0.6 ? day() : style < 0.75 ? pick(['2024-03', '2024-04']) : null,
        place: rnd() < 0.5 ? pick(['Santiago', 'Santiago, Chile', 'Nairobi']) : null,
        duration: rnd() < 0.3 ? pick(['three hours', 'two hours']) : null,
      });
    }
    out.push(
      report({
        id: `rnd${String(k).padStart(3, '0')}`,
        outlet: pick(OUTLETS),
        published: rnd() < 0.9 ? `2024-03-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}` : null,
        text: `Random report ${k} of seed ${seed}.`,
        people,
        quotes,
        meetings,
        statements: rnd() < 0.5 ? [{ speaker: pick(locals), position: pick(SENTENCES) }] : [],
        organizations: rnd() < 0.4 ? [pick(['African Union', 'United Nations'])] : [],
        countries: rnd() < 0.5 ? [{ code: pick(COUNTRIES), name: 'X' }] : [],
      }),
    );
  }
  return out;
}

/** A seeded shuffle. */
export function shuffled<T>(xs: T[], seed: number): T[] {
  const rnd = prng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
