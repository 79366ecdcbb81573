import { lexicon } from '../../knowledge/index.js';
import type { Mention } from '../people/index.js';
import type { Token } from '../text.js';
import {
  appositionHead,
  coordinatedBefore,
  mentionFrom,
  nearestBefore,
  readList,
  rosterList,
  subjectsBefore,
  titleish,
  titleStart,
  withCoordinated,
} from './args.js';
import type { Frame, MeetingRule } from './frame.js';
import type { Hit, HitKind } from './hit.js';
import { pluralSubject } from './refs.js';
import { meetingWords, triggersAt } from './words.js';

/**
 * The meeting frame rules, as a table run by one driver (find.ts). Each row listens to one kind of hit
 * (a trigger verb or noun, a "brought together", an "attended by", …), names its rule and an invented
 * sentence it handles, and returns the frames it makes, [] to end the hit's rules without a frame (a
 * meeting that did not take place), or null to let the next row try.
 */
export interface FrameRule {
  id: MeetingRule | `veto.${string}`;
  on: HitKind;
  example: string;
  apply: (h: Hit) => Frame[] | null;
}

const ids = (ms: Mention[]) => ms.map((m) => m.person!);
const isTriggerWord = (h: Hit, k: number) => triggersAt(h.c.toks, k).some((t) => !t.refOnly);

// ---------------------------------------------------------------- whole sentences: captions and lists of those present

/**
 * "Present were …", "Leaders attending the summit in Lima included …", "Heads of state present at the forum were …":
 * who was there, its event and place optional, before the list
 */
const PRESENT =
  /^(?:also |among those |(?:the )?(?:other )?(?:leaders|ministers|officials|participants|guests|dignitaries|delegates|heads of state(?: and government)?|heads of government) )?(?:present|attending|participating|taking part|in attendance)(?:(?: in| at)? the [a-z'-]+(?: [a-z'-]+){0,2})?(?: (?:in|on|at) [a-z0-9-]+(?: [a-z0-9-]+)?){0,2},? (?:were|was|included|include|are)\b/;

/** "… in attendance were:", "… attendees included": where a roster's clause ends in the sentence, or -1 */
const ROSTER = /\b(?:in attendance|attendees|the participants) (?:were|included)\b:?/;
const rosterAt = (low: string) => {
  const m = ROSTER.exec(low);
  return m ? m.index + m[0].length : -1;
};

/** "From left: A, B and C at the talks", "Present were A, B and C", "Attending the summit were …" */
function listOpener(h: Hit): Frame[] | null {
  const { s, toks, ms } = h.c;
  const low = s.text.toLowerCase().replace(/^[\s(]+/, (x) => (x.includes('(') ? '(' : ''));
  const opener =
    lexicon()
      .meeting.listOpeners.filter((o) => low.startsWith(o) && /^[\s:,)]/.test(low.slice(o.length)))
      .sort((a, b) => b.length - a.length)[0] ?? PRESENT.exec(low)?.[0];
  // "Members of the Conference in attendance were: A, …; B, …": a roster's clause after its subject
  const at = opener
    ? 0
    : rosterAt(low) >= 0
      ? rosterAt(low)
      : /\brepresented\b/.test(low) && low.includes(';')
        ? 0
        : -1;
  if (!opener && at < 0) return null;
  const end = opener ? opener.length : at;
  const first = ms.find((m) => m.start - s.start >= end && m.person);
  if (!first) return null;
  const people = ids(rosterList(toks, ms, first.i) ?? readList(toks, ms, first.i).items);
  // "A, Minister of X, represented X; B represented Y": delegates at the roster's meeting, each on the roster
  if (!opener && at === 0 && !rosterList(toks, ms, first.i)) return null;
  if (!opener)
    return people.length >= 2 ? [{ rule: 'meeting.roster', participants: people, spouses: [], at: first.start }] : null;
  const caption = /^\(?(?:from|left|l)\b/.test(opener);
  // a caption is a meeting only when it speaks of one: "From left: A and B in Accra" is a photo
  const meetingWord = toks.some((x, k) => !x.quoted && !x.cap && isTriggerWord(h, k));
  if (new Set(people).size < 2 || (caption && !meetingWord)) return null;
  return [
    {
      rule: caption ? 'meeting.caption' : 'meeting.present',
      participants: [...new Set(people)],
      spouses: [],
      at: first.start,
    },
  ];
}

/** "by phone", "by telephone", "over the phone", "via video link": the medium of a call, after its words at k */
const PHONE = /^(?:by (?:tele)?phone|over the (?:tele)?phone|via (?:video )?link|by video(?:conference| link)?)\b/;

/**
 * "A congratulated B by phone on his victory", "A thanked B over the phone": any verb whose object is a person, then
 * the medium of a call — they spoke
 */
function byPhone(h: Hit): Frame[] | null {
  const { toks, ms } = h.c;
  const out: Frame[] = [];
  for (let k = 1; k < toks.length; k++) {
    if (!/^(?:by|over|via)$/.test(toks[k]!.lower) || toks[k]!.quoted) continue;
    const rest = toks
      .slice(k, k + 4)
      .map((t) => t.lower)
      .join(' ');
    if (!PHONE.test(rest)) continue;
    const end = toks[k - 1]?.text === ',' ? k - 1 : k;
    const b = ms.find((m) => m.j === end && m.person && m.kind === 'name' && !m.poss);
    if (!b) continue;
    let v = titleStart(toks, b.i - 1) - 1;
    if (toks[v]?.text === ',') v = titleStart(toks, v - 1) - 1;
    while (v > 0 && toks[v]!.poss) v = titleStart(toks, v - 1) - 1;
    const verb = toks[v];
    if (!verb || verb.cap || !verb.word || !verb.tags.includes('Verb') || /ing$/.test(verb.lower)) continue;
    const a = ms.filter((m) => m.j <= v && v - m.j <= 3 && m.person && m.kind === 'name' && !m.poss).pop();
    if (a && a.person !== b.person)
      out.push({ rule: 'meeting.by-phone', participants: [a.person!, b.person!], spouses: [], at: toks[v]!.start });
  }
  return out.length ? out : null;
}

/** "A (centre) with B (left) and C in PLACE": the people pictured together met */
function centreCaption(h: Hit): Frame[] | null {
  const { toks, ms } = h.c;
  const lead = ms.find((m) => m.person && m.kind === 'name');
  if (
    !lead ||
    toks[lead.j]?.text !== '(' ||
    !/^(?:centre|center|left|right|l|r|c|second left|second right)$/.test(toks[lead.j + 1]?.lower ?? '') ||
    toks[lead.j + 2]?.text !== ')' ||
    toks[lead.j + 3]?.lower !== 'with' ||
    !toks.slice(0, lead.i).every((x) => titleish(x))
  )
    return null;
  const people = [...new Set([lead, ...readList(toks, ms, lead.j + 4, 12).items].map((m) => m.person!))];
  return people.length >= 2
    ? [{ rule: 'meeting.caption', participants: people, spouses: [], at: toks[lead.j + 3]!.start }]
    : null;
}

// ---------------------------------------------------------------- words around a meeting that name who took part

/** the meeting noun within the 12 words before token k, or -1 */
function nounBefore(h: Hit, k: number): number {
  for (let q = k - 1; q >= 0 && q >= k - 12; q--) if (!h.c.toks[q]!.quoted && isNounAt(h, q)) return q;
  return -1;
}
const isNounAt = (h: Hit, q: number) => triggersAt(h.c.toks, q).some((t) => t.kind === 'noun');

const gatherPhrase = (h: Hit) =>
  lexicon().meeting.gather.find((g) => g.split(' ').every((w, i) => h.c.toks[h.k + i]?.lower === w))!;
/** a gather phrase ending in "of" or "by" ("in the presence of", "flanked by") puts people beside a meeting's subject */
const isPresence = (phrase: string) => /\b(?:of|by)$/.test(phrase);

/**
 * "A met B and then in a meeting in the presence of C and D", "A said, while flanked by B and C": the people after
 * the phrase join the meeting the sentence told of, else meet its subject (and those coordinated with it)
 */
function presence(h: Hit): Frame[] | null {
  const { toks, ms, frames } = h.c;
  const phrase = gatherPhrase(h);
  if (!isPresence(phrase)) return null;
  const list = readList(toks, ms, h.k + phrase.split(' ').length, 12).items;
  if (!list.length) return [];
  const last = frames[frames.length - 1];
  if (last && last.participants.length) {
    for (const m of list) if (!last.participants.includes(m.person!)) last.participants.push(m.person!);
    return [];
  }
  const subj = nearestBefore(ms, h.k);
  if (!subj || subj.poss) return [];
  const people = [...new Set([...withCoordinated(toks, ms, subj), ...list].map((m) => m.person!))];
  return people.length >= 2 ? [{ rule: 'meeting.presence', participants: people, spouses: [], at: h.t.start }] : [];
}

/** "the summit brought together A, B and C", "A brought together B and C", "a meeting that included A, B and C" */
function gathered(h: Hit): Frame[] | null {
  const { toks, ms } = h.c;
  const phrase = gatherPhrase(h);
  // "that included", "which included": only right after a meeting noun ("a delegation that included …" is none)
  if (/^(?:that|which)$/.test(phrase.split(' ')[0]!) && !isNounAt(h, toks[h.k - 1]?.text === ',' ? h.k - 2 : h.k - 1))
    return [];
  const list = readList(toks, ms, h.k + phrase.split(' ').length, 12).items;
  const subj = ms.filter((m) => m.j <= h.k && m.j >= h.k - 2 && m.person && m.kind !== 'pronoun').pop();
  const noun = toks.slice(0, h.k).findLastIndex((x, q) => !x.quoted && isNounAt(h, q));
  const people = [...new Set([...(subj ? [subj] : []), ...list].map((m) => m.person!))];
  if (people.length < 2 || (!subj && noun < 0)) return [];
  return [
    { rule: 'meeting.gather', participants: people, spouses: [], at: toks[noun >= 0 && !subj ? noun : h.k]!.start },
  ];
}

/** "a summit attended by A, B and C", "talks brokered by C": the people after "by" took part with the meeting's subjects */
function attendedBy(h: Hit): Frame[] | null {
  const { toks, ms, frames } = h.c;
  const nounAt = nounBefore(h, h.k);
  if (nounAt < 0) return null;
  // "The next edition will be hosted by A": still to come
  if (toks.slice(Math.max(0, h.k - 3), h.k).some((x) => /^(?:will|would|shall|to)$/.test(x.lower))) return [];
  const list = readList(toks, ms, h.k + 2, 12).items;
  if (!list.length) return [];
  const last = frames[frames.length - 1];
  const subjects = subjectsBefore(toks, ms, nounAt);
  // the meeting this sentence already reported ("A and B met … at talks chaired by C")
  if (last && subjects.some((x) => last.participants.includes(x.person!))) {
    for (const m of list) if (!last.participants.includes(m.person!)) last.participants.push(m.person!);
    return [];
  }
  const people = [...new Set([...subjects, ...list].map((m) => m.person!))];
  // "The state lunch was attended by A and B": those at the lunch the report told of before
  // "The meeting was attended by …", "The 35-minute closed-door meeting was also attended by …"
  let d = nounAt - 1;
  while (d > 0 && nounAt - d <= 3 && toks[d]!.word && !toks[d]!.cap && toks[d]!.lower !== 'the') d--;
  const joins = !subjects.length && /^(?:the|this)$/.test(toks[d]?.lower ?? '');
  return people.length >= 2 || joins
    ? [
        {
          rule: 'meeting.attended-by',
          participants: people,
          spouses: [],
          at: toks[nounAt]!.start,
          joins,
          ...(joins && lexicon().meeting.occasions.has(toks[nounAt]!.lower) ? { noun: toks[nounAt]!.lower } : {}),
        },
      ]
    : [];
}

/** "A joined B and C for talks"; "X was joined (at the talks) by Y"; "where they were later joined by C" */
function joined(h: Hit): Frame[] | null {
  const { toks, ms, frames, countryOf } = h.c;
  const k = h.k;
  let by = k + 1;
  while (
    by < toks.length &&
    by - k <= 8 &&
    toks[by]!.lower !== 'by' &&
    toks[by]!.text !== ',' &&
    !ms.some((x) => x.i === by)
  )
    by++;
  // "Erdogan joined virtually", "C joined by video link": C took part in the meeting told of before
  const remote =
    /^(?:virtually|remotely|online)$/.test(toks[k + 1]?.lower ?? '') ||
    (toks[k + 1]?.lower === 'by' &&
      /^(?:video|videoconference|videolink|phone|telephone)$/.test(toks[k + 2]?.lower ?? ''));
  const who = nearestBefore(ms, k);
  if (remote) return who ? [h.frame('meeting.joined', [who.person!], { joins: true })] : [];
  if (toks[by]?.lower !== 'by') {
    // "A joined with B and C on Thursday to present a united front"
    const withList = toks[k + 1]?.lower === 'with' ? readList(toks, ms, k + 2, 12).items : [];
    if (
      who &&
      who.kind === 'name' &&
      who.j >= k - 3 &&
      withList.length &&
      !meetingWords().notHappened.has(toks[k - 1]?.lower ?? '')
    )
      return [h.frame('meeting.joined', [...new Set([who, ...withList].map((m) => m.person!))])];
    const list = readList(toks, ms, k + 1, 4).items;
    const near = ms.filter((m) => m.j <= k && m.j >= k - 3 && m.person && m.kind !== 'pronoun' && !m.poss).pop();
    const talk = toks.slice(k).some((x, q) => !x.quoted && !x.cap && isNounAt(h, k + q));
    const people = [...new Set([...(near ? [near] : []), ...list].map((m) => m.person!))];
    if (near && talk && people.length >= 2) return [h.frame('meeting.joined', people)];
    // "A and B joined the talks on Saturday": the meeting the report told of before
    const the = toks[k + 1]?.lower === 'the' && isNounAt(h, k + 2);
    return near && the ? [h.frame('meeting.joined', ids(withCoordinated(toks, ms, near)), { joins: true })] : [];
  }
  const subj = who;
  const o = mentionFrom(toks, ms, by + 1, 12);
  // "A and B had lunch, where they were later joined by C": C took part in the meeting of the pair
  const they = toks.slice(Math.max(0, k - 3), k).some((x) => x.lower === 'they');
  const met = frames[frames.length - 1];
  if (they && met && o && o.kind === 'name' && met.participants.length >= 2) {
    if (!met.participants.includes(o.person!)) met.participants.push(o.person!);
    return [];
  }
  // a leader of another country is another party; one of X's own a delegation member (report.ts)
  if (!subj || !o || o.person === subj.person || o.kind !== 'name' || coordinatedBefore(toks, ms, subj)) return [];
  const a = countryOf(subj.person!);
  // "A was joined by B and C at the summit": everyone of another country the list names
  const list = readList(toks, ms, by + 1, 12).items.filter((x) => x.kind === 'name' && x.person !== subj.person);
  const guests = (list.length ? list : [o]).filter((x) => {
    const b = countryOf(x.person!);
    return a && b && a !== b;
  });
  return guests.length ? [h.frame('meeting.joined-by', [subj.person!, ...guests.map((x) => x.person!)])] : [];
}

/** "the two leaders held talks", "the pair shook hands", "they last met in 2022": people named before */
function pluralRef(h: Hit): Frame[] | null {
  const { toks, ms } = h.c;
  const ref = pluralSubject(toks, h.k);
  if (!ref) return null;
  const near = toks
    .slice(Math.max(0, h.k - 8), h.k + 8)
    .some((x, q) => !x.quoted && isNounAt(h, Math.max(0, h.k - 8) + q));
  if (h.verb!.refOnly && !near) return null;
  // "they" stands for people only where no plural noun before it in the sentence could be what it means
  if (ref.count === null && toks.slice(0, ref.start).some((x) => x.tags.includes('Plural') && !x.cap)) return null;
  const named = [...new Set(ms.filter((m) => m.j <= ref.start && m.person && m.kind === 'name').map((m) => m.person!))];
  const count = ref.count ?? 2;
  // "The two ministers met with President C": the people referred to met the object too
  const objects = h.objects.items.filter((o) => o.kind === 'name' && o.i > h.k).map((o) => o.person!);
  if (named.length >= count) return [h.frame('meeting.plural-ref', [...named.slice(-count), ...objects])];
  return [h.frame('meeting.plural-ref', objects, { ref: { count: ref.count } })];
}

/** words that may stand between joint subjects and their verb: "A and B also discussed", "A and B had earlier agreed" */
const JOINT_GAP = /^(?:also|then|later|again|briefly|jointly|further|reportedly|earlier|have|has|had)$/;

/**
 * Whether only adverbs ("also", "had earlier"), a closed apposition or relative clause ("B, the foreign minister of
 * X, discussed", "A and B, who arrived on Sunday, discussed") or a country ("Premier B of X agreed") stand between
 * the subject `subj` and the verb at k.
 */
function jointGap(toks: Token[], subj: Mention, k: number): boolean {
  let gap = toks.slice(subj.j, k);
  if (gap[0]?.lower === 'of') {
    let e = 1;
    while (e < gap.length && e < 6 && (gap[e]!.cap || gap[e]!.lower === 'the')) e++;
    gap = gap.slice(e);
  }
  const closed =
    gap.length > 2 && gap.length <= 14 && gap.at(-1)!.text === ',' && !gap.slice(1, -1).some((x) => !x.word);
  if (closed && gap[0]!.text === ',' && /^(?:who|whom|the|a|an)$/.test(gap[1]!.lower)) gap = [];
  // "A and B on Monday agreed", "A and B on 5 March signed": a day between the subject and the verb
  const lex = lexicon();
  const day = (x: Token) =>
    x.lower === 'on' ||
    lex.weekdays.has(x.lower) ||
    lex.months.has(x.lower) ||
    /^\d{1,2}(?:st|nd|rd|th)?$/.test(x.text);
  const rest = gap.filter((x) => !day(x));
  return rest.length <= 3 && gap.length - rest.length <= 4 && rest.every((x) => JOINT_GAP.test(x.lower));
}

/**
 * "A and his counterpart B agreed / signed": two people of different countries acting together met. "During the
 * visit, A, B and C discussed trade" (a `talk` verb): the people named together met unless two serve one country.
 */
function jointly(h: Hit): Frame[] | null {
  const { toks, ms, countryOf } = h.c;
  const k = h.k;
  const near = ms.filter((m) => m.j <= k && m.person && m.kind !== 'pronoun').pop();
  if (!near) return null;
  const subj = appositionHead(toks, ms, near);
  if (!jointGap(toks, subj, k)) return null;
  // "A and B exchanged views with C", "discussed trade with C": the trigger's own rows read the other party
  const clause = toks.slice(k + 1, k + 8);
  const stop = clause.findIndex((x) => !x.word);
  if (clause.slice(0, stop < 0 ? clause.length : stop).some((x) => x.lower === 'with')) return null;
  const people = [...new Set(withCoordinated(toks, ms, subj).map((m) => m.person!))];
  const lands = people.map((p) => countryOf(p)).filter((c): c is string => !!c);
  if (lexicon().meeting.talk.has(h.t.lower))
    return people.length >= 2 && new Set(lands).size === lands.length ? [h.frame('meeting.joint', people)] : null;
  // "A, B and C signed the documents", each of another country
  if (people.length >= 3 && lands.length === people.length && new Set(lands).size === lands.length)
    return [h.frame('meeting.joint', people)];
  const co = coordinatedBefore(toks, ms, subj);
  const a = co && countryOf(co.person!);
  const b = countryOf(subj.person!);
  return co && a && b && a !== b && co.person !== subj.person
    ? [h.frame('meeting.joint', [co.person!, subj.person!])]
    : null;
}

export const WORD_RULES: readonly FrameRule[] = [
  {
    id: 'meeting.present',
    on: 'sentence',
    example: 'Present were President A, Premier B and King C.',
    apply: listOpener,
  },
  {
    id: 'meeting.by-phone',
    on: 'sentence',
    example: 'A congratulated B by phone on his victory.',
    apply: byPhone,
  },
  {
    id: 'meeting.caption',
    on: 'sentence',
    example: 'President A (centre) with B (left) and C in Accra.',
    apply: centreCaption,
  },
  {
    id: 'meeting.presence',
    on: 'gather',
    example: 'A met B, then held talks in the presence of C and D. / A said, flanked by B and C.',
    apply: presence,
  },
  { id: 'meeting.gather', on: 'gather', example: 'The summit brought together A, B and C.', apply: gathered },
  { id: 'meeting.attended-by', on: 'by', example: 'A chaired the summit, attended by B and C.', apply: attendedBy },
  { id: 'meeting.joined', on: 'joined', example: 'A joined B and C for talks. / A was joined by B.', apply: joined },
  { id: 'meeting.plural-ref', on: 'ref', example: 'The two leaders last met in Lima.', apply: pluralRef },
  { id: 'meeting.joint', on: 'joint', example: 'A and his Peruvian counterpart B agreed to …', apply: jointly },
];
