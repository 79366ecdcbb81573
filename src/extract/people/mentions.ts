import { lexicon } from '../../knowledge/index.js';
import { isTitleWord } from '../grammar.js';
import type { Sentence, Token } from '../text.js';
import { findRuns, regnalAt } from './find.js';
import type { Mention, MentionKind, Person } from './index.js';
import { matchName, misspelt } from './match.js';
import { findDescriptors, type Descriptor } from './parse.js';

/**
 * Pass 2 over a report, sentence by sentence in order: every mention of a person — a name, a
 * surname, a misspelling, a title used alone, a pronoun — resolved to a person of pass 1, and the
 * organizations and documents that speak instead of a person ("the ministry said").
 */

/** What pass 2 reads and updates as it goes. */
export interface MentionState {
  readonly text: string;
  readonly list: Person[];
  /** unnamed people referred to by a title ("a senior State Department official"), most recent last */
  readonly anonymous: { head: string; country: string | null }[];
  /** the person a pronoun most likely refers to */
  salient: string | null;
  /** the last sentence whose subject is an unnamed source ("A member of the delegation told …") */
  unnamedSource: number;
  /** order of mentions, for recency */
  clock: number;
}

/** The mentions of one sentence being built: what is found first covers its tokens. */
class Found {
  readonly out: Mention[] = [];
  readonly covered = new Set<number>();
  constructor(readonly toks: Token[]) {}
  mention(i: number, j: number, kind: MentionKind, person: string | null): Mention {
    const t = this.toks;
    return { kind, person, i, j, start: t[i]!.start, end: t[j - 1]!.end, poss: t[j - 1]!.poss, quoted: t[i]!.quoted };
  }
  add(m: Mention): void {
    for (let k = m.i; k < m.j; k++) this.covered.add(k);
    this.out.push(m);
  }
}

let firstWords: Map<string, number[]> | null = null;
/**
 * First words of organization names with the lengths (in words) of the names they start, longest first: an
 * organization is looked up only where one may start, only as long as one may be.
 */
function orgFirstWords(): Map<string, number[]> {
  if (firstWords) return firstWords;
  firstWords = new Map();
  for (const k of lexicon().orgByAlias.keys()) {
    const words = k.split(' ');
    const first = words[0]!.replace(/['’]s$/, '');
    const lengths = firstWords.get(first) ?? [];
    if (!lengths.includes(words.length)) lengths.push(words.length);
    firstWords.set(
      first,
      lengths.sort((a, b) => b - a),
    );
  }
  return firstWords;
}

/**
 * "the Kremlin spokesman", "Foreign Ministry spokeswoman", "the AU Commission chief": an institution inside
 * a person's title (also after more words of an institution's name) is no mention of its own.
 */
function inTitle(toks: Token[], i: number, n: number): boolean {
  const lex = lexicon();
  let after = i + n;
  while (after < i + n + 2 && toks[after]?.cap && lex.orgWords.has(toks[after]!.lower) && !isTitleWord(toks[after]!))
    after++;
  return (
    toks[after] !== undefined &&
    toks[after]!.word &&
    (!toks[after]!.cap || after > i + n) &&
    isTitleWord(toks[after]!) &&
    !toks[i + n - 1]!.poss
  );
}

/** Organizations and media first, so that "CCTV" is not taken for a name. */
function orgMentions(f: Found): void {
  const toks = f.toks;
  const firsts = orgFirstWords();
  for (let i = 0; i < toks.length; i++) {
    const a = firsts.get(toks[i]!.text.toLowerCase());
    const b = firsts.get(toks[i]!.lower);
    if (!a && !b) continue;
    const lengths = a && b && a !== b ? [...new Set([...a, ...b])].sort((x, y) => y - x) : (a ?? b)!;
    for (const n of lengths) {
      if (n > 6 || n > toks.length - i) continue;
      const phrase = toks
        .slice(i, i + n)
        .map((t, k) => (k === n - 1 ? t.base : t.text))
        .join(' ')
        .toLowerCase();
      const org = lexicon().orgByAlias.get(phrase);
      if (org && !inTitle(toks, i, n) && (n > 1 || toks[i]!.cap || phrase === 'state media')) {
        f.add({ ...f.mention(i, i + n, 'org', null), org: org.name });
        i += n - 1;
        break;
      }
    }
  }
}

function nameMentions(st: MentionState, f: Found): void {
  const toks = f.toks;
  for (const r of findRuns(toks)) {
    if (f.covered.has(r.i)) continue;
    // "the Scholz administration": a name used as a modifier, not a mention of the person
    if (toks[r.i - 1]?.lower === 'the' && !toks[r.i - 1]!.cap && toks[r.j] && toks[r.j]!.word && !toks[r.j]!.cap)
      continue;
    const regnal = regnalAt(toks, r.i);
    let p = matchName(st.list, r.name, regnal);
    if (!p && r.j - r.i === 1 && !regnal) {
      p = misspelt(st.list, r.name);
      if (p) p.aliases.add(r.name);
    }
    if (!p) continue;
    p.aliases.add(r.name);
    f.add(f.mention(r.i, r.j, 'name', p.id));
  }
  // "met al-Sharaa", "el-Sisi said": a family name with a lower-case Arabic article opens no capitalised run; it is
  // a mention when it is the family name of a person already named ("Ahmed al-Sharaa")
  toks.forEach((t, i) => {
    if (f.covered.has(i) || t.quoted || !ARTICLE_NAME.test(t.text)) return;
    const p = matchName(st.list, t.text.replace(/['’]s$/, ''));
    if (p && p.name.toLowerCase().endsWith(t.text.replace(/['’]s$/, '').toLowerCase()))
      f.add(f.mention(i, i + 1, 'name', p.id));
  });
}

/** a family name with an Arabic article in lower case: "al-Sharaa", "el-Sisi", "bin Salman" is two words */
const ARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|an|ar|ul)-\p{Lu}\p{L}+(?:['’]s)?$/u;

function descriptorMentions(st: MentionState, f: Found, s: Sentence): void {
  const toks = f.toks;
  for (const d of findDescriptors(toks, s.index === 0)) {
    if (f.covered.has(d.i) || f.covered.has(d.j - 1)) continue;
    // the people named before it; for "the visiting minister called on B", every person the sentence names
    const here = new Set(
      f.out.filter((m) => m.kind === 'name' && m.person && (d.guest || m.i < d.i)).map((m) => m.person!),
    );
    const p = resolveDescriptor(st, d, s.index, here);
    const kind: MentionKind = d.document ? 'document' : d.side ? 'side' : p ? 'title' : 'anonymous';
    if (p && !d.side && !d.document && !toks[d.i]!.quoted)
      p.aliases.add(st.text.slice(toks[d.i]!.start, toks[d.j - 1]!.end));
    f.add(f.mention(d.i, d.j, kind, p?.id ?? null));
  }
}

/** Pronouns: the nearest person named before them in the sentence, else the salient one. */
function pronounMentions(st: MentionState, f: Found, s: Sentence): void {
  const toks = f.toks;
  const out = f.out;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!lexicon().grammar.pronouns.has(t.lower) || f.covered.has(i) || t.quoted) continue;
    // the last mention listed before this one (earlier pronouns were listed after the names)
    let ref: string | null = null;
    for (const m of out) if (m.i < i && m.person && !m.quoted && m.kind !== 'side') ref = m.person;
    ref = beforeAside(toks, out, i) ?? ref;
    const subject = t.lower === 'he' || t.lower === 'she';
    // "X also visited Y, with whom he discussed …": the subject of a relative clause about Y is X
    if (subject && toks[i - 1]?.lower === 'whom') {
      const first = out.find(
        (m) => m.i < i && m.person && !m.quoted && !m.poss && m.kind !== 'side' && m.person !== ref,
      );
      if (first && first.i <= 6) ref = first.person;
    }
    // "Speaking ahead of his meeting with B, A said …", "After her talks with B, A flew home": a pronoun in a fronted
    // clause, with nobody named before it, is the subject named right after the clause
    if (ref === null) ref = frontedSubject(toks, out, i);
    // "A member of the delegation told the agency that … . “…,” he said": the unnamed source of the sentence before
    if (ref === null && subject && st.unnamedSource === s.index - 1) {
      out.push(f.mention(i, i + 1, 'pronoun', null));
      continue;
    }
    out.push({ ...f.mention(i, i + 1, 'pronoun', ref ?? st.salient), poss: t.lower === 'his' });
  }
}

/**
 * "A's letter, addressed to B and sent to all leaders, was written after his meetings with C", "A, who met B, said
 * he …": when the last person named before the pronoun at i stands in an aside between commas that opens right
 * after the sentence's first named person, the pronoun is that person's; else null
 */
function beforeAside(toks: Token[], out: Mention[], i: number): string | null {
  const named = out.filter((m) => m.i < i && m.person && !m.quoted && m.kind !== 'side');
  const last = named[named.length - 1];
  const head = named[0];
  if (!last || !head || head === last || head.i > 2 || head.person === last.person) return null;
  // the aside opens within two words of the first person ("A's letter ,") with a word in lower case
  const open = toks.findIndex((t, k) => k >= head.j && t.text === ',');
  if (open < 0 || open - head.j > 2 || open > last.i || !toks[open + 1]?.word || toks[open + 1]!.cap) return null;
  // and closes after the last person, before the pronoun, with nobody named after it
  const close = toks.findIndex((t, k) => k >= last.j && k < i && t.text === ',');
  if (close < 0 || toks.slice(open + 1, close).some((t) => t.text === ';' || t.text === ':')) return null;
  return named.some((m) => m.i > close) ? null : head.person;
}

/**
 * The person named as the subject right after a fronted clause holding token i ("Speaking after his talks with B,
 * A said"): the sentence opens with a word in -ing or a leading preposition (data/grammar.json), a comma closes the
 * clause after i, and a name follows within a title's length; else null.
 */
function frontedSubject(toks: Token[], out: Mention[], i: number): string | null {
  const first = toks[0];
  if (!first || !(/^\p{L}+ing$/u.test(first.lower) || lexicon().grammar.leadingPreposition.test(first.text)))
    return null;
  const comma = toks.findIndex((t) => t.text === ',');
  if (comma < i) return null;
  const subject = out.find((m) => m.i > comma && m.i <= comma + 5 && m.person && m.kind === 'name' && !m.quoted);
  if (!subject || subject.poss) return null;
  // only title words and names stand between the comma and the name: "…, Kenyan President A said"
  return toks.slice(comma + 1, subject.i).every((t) => t.cap && t.word) ? subject.person : null;
}

/** "A member of one of the delegations, who …, told X that …", "An official said …": an unnamed speaker is the subject */
function opensWithUnnamedSource(toks: Token[], out: Mention[]): boolean {
  const first = toks[0];
  if (!first || !/^(?:a|an|one)$/.test(first.lower) || !toks[1] || toks[1].cap || !toks[1].word) return false;
  const lex = lexicon();
  for (let k = 2; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.quoted) return false;
    if (lex.speechVerb.has(t.lower)) return !out.some((m) => m.i < k && m.person !== null && !m.poss);
  }
  return false;
}

/** Every mention in a sentence, in order, resolved; updates recency and salience as it goes. */
export function mentionsOf(st: MentionState, s: Sentence): Mention[] {
  const f = new Found(s.tokens);
  orgMentions(f);
  nameMentions(st, f);
  descriptorMentions(st, f, s);
  f.out.sort((a, b) => a.i - b.i);
  pronounMentions(st, f, s);
  if (opensWithUnnamedSource(s.tokens, f.out)) st.unnamedSource = s.index;
  const out = f.out.sort((a, b) => a.i - b.i);
  for (const m of out) {
    if (!m.person) continue;
    const p = st.list.find((x) => x.id === m.person)!;
    p.last = ++st.clock;
    p.count = (p.count ?? 0) + 1;
    p.lastSentence = s.index;
  }
  return out;
}

/** mentions so far, counted in steps of three so that recency decides between people spoken of about as often */
const salience = (p: Person) => Math.floor((p.count ?? 0) / 3);

function normRole(r: string): string {
  const lex = lexicon();
  return r
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/\s+/)
    .map((w) => lex.rankWords.get(w) ?? lex.countryByWord.get(w) ?? w)
    .join(' ');
}

/** the words of a descriptor that a role must hold: no country or rank words */
const roleWords = (d: Descriptor) =>
  d.phrase.split(' ').filter((w) => !lexicon().countryByWord.has(w) && !lexicon().rankWords.has(w));
/** a role holds a word, or a title the word is short for ("the British premier": "Prime Minister X") */
const holds = (p: Person, words: string[]) =>
  p.roles.some((r) => {
    const low = r.toLowerCase();
    return words.every((w) => low.includes(w) || (lexicon().titlesOfAbbr.get(w) ?? []).some((t) => low.includes(t)));
  });

/**
 * The person a title used alone stands for: "the Secretary", "the top Japanese diplomat", "the Chinese
 * side". Null for a document, an indefinite one ("a senior official", remembered as unnamed), a
 * counterpart, or a title nobody holds.
 */
function resolveDescriptor(st: MentionState, d: Descriptor, sentence: number, here: Set<string>): Person | null {
  if (d.document) return null;
  if (d.indefinite) {
    st.anonymous.push({ head: d.head, country: d.country });
    return null;
  }
  if (d.side) {
    let best: Person | null = null;
    for (const p of st.list) if (p.country === d.country && (!best || p.last > best.last)) best = p;
    return best;
  }
  const anon = st.anonymous.findLast((a) => a.head === d.head);
  if (anon && !d.rankWord && !d.country) return null;
  if (d.head === 'counterpart') return null;
  // the same words as a role someone holds ("Russia's highest-ranking diplomat")
  const want = normRole(d.phrase);
  for (const p of st.list) if (p.roles.some((r) => normRole(r).endsWith(want) && want.split(' ').length >= 2)) return p;
  let cands = st.list.filter((p) => d.country === null || p.country === d.country || p.country === null);
  // "A received the visiting minister": the guest is not a person named beside it, and of another country
  if (d.guest) {
    cands = cands.filter((p) => !here.has(p.id));
    const hosts = new Set(st.list.filter((p) => here.has(p.id) && p.country).map((p) => p.country));
    const abroad = cands.filter((p) => !hosts.has(p.country));
    if (abroad.length) cands = abroad;
  }
  if (d.country) {
    const exact = cands.filter((p) => p.country === d.country);
    if (exact.length) cands = exact;
  }
  if (lexicon().genericHeads.has(d.head)) return byGenericHead(d, cands, sentence, here);
  if (d.country && !cands.some((p) => holds(p, roleWords(d)))) {
    // "the Chinese foreign minister" when the report named him only as "his Chinese counterpart"
    const same = cands.filter((p) => p.country === d.country && p.roles.some((r) => /counterpart/i.test(r)));
    if (same.length) return same.sort((a, b) => b.last - a.last)[0]!;
  }
  return byRole(d, cands);
}

/** "the diplomat", "the envoy", "the leader": the diplomat named here or just before, else the most senior */
function byGenericHead(d: Descriptor, all: Person[], sentence: number, here: Set<string>): Person | null {
  if (d.head === 'official' && !d.rankWord) return null;
  const cands = all.filter((p) => p.diplomat || d.head === 'leader');
  // "X, a veteran diplomat, was cautious. “…,” the envoy said": the one diplomat named in this sentence
  // or the one before, rather than the most senior of the report
  if (!d.rankWord && d.head !== 'leader') {
    const near = cands.filter(
      (p) => here.has(p.id) || (p.lastSentence !== undefined && p.lastSentence >= sentence - 1),
    );
    if (near.length === 1) return near[0]!;
  }
  cands.sort((a, b) => b.rank - a.rank || b.last - a.last);
  return cands[0] ?? null;
}

/** "the minister", "the AU chief": who holds a role with the descriptor's words */
function byRole(d: Descriptor, all: Person[]): Person | null {
  let words = roleWords(d);
  const chief = /^(chief|head|leader|boss)$/.test(d.head);
  // "the AU Commission chief": a chief, head or leader of what the role names ("AU Commission Chairperson")
  if (chief && words.length > 1 && !all.some((p) => holds(p, words))) words = words.filter((w) => w !== d.head);
  let cands = all.filter((p) => holds(p, words));
  // "the minister" is not the deputy minister when a minister is at hand
  const junior = lexicon().juniorRole;
  const seniors = cands.filter((p) => p.roles.some((r) => !junior.test(r) || words.some((w) => junior.test(w))));
  if (seniors.length) cands = seniors;
  // "the top diplomat", "the AU chief": the most senior; else the one the report speaks of most, then the latest
  if (d.rankWord === 'top' || chief) cands.sort((a, b) => b.rank - a.rank || b.last - a.last);
  else cands.sort((a, b) => salience(b) - salience(a) || b.last - a.last);
  return cands[0] ?? null;
}
