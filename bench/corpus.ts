/**
 * A deterministic corpus of diplomatic reports for benchmarks, made from the seed reports.
 *
 * `generateCorpus({ count, seed })` returns `count` reports `{ file, text }`. Report k is seed
 * report k mod n rewritten so that it reads as another report of the same kind:
 * - people: every person of the seed's gold answer (test/fixtures/gold) is replaced, consistently
 *   within the report (full name, surname alone, given name alone), by another diplomat — a real
 *   foreign minister from the list below or an invented name — so the corpus is not five texts
 *   about the same four people;
 * - places: capitals named in the text are swapped for other capitals, consistently;
 * - dates: month names, days of "Month Day" dates and years are shifted by one offset per report;
 * - outlets: the seed's outlet (its name and the aliases data/outlets.json gives it) becomes
 *   another agency, so datelines and "Source:" lines vary.
 * The same `{ count, seed }` always gives the same corpus (a seeded PRNG, mulberry32); no clock
 * or Math.random. The texts have no gold answers: they are for throughput, not accuracy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../src/paths.js';

export interface CorpusReport {
  file: string;
  text: string;
}

// Real foreign ministers and diplomats not in the seeds, and parts for invented names.
const DIPLOMATS = [
  'Sergey Lavrov',
  'Subrahmanyam Jaishankar',
  'Annalena Baerbock',
  'Catherine Colonna',
  'James Cleverly',
  'Penny Wong',
  'Mélanie Joly',
  'Yoshimasa Hayashi',
  'Park Jin',
  'Mauro Vieira',
  'Hakan Fidan',
  'Naledi Pandor',
  'Dmytro Kuleba',
  'Josep Borrell',
  'Antonio Tajani',
  'José Albares',
  'Retno Marsudi',
  'Vivian Balakrishnan',
  'Enrique Manalo',
  'Ayman Safadi',
  'Sameh Shoukry',
  'Hossein Amirabdollahian',
  'Radosław Sikorski',
  'Ignazio Cassis',
  'Alexander Schallenberg',
  'Tobias Billström',
  'Pekka Haavisto',
  'Lars Rasmussen',
  'Nanaia Mahuta',
  'Marcelo Ebrard',
  'Santiago Cafiero',
  'Alicia Bárcena',
  'Ali Sabry',
  'Bilawal Bhutto',
  'Yerlan Karin',
  'Bui Thanh',
  'Don Pramudwinai',
  'Zhang Ming',
  'Li Qiang',
  'Choe Son',
];
const FIRST = [
  'Amara',
  'Tomasz',
  'Ines',
  'Kwame',
  'Leila',
  'Matteo',
  'Sofia',
  'Haruto',
  'Nadia',
  'Olu',
  'Priya',
  'Rafael',
  'Selin',
  'Viktor',
  'Yuna',
  'Elena',
  'Farid',
  'Greta',
  'Jonas',
  'Mei',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Haddad',
  'Kowalski',
  'Ferreira',
  'Nguyen',
  'Castellanos',
  'Abiodun',
  'Petrov',
  'Sato',
  'Rahman',
  'Dubois',
  'Varga',
  'Mensah',
  'Oyelaran',
  'Kaur',
  'Brandt',
  'Novak',
];
const CAPITALS = [
  'Beijing',
  'Washington',
  'Moscow',
  'New Delhi',
  'Tokyo',
  'Seoul',
  'Paris',
  'Berlin',
  'London',
  'Brussels',
  'Ankara',
  'Cairo',
  'Nairobi',
  'Pretoria',
  'Brasilia',
  'Buenos Aires',
  'Canberra',
  'Ottawa',
  'Jakarta',
  'Hanoi',
  'Riyadh',
  'Doha',
  'Kyiv',
  'Warsaw',
  'Rome',
  'Madrid',
  'Mexico City',
  'Islamabad',
  'Tehran',
  'Abuja',
  'Accra',
  'Montevideo',
  'Bali',
  'Singapore',
  'Manila',
  'Bangkok',
];
const AGENCIES = [
  'Reuters',
  'AP',
  'Xinhua',
  'Yonhap',
  'Kyodo',
  'PTI',
  'TASS',
  'Anadolu',
  'EFE',
  'ANSA',
  'KUNA',
  'dpa',
  'Al Jazeera',
  'BBC',
  'Bernama',
  'Antara',
];
// first words of a title before a name ("President Biden"): the surname's own mapping covers those forms
const TITLE_WORDS = new Set([
  'President',
  'Secretary',
  'Minister',
  'Foreign',
  'Prime',
  'Vice',
  'Director',
  'State',
  'Councilor',
  'Chancellor',
  'Ambassador',
  'Mr.',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Chinese',
  'US',
  'General',
  'Premier',
  'King',
  'Queen',
  'Spokesman',
  'Spokeswoman',
]);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** mulberry32: a small, fast, seeded PRNG in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gold {
  file: string;
  outlet: string | string[] | null;
  people: { name: string; aliases?: string[] }[];
}
interface OutletEntry {
  name: string;
  aliases: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Replaces every key of `map` found as a whole word, longest first, in one pass (so swaps do not chain). */
function replaceAll(text: string, map: Map<string, string>): string {
  const keys = [...map.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!keys.length) return text;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(re, (m) => map.get(m) ?? m);
}

const isNameLike = (s: string) => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(s);

interface Template {
  file: string;
  text: string;
  people: string[][]; // per person: its name-like surface forms
  outlets: string[];
}

function loadTemplates(): Template[] {
  const seedsDir = path.join(ROOT, 'seeds');
  const goldDir = path.join(ROOT, 'test', 'fixtures', 'gold');
  const outlets = (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'outlets.json'), 'utf8')) as { outlets: OutletEntry[] }
  ).outlets;
  return fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const goldFile = path.join(goldDir, f.replace(/\.txt$/, '.json'));
      const gold = fs.existsSync(goldFile) ? (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold) : null;
      const names = ([] as string[]).concat(gold?.outlet ?? []);
      const entry = outlets.filter((o) => [o.name, ...o.aliases].some((n) => names.includes(n)));
      return {
        file: f,
        text: fs.readFileSync(path.join(seedsDir, f), 'utf8'),
        people: (gold?.people ?? []).map((p) => [p.name, ...(p.aliases ?? [])].filter(isNameLike)),
        outlets: [...new Set([...names, ...entry.flatMap((o) => [o.name, ...o.aliases])])],
      };
    });
}

/** Maps the tokens of one person's surface forms onto a new name, aligned on the surname. */
function personMap(forms: string[], replacement: string, map: Map<string, string>): void {
  const [name] = forms;
  if (!name) return;
  const nt = name.split(' ');
  const rt = replacement.split(' ');
  map.set(name, replacement);
  const first = rt[0]!;
  const last = rt[rt.length - 1]!;
  for (const form of forms) {
    const ft = form.split(' ');
    if (ft.length === 1) {
      // a surname alone, or a given name alone
      if (ft[0] === nt[nt.length - 1]) map.set(form, last);
      else if (ft[0] === nt[0]) map.set(form, first);
    } else if (!map.has(form) && !TITLE_WORDS.has(ft[0]!) && !form.endsWith(name)) {
      map.set(form, ft[ft.length - 1] === nt[nt.length - 1] ? `${first} ${last}` : replacement);
    }
  }
  if (nt.length >= 2) map.set(nt[nt.length - 1]!, last);
}

export function generateCorpus({ count, seed }: { count: number; seed: number }): CorpusReport[] {
  const templates = loadTemplates();
  if (!templates.length) throw new Error(`no seed reports in ${path.join(ROOT, 'seeds')}`);
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: CorpusReport[] = [];
  for (let k = 0; k < count; k++) {
    const t = templates[k % templates.length]!;
    const map = new Map<string, string>();

    // people: distinct replacements within the report
    const used = new Set<string>();
    for (const forms of t.people) {
      let r: string;
      do r = rnd() < 0.5 ? pick(DIPLOMATS) : `${pick(FIRST)} ${pick(LAST)}`;
      while (used.has(r));
      used.add(r);
      personMap(forms, r, map);
    }
    // places
    const present = CAPITALS.filter((c) => new RegExp(`(?<![\\p{L}])${escape(c)}(?![\\p{L}])`, 'u').test(t.text));
    const others = CAPITALS.filter((c) => !present.includes(c));
    for (const c of present) {
      const i = Math.floor(rnd() * others.length);
      map.set(c, others.splice(i, 1)[0] ?? c);
    }
    // outlets
    const agency = pick(AGENCIES.filter((a) => !t.outlets.includes(a)));
    for (const o of t.outlets) map.set(o, agency);
    // dates: one shift of months, days and years for the whole report
    const monthShift = Math.floor(rnd() * 12);
    const dayShift = Math.floor(rnd() * 9);
    const yearShift = Math.floor(rnd() * 7) - 4;
    let text = replaceAll(t.text, map);
    text = text.replace(
      /\b(January|February|March|April|May|June|July|August|September|October|November|December)(\s+)(\d{1,2})\b/g,
      (_, m: string, sp: string, d: string) => `${m}${sp}${((+d + dayShift - 1) % 28) + 1}`,
    );
    text = text.replace(
      /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
      (m) => MONTHS[(MONTHS.indexOf(m) + monthShift) % 12]!,
    );
    text = text.replace(/\b(20[12]\d)\b/g, (y) => String(+y + yearShift));
    out.push({ file: `corpus-${String(k).padStart(5, '0')}-${t.file}`, text });
  }
  return out;
}
