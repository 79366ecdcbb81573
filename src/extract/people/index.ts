import type { Evidence, PersonFact } from '../../model.js';
import { lexicon } from '../data.js';
import type { Sentence, Token } from '../text.js';
import {
  appositiveTitle,
  evidence,
  findRuns,
  isNameToken,
  isTitleWord,
  pluralTitle,
  roleBefore,
  type Run,
} from './find.js';
import { findDescriptors, parseRole, type Descriptor } from './parse.js';

/**
 * People of one report and every mention of them. Pass 1 (`register`) collects the people the
 * evidence supports, with titles; pass 2 (`mentions`, sentence by sentence in order) resolves
 * every name, surname, misspelling, title used alone and pronoun to one of them.
 */

export interface Person {
  id: string;
  name: string;
  tokens: string[];
  aliases: Set<string>;
  roles: string[];
  country: string | null;
  rank: number;
  diplomat: boolean;
  evidence: Evidence[];
  /** order of the last mention, for recency */
  last: number;
  /** mentions so far, for salience */
  count?: number;
  /** the country comes from a "counterpart" phrase only */
  weakCountry?: boolean;
  /** index of the last sentence that mentions the person */
  lastSentence?: number;
}

export type MentionKind = 'name' | 'title' | 'pronoun' | 'org' | 'document' | 'side' | 'anonymous';

export interface Mention {
  kind: MentionKind;
  /** person id, or null (an organization, an unnamed official, an unresolved title) */
  person: string | null;
  /** token range in the sentence */
  i: number;
  j: number;
  start: number;
  end: number;
  poss: boolean;
  quoted: boolean;
  /** organization name for kind 'org' */
  org?: string;
}

const BYLINE =
  /^\(?\s*(?:by|reporting by|(?:additional )?reporting by|editing by|writing by|compiled by|written by)\s+\p{Lu}/iu;
const CONTRIBUTED =
  /\bcontributed(?: reporting)?(?: to (?:this|the) (?:report|story|article))?\.?$|\bcontributed reporting\b/i;
let firstWords: Set<string> | null = null;
/** First words of organization names, to look organizations up only where one may start. */
function orgFirstWords(): Set<string> {
  return (firstWords ??= new Set([...lexicon().orgByAlias.keys()].map((k) => k.split(' ')[0]!.replace(/['’]s$/, ''))));
}
const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);

function editDistance1(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * "A B, C D and E F met …": a name of two or three words in a list ("," / "and") next to a name that is a
 * person by its own evidence is one too, unless something says it is a thing or a place.
 */
function listed(toks: Token[], runs: Run[], whys: (string | null)[], n: number): string | null {
  const r = runs[n]!;
  const len = r.j - r.i;
  if (len > 3 || r.poss) return null;
  const lex = lexicon();
  const joinedAt = (a: Run, b: Run) => {
    const between = toks
      .slice(a.j, b.i)
      .map((t) => t.lower)
      .join(' ');
    return !a.poss && (between === ',' || between === 'and' || between === ', and');
  };
  // "Presidents A, B and C": one word each, in a list that a plural title opens
  if (len === 1) {
    let k = n;
    while (k > 0 && joinedAt(runs[k - 1]!, runs[k]!)) k--;
    const t = toks[runs[k]!.i - 1];
    return k < n && t !== undefined && pluralTitle(t) ? 'person.list' : null;
  }
  const next = toks[r.j];
  if (next && next.word && (isTitleWord(next) || lex.thingNouns.has(next.lower))) return null;
  if (toks.slice(r.i, r.j).some((t) => t.tags.includes('Place') || t.tags.includes('Organization'))) return null;
  const joined = joinedAt;
  const person = (k: number) => whys[k] !== null && whys[k] !== undefined && runs[k]!.j - runs[k]!.i >= 2;
  if (
    (n > 0 && person(n - 1) && joined(runs[n - 1]!, r)) ||
    (n + 1 < runs.length && person(n + 1) && joined(r, runs[n + 1]!))
  )
    return 'person.list';
  return null;
}

/** one list of name words ends with the other, the shorter having at least two words */
const endsWith = (a: string[], b: string[]) => {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.slice(-short.length).join(' ') === short.join(' ');
};

const lowerName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export class People {
  readonly list: Person[] = [];
  private clock = 0;
  /** unnamed people referred to by a title ("a senior State Department official"), most recent last */
  private anonymous: { head: string; country: string | null }[] = [];
  /** the person a pronoun most likely refers to */
  salient: string | null = null;
  /** the last sentence whose subject is an unnamed source ("A member of the delegation told …") */
  private unnamedSource = -2;

  /** "A member of one of the delegations, who …, told X that …", "An official said …": an unnamed speaker is the subject */
  private opensWithUnnamedSource(toks: Token[], out: Mention[]): boolean {
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

  constructor(private readonly text: string) {}

  private sameGiven(a: string, b: string): boolean {
    if (a === b) return true;
    const nick = lexicon().nickname;
    const ga = nick.get(a);
    return ga !== undefined && ga === nick.get(b);
  }

  /** The registered person a name run refers to, or null. */
  match(name: string): Person | null {
    const toks = lowerName(name).split(' ');
    let best: Person | null = null;
    let bestScore = 0;
    for (const p of this.list) {
      let score = 0;
      if (toks.join(' ') === p.tokens.join(' ')) score = 10;
      else if (
        toks.length >= 2 &&
        toks.length === p.tokens.length &&
        toks[toks.length - 1] === p.tokens[p.tokens.length - 1] &&
        this.sameGiven(toks[0]!, p.tokens[0]!) &&
        toks.slice(1, -1).join(' ') === p.tokens.slice(1, -1).join(' ')
      )
        score = 8;
      // "Ramirez Olvera" for "Luisa Ramirez Olvera": a compound surname used without the given name, either way round
      else if (
        toks.length >= 2 &&
        p.tokens.length >= 2 &&
        toks.length !== p.tokens.length &&
        toks[toks.length - 1] === p.tokens[p.tokens.length - 1] &&
        endsWith(toks, p.tokens)
      )
        score = 7;
      else if (
        toks.length >= 2 &&
        p.tokens.length === 1 &&
        (toks[toks.length - 1] === p.tokens[0] || toks[0] === p.tokens[0])
      )
        score = 6;
      else if (toks.length === 1 && p.tokens.length >= 2 && toks[0] === p.tokens[p.tokens.length - 1]) score = 5;
      else if (toks.length === 1 && p.tokens.length >= 2 && toks[0] === p.tokens[0]) score = 4;
      // "Lula" for "Luiz Inacio Lula da Silva": a middle name of a long name used alone
      else if (
        toks.length === 1 &&
        p.tokens.length >= 3 &&
        toks[0]!.length > 2 &&
        p.tokens.slice(1, -1).includes(toks[0]!) &&
        !lexicon().particles.has(toks[0]!)
      )
        score = 3;
      if (score && (score > bestScore || (score === bestScore && best && p.last > best.last))) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /** A misspelt single name ("Fidam" for "Fidan") of a registered person, or null. */
  private misspelt(name: string): Person | null {
    const t = lowerName(name);
    if (t.includes(' ') || t.length < 3) return null;
    for (const p of this.list)
      if (p.tokens.length >= 2 && p.tokens.some((pt) => pt.length >= 3 && editDistance1(pt, t))) return p;
    return null;
  }

  private addRole(p: Person, role: string) {
    const r = role.replace(/\s+/g, ' ').trim();
    if (!r || p.roles.includes(r)) return;
    if (lexicon().titleByPhrase.get(r.toLowerCase().replace(/\.$/, ''))?.honorific) return;
    p.roles.push(r);
    const info = parseRole(r);
    // a counterpart's country is a guess ("Lavrov, Venezuelan counterpart discuss …" in a headline): a title's wins
    const weak = /\bcounterpart\b/i.test(r);
    if (info.country && (!p.country || (p.weakCountry && !weak))) {
      p.country = info.country;
      p.weakCountry = weak;
    }
    p.rank = Math.max(p.rank, info.rank);
    p.diplomat ||= info.diplomat;
  }

  private ev(s: Sentence, rule: string, confidence: number): Evidence {
    return { sentence: s.text, start: s.start, end: s.end, rule, confidence };
  }

  /** Pass 1: a person for every name run with evidence, with the titles around it. */
  register(s: Sentence): void {
    const toks = s.tokens;
    const runs = findRuns(toks);
    const whys = runs.map((r) => evidence(toks, r));
    // along a list in both directions: "A B, C D and E F" where only E F has evidence of its own
    for (let changed = true; changed;) {
      changed = false;
      for (let n = 0; n < runs.length; n++)
        if (whys[n] === null && (whys[n] = listed(toks, runs, whys, n)) !== null) changed = true;
    }
    for (let n = 0; n < runs.length; n++) {
      const r = runs[n]!;
      const why = whys[n];
      if (!why) continue;
      // "told Al Jazeera", "the Weimar Triangle": an outlet or organization is no person
      if (lexicon().orgByAlias.has(r.name.toLowerCase())) continue;
      // a run inside a credit line is a photographer, not a person of the report
      if (
        /\b(credit|photo by|photograph|getty)/i.test(
          this.text.slice(Math.max(s.start, toks[r.i]!.start - 40), toks[r.i]!.start),
        )
      )
        continue;
      // a byline ("By Jane Doe and John Roe", "(Reporting by …; Editing by …)") names the writers
      if (BYLINE.test(s.text) && toks.length < 25) continue;
      // "Agency writer Jane Roe in Lima contributed to this report": a credit
      if (CONTRIBUTED.test(s.text) && toks.length < 30) continue;
      if (this.creditLine(s, r, runs)) continue;
      let p = this.match(r.name) ?? (r.j - r.i === 1 ? this.misspelt(r.name) : null);
      const tokens = lowerName(r.name).split(' ');
      if (!p) {
        p = {
          id: `p${this.list.length + 1}`,
          name: r.name,
          tokens,
          aliases: new Set(),
          roles: [],
          country: null,
          rank: 0,
          diplomat: false,
          evidence: [],
          last: 0,
        };
        this.list.push(p);
      } else if (tokens.length > p.tokens.length && this.match(r.name) === p) {
        p.name = r.name;
        p.tokens = tokens;
      }
      p.aliases.add(r.name);
      if (p.evidence.length < 3) p.evidence.push(this.ev(s, why, why === 'person.title' ? 0.95 : 0.8));
      // "Foreign Minister Annalena Baerbock of Germany"
      const of =
        toks[r.j]?.lower === 'of' && !r.poss ? lexicon().countryByWord.get(toks[r.j + 1]?.lower ?? '') : undefined;
      if (of) p.country ??= of;
      const role = this.roleOf(toks, r);
      if (role) {
        this.addRole(p, role);
        p.aliases.add(`${role} ${r.name}`);
      }
      // "Colombia's Gustavo Petro": a country's possessive right before the name
      const pt = toks[r.i - 1];
      if (pt?.poss) {
        const lex = lexicon();
        const c = lex.countryByWord.get(`${toks[r.i - 2]?.lower ?? ''} ${pt.lower}`) ?? lex.countryByWord.get(pt.lower);
        if (c) p.country ??= c;
      }
    }
    this.counterparts(s);
    this.copularRoles(s);
  }

  /**
   * A name that signs the report or credits a picture rather than a person of the report: a line of
   * names alone ("Jane Roe, John Doe" under the headline), a segment of a "date | time | author | site"
   * line, "(Agency News: Jane Roe)" closing a caption, "Agency correspondent Jane Roe reports".
   */
  private creditLine(s: Sentence, r: Run, runs: Run[]): boolean {
    const toks = s.tokens;
    const lineStart = s.start === 0 || /\n\s*$/.test(this.text.slice(Math.max(0, s.start - 4), s.start));
    const lineEnd = /^\s*(?:\n|$)/.test(this.text.slice(s.end, s.end + 4));
    if (lineStart && lineEnd && toks.length <= 16) {
      const inRun = new Set<number>();
      for (const q of runs) for (let k = q.i; k < q.j; k++) inRun.add(k);
      if (toks.every((t, k) => inRun.has(k) || !t.word || t.lower === 'and' || lexicon().particles.has(t.lower)))
        return true;
    }
    const before = toks[r.i - 1];
    const after = toks[r.j];
    if (before?.text === '|' && (!after || after.text === '|')) return true;
    if (after?.text === ')' && !toks[r.j + 1]) {
      const m = /\(\s*([^():]{2,40}):\s*$/.exec(this.text.slice(s.start, toks[r.i]!.start));
      if (m && !/\b(?:left|right|centre|center|front|back|top|bottom|from)\b/i.test(m[1]!)) return true;
    }
    if (
      before &&
      /^(?:correspondent|reporter|stringer)$/.test(before.lower) &&
      after &&
      /^(?:reports?|reporting|contributed|writes)$/.test(after.lower)
    )
      return true;
    return false;
  }

  /**
   * "Indian Foreign Minister A and his Russian counterpart B": B holds A's office for B's country; B gets the
   * role without A's country words ("Foreign Minister"), so that "the Russian minister" finds B.
   */
  private counterparts(s: Sentence): void {
    if (!/counterpart/i.test(s.text)) return;
    const lex = lexicon();
    const here = findRuns(s.tokens)
      .map((r) => this.match(r.name))
      .filter((p): p is Person => p !== null);
    for (const p of here) {
      if (!p.roles.some((r) => /\bcounterpart\b/i.test(r)) || p.roles.some((r) => !/\bcounterpart\b/i.test(r)))
        continue;
      const other = here.find((o) => o !== p && o.roles.some((r) => !/\bcounterpart\b/i.test(r)));
      const role = other?.roles.find((r) => !/\bcounterpart\b/i.test(r));
      if (!role) continue;
      // the words after the last country word or possessive: "South Korea's Foreign Minister" -> "Foreign Minister"
      const ws = role.split(/\s+/);
      let from = 0;
      ws.forEach((w, n) => {
        if (lex.countryByWord.has(w.toLowerCase().replace(/[’']s$/, '')) || /[’']s$/.test(w)) from = n + 1;
      });
      const office = ws.slice(from).join(' ');
      if (office && lex.titleWords.has(office.split(' ').pop()!.toLowerCase())) this.addRole(p, office);
    }
  }

  private roleOf(toks: Token[], r: Run): string | null {
    let k = r.i - 1;
    if (toks[k]?.text === '.') k--;
    let span = roleBefore(toks, k);
    // "the Minister of Foreign Affairs, Dato' Seri Haji X", "…of Thailand, H.E. X": forms of address only; the role is before the comma
    const lex = lexicon();
    const honorific = (t: Token) =>
      !t.word ||
      (lex.titleByPhrase.get(t.lower) ?? lex.titleByPhrase.get(t.lower.replace(/\.$/, '')))?.honorific === true;
    if (span && toks.slice(span.first, span.last + 1).every(honorific)) {
      let b = span.first - 1;
      while (b >= 0 && toks[b]!.text !== ',' && honorific(toks[b]!)) b--;
      const before = toks[b]?.text === ',' ? roleBefore(toks, b - 1) : null;
      if (before) span = before;
    }
    // "his Philippine counterpart, Enrique Manalo,": a title phrase before an apposition comma
    if (!span && toks[k]?.text === ',' && toks[k - 1] && isTitleWord(toks[k - 1]!) && !toks[k - 1]!.cap)
      span = roleBefore(toks, k - 1);
    if (span)
      return this.text
        .slice(toks[span.first]!.start, toks[span.last]!.end)
        .replace(/^(?:the|of|and|to|for|on)\s+/i, '');
    if (toks[r.j]?.text === ',') {
      const end = appositiveTitle(toks, r.j + 1);
      if (end !== null)
        return this.text.slice(toks[r.j + 1]!.start, toks[end - 1]!.end).replace(/^(?:the|a|an)\s+/i, '');
    }
    return null;
  }

  /** "X is the director of …, making him Russia's highest-ranking diplomat" adds roles to X. */
  private copularRoles(s: Sentence): void {
    const m =
      /^(.{2,60}?) (?:is|was|has been|serves as) (?:the |a |an )?([^,.;]{3,160})(?:, making (?:him|her) ([^,.;]{3,80}))?/u.exec(
        s.text,
      );
    if (!m) return;
    const p = this.match(m[1]!.trim());
    if (!p || m[1]!.trim().split(' ').length > 4) return;
    const role = m[2]!.split(/\s+(?:to|since|and|who|which|in|for)\s+/)[0]!.trim();
    if (
      role.split(' ').length <= 12 &&
      !/^(first|second|last|only|\w+ed|\w+ing)\b/i.test(role) &&
      /\b(director|minister|secretary|president|ambassador|spokes|chief|head|diplomat|official|envoy|councilo)/i.test(
        role,
      )
    )
      this.addRole(p, role);
    if (m[3]) this.addRole(p, m[3].trim());
  }

  /** Pass 2: every mention in a sentence, in order, resolved. Updates recency as it goes. */
  mentions(s: Sentence): Mention[] {
    const lex = lexicon();
    const toks = s.tokens;
    const out: Mention[] = [];
    const covered = new Set<number>();
    const add = (m: Mention) => {
      for (let k = m.i; k < m.j; k++) covered.add(k);
      out.push(m);
    };
    const base = (i: number, j: number, kind: MentionKind, person: string | null): Mention => ({
      kind,
      person,
      i,
      j,
      start: toks[i]!.start,
      end: toks[j - 1]!.end,
      poss: toks[j - 1]!.poss,
      quoted: toks[i]!.quoted,
    });
    // organizations and media first, so that "CCTV" is not taken for a name
    const firsts = orgFirstWords();
    for (let i = 0; i < toks.length; i++) {
      if (!firsts.has(toks[i]!.text.toLowerCase()) && !firsts.has(toks[i]!.lower)) continue;
      for (let n = Math.min(6, toks.length - i); n >= 1; n--) {
        const phrase = toks
          .slice(i, i + n)
          .map((t, k) => (k === n - 1 ? t.base : t.text))
          .join(' ')
          .toLowerCase();
        const org = lex.orgByAlias.get(phrase) ?? (i > 0 && toks[i - 1]!.lower === 'the' ? undefined : undefined);
        // "the Kremlin spokesman", "Foreign Ministry spokeswoman": an institution inside a person's title
        // … also after words of an institution's name: "the AU Commission chief"
        let after = i + n;
        while (
          after < i + n + 2 &&
          toks[after]?.cap &&
          lex.orgWords.has(toks[after]!.lower) &&
          !isTitleWord(toks[after]!)
        )
          after++;
        const titled =
          toks[after] !== undefined &&
          toks[after]!.word &&
          (!toks[after]!.cap || after > i + n) &&
          isTitleWord(toks[after]!) &&
          !toks[i + n - 1]!.poss;
        if (org && !titled && (n > 1 || toks[i]!.cap || phrase === 'state media')) {
          add({ ...base(i, i + n, 'org', null), org: org.name });
          i += n - 1;
          break;
        }
      }
    }
    for (const r of findRuns(toks)) {
      if (covered.has(r.i)) continue;
      // "the Scholz administration": a name used as a modifier, not a mention of the person
      if (toks[r.i - 1]?.lower === 'the' && !toks[r.i - 1]!.cap && toks[r.j] && toks[r.j]!.word && !toks[r.j]!.cap)
        continue;
      let p = this.match(r.name);
      if (!p && r.j - r.i === 1) {
        p = this.misspelt(r.name);
        if (p) p.aliases.add(r.name);
      }
      if (!p) continue;
      p.aliases.add(r.name);
      add(base(r.i, r.j, 'name', p.id));
    }
    for (const d of findDescriptors(toks, s.index === 0)) {
      if (covered.has(d.i) || covered.has(d.j - 1)) continue;
      const here = new Set(out.filter((m) => m.kind === 'name' && m.i < d.i && m.person).map((m) => m.person!));
      const p = this.resolveDescriptor(d, s.index, here);
      const kind: MentionKind = d.document ? 'document' : d.side ? 'side' : p ? 'title' : 'anonymous';
      if (p && !d.side && !d.document && !toks[d.i]!.quoted)
        p.aliases.add(this.text.slice(toks[d.i]!.start, toks[d.j - 1]!.end));
      add(base(d.i, d.j, kind, p?.id ?? null));
    }
    out.sort((a, b) => a.i - b.i);
    // pronouns: the nearest person named before them in the sentence, else the salient one
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!PRONOUNS.has(t.lower) || covered.has(i) || t.quoted) continue;
      let ref: string | null = null;
      for (const m of out) if (m.i < i && m.person && !m.quoted && m.kind !== 'side') ref = m.person;
      // "X also visited Y, with whom he discussed …": the subject of a relative clause about Y is X
      if ((t.lower === 'he' || t.lower === 'she') && toks[i - 1]?.lower === 'whom') {
        const first = out.find(
          (m) => m.i < i && m.person && !m.quoted && !m.poss && m.kind !== 'side' && m.person !== ref,
        );
        if (first && first.i <= 6) ref = first.person;
      }
      // "A member of the delegation told the agency that … . “…,” he said": the unnamed source of the sentence before
      if (ref === null && (t.lower === 'he' || t.lower === 'she') && this.unnamedSource === s.index - 1) {
        out.push(base(i, i + 1, 'pronoun', null));
        continue;
      }
      ref ??= this.salient;
      const m = { ...base(i, i + 1, 'pronoun', ref), poss: t.lower === 'his' || (t.lower === 'her' && false) };
      out.push(m);
    }
    if (this.opensWithUnnamedSource(toks, out)) this.unnamedSource = s.index;
    out.sort((a, b) => a.i - b.i);
    for (const m of out) {
      if (!m.person) continue;
      const p = this.get(m.person)!;
      p.last = ++this.clock;
      p.count = (p.count ?? 0) + 1;
      p.lastSentence = s.index;
    }
    return out;
  }

  private resolveDescriptor(d: Descriptor, sentence = -1, here: Set<string> = new Set()): Person | null {
    if (d.document) return null;
    if (d.indefinite) {
      this.anonymous.push({ head: d.head, country: d.country });
      return null;
    }
    if (d.side) {
      let best: Person | null = null;
      for (const p of this.list) if (p.country === d.country && (!best || p.last > best.last)) best = p;
      return best;
    }
    const anon = this.anonymous.findLast((a) => a.head === d.head);
    if (anon && !d.rankWord && !d.country) return null;
    const generic = ['diplomat', 'envoy', 'official', 'counterpart', 'leader'].includes(d.head);
    if (d.head === 'counterpart') return null;
    // the same words as a role someone holds ("Russia's highest-ranking diplomat")
    const want = normRole(d.phrase);
    for (const p of this.list)
      if (p.roles.some((r) => normRole(r).endsWith(want) && want.split(' ').length >= 2)) return p;
    let cands = this.list.filter((p) => d.country === null || p.country === d.country || p.country === null);
    if (d.country) {
      const exact = cands.filter((p) => p.country === d.country);
      if (exact.length) cands = exact;
    }
    if (!generic && d.country) {
      // "the Chinese foreign minister" when the report named him only as "his Chinese counterpart"
      const words0 = d.phrase.split(' ').filter((w) => !lexicon().countryByWord.has(w) && !lexicon().rankWords.has(w));
      const byRole = cands.filter((p) => p.roles.some((r) => words0.every((w) => r.toLowerCase().includes(w))));
      if (!byRole.length) {
        const same = cands.filter((p) => p.country === d.country && p.roles.some((r) => /counterpart/i.test(r)));
        if (same.length) return same.sort((a, b) => b.last - a.last)[0]!;
      }
    }
    if (generic) {
      if (d.head === 'official' && !d.rankWord) return null;
      cands = cands.filter((p) => p.diplomat || d.head === 'leader');
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
    let words = d.phrase.split(' ').filter((w) => !lexicon().countryByWord.has(w) && !lexicon().rankWords.has(w));
    // "the AU Commission chief": a chief, head or leader of what the role names ("AU Commission Chairperson")
    if (
      /^(chief|head|leader|boss)$/.test(d.head) &&
      words.length > 1 &&
      !cands.some((p) => p.roles.some((r) => words.every((w) => r.toLowerCase().includes(w))))
    )
      words = words.filter((w) => w !== d.head);
    cands = cands.filter((p) => p.roles.some((r) => words.every((w) => r.toLowerCase().includes(w))));
    // "the minister" is not the deputy minister when a minister is at hand
    const junior = (p: Person) => !p.roles.some((r) => !JUNIOR.test(r) || words.some((w) => JUNIOR.test(w)));
    const seniors = cands.filter((p) => !junior(p));
    if (seniors.length) cands = seniors;
    // "the top diplomat", "the AU chief": the most senior
    if (d.rankWord === 'top' || /^(chief|head|leader|boss)$/.test(d.head))
      cands.sort((a, b) => b.rank - a.rank || b.last - a.last);
    // the one the report speaks of most, then the latest
    else cands.sort((a, b) => salience(b) - salience(a) || b.last - a.last);
    return cands[0] ?? null;
  }

  get(id: string): Person | undefined {
    return this.list.find((p) => p.id === id);
  }

  facts(): PersonFact[] {
    return this.list.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: [...p.aliases],
      roles: p.roles,
      country: p.country,
      evidence: p.evidence,
    }));
  }
}

const JUNIOR = /\b(?:deputy|vice|assistant|under|junior|state secretary|minister of state)\b/i;
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

export { isNameToken };
