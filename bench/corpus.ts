/**
 * A deterministic, news-like corpus of diplomatic reports for benchmarks, made from the seeds.
 *
 * The five seed reports are five outlets' accounts of one meeting. The corpus is a stream of such
 * events: each event draws its own people, date, place and quote words, and is reported by one
 * to five outlets, each rewriting a different seed. So, as in a day of real news:
 * - the same meeting is reported by several outlets, which disagree on details as the seeds do;
 * - the same quotes recur across outlets in varied wordings (cut short, one more sentence,
 *   British or American spelling), and each event's quotes are its own: inside quotation marks
 *   every word of four letters or more is swapped for an event-specific one (the same swap in
 *   every outlet's report of the event), so two events do not say the same thing, as two real
 *   statements seldom share more than a stock phrase;
 * - names are drawn Zipf-like: a few heads of state are in 10–30% of all reports, a middle tier of
 *   ministers is seen now and then, and a long tail of officials once or twice (invented names
 *   built from syllables, so the tail never runs out; family names are shared, as Wang or Kim are);
 * - reports of nearby events interleave, as agencies file at different times.
 *
 * `corpusReports({ count, seed })` yields the reports lazily (memory does not grow with `count`);
 * `generateCorpus` collects them. The same `{ count, seed }` always gives the same corpus (a seeded
 * PRNG, mulberry32; no clock or Math.random). The texts have no gold answers: they are for
 * throughput, not accuracy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fnv } from '../src/resolve/quotes.js';
import { ROOT } from '../src/paths.js';

export interface CorpusReport {
  file: string;
  text: string;
}

/** mulberry32: a small, fast, seeded PRNG in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Invented names from syllables: enough for a tail that never repeats by chance.
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'den',
  'sa',
  'ti',
  'vo',
  'ne',
  'ru',
  'ba',
  'zo',
  'el',
  'an',
  'or',
  'ta',
  'mar',
  'lin',
  'ko',
  'fe',
  'da',
  'gu',
  'ha',
  'je',
  'ni',
  'po',
  're',
  'su',
  'we',
  'ya',
  'bel',
  'dor',
  'fin',
  'gal',
  'hil',
  'kor',
  'lem',
  'mos',
  'nar',
  'pel',
  'ros',
  'sel',
  'tor',
  'val',
  'wen',
  'ash',
  'bri',
  'cal',
  'dru',
  'eth',
];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function names(count: number, syllables: number, seed: number, taken: Set<string>): string[] {
  const rnd = prng(seed);
  const out: string[] = [];
  while (out.length < count) {
    let n = '';
    for (let i = 0; i < syllables + (rnd() < 0.4 ? 1 : 0); i++) n += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    n = cap(n);
    if (n.length < 4 || taken.has(n)) continue;
    taken.add(n);
    out.push(n);
  }
  return out;
}

const taken = new Set<string>();
const FAMILY = names(1500, 2, 11, taken);
const GIVEN = names(250, 2, 12, taken);

/** The share of person slots the frequent names fill: eight heads of state, then 300 ministers (Zipf). */
const HEADS = 8;
const MIDDLE = 300;
const headWeight = (r: number) => 0.062 / Math.pow(r, 0.55);
const HEAD_SHARE = Array.from({ length: HEADS }, (_, i) => headWeight(i + 1)).reduce((a, b) => a + b, 0);
const MIDDLE_SHARE = 0.25;
const MIDDLE_NORM = Array.from({ length: MIDDLE }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);

/** The frequent names: fixed pairs of the name lists (the tail pairs them at random). */
const FREQUENT = Array.from({ length: HEADS + MIDDLE }, (_, i) => `${GIVEN[(i * 7) % GIVEN.length]} ${FAMILY[i]}`);

function drawName(rnd: () => number): string {
  let u = rnd();
  for (let r = 1; r <= HEADS; r++) {
    u -= headWeight(r);
    if (u < 0) return FREQUENT[r - 1]!;
  }
  if (u < MIDDLE_SHARE) {
    let v = rnd() * MIDDLE_NORM;
    for (let r = 1; r <= MIDDLE; r++) {
      v -= 1 / r;
      if (v < 0) return FREQUENT[HEADS + r - 1]!;
    }
  }
  return `${GIVEN[Math.floor(rnd() * GIVEN.length)]} ${FAMILY[HEADS + MIDDLE + Math.floor(rnd() * (FAMILY.length - HEADS - MIDDLE))]}`;
}
void HEAD_SHARE;

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
// First words of a title before a name ("President Biden"): the surname's own mapping covers those forms.
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
// Content words of the seeds' quotes, and what an event may say instead: each event's quotes are its own.
const CONTENT = [
  'issues',
  'interest',
  'communication',
  'competition',
  'interests',
  'relationship',
  'differences',
  'conflict',
  'illusions',
  'relations',
  'importance',
  'diplomacy',
  'channels',
  'progress',
  'concerns',
  'respect',
  'miscalculation',
  'challenges',
  'principles',
  'actions',
  'community',
  'cooperation',
  'dialogue',
  'opportunities',
  'values',
  'vision',
  'technology',
  'sincerity',
  'problems',
  'priority',
  'charter',
  'changes',
  'status',
  'expectations',
  'demands',
  'policy',
  'continuity',
  'stability',
  'coexistence',
  'perception',
  'direction',
  'eventualities',
  'partners',
  'allies',
  'containment',
  'growth',
  'success',
  'economies',
  'weapons',
  'engagement',
  'constructive',
  'mutual',
  'bilateral',
  'global',
  'robust',
  'stable',
  'predictable',
  'peaceful',
  'economic',
  'fundamental',
  'specific',
  'senior',
  'sustained',
];
const INSTEAD = [
  'trade',
  'energy',
  'security',
  'climate',
  'fisheries',
  'investment',
  'shipping',
  'tariffs',
  'sanctions',
  'migration',
  'health',
  'vaccines',
  'water',
  'borders',
  'minerals',
  'agriculture',
  'food',
  'finance',
  'debt',
  'infrastructure',
  'railways',
  'ports',
  'satellites',
  'cyberspace',
  'data',
  'semiconductors',
  'grain',
  'fertiliser',
  'oil',
  'gas',
  'transparency',
  'trust',
  'peace',
  'reforms',
  'elections',
  'sovereignty',
  'territory',
  'refugees',
  'tourism',
  'education',
  'research',
  'innovation',
  'aviation',
  'maritime',
  'drought',
  'floods',
  'currency',
  'markets',
  'supply',
  'logistics',
  'labour',
  'wages',
  'customs',
  'visas',
  'exchanges',
  'culture',
  'heritage',
  'forests',
  'oceans',
  'rivers',
  'pipelines',
  'grids',
  'batteries',
  'steel',
  'textiles',
  'medicines',
  'telecoms',
  'broadband',
  'space',
  'drones',
  'demining',
  'ceasefire',
  'hostages',
  'detainees',
  'journalists',
  'courts',
  'treaties',
  'accords',
  'envoys',
  'consulates',
  'hotlines',
  'standards',
  'verification',
  'inspections',
  'monitoring',
  'aid',
  'grants',
  'loans',
  'budgets',
  'subsidies',
  'quotas',
  'licences',
  'patents',
  'harbours',
  'airports',
  'corridors',
  'bridges',
  'reactors',
  'uranium',
  'lithium',
  'cobalt',
  'copper',
  'wheat',
  'rice',
  'coffee',
  'cocoa',
  'sugar',
  'cotton',
  'timber',
  'salmon',
  'regional',
  'durable',
  'practical',
  'balanced',
  'lasting',
  'joint',
  'frank',
  'candid',
  'orderly',
  'steady',
];

interface Gold {
  file: string;
  outlet: string | string[] | null;
  people: { name: string; aliases?: string[] }[];
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
  /** The seed's outlet under its names (they become the report's agency). */
  outlets: string[];
  capitals: string[];
}

interface Seeds {
  templates: Template[];
  /** Every person of the seeds, by name: the surface forms the texts use. */
  people: Map<string, string[]>;
}

let seeds: Seeds | undefined;
function loadSeeds(): Seeds {
  if (seeds) return seeds;
  const seedsDir = path.join(ROOT, 'seeds');
  const goldDir = path.join(ROOT, 'test', 'fixtures', 'gold');
  const outlets = (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'outlets.json'), 'utf8')) as {
      outlets: { name: string; aliases: string[] }[];
    }
  ).outlets;
  const people = new Map<string, string[]>();
  const templates = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const goldFile = path.join(goldDir, f.replace(/\.txt$/, '.json'));
      const gold = fs.existsSync(goldFile) ? (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold) : null;
      for (const p of gold?.people ?? [])
        people.set(p.name, [
          ...new Set([...(people.get(p.name) ?? [p.name]), ...(p.aliases ?? []).filter(isNameLike)]),
        ]);
      const names = ([] as string[]).concat(gold?.outlet ?? []);
      const entry = outlets.filter((o) => [o.name, ...o.aliases].some((n) => names.includes(n)));
      const text = fs.readFileSync(path.join(seedsDir, f), 'utf8');
      return {
        file: f,
        text,
        outlets: [...new Set([...names, ...entry.flatMap((o) => [o.name, ...o.aliases])])],
        capitals: CAPITALS.filter((c) => new RegExp(`(?<![\\p{L}])${escape(c)}(?![\\p{L}])`, 'u').test(text)),
      };
    });
  if (!templates.length) throw new Error(`no seed reports in ${seedsDir}`);
  return (seeds = { templates, people });
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

/** One event: who, where, when and with which words; the same for every outlet that reports it. */
interface Event {
  index: number;
  map: Map<string, string>;
  monthShift: number;
  dayShift: number;
  yearShift: number;
  templates: Template[];
  agencies: string[];
}

function drawEvent(index: number, rnd: () => number): Event {
  const { templates, people } = loadSeeds();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const map = new Map<string, string>();
  const used = new Set<string>();
  for (const forms of people.values()) {
    let r: string;
    do r = drawName(rnd);
    while (used.has(r) || used.has(r.split(' ').pop()!));
    used.add(r);
    used.add(r.split(' ').pop()!);
    personMap(forms, r, map);
  }
  const present = [...new Set(templates.flatMap((t) => t.capitals))];
  const others = CAPITALS.filter((c) => !present.includes(c));
  for (const c of present) map.set(c, others.splice(Math.floor(rnd() * others.length), 1)[0] ?? c);
  for (const w of CONTENT) {
    const instead = pick(INSTEAD);
    map.set(w, instead);
    map.set(cap(w), cap(instead));
  }
  // One to five outlets, each with its own seed as the template.
  const k = [1, 1, 2, 2, 3, 3, 4, 5][Math.floor(rnd() * 8)]!;
  const order = templates.map((t) => ({ t, r: rnd() })).sort((a, b) => a.r - b.r);
  const agencies = AGENCIES.map((a) => ({ a, r: rnd() }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.a);
  return {
    index,
    map,
    monthShift: Math.floor(rnd() * 12),
    dayShift: Math.floor(rnd() * 9),
    yearShift: Math.floor(rnd() * 7) - 4,
    templates: order.slice(0, k).map((x) => x.t),
    agencies: agencies.filter((a) => !order.slice(0, k).some((x) => x.t.outlets.includes(a))),
  };
}

/** Short words kept inside quotations: the grammar that holds a quotation together. */
const KEEP = new Set([
  'that',
  'this',
  'with',
  'have',
  'will',
  'from',
  'they',
  'their',
  'there',
  'what',
  'when',
  'were',
  'been',
  'would',
  'which',
  'into',
  'more',
  'also',
  'both',
  'each',
  'very',
  'than',
  'then',
  'only',
  'over',
  'same',
]);

/** The event's words inside quotation marks: the same word becomes the same other word in every report of the event. */
function ownQuotes(text: string, event: number): string {
  const swap = (w: string) => {
    const lower = w.toLowerCase();
    if (KEEP.has(lower)) return w;
    const instead = INSTEAD[fnv(`${event}|${lower}`) % INSTEAD.length]!;
    return w[0] === w[0]!.toUpperCase() ? cap(instead) : instead;
  };
  return text.replace(/“[^”\n]{1,3000}”|"[^"\n]{1,3000}"/g, (q) => q.replace(/\p{L}{4,}/gu, swap));
}

function render(event: Event, i: number): { template: Template; text: string } {
  const template = event.templates[i]!;
  const map = new Map(event.map);
  for (const o of template.outlets) map.set(o, event.agencies[i]!);
  let text = ownQuotes(replaceAll(template.text, map), event.index);
  text = text.replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)(\s+)(\d{1,2})\b/g,
    (_, m: string, sp: string, d: string) => `${m}${sp}${((+d + event.dayShift - 1) % 28) + 1}`,
  );
  text = text.replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
    (m) => MONTHS[(MONTHS.indexOf(m) + event.monthShift) % 12]!,
  );
  text = text.replace(/\b(20[12]\d)\b/g, (y) => String(+y + event.yearShift));
  return { template, text };
}

/** How many events' reports are filed together (and so interleave). */
const WINDOW = 12;

/** The corpus's reports, one at a time. */
export function* corpusReports({ count, seed }: { count: number; seed: number }): Generator<CorpusReport> {
  const rnd = prng(seed);
  const waiting: { event: Event; i: number }[] = [];
  let events = 0;
  for (let k = 0; k < count; k++) {
    while (waiting.length < WINDOW * 2) {
      const event = drawEvent(events++, rnd);
      event.templates.forEach((_, i) => waiting.push({ event, i }));
    }
    const { event, i } = waiting.splice(Math.floor(rnd() * Math.min(waiting.length, WINDOW * 2)), 1)[0]!;
    const { template, text } = render(event, i);
    yield {
      file: `corpus-${String(k).padStart(6, '0')}-e${event.index}-${template.file}`,
      text,
    };
  }
}

/** The first `count` reports of the corpus of `seed`, as an array. */
export function generateCorpus(options: { count: number; seed: number }): CorpusReport[] {
  return [...corpusReports(options)];
}
