import { lexicon } from '../../knowledge/index.js';
import type { Mention } from '../people/index.js';
import { isTitleWord } from '../grammar.js';
import type { Token } from '../text.js';
import {
  coordinatedBefore,
  mentionFrom,
  nearestBefore,
  readList,
  titleish,
  titleStart,
  withCoordinated,
} from './args.js';
import type { Frame } from './frame.js';
import type { Hit } from './hit.js';
import type { FrameRule } from './rules.js';
import { countryGroupAt, demonymGroupAt, groupSubject, pluralRefEndingAt } from './refs.js';
import { meetingWords } from './words.js';

/**
 * The rows for meeting verbs and nouns ("met", "held talks with", "a phone call from", "the summit"), in
 * order: first what says the meeting did not take place, then the frames from the most specific
 * arguments ("between", "their", a group subject) to the plain "A met B" and "A and B met".
 */

const ids = (ms: Mention[]) => ms.map((m) => m.person!);
/** a meeting spoken of as still to come: "are due to travel … for a summit with X" */
const FUTURE =
  /\b(?:(?:is|are|was|were) (?:due|set|expected|scheduled|slated|poised|going|likely) to|will|plans? to|planning to|hopes? to|(?:departs|leaves|heads|sets off|travels|flies) (?:for|to))\b/;
const SEPARATE = /\b(?:separately|separate|respectively|individually)\b/i;
const JOINT_CALL = /\b(?:joint|trilateral|three-way|four-way|conference call|together)\b/i;

// ---------------------------------------------------------------- meetings that did not take place

function plannedNoun(h: Hit): Frame[] | null {
  if (h.isVerb) return null;
  const before =
    h.c.s.text
      .slice(0, h.t.start - h.c.s.start)
      .toLowerCase()
      .split(/[,;]/)
      .pop() ?? '';
  return FUTURE.test(before) ? [] : null;
}

/** "allowed him to meet", "was able to meet": an infinitive of a meeting that took place */
const DID_TO = /^(?:allowed|enabled|able|managed|opportunity|chance|got|privilege|honou?r|delighted|pleased|glad)$/;

/** Whether a past verb of travel (data: `travelPast`) opens the clause that ends at "to" (token `to`). */
function travelledTo(toks: Token[], to: number): boolean {
  const travel = meetingWords().travelPast;
  for (let q = to - 1; q >= 0 && to - q <= 10; q--) {
    const x = toks[q]!;
    if (x.text === ',' || x.text === ';' || x.quoted) return false;
    if (travel.has(x.lower) && !/^(?:had|has|have|will|would)$/.test(toks[q - 1]?.lower ?? '')) return true;
  }
  return false;
}

function notHappened(h: Hit): Frame[] | null {
  const w = meetingWords();
  const toks = h.c.toks;
  const a = toks[h.k - 1];
  const b = toks[h.k - 2];
  if (h.isNoun && a && w.notHappenedNoun.has(a.lower)) return [];
  if (!h.isVerb || !a || /^(?:had|has|have|did)$/.test(a.lower)) return null;
  // "A is scheduled to lunch with B and meet C": a bare verb after "and" shares the time of the verb before it
  // "A to visit China, meet B this week" (a headline): a bare verb after a comma shares an infinitive before it
  const bare = h.t.lower === h.verb!.lemma.split(' ')[0];
  if (bare && (a.lower === 'and' || a.text === ',')) {
    const before = toks.slice(0, h.k - 1);
    const inf = before.some((x, q) => x.lower === 'to' && before[q + 1]?.tags.includes('Infinitive'));
    if (FUTURE.test(h.before(h.k)) || inf) return [];
  }
  const to = a.lower === 'to' ? h.k - 1 : b?.lower === 'to' && a.word ? h.k - 2 : -1;
  if (to > 0 && toks.slice(Math.max(0, to - 3), to).some((x) => DID_TO.test(x.lower))) return null;
  // "visited the United States in 1961 to meet with B": the purpose of a journey made
  if (to > 0 && travelledTo(toks, to)) return null;
  return w.notHappened.has(a.lower) || (a.word && b && w.notHappened.has(b.lower)) ? [] : null;
}

/** words between a verb and the meeting noun it governs: "called for [direct] talks", "did not hold [a] meeting" */
const NOUN_LEAD =
  /^(?:a|an|the|any|key|new|direct|fresh|urgent|immediate|further|more|peace|bilateral|formal|informal|high-level|face-to-face|planned|scheduled)$/;
/** "next week", "next Monday", "tomorrow", "later this month" within four words after token n, before any comma */
function comesLater(toks: Token[], n: number): boolean {
  for (let q = n; q < toks.length && q < n + 4; q++) {
    const t = toks[q]!;
    if (!t.word || t.quoted) return false;
    if (t.lower === 'tomorrow') return true;
    if (
      t.lower === 'next' &&
      (lexicon().weekdays.has(toks[q + 1]?.lower ?? '') || /^(?:week|month|year)$/.test(toks[q + 1]?.lower ?? ''))
    )
      return true;
    if (t.lower === 'later' && toks[q + 1]?.lower === 'this') return true;
  }
  return false;
}

/** whether the words `phrase` end at token e */
const endsAt = (toks: Token[], e: number, phrase: string[]) =>
  phrase.every((w, i) => toks[e - phrase.length + 1 + i]?.lower === w);

/**
 * "called for talks with B", "sought a meeting with B", "did not hold talks with B", "A's meeting with B was
 * postponed": a meeting asked for, not held or called off
 */
function notHeld(h: Hit): Frame[] | null {
  if (!h.isNoun || h.isVerb) return null;
  const toks = h.c.toks;
  const w = meetingWords();
  let g = h.k - 1;
  while (g >= 0 && h.k - g <= 3 && NOUN_LEAD.test(toks[g]!.lower)) g--;
  if (g < 0) return null;
  if (w.appeals.some((p) => endsAt(toks, g, p))) return [];
  if (w.holdVerbs.has(toks[g]!.lower) && w.denied.some((p) => endsAt(toks, g - 1, p))) return [];
  // "called off a bilateral meeting with B", "skipped a key meeting between B and C": a meeting not held, or not by them
  if (w.calledOff.some((p) => endsAt(toks, g, p))) return [];
  // "at their annual meeting next week", "talks with B tomorrow": a time still to come right after the noun
  if (comesLater(toks, h.end)) return [];
  // "A's meeting with B was postponed": "was" and a participle of w.calledOff in the noun's clause
  for (let q = h.end; q < toks.length && q - h.end < 16 && !/^[,;]$/.test(toks[q]!.text); q++)
    if (/^(?:was|were|been)$/.test(toks[q]!.lower) && w.calledOff.some((p) => endsAt(toks, q + p.length, p))) return [];
  return null;
}

/**
 * "who sat in on the meeting": a delegation member present; "called on B to release …", "called for talks with B":
 * an appeal; "called B a dictator": no call
 */
function notAMeeting(h: Hit): Frame[] | null {
  const toks = h.c.toks;
  if ((h.t.lower === 'sat' || h.t.lower === 'sits') && toks[h.end]?.lower === 'in') return [];
  if (!CALL_WORD.test(h.t.lower)) return null;
  // "called for talks with B", "called for B's release", "calls from B for rate cuts": an appeal
  if (h.c.toks[h.end]?.lower === 'for' || appealFor(toks, h.end)) return [];
  // "to publicly call on B to drop out", "their call on the armed forces to abandon B": an appeal
  if (h.t.lower !== 'called') return toks[h.end]?.lower === 'on' && appealTo(toks, h.end + 1) ? [] : null;
  const last = h.objects.items[h.objects.items.length - 1];
  if (!last) return [];
  const after = toks[last.j];
  if (toks[h.end]?.lower === 'on')
    return after?.lower === 'to' && toks[last.j + 1]?.word && !toks[last.j + 1]!.cap ? [] : null;
  return after && /^(?:a|an|the|his|her|their|["“'‘])$/.test(after.lower) ? [] : null;
}

const CALL_WORD = /^(?:call|calls|called|calling)$/;

/** "on B to drop out": a "to" and a verb in lower case after the person called on, before any comma */
function appealTo(toks: Token[], n: number): boolean {
  for (let q = n; q < toks.length && q < n + 10; q++) {
    const t = toks[q]!;
    if (!t.word || t.quoted) return false;
    if (t.lower === 'to') return !!toks[q + 1]?.word && !toks[q + 1]!.cap && toks[q + 1]!.tags.includes('Verb');
  }
  return false;
}

/** "calls from Prime Minister B for rate cuts": "from" a person, then "for" */
function appealFor(toks: Token[], n: number): boolean {
  if (toks[n]?.lower !== 'from') return false;
  for (let q = n + 1; q < toks.length && q < n + 8; q++) {
    if (toks[q]!.lower === 'for') return true;
    if (!toks[q]!.word || (!toks[q]!.cap && !titleish(toks[q]!))) return false;
  }
  return false;
}

// ---------------------------------------------------------------- frames from particular arguments

/** "Lopes-Brandt talks": two people named by a hyphenated pair before a meeting noun (headlines) */
function headlinePair(h: Hit): Frame[] | null {
  const p = h.c.toks[h.k - 1];
  if (!h.isNoun || !p || !p.cap || !p.base.includes('-')) return null;
  const parts = p.base.split('-');
  if (parts.length !== 2) return null;
  const a = h.c.personNamed(parts[0]!);
  const b = h.c.personNamed(parts[1]!);
  return a && b && a !== b ? [h.frame('meeting.headline-pair', [a, b])] : null;
}

/** a plural reference that starts at token n: "talks between the two leaders" */
function refFrom(h: Hit, n: number): Frame[] | null {
  for (let b = n; b < n + 6 && b < h.c.toks.length; b++) {
    const ref = pluralRefEndingAt(h.c.toks, b);
    if (ref && ref.start === n) return [h.frame('meeting.plural-ref', [], { ref: { count: ref.count } })];
  }
  return null;
}

/** "A joined talks between B and C", "A dropped in on a meeting between B and C": A (data `joinIn`), else undefined */
function joinedBy(h: Hit): Mention | undefined {
  const toks = h.c.toks;
  let d = h.k - 1;
  // the meeting noun's determiner and describing words: "a short meeting", "the talks"
  while (d > 0 && h.k - d <= 3 && !/^(?:a|an|the|their)$/.test(toks[d]!.lower) && !toks[d]!.cap) d--;
  const end = /^(?:a|an|the|their)$/.test(toks[d]?.lower ?? '') ? d : h.k;
  const phrase = lexicon().meeting.joinIn.find((p) => p.every((w, q) => toks[end - p.length + q]?.lower === w));
  if (!phrase) return undefined;
  const v = end - phrase.length;
  if (FUTURE.test(h.before(h.k - v + 3))) return undefined;
  return h.c.ms.filter((m) => m.j <= v && v - m.j <= 6 && m.person && m.kind !== 'pronoun' && !m.poss).pop();
}

/** "talks between A and B"; "A hosted talks between B and C" (the host took part); "C sat between A and B" */
function between(h: Hit): Frame[] | null {
  if (!h.args.between) return null;
  const { toks, ms } = h.c;
  const objects = h.objects.items;
  if (!objects.length) return refFrom(h, h.args.n);
  const hostAt = toks.slice(Math.max(0, h.k - 3), h.k).findIndex((x) => lexicon().meeting.hostVerbs.has(x.lower));
  const host =
    hostAt >= 0
      ? ms.filter((m) => m.j <= Math.max(0, h.k - 3) + hostAt && m.person && m.kind !== 'pronoun' && !m.poss).pop()
      : undefined;
  const subj = h.isVerb ? h.subject : (joinedBy(h) ?? null);
  const people = [...new Set([host, subj, ...objects].filter((m): m is Mention => !!m).map((m) => m.person!))];
  if (objects.length >= 2 || (host && people.length >= 3) || (subj && people.length >= 2))
    return [h.frame('meeting.between', people)];
  return [];
}

/** "after their meeting": the pair coordinated before in the sentence, else the people the report named last */
function their(h: Hit): Frame[] | null {
  const { toks, ms } = h.c;
  if (toks[h.k - 1]?.lower !== 'their' && toks[h.k - 2]?.lower !== 'their') return null;
  // "A thanked B during their meeting": the clause's subject and the person it addresses
  const addressing = setting(h);
  if (addressing) return addressing;
  const pair = ms.filter((m) => m.j <= h.k && m.person);
  for (let a = pair.length - 1; a > 0; a--) {
    const c = coordinatedBefore(toks, ms, pair[a]!);
    if (!c) continue;
    // "A and B described their talks with C": each of them met C
    const others = h.objects.items.filter(
      (o) => o.kind === 'name' && o.person !== c.person && o.person !== pair[a]!.person,
    );
    if (others.length)
      return [c, pair[a]!].flatMap((x) => others.map((o) => h.frame('meeting.their', [x.person!, o.person!])));
    return [h.frame('meeting.their', [c.person!, pair[a]!.person!])];
  }
  return h.objects.items.length ? [] : [h.frame('meeting.their', [], { ref: { count: null } })];
}

/** "EU leaders met B and C", "the visiting delegation held talks with B": the group's members are named nearby */
function groupSubjectFrame(h: Hit): Frame[] | null {
  if (!h.isVerb || !h.objects.items.length) return null;
  const g = groupSubject(h.c.toks, h.k);
  if (!g || (h.subject && h.subject.j >= g.start - 1)) return null;
  return [h.frame('meeting.group-subject', ids(h.objects.items), { group: { count: g.count, country: g.country } })];
}

/**
 * "The presidents of A, B and C convened in CITY", "the heads of the five X states went to the hall to hold a
 * meeting": a group named by its countries (or their number) as the subject; its members are the people of those
 * countries the report names anywhere (report.ts)
 */
function countryGroup(h: Hit): Frame[] | null {
  const { toks, ms, frames } = h.c;
  if (frames.some((f) => f.rule === 'meeting.group-of')) return null;
  const held = h.isNoun && toks.slice(Math.max(0, h.k - 4), h.k).some((x) => meetingWords().holdVerbs.has(x.lower));
  const verb = !held && h.isVerb && h.verb!.plural;
  if (!held && !verb) return null;
  let from = h.k - 1;
  while (from > 0 && toks[from - 1]!.text !== ';' && h.k - from < 40) from--;
  for (let g = from; g < h.k; g++) {
    const grp = countryGroupAt(toks, g);
    if (!grp || grp.end > h.k) continue;
    const gap = toks.slice(grp.end, h.k);
    if (gap.length > 16 || gap.some((x) => x.text === ',' || x.text === ';') || (verb && gap.length > 2)) return null;
    if (ms.some((m) => m.i >= grp.end && m.i < h.k) || FUTURE.test(gap.map((x) => x.lower).join(' '))) return null;
    return [h.frame('meeting.group-of', [], { group: { count: grp.count, country: null, countries: grp.countries } })];
  }
  return null;
}

/**
 * "A met the leaders of B and C", "A held talks with the Chinese and Japanese leaders": a group named by its
 * countries as the other party; its members are the people of those countries the report names (report.ts)
 */
function countryObjects(h: Hit): Frame[] | null {
  const { toks } = h.c;
  if (!h.subject?.person || h.objects.items.length) return null;
  let q = h.args.n;
  while (q < toks.length && q - h.args.n < 3 && /^(?:the|his|her|their|its)$/.test(toks[q]!.lower)) q++;
  const grp = countryGroupAt(toks, q) ?? demonymGroupAt(toks, q);
  // "the leaders of the four countries": which countries, the words do not say
  if (!grp || grp.countries.length < 2 || FUTURE.test(h.before(3))) return null;
  return [
    h.frame('meeting.country-objects', [h.subject.person], {
      group: { count: grp.count, country: null, countries: grp.countries, separate: true },
    }),
  ];
}

/**
 * "A attended the summit in Lima along with B and C", "A took part in the talks alongside B": the people after
 * "along with" or "alongside", a few words after a meeting noun its subject attended or held, were there with A
 */
function alongWithAfter(h: Hit): Frame[] | null {
  const { toks, ms } = h.c;
  if (!h.isNoun || h.isVerb || !h.subject?.person || h.subject.kind !== 'name' || h.objects.items.length) return null;
  const held = toks
    .slice(Math.max(0, h.k - 4), h.k)
    .some((x) => meetingWords().holdVerbs.has(x.lower) || /^(?:part|participated)$/.test(x.lower));
  if (!held) return null;
  let q = h.end;
  while (
    q < toks.length &&
    q - h.end < 6 &&
    toks[q]!.word &&
    !ALONG_AFTER.test(toks[q]!.lower) &&
    !ms.some((m) => m.i === q)
  )
    q++;
  const t = toks[q];
  const n =
    t?.lower === 'alongside' ? q + 1 : t && ALONG_AFTER.test(t.lower) && toks[q + 1]?.lower === 'with' ? q + 2 : -1;
  if (n < 0) return null;
  const subj = h.subject.person;
  const list = readList(toks, ms, n, 30).items.filter((m) => m.kind === 'name' && m.person && m.person !== subj);
  return list.length ? [h.frame('meeting.along-with', [subj, ...ids(list)])] : null;
}
const ALONG_AFTER = /^(?:along|together|alongside)$/;

/** the attend verb that governs the meeting noun at k: "attended [the] meeting", "took part in the summit" */
function attendedAt(toks: Token[], k: number): number {
  let d = k - 1;
  while (d > 0 && k - d <= 3 && !/^(?:the|this|that)$/.test(toks[d]!.lower)) d--;
  if (!/^(?:the|this|that)$/.test(toks[d]?.lower ?? '')) return -1;
  let v = d - 1;
  if (toks[v]?.lower === 'in') v--;
  return v >= 0 && meetingWords().attendVerbs.has(toks[v]!.lower) ? v : -1;
}

/**
 * "A and B attended the meeting as guests", "C took part in the summit": people who join the meeting the report
 * told of before (report.ts); leaders of different countries who attended a summit together are left to and-met
 */
function attended(h: Hit): Frame[] | null {
  if (!h.isNoun || h.isVerb) return null;
  const toks = h.c.toks;
  const v = attendedAt(toks, h.k);
  const subjects = h.subjects;
  // "X, who attended the summit, …": a member of a delegation (report-rules.ts), not a guest
  if (
    v < 0 ||
    !subjects.length ||
    subjects[subjects.length - 1]!.j > v ||
    /^(?:who|whom)$/.test(toks[v - 1]?.lower ?? '')
  )
    return null;
  if (FUTURE.test(h.before(h.k - subjects[subjects.length - 1]!.j))) return null;
  const lands = subjects.map((m) => h.c.countryOf(m.person!));
  if (subjects.length >= 2 && lands.every((c) => c) && new Set(lands).size === lands.length) return null;
  return [h.frame('meeting.attended', ids(subjects), { joins: true })];
}

/**
 * "A and B greeted each other", "… between A and B, showing the politicians greeting each other": a verb with a
 * reciprocal object; its people are the coordinated subjects, else the people named before it in the sentence
 */
function reciprocal(h: Hit): Frame[] | null {
  const toks = h.c.toks;
  const a = toks[h.end]?.lower;
  const b = toks[h.end + 1]?.lower;
  if (!h.isVerb || !((a === 'each' && b === 'other') || (a === 'one' && b === 'another'))) return null;
  if (h.subjects.length >= 2) return [h.frame('meeting.reciprocal', ids(h.subjects))];
  const named = [
    ...new Set(h.c.ms.filter((m) => m.j <= h.k && m.person && m.kind === 'name' && !m.poss).map((m) => m.person!)),
  ];
  return named.length >= 2 && named.length <= 4
    ? [h.frame('meeting.reciprocal', named)]
    : [h.frame('meeting.reciprocal', [], { ref: { count: null } })];
}

/** The people a verb of address speaks to: "told B", "expressed gratitude to B and C", "conveyed his greetings to B" */
function addressed(toks: Token[], ms: Mention[], v: number): Mention[] {
  // "thanked the Foreign Minister of the Republic of X, B,": a long title before the name
  const objects = readList(toks, ms, v + 1, 12).items;
  if (objects.length) return objects;
  const to = toks.slice(v + 1, v + 5).findIndex((x) => x.lower === 'to');
  const plain = toks.slice(v + 1, v + 1 + Math.max(0, to)).every((x) => x.word && !x.cap);
  return to > 0 && plain ? readList(toks, ms, v + 2 + to, 12).items : [];
}

/**
 * "During a phone call, A invited B to …", "A told B during a bilateral meeting", "A expressed gratitude to B and C
 * for … during a Nov. 2 meeting": the clause's subjects and the people its verb of address speaks to
 */
function setting(h: Hit): Frame[] | null {
  if (!h.isNoun || h.objects.items.length || h.args.between) return null;
  const { toks, ms } = h.c;
  const w = meetingWords();
  let p = h.k - 1;
  // "during a Nov. 2 meeting": the period of an abbreviated month
  const describes = (t: Token) => (t.word && !t.poss) || (t.text === '.' && !!toks[p - 1]?.cap);
  while (p >= 0 && h.k - p <= 5 && !w.setting.has(toks[p]!.lower) && describes(toks[p]!)) p--;
  if (p < 0 || !w.setting.has(toks[p]!.lower)) return null;
  // the clause around it: between semicolons
  let from = p;
  while (from > 0 && toks[from - 1]!.text !== ';') from--;
  for (let v = from; v < toks.length && toks[v]!.text !== ';'; v++) {
    const t = toks[v]!;
    if (t.quoted || t.cap || !w.addressVerbs.has(t.lower) || Math.abs(v - h.k) > 40) continue;
    const subj = nearestBefore(ms, v);
    // "told CNN he was able to …": a pronoun in the nominative opens the clause told, it is nobody spoken to
    const objects = addressed(toks, ms, v).filter(
      (o) => o.person !== subj?.person && !(o.kind === 'pronoun' && /^(?:he|she|they)$/.test(toks[o.i]!.lower)),
    );
    const last = objects[objects.length - 1];
    // the meeting noun within 22 words of the verb's last object (a relative clause or a reason between)
    if (!last || !subj || subj.j <= from - 1 || (v < h.k && h.k - last.j > 22) || (v > h.k && v - h.k > 22)) continue;
    return [h.frame('meeting.setting', ids([...withCoordinated(toks, ms, subj), ...objects]))];
  }
  return null;
}

/** the prepositions of "during the meeting", "at the talks", "in the conversation" */
const IN_THE = /^(?:during|at|in|throughout)$/;

/**
 * "Ruto said that B during the meeting presented …", "At the talks, C raised …": a meeting noun after "the" with no
 * party of its own refers back; the people the sentence names (two to four) join the meeting told of before, or
 * meet if none was (report.ts)
 */
function inTheMeeting(h: Hit): Frame[] | null {
  if (!h.isNoun || h.isVerb || h.trigger.occasion || h.objects.items.length || h.args.between) return null;
  const toks = h.c.toks;
  if (toks[h.k - 1]?.lower !== 'the' || !IN_THE.test(toks[h.k - 2]?.lower ?? '')) return null;
  // the people named before it, and the subject right after it ("During the meeting, B raised …"); not "a
  // statement made by C" later in the clause
  const named = h.c.ms.filter((m) => m.kind === 'name' && m.person && !m.poss);
  const first = named[0] && named[0].j <= h.k - 2 ? withCoordinated(toks, h.c.ms, named[0]) : [];
  const near = named.filter((m) => m.j <= h.k - 2 && h.k - 2 - m.j <= 3).pop();
  const after = named.find((m) => m.i >= h.end && m.i - h.end <= 2);
  const people = [...new Set([...first, ...(near ? [near] : []), ...(after ? [after] : [])].map((m) => m.person!))];
  if (!people.length || people.length > 4) return null;
  return [h.frame('meeting.in-the-meeting', people, { joins: true })];
}

/** "A speaks as B, C and D are seen during talks": the people of a caption shown at a meeting took part in it */
function pictured(h: Hit): Frame[] | null {
  if (!h.isNoun || h.objects.items.length) return null;
  const { toks, ms } = h.c;
  const w = meetingWords();
  let p = h.k - 1;
  while (p >= 0 && h.k - p <= 3 && !w.setting.has(toks[p]!.lower) && toks[p]!.word && !toks[p]!.cap) p--;
  if (p < 1 || !w.setting.has(toks[p]!.lower) || !w.pictured.has(toks[p - 1]!.lower)) return null;
  // the people of the caption: a chain of names back from the verb, each within twenty words of the next (appositions between)
  const before = ms.filter((m) => m.j < p && m.person && !m.poss && m.kind === 'name');
  const shown: string[] = [];
  let edge = p;
  for (let q = before.length - 1; q >= 0 && edge - before[q]!.j <= 20; q--) {
    shown.unshift(before[q]!.person!);
    edge = before[q]!.i;
  }
  return new Set(shown).size >= 2 ? [h.frame('meeting.pictured', shown)] : null;
}

const noSubject = (h: Hit): Frame[] | null => (h.subject ? null : []);

/** the words that may stand before a meeting noun with no one before it: "At the meeting with B", "Among them were
 * meetings with B", "Also, separate bilateral talks were held with B" */
const AGENTLESS_BEFORE =
  /^(?:the|a|an|at|during|in|on|after|following|among|them|were|was|there|also|separate|bilateral|further|later|official|formal|subsequent|first|second|third|fruitful|productive|cordial|warm|friendly|constructive)$/;

/** a word before a trigger that stands for a subject no mention names: "he held talks with B" */
const PRONOUN = /^(?:i|we|he|she|they|it|you|who|which)$/;

/**
 * "Talks were also held with B", "At the meeting with B, the sides discussed …", "Among them were meetings with
 * B, C and D": a meeting noun with no one before it — the report's actor (report.ts) met its parties.
 */
function agentless(h: Hit): Frame[] | null {
  if (h.subject || !h.isNoun || h.isVerb || h.args.between) return null;
  // a sentence of the body (a headline names its own actors), and no one else before the noun in its clause
  const toks = h.c.toks;
  if (!/^[.;]$/.test(toks[toks.length - 1]?.text ?? '')) return null;
  let q = h.k - 1;
  while (q >= 0 && toks[q]!.text !== ',' && AGENTLESS_BEFORE.test(toks[q]!.lower)) q--;
  if (q >= 0 && toks[q]!.text !== ',') return null;
  // "he held talks with B", "the discussion I had with B": someone the sentence does not name
  if (toks.slice(0, h.args.n).some((x) => PRONOUN.test(x.lower))) return null;
  const parties = h.objects.items.filter((o) => o.kind === 'name' && o.person);
  if (!parties.length) return null;
  if (parties.length >= 2 && !oneByOne(h, [], parties))
    return [h.frame('meeting.agentless', ids(parties), { actor: true })];
  return parties.map((o) => h.frame('meeting.agentless', [o.person!], { actor: true }));
}

/**
 * "At the end of the day a joint press conference was held with A, B, C and D": a meeting noun that makes all its
 * parties one ('together' words) and has no subject is a meeting of the people named after it
 */
function togetherNoSubject(h: Hit): Frame[] | null {
  if (h.subject || !h.isNoun) return null;
  const together = meetingWords().together;
  if (!h.c.toks.slice(Math.max(0, h.k - 3), h.k).some((x) => together.has(x.lower))) return null;
  const people = ids(h.objects.items);
  return new Set(people).size >= 2 ? [h.frame('meeting.joint-event', people)] : null;
}

/** "A told visiting Foreign Minister B that …", "A thanked visiting B": a visitor addressed in person */
function visiting(h: Hit): Frame[] | null {
  const { toks, ms } = h.c;
  const v = toks[h.k - 1];
  if (!v || v.cap || !meetingWords().addressVerbs.has(v.lower)) return null;
  const obj = mentionFrom(toks, ms, h.k + 1, 8);
  const subj = nearestBefore(ms, h.k - 1);
  return obj && subj && obj.person !== subj.person ? [h.frame('meeting.visiting', [subj.person!, obj.person!])] : null;
}

/** "X and the same three premiers met": the group of a meeting reported before */
function sameGroup(h: Hit): Frame[] | null {
  if (h.objects.items.length || h.subjects.length !== 1) return null;
  const lex = lexicon();
  const subj = h.subject!;
  const words = h.c.toks.slice(subj.j, h.k).map((x) => x.lower);
  const num =
    words[0] === 'and' && words[1] === 'the' && words[2] === 'same' ? lex.numbers.get(words[3] ?? '') : undefined;
  if (!num || num <= 1 || !lex.meeting.groupNouns.has(words[words.length - 1]!)) return null;
  return [h.frame('meeting.same-group', [subj.person!], { sameGroup: num })];
}

/** "X received a delegation led by Y": Y took part */
function delegationHead(h: Hit): Frame[] | null {
  if (h.objects.items.length || !h.isVerb || !h.args.look || h.args.between) return null;
  const { toks, ms } = h.c;
  const n = h.args.n;
  const d = toks.slice(n, n + 5).findIndex((x) => x.lower === 'delegation');
  if (d < 0 || !/^(?:headed|led)$/.test(toks[n + d + 1]?.lower ?? '') || toks[n + d + 2]?.lower !== 'by') return null;
  // "A and B received a delegation led by C and D": every subject met every head
  const subjects = h.subjects;
  const heads = readList(toks, ms, n + d + 3, 16).items.filter((m) => !subjects.some((x) => x.person === m.person));
  return heads.length && subjects.length ? [h.frame('meeting.delegation-head', ids([...subjects, ...heads]))] : null;
}

/**
 * "X met envoys of the bloc", "X received the letters of credence from five new envoys": a meeting of a group
 * whose people the report names later (report.ts joins them)
 */
function metGroup(h: Hit): Frame[] | null {
  if (h.objects.items.length || !h.isVerb || !h.args.look || h.args.between || h.subjects.length !== 1) return null;
  const toks = h.c.toks;
  const groups = lexicon().meeting.groupNouns;
  const n = h.args.n;
  let g = n;
  const lead = (x: Token) =>
    x.word && !groups.has(x.lower) && (x.cap || !/^(?:with|to|by|on|in|at|and|said|says|that)$/.test(x.lower));
  while (g < toks.length && g - n < 8 && lead(toks[g]!)) g++;
  return g < toks.length && groups.has(toks[g]!.lower) && !toks[g]!.cap
    ? [h.frame('meeting.group', [h.subject!.person!])]
    : null;
}

/** "the summit to be held in March", "talks scheduled for June": a meeting still to come */
const TO_COME = /^(?:to be held|to take place|scheduled|planned|set for|due to|slated)\b/;

/**
 * Whether a meeting noun is no meeting of the subjects before it: the noun of a relative clause ("…, which is
 * the SCO's first summit"), of a meeting to come ("will attend the summit", "the summit to be held in March"),
 * or the object of a verb that is not "held" or "attended" ("A and B welcomed the summit").
 */
function notTheirs(h: Hit, last: Mention): boolean {
  const toks = h.c.toks;
  const gap = toks.slice(last.j, h.k);
  // "…, which is the bloc's first summit"; not "A and B, who arrived on Sunday, met": a relative clause closed before it
  const rel = gap.findIndex((x, q) => /^(?:which|that|who)$/.test(x.lower) && gap[q - 1]?.text === ',');
  if (rel >= 0 && !gap.slice(rel).some((x) => x.text === ',')) return true;
  if (FUTURE.test(gap.map((x) => x.lower).join(' '))) return true;
  const after = toks
    .slice(h.end, h.end + 4)
    .map((x) => x.lower)
    .join(' ');
  if (h.isNoun && !h.isVerb && TO_COME.test(after)) return true;
  if (!h.isNoun || h.isVerb) return false;
  // the word that governs the noun phrase: "held [bilateral] talks", "during [the] meeting", "at [the G20] summit"
  const w = meetingWords();
  let g = h.k - 1;
  while (
    g > last.j - 1 &&
    (toks[g]!.cap ||
      /^(?:a|an|the|their|his|her|its|this|that|these|those|such|first|second|several|two|three|official|formal|informal|working|private|\S+-\S+)$/.test(
        toks[g]!.lower,
      ) ||
      toks[g]!.tags.includes('Adjective') ||
      toks[g]!.tags.includes('Value') ||
      // "held a joint news conference", "held trilateral talks": words that make the parties one
      w.together.has(toks[g]!.lower))
  )
    g--;
  const gov = toks[g];
  return (
    !!gov &&
    g >= last.j &&
    !w.holdVerbs.has(gov.lower) &&
    !w.setting.has(gov.lower) &&
    !/^(?:part|in|of)$/.test(gov.lower)
  );
}

/** "A and B met", "A, B and C held trilateral talks"; not "A and B took part in the ministers' meeting" */
function andMet(h: Hit): Frame[] | null {
  if (h.objects.items.length) return null;
  const subjects = h.subjects;
  if (subjects.length >= 2 && notTheirs(h, subjects[subjects.length - 1]!)) return [];
  const lands = subjects.map((m) => h.c.countryOf(m.person!));
  // leaders of different countries who attended a summit together met there
  const apart = subjects.length >= 2 && lands.every((c) => c) && new Set(lands).size === lands.length;
  if (h.isNoun && !apart && /\b(?:part in|attended|joined|in)\b/.test(h.before(5))) return [];
  const plural = h.isVerb ? h.verb!.plural : true;
  // "A and B exchanged views": a word the verb needs ("A and B exchanged letters" is no meeting)
  const needs = h.isVerb ? h.verb!.needs : new Set<string>();
  if (needs.size && !h.c.toks.slice(h.end, h.end + 3).some((x) => needs.has(x.lower))) return [];
  return subjects.length >= 2 && plural ? [h.frame('meeting.and-met', ids(subjects))] : [];
}

/** Whether the people of a list all bear one title word right before their names ("President B, President C"). */
function sameTitle(toks: Token[], people: Mention[]): boolean {
  const heads = people.map((m) => {
    const t = toks[m.i - 1];
    return t && t.cap && isTitleWord(t) ? t.lower : null;
  });
  return heads.every((x) => x && x === heads[0]);
}

/** Whether each of the people has a country and a title word of their own, none shared ("President B, Premier C"). */
function distinctRanks(c: Hit['c'], people: Mention[]): boolean {
  const lands = people.map((m) => c.countryOf(m.person!));
  // the title words before each name, country words left out: "vice president", "deputy prime minister"
  const words = lexicon().titleWords;
  const heads = people.map((m) => {
    const title = c.toks.slice(titleStart(c.toks, m.i - 1), m.i).filter((t) => words.has(t.lower));
    return title.some((t) => isTitleWord(t)) ? title.map((t) => t.lower).join(' ') : null;
  });
  const all = <T>(xs: (T | null)[]) => xs.every((x) => x !== null) && new Set(xs).size === xs.length;
  return all(lands) && all(heads);
}

/** Whether the people a subject met are met one by one ("separately", phone calls, officials of one country). */
function oneByOne(h: Hit, subjects: Mention[], parties: Mention[]): boolean {
  const w = meetingWords();
  const lex = lexicon();
  // "delegation-level talks with B, C and D": one meeting of all
  if (h.isNoun && h.c.toks.slice(Math.max(0, h.k - 3), h.k).some((x) => w.together.has(x.lower))) return false;
  if (SEPARATE.test(h.c.s.text) || h.objects.separate) return true;
  // "B was welcomed by A and C": the hosts of a passive verb received their guest together
  const passive = /^(?:was|were|is|are|been|being)$/.test(h.c.toks[h.k - 1]?.lower ?? '');
  if (h.isVerb && passive && h.c.toks[h.end]?.lower === 'by') return false;
  // "on the sidelines of the summit, A met B, C and D", "bilateral meetings with B and C": one each
  if (h.c.toks.some((x) => w.bilateralCues.has(x.lower) && !x.quoted)) return true;
  // "bilateral meetings with B and C", "phone calls with B and C"
  if ((h.isNoun && !h.isVerb && h.noun!.several) || (h.trigger.call && !JOINT_CALL.test(h.c.s.text))) return true;
  // "met President B of Ruritania, President C of Freedonia and President D of …": peers met together
  if (parties.length >= 3 && sameTitle(h.c.toks, parties)) return false;
  // "A met Vice President B, Deputy Prime Minister C, Foreign Minister D and Governor-General E": dignitaries
  // of as many countries and ranks as there are of them call on their host one by one
  if (parties.length >= 4 && subjects.length < 2 && h.isVerb && distinctRanks(h.c, parties)) return true;
  // two officials of one country (or of no known country) met by a visitor are usually met one by one;
  // people of different countries, or hosted together, met as one
  const lands = parties.map((o) => h.c.countryOf(o.person!)).filter((c): c is string => !!c);
  const distinct = new Set(lands).size;
  const host = (h.isVerb && h.verb!.host) || lex.meeting.hostVerbs.has(h.t.lower);
  return subjects.length < 2 && (distinct < lands.length || (distinct < 2 && !host));
}

/** "A met B", "A held talks with B and C", "A hosted B, C and D": one meeting of all, unless met one by one */
function metWith(h: Hit): Frame[] | null {
  const objects = [...h.objects.items];
  if (!objects.length) return null;
  const { ms } = h.c;
  const subjects = h.subjects;
  // "X received him": an object pronoun is not the subject itself but the person named before it
  for (let q = 0; q < objects.length; q++) {
    const o = objects[q]!;
    if (o.kind !== 'pronoun' || !subjects.some((x) => x.person === o.person)) continue;
    const other = ms
      .filter((m) => m.j <= h.subject!.i && m.person && !subjects.some((x) => x.person === m.person))
      .pop();
    if (other) objects[q] = other;
  }
  const parties = objects.filter((o) => !subjects.some((x) => x.person === o.person));
  h.c.shared = { subjects, objects: new Set(parties), at: h.k };
  const rule = h.isNoun ? 'meeting.meeting-with' : 'meeting.met-with';
  if (parties.length >= 2 && !oneByOne(h, subjects, parties)) return [h.frame(rule, ids([...subjects, ...parties]))];
  return parties.map((o) => h.frame(rule, [...ids(subjects), o.person!]));
}

/** words that end the clause of a trigger's other party: a relative clause, a purpose, a reason, a reported clause */
const CLAUSE_END =
  /^(?:who|whom|whose|which|that|where|when|while|whereas|to|said|says|told|after|before|because|since|but|although|though|as|about|regarding|concerning|than|if|until|;)$/;

/** lower-case words that may stand among the other parties of a clause: "both", "his", "and also"; Spanish and
 * Portuguese articles and "of" ("com o Secretário-Geral da ONU, B") */
const PARTY_GLUE =
  /^(?:and|also|both|his|her|their|its|a|an|the|as|well|together|along|including|then|today|yesterday|o|da|de|do|del|la|el|e|y)$/;

/**
 * The named people of the clause after a verb trigger, from its end to a word that ends the clause or a finite verb
 * (at most 30 tokens): "received His Highness the Crown Prince Sheikh B at the palace", "met, on Friday (1), with B".
 */
function clausePeople(h: Hit): Mention[] {
  const toks = h.c.toks;
  const out: Mention[] = [];
  const verbs = meetingWords();
  const lex = lexicon();
  let setting = false;
  for (let q = h.end; q < toks.length && q - h.end < 30; q++) {
    const t = toks[q]!;
    if (t.quoted || CLAUSE_END.test(t.lower)) break;
    // "B, president of the X Commission, …": an apposition names no other party
    if (
      t.text === ',' &&
      out.some((o) => o.j === q) &&
      toks[q + 1]?.word &&
      !toks[q + 1]!.cap &&
      !/^(?:and|as|also|along)$/.test(toks[q + 1]!.lower)
    ) {
      const close = toks.findIndex((x, r) => r > q + 1 && (x.text === ',' || CLAUSE_END.test(x.lower)));
      if (close < 0 || toks[close]!.text !== ',') break;
      q = close - 1;
      continue;
    }
    const m = h.c.ms.find((x) => x.i === q);
    if (m) {
      if (m.kind === 'name' && m.person && !m.poss && !out.some((o) => o.person === m.person)) out.push(m);
      // "met B's envoy": B is not met; "His Highness B": a word of address
      // "B's" split from the name, or a name part the register left out ("Ahmed al-Sharaa's")
      if (m.kind === 'name' && (m.poss || /['’]s$/.test(toks[m.j]?.text ?? '') || toks[m.j]?.poss)) {
        if (out[out.length - 1] === m) out.pop();
        break;
      }
      q = m.j - 1;
      continue;
    }
    if (t.text === ',') setting = false;
    if (!t.word || t.cap) continue;
    // "received at the palace on Monday B": a setting before the other party; after it, the list has ended
    if ((verbs.setting.has(t.lower) && !h.trigger.preps.has(t.lower)) || t.lower === 'there') {
      if (out.length) break;
      setting = true;
      continue;
    }
    if (h.trigger.particles.has(t.lower) || h.trigger.preps.has(t.lower)) continue;
    // "received a letter from B": a thing received, not a person met; "met B and praised C": another clause
    const next = toks[q + 1];
    const titled = !!next && !next.cap && lex.titleWords.has(next.lower);
    if (!setting && !PARTY_GLUE.test(t.lower) && !titleish(t) && !titled) break;
  }
  return out;
}

/**
 * "A received His Highness the Crown Prince Sheikh B at the palace", "A se reuniu, nesta sexta-feira (1), com B":
 * a meeting verb whose other party no argument reading found, and named people in the clause after it — the subject
 * met each of them (one meeting of all when the verb hosts them or they serve different countries, as "A met B and C")
 */
function clauseFallback(h: Hit): Frame[] | null {
  const v = h.verb;
  if (!h.isVerb || !v || v.refOnly || v.needs.size || v.after.size || !(v.object || v.preps.size)) return null;
  const subjects = h.subjects;
  if (!subjects.length || subjects.some((m) => m.kind !== 'name')) return null;
  // an object read already ("met B"), unless it is only a word of address that points back ("His Highness …")
  if (h.objects.items.some((o) => o.kind !== 'pronoun' && !subjects.some((x) => x.person === o.person))) return null;
  const parties = clausePeople(h).filter((o) => !subjects.some((x) => x.person === o.person));
  if (!parties.length) return null;
  if (parties.length >= 2 && !oneByOne(h, subjects, parties))
    return [h.frame('meeting.clause', ids([...subjects, ...parties]))];
  return parties.map((o) => h.frame('meeting.clause', [...ids(subjects), o.person!]));
}

/** At most this many people named in one sentence make a meeting by the fallback (a longer list is a roster, read by its own rows). */
const COOCCUR_MAX = 4;
/** words that open another clause, which the fallback does not read across */
const CLAUSE_BREAK = new Set(['while', 'whereas', 'but']);

/**
 * The fallback of a sentence with a meeting verb that no row could read ("Ethiopia's Prime Minister A as we speak
 * acquired at his workplace the President of Somalia B", "A se reuniu com o presidente de Cuba, B"): the people
 * named in the verb's clause met, when one is named before the verb and one after it, and they are two to four.
 */
function cooccur(h: Hit): Frame[] | null {
  // the verb's clause: a semicolon ends a list item ("A spoke on Monday; B left for Quito"), a contrast another
  // clause ("… when he spoke to the president, while B berated C and D")
  const toks = h.c.toks;
  const ends = (t: Token) => t.text === ';' || CLAUSE_BREAK.has(t.lower);
  let from = h.k;
  while (from > 0 && !ends(toks[from - 1]!)) from--;
  let to = h.end;
  while (to < toks.length && !ends(toks[to]!)) to++;
  const named = h.c.ms.filter((m) => m.kind === 'name' && m.person && !m.poss && m.i >= from && m.j < to);
  const people = [...new Set(named.map((m) => m.person!))];
  if (people.length < 2 || people.length > COOCCUR_MAX) return null;
  if (!named.some((m) => m.j < h.k) || !named.some((m) => m.i >= h.end)) return null;
  // not "speaking from Kigali, … said B": a participle; not "received reports from four countries that B …": the
  // first person after the verb stands close to it, with no clause opened between
  if (/ing$/.test(h.t.lower)) return null;
  // "gave B a frame crafted by C": a verb that is a meeting only with its words ("gave a warm welcome") is none alone
  if (h.isVerb && (h.verb!.needs.size || h.verb!.after.size)) return null;
  const next = named.find((m) => m.i >= h.end)!;
  const gap = toks.slice(h.end, next.i);
  if (gap.length > 8 || gap.some((t) => /^(?:that|who|which|whom|because|if)$/.test(t.lower))) return null;
  return [h.frame('meeting.cooccur', people)];
}

export const TRIGGER_RULES: readonly FrameRule[] = [
  { id: 'meeting.visiting', on: 'visiting', example: 'A told visiting Foreign Minister B that …', apply: visiting },
  {
    id: 'veto.planned',
    on: 'trigger',
    example: 'A and B are due to travel to Lima for a summit with C.',
    apply: plannedNoun,
  },
  {
    id: 'veto.not-happened',
    on: 'trigger',
    example: 'A will meet B on Friday. / A did not meet B.',
    apply: notHappened,
  },
  {
    id: 'veto.not-held',
    on: 'trigger',
    example: 'A called for talks with B. / A did not hold talks with B.',
    apply: notHeld,
  },
  {
    id: 'veto.not-a-meeting',
    on: 'trigger',
    example: 'A, who sat in on the meeting … / A called on B to resign.',
    apply: notAMeeting,
  },
  {
    id: 'meeting.headline-pair',
    on: 'trigger',
    example: 'Lopes-Brandt talks: leaders seek a deal',
    apply: headlinePair,
  },
  {
    id: 'meeting.reciprocal',
    on: 'trigger',
    example: 'The talks between A and B ended, the two men greeting each other warmly.',
    apply: reciprocal,
  },
  { id: 'meeting.between', on: 'trigger', example: 'A hosted talks between B and C.', apply: between },
  { id: 'meeting.their', on: 'trigger', example: 'A and B spoke after their meeting.', apply: their },
  { id: 'meeting.group-subject', on: 'trigger', example: 'EU leaders met President B.', apply: groupSubjectFrame },
  { id: 'meeting.setting', on: 'trigger', example: 'During a phone call, A invited B to visit.', apply: setting },
  {
    id: 'meeting.in-the-meeting',
    on: 'trigger',
    example: 'A said that B during the meeting presented a message.',
    apply: inTheMeeting,
  },
  {
    id: 'meeting.pictured',
    on: 'trigger',
    example: 'A speaks as B and C are seen during talks in Doha.',
    apply: pictured,
  },
  {
    id: 'meeting.along-with',
    on: 'trigger',
    example: 'A attended the summit in Lima along with B and C.',
    apply: alongWithAfter,
  },
  {
    id: 'meeting.country-objects',
    on: 'trigger',
    example: 'A met the leaders of Chile and Peru.',
    apply: countryObjects,
  },
  {
    id: 'meeting.group-of',
    on: 'trigger',
    example: 'The presidents of Chile, Peru and Bolivia convened in Lima.',
    apply: countryGroup,
  },
  {
    id: 'meeting.joint-event',
    on: 'trigger',
    example: 'A joint press conference was held with A, B and C.',
    apply: togetherNoSubject,
  },
  {
    id: 'meeting.agentless',
    on: 'trigger',
    example: 'Talks were also held with Foreign Minister B.',
    apply: agentless,
  },
  { id: 'veto.no-subject', on: 'trigger', example: 'He met Chinese officials in Hanoi.', apply: noSubject },
  { id: 'meeting.same-group', on: 'trigger', example: 'X and the same three premiers met in 2021.', apply: sameGroup },
  {
    id: 'meeting.delegation-head',
    on: 'trigger',
    example: 'X met a trade delegation led by Y.',
    apply: delegationHead,
  },
  { id: 'meeting.group', on: 'trigger', example: 'X met envoys of the bloc in Ottawa.', apply: metGroup },
  {
    id: 'meeting.attended',
    on: 'trigger',
    example: 'A and B attended the meeting as guests.',
    apply: attended,
  },
  {
    id: 'meeting.clause',
    on: 'trigger',
    example: 'A received His Highness the Crown Prince Sheikh B at the palace.',
    apply: clauseFallback,
  },
  { id: 'meeting.and-met', on: 'trigger', example: 'A and B met in Brasilia.', apply: andMet },
  { id: 'meeting.met-with', on: 'trigger', example: 'A held talks with B and C at Camp David.', apply: metWith },
  {
    id: 'meeting.cooccur',
    on: 'fallback',
    example: 'Minister A as we speak acquired at his workplace President B.',
    apply: cooccur,
  },
];
