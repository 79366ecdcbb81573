import { lexicon } from '../data.js';
import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import { isNameToken, isTitleWord } from '../people/find.js';

/**
 * Person–met–person in one sentence: "A met (with) B", "A held talks with B and C" (one meeting
 * per object), "A hosted B", "A shook hands with B", "A and B met / shook hands", "talks between A
 * and B", "his meeting with B", "Modi and Putin … after their meeting", captions "A meets with B".
 * Multilateral: a list after the verb or "between" is one meeting of all ("A hosted B, C and D") unless they
 * were met one by one; names in apposition after a group noun ("his colleagues (A and B)"); "From left: A, B
 * and C …"; "Present were …"; "a summit attended / chaired by …"; "brought together …"; a group that people
 * who spoke to it join (joinMeeting).
 */

export interface FoundMeeting {
  participants: string[];
  /** spouses who came along ("and his wife Grace"): present, not principals */
  others: string[];
  /** offset of the trigger word, to choose the nearest date */
  at: number;
  rule: string;
}

const GLUE = new Set([
  'visiting',
  'then',
  'both',
  'courtesy',
  'on',
  'with',
  'hands',
  'down',
  'the',
  'a',
  'an',
  'for',
  'talks',
  'meeting',
  'working',
  'to',
  'in',
  'person',
  'by',
  'phone',
  'virtually',
  'separately',
  'briefly',
  'also',
  'from',
  'call',
  'calls',
  'video',
  'link',
  'separate',
]);

/** "the two leaders", "both ministers", "the two leftist presidents": a pair named before */
const THE_TWO =
  /\b(?:the (?:two|three|four)|both)(?: [a-z-]+){0,2} (?:leaders|ministers|presidents|sides|men|women|diplomats|officials|counterparts|heads of state|envoys|premiers|chancellors|secretaries|foreign ministers|prime ministers)$/;
/** a meeting spoken of as still to come: "are due to travel … for a summit with X" */
const FUTURE =
  /\b(?:(?:is|are|was|were) (?:due|set|expected|scheduled|slated|poised|going) to|will|plans? to|planning to|hopes? to)\b/;
const TIME_WORD =
  /^(?:on|in|the|this|last|earlier|later|late|early|morning|afternoon|evening|night|day|yesterday|today|,)$/;
/** first words of the 'gather' phrases ("brought together"), to look them up only where one may start */
let gatherFirst: Set<string> | null = null;
const gatherFirstWords = () => (gatherFirst ??= new Set(lexicon().meeting.gather.map((g) => g.split(' ')[0]!)));
/** function words, which never describe an office ("resistance from Chancellor X" is no title phrase) */
const FUNCTION_WORD =
  /^(?:and|or|but|from|of|with|without|by|to|in|at|on|for|against|about|after|before|over|under|than|as|who|which|that|said|says|told|is|was|were|are|has|had|have)$/;
const DETERMINER = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'this', 'that', 'first', 'second']);

function titleish(t: Token): boolean {
  const lex = lexicon();
  // "ex-Premier", "acting-Chancellor": a title held at the time
  const hy = /^(?:then|ex|former|acting|interim)-(.+)$/.exec(t.lower);
  if (hy && lex.titleWords.has(hy[1]!)) return true;
  return (
    (t.cap && !isNameToken(t)) ||
    lex.titleWords.has(t.lower) ||
    lex.countryByWord.has(t.lower) ||
    t.lower === 'of' ||
    t.lower === 'the' ||
    t.lower === 'diplomatic' ||
    t.lower === 'and' ||
    t.text === '(' ||
    t.text === ')' ||
    t.lower === 'left' ||
    t.lower === 'right' ||
    t.lower === 'l' ||
    t.lower === 'r'
  );
}

/** The person mention at token n, skipping title words, or null. */
function mentionFrom(toks: Token[], ms: Mention[], n: number, max: number): Mention | null {
  for (let k = n; k < Math.min(toks.length, n + max); k++) {
    const m = ms.find((x) => x.i === k);
    // "his Turkish counterpart Hakan Fidan": the possessive is not the other party
    if (m && m.kind === 'pronoun' && m.poss) continue;
    // "met Chancellor X's special envoy Y": the possessor is not the other party
    // "X's long-time adviser Y": likewise, a possessor before a common noun and a name
    const named =
      m && m.poss && toks[m.j] && toks[m.j]!.word && !toks[m.j]!.cap
        ? ms.find((x) => x.i > m.j && x.i <= m.j + 3 && x.kind === 'name' && x.person)
        : undefined;
    if (m && m.poss && toks[m.j] && (titleish(toks[m.j]!) || toks[m.j]!.cap || named)) {
      k = (named && !titleish(toks[m.j]!) ? named.i : m.j) - 1;
      continue;
    }
    if (m) return m.person ? m : null;
    const t = toks[k]!;
    // "Mr. Prabowo": the period of an abbreviated title
    if (t.text === '.' && k > n && toks[k - 1]!.cap && toks[k - 1]!.end === t.start && toks[k - 1]!.text.length <= 3)
      continue;
    // a long title: "the Minister of Foreign Affairs of the Kingdom of Thailand, H.E. X", "Commissioner for
    // Political Affairs, Peace and Security X", "Deputy Prime Minister and Minister of Foreign Affairs X"
    if (
      k > n &&
      (t.text === ',' || t.lower === 'and') &&
      titleish(toks[k - 1]!) &&
      toks[k - 1]!.word &&
      toks[k - 1]!.lower !== 'the'
    ) {
      const nx = toks[k + 1];
      const nm = ms.find((x) => x.i === k + 1);
      if (t.text === ',' && nm && nm.person && nm.kind === 'name') continue;
      if (nx && nx.cap && !nm && (!isNameToken(nx) || toks.slice(n, k).some((x) => isTitleWord(x)))) continue;
    }
    // "Tan Sri X": a form of address of two words
    if (t.cap && toks[k + 1] && lexicon().titleByPhrase.get(`${t.lower} ${toks[k + 1]!.lower}`)?.honorific) continue;
    // "with Bloggs's aide X": a possessor nobody resolved, before a common noun and a name
    if (t.poss && t.cap && k + 1 < toks.length && !toks[k + 1]!.cap) {
      const nx = ms.find((x) => x.i > k + 1 && x.i <= k + 3 && x.kind === 'name' && x.person);
      if (nx && toks.slice(k + 1, nx.i).every((x) => x.word && !x.cap)) {
        k = nx.i - 1;
        continue;
      }
    }
    // "opposition negotiator X", "rebel military chief X": lower-case words right before a title word belong to it
    const plain = (x: Token | undefined) =>
      !!x && x.word && !x.cap && !GLUE.has(x.lower) && !FUNCTION_WORD.test(x.lower);
    if (
      plain(t) &&
      toks[k + 1] &&
      (isTitleWord(toks[k + 1]!) || (plain(toks[k + 1]) && toks[k + 2] && isTitleWord(toks[k + 2]!)))
    )
      continue;
    // "Freedonian President X": a capitalised word right before a title word belongs to the title
    if (t.cap && t.word && toks[k + 1] && lexicon().titleWords.has(toks[k + 1]!.lower) && !ms.some((x) => x.i === k))
      continue;
    // "Jan Maria Novak" where only "Novak" was resolved: the given names before a name belong to it
    if (t.cap && t.word && !t.poss && isNameToken(t) && !isTitleWord(t)) {
      let e = k;
      while (
        e < toks.length &&
        e - k < 3 &&
        toks[e]!.cap &&
        toks[e]!.word &&
        !toks[e]!.poss &&
        isNameToken(toks[e]!) &&
        !isTitleWord(toks[e]!) &&
        !ms.some((x) => x.i === e)
      )
        e++;
      const at = ms.find((x) => x.i === e && x.kind === 'name' && x.person && !x.poss);
      if (at && e > k && toks[e - 1]!.end + 1 >= toks[e]!.start) return at;
    }
    if (!(titleish(t) || GLUE.has(t.lower)) || t.lower === 'and') return null;
  }
  return null;
}

/** "his wife Grace", "first lady Jane Doe", "her husband, John Roe": a spouse who came along. */
export function isSpouse(toks: Token[], m: Mention): boolean {
  let k = m.i - 1;
  if (toks[k]?.text === ',') k--;
  return k >= 0 && lexicon().meeting.spouse.has(toks[k]!.lower) && !toks[k]!.cap;
}

/** Token index where the title phrase before token k+1 starts: "French President" in "French President Marc Dubois". */
function titleStart(toks: Token[], k: number): number {
  const lex = lexicon();
  const spouse = lex.meeting.spouse;
  // "General Intelligence chief": a capitalised word before a title word belongs to the title;
  // "his wife, Anita Doe": a spouse word, its possessive and the comma after it
  while (
    k >= 0 &&
    toks[k]!.lower !== 'and' &&
    (titleish(toks[k]!) ||
      (toks[k]!.cap && toks[k + 1] !== undefined && lex.titleWords.has(toks[k + 1]!.lower)) ||
      (toks[k]!.text === ',' && spouse.has(toks[k - 1]?.lower ?? '')) ||
      ((toks[k]!.lower === 'his' || toks[k]!.lower === 'her') &&
        toks[k + 1] !== undefined &&
        (spouse.has(toks[k + 1]!.lower) || titleish(toks[k + 1]!))))
  )
    k--;
  return k + 1;
}

/** Mentions coordinated with m before it: "Lavrov (left) and Turkish Foreign Minister Hakan Fidan". */
function coordinatedBefore(toks: Token[], ms: Mention[], m: Mention): Mention | null {
  let k = titleStart(toks, m.i - 1) - 1;
  for (let guard = 0; guard < 3; guard++) {
    if (toks[k]?.lower !== 'and') return null;
    k--;
    while (
      k >= 0 &&
      (toks[k]!.text === ')' ||
        toks[k]!.text === '(' ||
        ['left', 'right', 'l', 'r', 'center', 'centre'].includes(toks[k]!.lower))
    )
      k--;
    const prev = ms.find((x) => x.j === k + 1 && x.person);
    // "A and Ruritania's deputy prime minister and chief negotiator B": the title before B is B's own
    if (prev && prev.person === m.person && prev.kind === 'title') {
      k = titleStart(toks, prev.i - 1) - 1;
      continue;
    }
    return prev ?? null;
  }
  return null;
}

/**
 * A list of people from token n: "B", "B and C", "B, C and D", "B (left), C and D". Items after a comma
 * count only when an "and" closes the list ("met B, C said" is no list). `separate` when a word between two
 * items says they were met one by one ("B and later C").
 */
function readList(toks: Token[], ms: Mention[], n: number, max = 30): { items: Mention[]; separate: boolean } {
  const sep = lexicon().meeting.separate;
  const items: Mention[] = [];
  let pending = -1;
  let separate = false;
  let o = mentionFrom(toks, ms, n, max);
  while (o) {
    items.push(o);
    let e = o.j;
    // "(left)", "(centre)" after a name in a caption
    if (toks[e]?.text === '(' && toks[e + 2]?.text === ')') e += 3;
    if (toks[e]?.text === ',') {
      // "B, C and D": the next item of the list
      const nx = toks[e + 1]?.lower === 'and' ? null : mentionFrom(toks, ms, e + 1, 20);
      if (nx && nx.kind !== 'pronoun' && !items.some((x) => x.person === nx.person)) {
        if (pending < 0) pending = items.length;
        o = nx;
        continue;
      }
      // "A, Jan Novak, B and C": a name nobody resolved, in the middle of a list
      let g = e + 1;
      while (g < toks.length && g - e <= 4 && toks[g]!.cap && toks[g]!.word && !ms.some((x) => x.i === g)) g++;
      if (g > e + 1 && toks[g]?.text === ',') {
        const nx2 = mentionFrom(toks, ms, g + 1, 20);
        if (nx2 && nx2.kind !== 'pronoun' && !items.some((x) => x.person === nx2.person)) {
          if (pending < 0) pending = items.length;
          o = nx2;
          continue;
        }
      }
      // skip an apposition: ", director of the Office …,"
      let f = e + 1;
      while (f < toks.length && toks[f]!.text !== ',' && toks[f]!.lower !== 'and' && f - e < 25) f++;
      if (toks[f]?.text === ',') e = f + 1;
      // "H.E. A, and the Deputy Prime Minister …, H.E. B"
      else if (toks[e + 1]?.lower === 'and') e++;
    }
    if (toks[e]?.lower !== 'and') break;
    o = mentionFrom(toks, ms, e + 1, 20);
    // "…, C and Jan Novak": a name nobody resolved still closes the list
    if (
      !o &&
      toks[e + 1]?.cap &&
      toks[e + 1]!.word &&
      !isTitleWord(toks[e + 1]!) &&
      !lexicon().countryByWord.has(toks[e + 1]!.lower)
    )
      pending = -1;
    if (o) {
      pending = -1;
      // "and then Ruritanian premier X": "then" before a title is the title of that time, not a later meeting
      const at = o.i;
      if (
        toks
          .slice(e + 1, at)
          .some((x, q) => sep.has(x.lower) && !(x.lower === 'then' && e + 2 + q < at && titleish(toks[e + 2 + q]!)))
      )
        separate = true;
    }
  }
  if (pending > 0) items.length = pending;
  return { items, separate };
}

/** "his colleagues of X, Y and Z – A, B and C –", "the leaders (A and B)": the list after a group noun. */
function groupList(toks: Token[], ms: Mention[], n: number): Mention[] {
  const groups = lexicon().meeting.groupNouns;
  let group = false;
  for (let k = n; k < toks.length && k - n <= 20; k++) {
    const t = toks[k]!;
    if (ms.some((x) => x.i === k && x.kind !== 'pronoun')) return [];
    if (groups.has(t.lower)) group = true;
    if (/^(?:–|—|-|--|\(|:)$/.test(t.text)) return group ? readList(toks, ms, k + 1, 8).items : [];
    // "his two guests, A and B,": the names right after the group noun's comma
    if (group && t.text === ',' && groups.has(toks[k - 1]?.lower ?? '')) return readList(toks, ms, k + 1, 8).items;
    // "envoys of the bloc, including A, B and C"
    if (group && (t.lower === 'including' || t.lower === 'among'))
      return readList(toks, ms, k + (toks[k + 1]?.lower === 'them' ? 2 : 1), 8).items;
    if (
      t.word &&
      !t.cap &&
      !group &&
      !groups.has(t.lower) &&
      !/^(?:his|her|their|its|the|of|from|and|in|across|other|fellow|two|three|four|five|six|seven|eight|nine|ten|foreign|defence|defense|finance|regional|neighbouring|neighboring)$/.test(
        t.lower,
      )
    )
      return [];
  }
  return [];
}

/** The subject of a trigger at k: the nearest person before it and the people coordinated with it ("A, B and C met"). */
function subjectsBefore(toks: Token[], ms: Mention[], k: number): Mention[] {
  let subj: Mention | null = null;
  for (const m of ms) if (m.j <= k && m.person && !(m.poss && m.kind === 'name')) subj = m;
  return subj ? withCoordinated(toks, ms, subj) : [];
}

/** `subj` and the people coordinated before it, in text order: "A, B and C met" for C gives A, B, C. */
function withCoordinated(toks: Token[], ms: Mention[], subj: Mention): Mention[] {
  const subjects = [subj];
  const co = coordinatedBefore(toks, ms, subj);
  if (co) {
    subjects.unshift(co);
    // the rest of a list before "and"
    for (let c = co; ;) {
      const from = titleStart(toks, c.i - 1);
      const comma = toks[from - 1]?.text === ',' ? from - 1 : -1;
      const prev = comma > 0 ? ms.find((x) => x.j === comma && x.person && x.kind === 'name') : undefined;
      if (!prev || subjects.some((x) => x.person === prev.person)) break;
      subjects.unshift(prev);
      c = prev;
    }
  }
  return subjects;
}

export function findMeetings(
  s: Sentence,
  mentions: Mention[],
  countryOf: (id: string) => string | null = () => null,
): FoundMeeting[] {
  const lex = lexicon();
  const toks = s.tokens;
  const ms = mentions.filter((m) => !m.quoted && m.kind !== 'org');
  const out: FoundMeeting[] = [];
  // captions "From left: A, B, C and D at the talks", "Present were A, B and C": the list took part
  const low = s.text.toLowerCase().replace(/^[\s(]+/, (x) => (x.includes('(') ? '(' : ''));
  const opener =
    lex.meeting.listOpeners
      .filter((o) => low.startsWith(o) && /^[\s:,)]/.test(low.slice(o.length)))
      .sort((a, b) => b.length - a.length)[0] ??
    // "Attending the summit were …", "Also present at the talks were …"
    /^(?:also |among those )?(?:present|attending|participating|taking part)(?:(?: in| at)? the [a-z-]+(?: [a-z-]+)?)? (?:were|was|included)\b/.exec(
      low,
    )?.[0];
  if (opener) {
    const first = ms.find((m) => m.start - s.start >= opener.length && m.person);
    const list = first ? readList(toks, ms, first.i).items : [];
    const people = [...new Set(list.map((m) => m.person!))];
    const caption = /^\(?(?:from|left|l)\b/.test(opener);
    const meetingWord = toks.some(
      (x) =>
        !x.quoted &&
        !x.cap &&
        (lex.meeting.nouns.has(x.lower) || lex.meeting.subjectPlural.has(x.lower) || lex.meeting.verbs.has(x.lower)),
    );
    if (people.length >= 2 && (!caption || meetingWord))
      out.push({
        participants: people,
        others: [],
        at: first!.start,
        rule: caption ? 'meeting.caption' : 'meeting.present',
      });
  }
  // a caption "A (centre) with B (left) and C in PLACE": the people pictured together met
  const lead = ms.find((m) => m.person && m.kind === 'name');
  if (
    lead &&
    toks[lead.j]?.text === '(' &&
    /^(?:centre|center|left|right|l|r|c|second left|second right)$/.test(toks[lead.j + 1]?.lower ?? '') &&
    toks[lead.j + 2]?.text === ')' &&
    toks[lead.j + 3]?.lower === 'with' &&
    toks.slice(0, lead.i).every((x) => titleish(x))
  ) {
    const list = readList(toks, ms, lead.j + 4, 12).items;
    const people = [...new Set([lead, ...list].map((m) => m.person!))];
    if (people.length >= 2)
      out.push({ participants: people, others: [], at: toks[lead.j + 3]!.start, rule: 'meeting.caption' });
  }
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.quoted || !t.word) continue;
    // "the summit brought together A, B and C", "A brought together B and C"
    const gather = gatherFirstWords().has(t.lower)
      ? lex.meeting.gather.find((g) => g.split(' ').every((w, i) => toks[k + i]?.lower === w))
      : undefined;
    if (gather) {
      const after = k + gather.split(' ').length;
      const list = readList(toks, ms, after, 12).items;
      const subj = ms.filter((m) => m.j <= k && m.j >= k - 2 && m.person && m.kind !== 'pronoun').pop();
      const noun = toks.slice(0, k).findLastIndex((x) => !x.quoted && lex.meeting.nouns.has(x.lower));
      const people = [...new Set([...(subj ? [subj] : []), ...list].map((m) => m.person!))];
      if (people.length >= 2 && (subj || noun >= 0))
        out.push({
          participants: people,
          others: [],
          at: toks[noun >= 0 && !subj ? noun : k]!.start,
          rule: 'meeting.gather',
        });
      continue;
    }
    // "a summit attended by A, B and C", "talks brokered by C", "a dinner chaired by … C": the people
    // after "by" took part, with the meeting's subjects ("A chaired the summit, attended by …")
    if (lex.meeting.byVerbs.has(t.lower) && toks[k + 1]?.lower === 'by' && !t.cap) {
      const noun = toks.slice(Math.max(0, k - 12), k).findLastIndex((x) => !x.quoted && lex.meeting.nouns.has(x.lower));
      if (noun >= 0) {
        const nounAt = Math.max(0, k - 12) + noun;
        const list = readList(toks, ms, k + 2, 12).items;
        if (list.length) {
          const last = out[out.length - 1];
          const subjects = subjectsBefore(toks, ms, nounAt);
          // the meeting this sentence already reported ("A and B met … at talks chaired by C")
          if (last && subjects.some((x) => last.participants.includes(x.person!))) {
            for (const m of list) if (!last.participants.includes(m.person!)) last.participants.push(m.person!);
          } else {
            const people = [...new Set([...subjects, ...list].map((m) => m.person!))];
            if (people.length >= 2)
              out.push({ participants: people, others: [], at: toks[nounAt]!.start, rule: 'meeting.attended-by' });
          }
        }
        k++;
        continue;
      }
    }
    // "X was joined (at the talks) by Y": a leader of another country is another party; one of X's own a delegation member
    if (t.lower === 'joined') {
      let by = k + 1;
      while (
        by < toks.length &&
        by - k <= 8 &&
        toks[by]!.lower !== 'by' &&
        toks[by]!.text !== ',' &&
        !ms.some((x) => x.i === by)
      )
        by++;
      if (toks[by]?.lower !== 'by') {
        // "A joined B and C for lunch": A met them
        const list = readList(toks, ms, k + 1, 4).items;
        const who = ms.filter((m) => m.j <= k && m.j >= k - 3 && m.person && m.kind !== 'pronoun' && !m.poss).pop();
        const talk = toks.slice(k).some((x) => !x.quoted && !x.cap && lex.meeting.nouns.has(x.lower));
        const people = [...new Set([...(who ? [who] : []), ...list].map((m) => m.person!))];
        if (who && talk && people.length >= 2)
          out.push({ participants: people, others: [], at: t.start, rule: 'meeting.joined' });
        continue;
      }
      const subj = ms.filter((m) => m.j <= k && m.person && !(m.poss && m.kind === 'name')).pop();
      const o = mentionFrom(toks, ms, by + 1, 12);
      // "A and B had lunch, where they were later joined by C": C took part in the meeting of the pair
      const they = toks.slice(Math.max(0, k - 3), k).some((x) => x.lower === 'they');
      const met = out[out.length - 1];
      if (they && met && o && o.kind === 'name' && met.participants.length >= 2) {
        if (!met.participants.includes(o.person!)) met.participants.push(o.person!);
        continue;
      }
      if (subj && o && o.person !== subj.person && o.kind === 'name' && !coordinatedBefore(toks, ms, subj)) {
        const a = countryOf(subj.person!);
        const b = countryOf(o.person!);
        if (a && b && a !== b)
          out.push({ participants: [subj.person!, o.person!], others: [], at: t.start, rule: 'meeting.joined-by' });
      }
      continue;
    }
    // "the two leaders held talks", "the talks the two leaders held", "the two men met": a pair named before
    if (lex.meeting.subjectPlural.has(t.lower) && !t.cap) {
      let b = k - 1;
      while (
        b >= 0 &&
        /^(last|also|first|previously|had|have|already|once|then|later|briefly|not|had)$/.test(toks[b]!.lower)
      )
        b--;
      const phrase = toks
        .slice(Math.max(0, b - 3), b + 1)
        .map((x) => x.lower)
        .join(' ');
      const around = toks.slice(Math.max(0, k - 8), k + 8).some((x) => !x.quoted && lex.meeting.nouns.has(x.lower));
      if (THE_TWO.test(phrase) && (lex.meeting.verbs.has(t.lower) || around)) {
        const count = /\bthree\b/.test(phrase) ? 3 : /\bfour\b/.test(phrase) ? 4 : 2;
        const named = [
          ...new Set(ms.filter((m) => m.j <= b - 1 && m.person && m.kind === 'name').map((m) => m.person!)),
        ];
        out.push({
          participants: named.length >= count ? named.slice(-count) : [],
          others: [],
          at: t.start,
          rule: `meeting.the-${count}`,
        });
        continue;
      }
    }
    // "A and his counterpart B agreed / signed / discussed": two people of different countries acting together met
    if (lex.meeting.joint.has(t.lower) && !t.cap) {
      const subj = ms.filter((m) => m.j <= k && m.person && m.kind !== 'pronoun').pop();
      if (
        subj &&
        subj.j >= k - 4 &&
        !toks.slice(subj.j, k).some((x) => x.text === ',' || lex.meeting.verbs.has(x.lower))
      ) {
        const co = coordinatedBefore(toks, ms, subj);
        const a = co && countryOf(co.person!);
        const b = countryOf(subj.person!);
        if (co && a && b && a !== b && co.person !== subj.person)
          out.push({ participants: [co.person!, subj.person!], others: [], at: t.start, rule: 'meeting.joint' });
      }
    }
    let isVerb = lex.meeting.verbs.has(t.lower) && !t.cap;
    const isNoun = lex.meeting.nouns.has(t.lower) && (!t.cap || k === 0);
    if (!isVerb && !isNoun) continue;
    // "at the delegation-level meeting": a noun after a determiner or an adjective, not a verb
    if (isVerb && isNoun && (DETERMINER.has(toks[k - 1]?.lower ?? '') || /-/.test(toks[k - 1]?.lower ?? '')))
      isVerb = false;
    // a meeting spoken of as still to come
    if (
      !isVerb &&
      FUTURE.test(
        s.text
          .slice(0, t.start - s.start)
          .toLowerCase()
          .split(/[,;]/)
          .pop() ?? '',
      )
    )
      continue;
    // a meeting planned, hoped for or denied is not a meeting that took place
    const before2 = toks
      .slice(Math.max(0, k - 4), k)
      .map((x) => x.lower)
      .join(' ');
    if (
      /\b(will|would|to|not|never|could|may|might|shall|plans?|planned|expected|hopes?|wants?|refused|no)( \w+)?$/.test(
        before2,
      ) &&
      isVerb &&
      !/\b(had|has|have|did)\b/.test(before2.split(' ').slice(-1)[0]!)
    )
      continue;
    if (isNoun && /\b(planned|upcoming|proposed|possible|future|next|no)\s*$/.test(before2)) continue;
    // "who sat in on the meeting": a delegation member present, not a meeting of its own
    if ((t.lower === 'sat' || t.lower === 'sits') && toks[k + 1]?.lower === 'in') continue;
    const objects: Mention[] = [];
    let n = k + 1;
    const next = toks[n]?.lower ?? '';
    const between = next === 'between';
    let look = false;
    if (between) {
      n++;
      look = true;
    } else if (isVerb && ['spoke', 'spoken', 'speaks', 'talked', 'talks', 'called'].includes(t.lower))
      look = next === 'with' || next === 'to' || next === 'by' || (t.lower === 'called' && next === 'on');
    else if (isVerb) look = true;
    // "paid a courtesy call on the President"
    else look = next === 'with' || (next === 'on' && (t.lower === 'call' || t.lower === 'visit'));
    // "held talks on Monday evening with X": a time between the noun and "with"
    if (!look && isNoun && !between) {
      let w = k + 1;
      while (
        w < toks.length &&
        w - k <= 7 &&
        (TIME_WORD.test(toks[w]!.lower) ||
          lex.weekdays.has(toks[w]!.lower) ||
          lex.months.has(toks[w]!.lower) ||
          /^\d{1,4}$/.test(toks[w]!.text))
      )
        w++;
      if (w > k + 1 && toks[w]?.lower === 'with') {
        look = true;
        n = w;
      }
    }
    let separate = /\b(?:separately|separate|respectively|individually)\b/i.test(s.text);
    // "spoke by phone with B and C": calls are one by one unless the report says they were joined
    if (
      ['spoke', 'spoken', 'speaks', 'talked', 'called', 'phoned'].includes(t.lower) &&
      !/\b(?:joint|trilateral|three-way|four-way|conference call|together)\b/i.test(s.text)
    )
      separate = true;
    if (look) {
      const list = readList(toks, ms, n, 30);
      // "received his colleagues of X and Y (A and B)"
      objects.push(...(list.items.length ? list.items : groupList(toks, ms, n)));
      if (list.separate) separate = true;
    }
    if (between) {
      // "A hosted / mediated talks between B and C": the host took part
      const hostAt = toks.slice(Math.max(0, k - 3), k).findIndex((x) => lex.meeting.hostVerbs.has(x.lower));
      const host =
        hostAt >= 0
          ? ms.filter((m) => m.j <= Math.max(0, k - 3) + hostAt && m.person && m.kind !== 'pronoun' && !m.poss).pop()
          : undefined;
      const people = [...new Set([...(host ? [host] : []), ...objects].map((m) => m.person!))];
      if (objects.length >= 2 || (host && people.length >= 3))
        out.push({ participants: people, others: [], at: t.start, rule: 'meeting.between' });
      continue;
    }
    // subjects: the nearest person before the trigger, and who is coordinated with it
    let subj: Mention | null = null;
    for (const m of ms) if (m.j <= k && m.person && !(m.poss && m.kind === 'name')) subj = m;
    if (toks[k - 1]?.lower === 'their' || toks[k - 2]?.lower === 'their') {
      const pair = ms.filter((m) => m.j <= k && m.person);
      for (let a = pair.length - 1; a > 0; a--) {
        const c = coordinatedBefore(toks, ms, pair[a]!);
        if (c) {
          out.push({ participants: [c.person!, pair[a]!.person!], others: [], at: t.start, rule: 'meeting.their' });
          break;
        }
      }
      continue;
    }
    if (!subj) continue;
    // a noun needs "his/her meeting with", "a meeting with", "held talks with"
    // "A, B and C met": everyone coordinated before the verb
    const subjects = withCoordinated(toks, ms, subj);
    // "X received him": an object pronoun is not the subject itself but the person named before it
    for (let q = 0; q < objects.length; q++) {
      const o = objects[q]!;
      if (o.kind !== 'pronoun' || !subjects.some((x) => x.person === o.person)) continue;
      const other = ms.filter((m) => m.j <= subj!.i && m.person && !subjects.some((x) => x.person === m.person)).pop();
      if (other) objects[q] = other;
    }
    // "X and the same three premiers met": the group of a meeting reported before
    if (objects.length === 0 && subjects.length === 1) {
      const words = toks.slice(subj.j, k).map((x) => x.lower);
      const num =
        words[0] === 'and' && words[1] === 'the' && words[2] === 'same' ? lex.numbers.get(words[3] ?? '') : undefined;
      if (num && num > 1 && lex.meeting.groupNouns.has(words[words.length - 1]!)) {
        out.push({ participants: [subj.person!], others: [], at: t.start, rule: `meeting.same-${num}` });
        continue;
      }
    }
    // "X received a delegation led by Y": Y took part
    if (objects.length === 0 && isVerb && look && !between) {
      const d = toks.slice(n, n + 5).findIndex((x) => x.lower === 'delegation');
      if (d >= 0 && /^(?:headed|led)$/.test(toks[n + d + 1]?.lower ?? '') && toks[n + d + 2]?.lower === 'by') {
        const head = mentionFrom(toks, ms, n + d + 3, 10);
        if (head && head.person !== subj.person) {
          out.push({
            participants: [subj.person!, head.person!],
            others: [],
            at: t.start,
            rule: 'meeting.delegation-head',
          });
          continue;
        }
      }
    }
    // "X met envoys of the bloc": a meeting of a group whose people the report names later
    if (objects.length === 0 && isVerb && look && !between) {
      let g = n;
      while (
        g < toks.length &&
        g - n < 3 &&
        !toks[g]!.cap &&
        toks[g]!.word &&
        !lex.meeting.groupNouns.has(toks[g]!.lower) &&
        !/^(?:the|a|an|with|to|by|on|in|at)$/.test(toks[g]!.lower)
      )
        g++;
      if (g < toks.length && lex.meeting.groupNouns.has(toks[g]!.lower) && !toks[g]!.cap && subjects.length === 1) {
        out.push({ participants: [subj.person!], others: [], at: t.start, rule: 'meeting.group' });
        continue;
      }
    }
    if (objects.length === 0) {
      // "A and B took part in the ministers' meeting": people present at someone else's meeting
      // — unless they are leaders of different countries who attended it together ("A, B and C attended the summit")
      const lands = subjects.map((m) => countryOf(m.person!));
      const apart = subjects.length >= 2 && lands.every((c) => c) && new Set(lands).size === lands.length;
      if (
        isNoun &&
        !apart &&
        /\b(?:part in|attended|joined|in)\b/.test(
          toks
            .slice(Math.max(0, k - 5), k)
            .map((x) => x.lower)
            .join(' '),
        )
      )
        continue;
      if (subjects.length >= 2 && (lex.meeting.subjectPlural.has(t.lower) || isNoun))
        out.push({ participants: subjects.map((m) => m.person!), others: [], at: t.start, rule: 'meeting.and-met' });
      continue;
    }
    // "A met B and C", "A hosted B, C and D": one meeting of all, unless they were met one by one
    const others = objects.filter((o) => !subjects.some((x) => x.person === o.person));
    // two officials of one country (or of no known country) met by a visitor ("held talks with Foreign Minister
    // B and Premier C") are usually met one by one; people of different countries, or hosted together, met as one
    const lands = others.map((o) => countryOf(o.person!)).filter((c): c is string => !!c);
    if (
      subjects.length < 2 &&
      (new Set(lands).size < lands.length || (new Set(lands).size < 2 && !lex.meeting.hostVerbs.has(t.lower)))
    )
      separate = true;
    if (others.length >= 2 && !separate) {
      out.push({
        participants: [...new Set([...subjects, ...others].map((m) => m.person!))],
        others: [],
        at: t.start,
        rule: isNoun ? 'meeting.meeting-with' : 'meeting.met-with',
      });
      continue;
    }
    for (const o of others)
      out.push({
        participants: [...subjects.map((m) => m.person!), o.person!],
        others: [],
        at: t.start,
        rule: isNoun ? 'meeting.meeting-with' : 'meeting.met-with',
      });
  }
  // "A and B met … at talks chaired by C": the pair is part of the meeting of three the sentence reports
  const whole = out.filter(
    (f) =>
      f.participants.length === 0 ||
      f.rule === 'meeting.group' ||
      !out.some(
        (g) =>
          g !== f &&
          g.participants.length > f.participants.length &&
          f.participants.every((p) => g.participants.includes(p)),
      ),
  );
  return withSpouses(
    whole,
    new Set(ms.filter((m) => m.person && m.kind === 'name' && isSpouse(toks, m)).map((m) => m.person!)),
  );
}

const JOIN_VERBS = /^(?:told|warned|addressed|briefed|assured|urged|reminded|informed)$/;
const JOIN_OBJECTS =
  /^(?:meeting|summit|gathering|session|conference|forum|ministers|leaders|counterparts|delegates|participants)$/;

/**
 * "X addressed the summit", "Y assured the delegates that …": a person who spoke to a meeting took part
 * in it. Adds them to the report's last meeting of a group ("W met envoys of the
 * bloc") or of three or more.
 */
export function joinMeeting(
  s: Sentence,
  mentions: Mention[],
  meetings: { participants: string[]; evidence: { rule: string }[] }[],
): void {
  const toks = s.tokens;
  const target = [...meetings]
    .reverse()
    .find((m) => m.evidence.some((e) => e.rule === 'meeting.group') || m.participants.length >= 3);
  if (!target) return;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (
      toks[k]!.quoted ||
      !JOIN_VERBS.test(toks[k]!.lower) ||
      toks[k + 1]!.lower !== 'the' ||
      !JOIN_OBJECTS.test(toks[k + 2]!.lower)
    )
      continue;
    // the subject: a name right before the verb, or before ", …," in apposition
    const subj = mentions.filter((m) => !m.quoted && m.person && m.kind === 'name' && !m.poss && m.j <= k).pop();
    if (!subj) continue;
    const between = toks.slice(subj.j, k);
    if (between.length > 12 || between.some((x) => x.quoted)) continue;
    if (!target.participants.includes(subj.person!)) target.participants.push(subj.person!);
  }
}

/** The first pair of people of different countries named together as subjects ("A and his counterpart B"), or null. */
export function coordinatedPair(
  s: Sentence,
  mentions: Mention[],
  countryOf: (id: string) => string | null,
): [string, string] | null {
  const ms = mentions.filter((m) => !m.quoted && m.person && m.kind === 'name');
  for (const m of ms) {
    const co = coordinatedBefore(s.tokens, ms, m);
    if (!co || co.person === m.person) continue;
    const a = countryOf(co.person!);
    const b = countryOf(m.person!);
    if (a && b && a !== b) return [co.person!, m.person!];
  }
  return null;
}

/** Spouses named beside the principals come along: under others; a spouse's own "meeting" joins the principals' one. */
function withSpouses(found: FoundMeeting[], spouses: Set<string>): FoundMeeting[] {
  if (!spouses.size) return found;
  const split = found.map((f) => ({
    ...f,
    participants: f.participants.filter((p) => !spouses.has(p)),
    others: f.participants.filter((p) => spouses.has(p)),
  }));
  const out = split.filter((f) => f.participants.length >= 2);
  for (const f of split) {
    if (f.participants.length >= 2) continue;
    if (f.participants.length === 0) {
      out.push(found[split.indexOf(f)]!);
      continue;
    }
    const host = out.find((o) => o.participants.includes(f.participants[0]!));
    if (host) for (const o of f.others) if (!host.others.includes(o)) host.others.push(o);
  }
  return out;
}

/** "for more than five hours", "which lasted seven and a half hours", "the half-hour meeting". */
export function findDuration(text: string): { text: string; minutes: number } | null {
  const lex = lexicon();
  const m =
    /\b(?:for|lasted|lasting|of)\s+((?:more than|over|about|around|nearly|almost|some|roughly|at least|less than)\s+)?([a-z]+|\d+(?:\.\d+)?)((?:[- ]and[- ]a[- ]half)?)[- ](hours?|minutes?)\b/i.exec(
      text,
    ) ?? /\b(a|one|two|three|four|five|six|half)-(hour|minute)\b/i.exec(text);
  if (!m) return null;
  if (m.length === 3) {
    const n = lex.numbers.get(m[1]!.toLowerCase()) ?? Number(m[1]);
    return { text: m[0], minutes: Math.round(n * (m[2]!.toLowerCase() === 'hour' ? 60 : 1)) };
  }
  const n = lex.numbers.get(m[2]!.toLowerCase()) ?? Number(m[2]);
  if (!Number.isFinite(n)) return null;
  const total = (n + (m[3] ? 0.5 : 0)) * (m[4]!.toLowerCase().startsWith('hour') ? 60 : 1);
  return { text: m[0].replace(/^(for|lasted|lasting|of)\s+/i, ''), minutes: Math.round(total) };
}

/** "at the Palace of Nations in Geneva", "in Moscow": the place of a meeting, or null. */
export function findPlace(s: Sentence, from: number): string | null {
  const lex = lexicon();
  const toks = s.tokens;
  const cands: string[] = [];
  for (let k = 0; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (t.quoted || (t.lower !== 'in' && t.lower !== 'at')) continue;
    let a = k + 1;
    if (toks[a]?.lower === 'the') a++;
    let b = a;
    while (
      b < toks.length &&
      (toks[b]!.cap ||
        (toks[b]!.lower === 'of' && (toks[b + 1]?.cap || (toks[b + 1]?.lower === 'the' && toks[b + 2]?.cap))) ||
        (toks[b]!.lower === 'the' && toks[b - 1]?.lower === 'of' && toks[b + 1]?.cap)) &&
      !toks[b]!.quoted
    )
      b++;
    if (b === a) continue;
    const words = toks.slice(a, b);
    if (words.some((w) => lex.months.has(w.lower) || lex.weekdays.has(w.lower))) continue;
    const name = words
      .map((w) => w.text)
      .join(' ')
      .replace(/[’']s$/, '');
    const known =
      words.length > 1 ||
      lex.capitals.has(name.toLowerCase()) ||
      lex.countryByWord.has(name.toLowerCase()) ||
      t.lower === 'at' ||
      words[0]!.tags.includes('Place');
    if (!known) continue;
    // "at the Hyderabad House in New Delhi"
    if (toks[b]?.lower === 'in' && toks[b + 1]?.cap) {
      let e = b + 1;
      while (e < toks.length && toks[e]!.cap && !lex.months.has(toks[e]!.lower) && !lex.weekdays.has(toks[e]!.lower))
        e++;
      // "in Tokyo in January": a month after the place is no place
      cands.push(
        e > b + 1
          ? `${name}, ${toks
              .slice(b + 1, e)
              .map((w) => w.text)
              .join(' ')}`
          : name,
      );
    } else cands.push(name);
    if (t.start >= from) return cands[cands.length - 1]!;
  }
  return cands[0] ?? null;
}
