/**
 * A combinatorial battery of simple meeting sentences (issue 9m8): subject shapes × trigger shapes × object shapes ×
 * tails, plus sentences that tell of no meeting. Every name is invented (none of seeds/ or test/fixtures), from
 * several regions and scripts. A case passes when the people who met are exactly the people the sentence names and
 * every subject met every object (objects met one by one or together both pass: the gold pairs are subject–object).
 */
import { meetingsOf } from './meetings.js';

interface Person {
  full: string;
  surname: string;
  title: string;
  demonym: string;
  country: string;
  /** a role of no capitalised title: "opposition leader" */
  role: string;
  /** the office of an apposition: "the foreign minister of Peru" */
  office: string;
}

const P = (
  full: string,
  surname: string,
  title: string,
  demonym: string,
  country: string,
  role: string,
  office: string,
) => ({ full, surname, title, demonym, country, role, office }) satisfies Person;

/** Invented people: no name of a real report. */
export const PEOPLE: readonly Person[] = [
  P('Tendai Mavhunga', 'Mavhunga', 'President', 'Zimbabwean', 'Zimbabwe', 'opposition leader', 'president'),
  P('Søren Kjærgaard', 'Kjærgaard', 'Foreign Minister', 'Danish', 'Denmark', 'veteran politician', 'foreign minister'),
  P('Ximena Quispe', 'Quispe', 'Foreign Minister', 'Peruvian', 'Peru', 'opposition leader', 'foreign minister'),
  P('Trần Minh Khoa', 'Khoa', 'Prime Minister', 'Vietnamese', 'Vietnam', 'party veteran', 'prime minister'),
  P('Yasmin El-Haddad', 'El-Haddad', 'Prime Minister', 'Lebanese', 'Lebanon', 'business magnate', 'prime minister'),
  P(
    'Oleksandra Hrytsenko',
    'Hrytsenko',
    'Foreign Minister',
    'Ukrainian',
    'Ukraine',
    'opposition leader',
    'foreign minister',
  ),
  P('Kenji Morioka', 'Morioka', 'Prime Minister', 'Japanese', 'Japan', 'ruling party stalwart', 'prime minister'),
  P('Ewa Wiśniewska', 'Wiśniewska', 'President', 'Polish', 'Poland', 'Nobel laureate', 'president'),
  P(
    'Mehmet Yıldırımoğlu',
    'Yıldırımoğlu',
    'Vice President',
    'Turkish',
    'Turkey',
    'opposition leader',
    'vice president',
  ),
  P('Salote Vainikolo', 'Vainikolo', 'Prime Minister', 'Tongan', 'Tonga', 'church elder', 'prime minister'),
  P('Rajiv Ananthan', 'Ananthan', 'President', 'Sri Lankan', 'Sri Lanka', 'opposition leader', 'president'),
  P(
    'Lucía Ferreyra',
    'Ferreyra',
    'Foreign Minister',
    'Argentine',
    'Argentina',
    'former rebel commander',
    'foreign minister',
  ),
  P(
    'Bolat Zhaksylykov',
    'Zhaksylykov',
    'Prime Minister',
    'Kazakh',
    'Kazakhstan',
    'opposition leader',
    'prime minister',
  ),
  P('Aminata Sangaré', 'Sangaré', 'Prime Minister', 'Malian', 'Mali', 'human rights campaigner', 'prime minister'),
  P(
    'Nomvula Dlamuka',
    'Dlamuka',
    'Foreign Minister',
    'South African',
    'South Africa',
    'opposition leader',
    'foreign minister',
  ),
  P('Ingrid Halvorsen', 'Halvorsen', 'Prime Minister', 'Norwegian', 'Norway', 'trade unionist', 'prime minister'),
  P('Farhad Rezaeian', 'Rezaeian', 'Foreign Minister', 'Iranian', 'Iran', 'opposition leader', 'foreign minister'),
  P('Oyunbileg Batbayar', 'Batbayar', 'President', 'Mongolian', 'Mongolia', 'former wrestler', 'president'),
];

/** How one person is named. `counterpart` is an object's only ("his Peruvian counterpart B"). */
export const SHAPES = [
  'name',
  'title',
  'demonym',
  'titleOf',
  'possCountry',
  'titleAfter',
  'honorific',
  'longTitle',
  'role',
  'appos',
  'surname',
  'counterpart',
] as const;
export type Shape = (typeof SHAPES)[number];

function named(p: Person, shape: Shape): string {
  switch (shape) {
    case 'name':
      return p.full;
    case 'title':
      return `${p.title} ${p.full}`;
    case 'demonym':
      return `${p.demonym} ${p.title} ${p.full}`;
    case 'titleOf':
      return `${p.title} of ${p.country} ${p.full}`;
    case 'possCountry':
      return `${p.country}'s ${p.title} ${p.full}`;
    case 'titleAfter':
      return `${p.title} ${p.full} of ${p.country}`;
    case 'honorific':
      return `H.E. ${p.full}`;
    case 'longTitle':
      return `the ${p.title} of the Republic of ${p.country}, ${p.full},`;
    case 'role':
      return `${p.role} ${p.full}`;
    case 'appos':
      return `${p.full}, the ${p.office} of ${p.country},`;
    case 'surname':
      return p.surname;
    case 'counterpart':
      return `his ${p.demonym} counterpart ${p.full}`;
  }
}

/** "A", "A and B", "A, B and C" (an apposition's own comma closes an item) */
function list(items: string[]): string {
  const sep = (x: string) => (x.endsWith(',') ? `${x} ` : `${x}, `);
  if (items.length === 1) return items[0]!;
  return items.slice(0, -2).map(sep).join('') + `${items[items.length - 2]} and ${items[items.length - 1]}`;
}

export interface Trigger {
  id: string;
  /** the sentence of subjects S, objects O (a relative clause already after them) and a tail T */
  make: (S: string, O: string, T: string) => string;
  /** subjects and objects stand in one list ("A and B met"): everyone met everyone */
  joint?: boolean;
}

export const TRIGGERS: readonly Trigger[] = [
  { id: 'met', make: (S, O, T) => `${S} met ${O}${T}.` },
  { id: 'met with', make: (S, O, T) => `${S} met with ${O}${T}.` },
  { id: 'held talks with', make: (S, O, T) => `${S} held talks with ${O}${T}.` },
  { id: 'had talks with', make: (S, O, T) => `${S} had talks with ${O}${T}.` },
  { id: 'received', make: (S, O, T) => `${S} received ${O}${T}.` },
  { id: 'hosted', make: (S, O, T) => `${S} hosted ${O}${T}.` },
  { id: 'welcomed', make: (S, O, T) => `${S} welcomed ${O}${T}.` },
  { id: 'called on', make: (S, O, T) => `${S} called on ${O}${T}.` },
  { id: 'paid a courtesy call on', make: (S, O, T) => `${S} paid a courtesy call on ${O}${T}.` },
  { id: 'spoke by phone with', make: (S, O, T) => `${S} spoke by phone with ${O}${T}.` },
  { id: 'had a telephone conversation with', make: (S, O, T) => `${S} had a telephone conversation with ${O}${T}.` },
  { id: 'held a meeting with', make: (S, O, T) => `${S} held a meeting with ${O}${T}.` },
  { id: 'sat down with', make: (S, O, T) => `${S} sat down with ${O}${T}.` },
  { id: 'shook hands with', make: (S, O, T) => `${S} shook hands with ${O}${T}.` },
  { id: 'discussed … with', make: (S, O, T) => `${S} discussed trade and security with ${O}${T}.` },
  { id: 'A and B discussed', make: (S, _O, T) => `${S} discussed trade and security${T}.`, joint: true },
  { id: 'A and B met', make: (S, _O, T) => `${S} met${T}.`, joint: true },
  { id: 'A and B held talks', make: (S, _O, T) => `${S} held talks${T}.`, joint: true },
  {
    id: 'during the visit, A and B discussed',
    make: (S, _O, T) => `During the visit, ${S} discussed trade and security${T}.`,
    joint: true,
  },
  { id: 'thanked … during a meeting', make: (S, O, T) => `${S} thanked ${O} during a meeting${T}.` },
  { id: 'thanked … during their meeting', make: (S, O, T) => `${S} thanked ${O} during their meeting${T}.` },
  {
    id: 'expressed gratitude to … during a Nov. 2 meeting',
    make: (S, O, T) =>
      `${S} expressed gratitude to ${O} for his contribution to the partnership during a Nov. 2 meeting${T}, the press service reported.`,
  },
  {
    id: 'during a meeting with B',
    make: (S, O, T) => `${S} stressed the need for peace during a meeting with ${O}${T}.`,
  },
  {
    id: 'on the sidelines of … with B',
    make: (S, O, T) => `${S} held talks with ${O} on the sidelines of the regional summit${T}.`,
  },
  {
    id: 'On the sidelines of …, A met B',
    make: (S, O, T) => `On the sidelines of the regional summit, ${S} met ${O}${T}.`,
  },
  { id: 'a delegation led by B', make: (S, O, T) => `${S} received a delegation led by ${O}${T}.` },
  { id: 'paid a courtesy call to', make: (S, O, T) => `${S} paid a courtesy call to ${O}${T}.` },
  { id: 'received a phone call from', make: (S, O, T) => `${S} received a phone call from ${O}${T}.` },
  { id: 'held a video call with', make: (S, O, T) => `${S} held a video call with ${O}${T}.` },
  { id: 'exchanged views with', make: (S, O, T) => `${S} exchanged views with ${O}${T}.` },
  { id: 'held bilateral talks with', make: (S, O, T) => `${S} held bilateral talks with ${O}${T}.` },
  {
    id: 'hosted a dinner in honour of',
    make: (S, O, T) => `${S} hosted a state dinner in honour of ${O}${T}.`,
  },
  {
    id: 'presented credentials to',
    make: (S, O, T) => `${S} presented the letters of credence to ${O}${T}.`,
  },
  { id: 'A and B spoke by phone', make: (S, _O, T) => `${S} spoke by phone${T}.`, joint: true },
  { id: 'A and B shook hands', make: (S, _O, T) => `${S} shook hands${T}.`, joint: true },
  { id: 'A and B last met', make: (S, _O, T) => `${S} last met in 2019${T}.`, joint: true },
  { id: 'B was received by A', make: (S, O, T) => `${O} was received by ${S}${T}.` },
  { id: 'B was welcomed by A', make: (S, O, T) => `${O} was welcomed by ${S}${T}.` },
];

/** Tails: a date, a place and date, a place of a person's own, a relative clause after the objects. */
export const TAILS = [
  { id: 'day', text: ' on Monday' },
  { id: 'place+date', text: ' in Geneva on 3 March' },
  { id: 'country home', text: ' on Monday in his country home' },
  { id: 'relative clause', text: '', relative: ', who arrived in the capital on Sunday,' },
  { id: 'palace', text: ' at the State House on Tuesday' },
] as const;

export interface Case {
  id: string;
  trigger: string;
  text: string;
  subjects: string[];
  objects: string[];
  /** no meeting at all */
  negative?: boolean;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const tidy = (s: string) => cap(s.replace(/,\s*,/g, ',').replace(/,\./g, '.').replace(/\s+/g, ' '));

/** the people of one side: `n` people from `at` in PEOPLE, each named by `shape` (the first only for `counterpart`) */
function side(at: number, n: number, shape: Shape) {
  const people = Array.from({ length: n }, (_, q) => PEOPLE[(at + q) % PEOPLE.length]!);
  // "his Peruvian counterpart B", "the Foreign Minister of the Republic of Peru, B," open a list only: after a comma
  // they would read as the apposition of the item before
  const first = (x: Shape) => x === 'counterpart' || x === 'longTitle';
  const shapes = people.map((_, q) => (first(shape) && q > 0 ? 'title' : shape));
  const items = people.map((p, q) => named(p, shapes[q]!));
  return { people, items, text: list(items) };
}

/** A case: the sentence, after one introductory sentence per person named by surname alone. */
function build(
  id: string,
  tr: Trigger,
  subj: { n: number; shape: Shape },
  obj: { n: number; shape: Shape },
  tail: (typeof TAILS)[number],
  at: number,
): Case {
  const s = side(at, subj.n, subj.shape);
  const o = side(at + subj.n, obj.n, tr.joint && obj.shape === 'longTitle' ? 'title' : obj.shape);
  const relative = 'relative' in tail ? tail.relative : '';
  const O = o.text + relative;
  // "A, B and C met": one list of subjects and objects, the relative clause after its last item
  const S = tr.joint ? list([...s.items, ...o.items]) + relative : s.text;
  const sentence = tidy(tr.make(S, O, tail.text));
  const intro = [...(subj.shape === 'surname' ? s.people : []), ...(obj.shape === 'surname' ? o.people : [])]
    .map((p) => `${p.title} ${p.full} arrived in the capital on Sunday.`)
    .join(' ');
  return {
    id,
    trigger: tr.id,
    text: intro ? `${intro}\n\n${sentence}` : sentence,
    subjects: s.people.map((p) => p.full),
    objects: o.people.map((p) => p.full),
  };
}

const SUBJECT_SHAPES = SHAPES.filter((x) => x !== 'counterpart');
const SIZES = [1, 2, 3];
const variants = (shapes: readonly Shape[]) => shapes.flatMap((shape) => SIZES.map((n) => ({ n, shape })));
const SUBJECTS = variants(SUBJECT_SHAPES);
const OBJECTS = variants(SHAPES);

/** cases per trigger: the subject and object variants turn through the triggers, so that all meet in a few seconds */
const PER_TRIGGER = 22;

/**
 * The cases: each trigger with 22 subject variants (shape × size) and 22 object variants, turned from trigger to
 * trigger (and the tails with them) so that every variant meets most triggers, in a few seconds.
 */
export function positiveCases(): Case[] {
  const out: Case[] = [];
  let at = 0;
  TRIGGERS.forEach((tr, t) => {
    for (let i = 0; i < PER_TRIGGER; i++) {
      const obj = OBJECTS[(i + t * PER_TRIGGER) % OBJECTS.length]!;
      const s = SUBJECTS[(i + t * 5) % SUBJECTS.length]!;
      // "his Peruvian counterpart B" after one subject only
      const subj = obj.shape === 'counterpart' ? { ...s, n: 1 } : s;
      const tail = TAILS[(i + t) % TAILS.length]!;
      const id = `${tr.id} | subj ${subj.n}×${subj.shape} | obj ${obj.n}×${obj.shape} | ${tail.id}`;
      out.push(build(id, tr, subj, obj, tail, (at = (at + 5) % PEOPLE.length)));
    }
  });
  return out;
}

/** Sentences that name two people and a meeting word but tell of no meeting that took place. */
const NEGATIVES: readonly { id: string; make: (S: string, O: string, s: string, o: string) => string }[] = [
  { id: 'will meet', make: (S, O) => `${S} will meet ${O} on Monday.` },
  { id: 'is expected to hold talks', make: (S, O) => `${S} is expected to hold talks with ${O} next week.` },
  { id: 'is scheduled to meet', make: (S, O) => `${S} is scheduled to meet ${O} in Geneva.` },
  { id: 'is set to host', make: (S, O) => `${S} is set to host ${O} next month.` },
  { id: 'would like to meet', make: (S, O) => `${S} would like to meet ${O}.` },
  { id: 'hopes to sit down with', make: (S, O) => `${S} hopes to sit down with ${O}.` },
  { id: 'wants to speak by phone', make: (S, O) => `${S} wants to speak with ${O} by phone.` },
  { id: 'A and B are due to meet', make: (S, O) => `${S} and ${O} are due to meet next month.` },
  { id: 'A and B will hold talks', make: (S, O) => `${S} and ${O} will hold talks on Friday.` },
  { id: 'travel for talks', make: (S, O) => `${S} plans to travel to Lima for talks with ${O}.` },
  { id: 'did not meet', make: (S, O) => `${S} did not meet ${O} during the visit.` },
  { id: 'has never met', make: (S, O) => `${S} has never met ${O}.` },
  { id: 'has yet to meet', make: (S, O) => `${S} has yet to meet ${O}.` },
  { id: 'refused to meet', make: (S, O) => `${S} refused to meet ${O}.` },
  { id: 'did not hold talks', make: (S, O) => `${S} did not hold talks with ${O}.` },
  { id: 'called for talks with', make: (S, O) => `${S} called for talks with ${O}.` },
  { id: 'called for talks between', make: (S, O) => `${S} called for talks between ${O} and the rebels.` },
  { id: 'called … a traitor', make: (S, O) => `${S} called ${O} a traitor.` },
  { id: 'met the press', make: (S, O) => `${S} met the press on Monday before ${O} arrived.` },
  { id: "met B's demands", make: (S, _O, _s, o) => `${S} met ${o}'s demands on Monday.` },
  { id: "welcomed B's decision", make: (S, _O, _s, o) => `${S} welcomed ${o}'s decision to resign.` },
  { id: 'received a letter from', make: (S, O) => `${S} received a letter from ${O}.` },
  { id: 'spoke about', make: (S, O) => `${S} spoke about ${O} at a rally in the capital.` },
  { id: 'declined to meet', make: (S, O) => `${S} declined to meet ${O} during the summit.` },
  { id: 'meeting was postponed', make: (_S, O, s) => `${s}'s meeting with ${O} was postponed.` },
  { id: 'received congratulations from', make: (S, O) => `${S} received a congratulatory message from ${O}.` },
  { id: 'sought a meeting', make: (S, O) => `${S} sought a meeting with ${O}.` },
  {
    id: 'quoted headline, denied',
    make: (_S, _O, s, o) => `A tabloid ran the headline "${s} meets ${o}", which the presidency denied.`,
  },
  {
    id: 'quoted hypothetical',
    make: (_S, _O, s, o) => `"Had ${s} met ${o} in time, the war might have ended," the historian wrote.`,
  },
];

export function negativeCases(): Case[] {
  const out: Case[] = [];
  NEGATIVES.forEach((neg, i) =>
    (['title', 'demonym', 'name'] as const).forEach((shape, b) => {
      const s = PEOPLE[(i + b * 7) % PEOPLE.length]!;
      const o = PEOPLE[(i + b * 7 + 3) % PEOPLE.length]!;
      const text = tidy(neg.make(named(s, shape), named(o, shape), s.full, o.full));
      out.push({ id: `${neg.id} | ${shape}`, trigger: neg.id, text, subjects: [], objects: [], negative: true });
    }),
  );
  return out;
}

const pair = (a: string, b: string) => [a, b].sort().join(' + ');

/** What is wrong with a case's meetings, or null when it passes. */
export function check(c: Case): string | null {
  const found = meetingsOf(c.text).map((m) => m.who.split(' + '));
  if (c.negative)
    return found.length ? `no meeting expected, found ${found.map((f) => f.join(' + ')).join('; ')}` : null;
  const want = new Set([...c.subjects, ...c.objects]);
  const joint = TRIGGERS.find((t) => t.id === c.trigger)?.joint;
  const pairs = new Set(found.flatMap((f) => f.flatMap((a, q) => f.slice(q + 1).map((b) => pair(a, b)))));
  const needed: string[] = [];
  const everyone = [...want];
  if (joint) everyone.forEach((a, q) => everyone.slice(q + 1).forEach((b) => needed.push(pair(a, b))));
  else {
    for (const a of c.subjects) for (const b of c.objects) needed.push(pair(a, b));
    c.subjects.forEach((a, q) => c.subjects.slice(q + 1).forEach((b) => needed.push(pair(a, b))));
  }
  const missing = needed.filter((x) => !pairs.has(x));
  const extra = [...new Set(found.flat())].filter((x) => !want.has(x));
  if (!missing.length && !extra.length) return null;
  const got = found.map((f) => f.join(' + ')).join('; ') || 'none';
  return `${missing.length ? `missing ${missing.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''} (found: ${got})`;
}
