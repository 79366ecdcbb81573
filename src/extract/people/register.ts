import { lexicon } from '../../knowledge/index.js';
import { countryPhraseAt, evidenceOf, isHonorific, isTitleWord } from '../grammar.js';
import type { PersonRule } from '../rules.js';
import type { Sentence, Token } from '../text.js';
import { appositiveTitle, findRuns, regnalAt, roleBefore, wordBeforeName, type Run } from './find.js';
import type { Person } from './index.js';
import { core, lowerName, matchName, misspelt, possessiveS, secondSurname } from './match.js';
import { parseRole } from './parse.js';
import { listed, personEvidenceRow } from './rules.js';

/**
 * Pass 1 over a report: a person for every name run with evidence (people/rules.ts), unless the run
 * signs or credits the report rather than being a person of it (NOT_OF_REPORT), with the titles
 * around it, the country they give, and the roles a counterpart or a copula adds.
 */

/** What a row of NOT_OF_REPORT sees. */
interface CreditContext {
  text: string;
  s: Sentence;
  r: Run;
  runs: readonly Run[];
}

export interface CreditRow {
  id:
    | 'organization'
    | 'photo-credit'
    | 'byline'
    | 'contributed'
    | 'names-line'
    | 'pipe-segment'
    | 'caption-credit'
    | 'correspondent-reports'
    | 'metadata-field'
    | 'slash-credit'
    | 'name-slash-agency'
    | 'thanks-credit'
    | 'publisher';
  example: string;
  when: (c: CreditContext) => boolean;
}

const BYLINE =
  /^\(?\s*(?:by|reporting by|(?:additional )?reporting by|editing by|writing by|compiled by|written by)\s+\p{Lu}/iu;
const CONTRIBUTED =
  /\bcontributed(?: reporting)?(?: to (?:this|the) (?:report|story|article))?\.?$|\bcontributed reporting\b/i;

/** what a page thanks its makers for: "for the music", "for our theme", "for editing" */
const THANKS_FOR =
  /^[*_]*\s+for\s+(?:(?:the|our|this|their)\s+)?(?:music|theme|soundtrack|jingle|artwork|logo|design|illustrations?|photos?|photography|editing|transcripts?|transcription|sound|audio|production|recording)\b/i;

/** a sentence that is a line of its own */
const wholeLine = (text: string, s: Sentence) =>
  (s.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, s.start - 4), s.start))) &&
  /^\s*(?:\n|$)/.test(text.slice(s.end, s.end + 4));

/** "author: …", "source_name: …": the lower-case key of a metadata line (front matter) that holds no story text */
function metadataField(text: string, s: Sentence): boolean {
  const from = text.lastIndexOf('\n', s.start - 1) + 1;
  const m = /^[ \t]*([a-z][a-z0-9_]*):[ \t]/.exec(text.slice(from, from + 40));
  return !!m && !lexicon().storyFields.has(m[1]!);
}

/** Name runs that are no person of the report: an outlet, a writer, a photographer. */
export const NOT_OF_REPORT: readonly CreditRow[] = [
  {
    id: 'organization',
    example: 'told Al Jazeera; the Weimar Triangle',
    when: ({ r }) => lexicon().orgByAlias.has(r.name.toLowerCase()),
  },
  {
    id: 'photo-credit',
    example: 'Photo by Jane Roe',
    when: ({ text, s, r }) => {
      const at = s.tokens[r.i]!.start;
      return /\b(credit|photo by|photograph|getty)/i.test(text.slice(Math.max(s.start, at - 40), at));
    },
  },
  {
    id: 'byline',
    example: 'By Jane Doe and John Roe; (Reporting by Jane Doe; Editing by John Roe)',
    // a credit line in parentheses ("(Additional reporting by A, B, C and D; Writing by E; Editing by F)") may run long
    when: ({ s }) => BYLINE.test(s.text) && (s.tokens.length < 25 || (/^\(/.test(s.text) && /\)\s*$/.test(s.text))),
  },
  {
    id: 'contributed',
    example: 'Agency writer Jane Roe in Lima contributed to this report.',
    when: ({ s }) => CONTRIBUTED.test(s.text) && s.tokens.length < 30,
  },
  {
    id: 'names-line',
    example: 'Jane Roe, John Doe (a line of names alone under the headline)',
    when: ({ text, s, runs }) => {
      if (!wholeLine(text, s) || s.tokens.length > 16) return false;
      const inRun = new Set<number>();
      for (const q of runs) for (let k = q.i; k < q.j; k++) inRun.add(k);
      return s.tokens.every((t, k) => inRun.has(k) || !t.word || t.lower === 'and' || lexicon().particles.has(t.lower));
    },
  },
  {
    id: 'pipe-segment',
    example: '03/14/2024 | 10:27 | Jane Roe | Coastline Daily',
    when: ({ s, r }) => s.tokens[r.i - 1]?.text === '|' && (!s.tokens[r.j] || s.tokens[r.j]!.text === '|'),
  },
  {
    id: 'caption-credit',
    example: 'The ministers at the port. (Agency News: Jane Roe)',
    when: ({ text, s, r }) => {
      if (s.tokens[r.j]?.text !== ')' || s.tokens[r.j + 1]) return false;
      const m = /\(\s*([^():]{2,40}):\s*$/.exec(text.slice(s.start, s.tokens[r.i]!.start));
      return !!m && !/\b(?:left|right|centre|center|front|back|top|bottom|from)\b/i.test(m[1]!);
    },
  },
  {
    id: 'correspondent-reports',
    example: 'KARAGANDA – Agency correspondent Jane Roe reports',
    when: ({ s, r }) => {
      const before = s.tokens[r.i - 1];
      const after = s.tokens[r.j];
      return (
        !!before &&
        /^(?:correspondent|reporter|stringer)$/.test(before.lower) &&
        !!after &&
        /^(?:reports?|reporting|contributed|writes)$/.test(after.lower)
      );
    },
  },
  {
    id: 'metadata-field',
    example: 'author: "Jane Roe, John Doe" (a metadata line that is not the title or the story)',
    when: ({ text, s }) => metadataField(text, s),
  },
  {
    id: 'slash-credit',
    example: 'AGENCY/Jane Roe, Photo/Jane Roe (a picture credit after the agency and a slash)',
    when: ({ s, r }) => {
      const slash = s.tokens[r.i - 1];
      const agency = s.tokens[r.i - 2];
      return (
        slash?.text === '/' &&
        slash.start === agency?.end &&
        (/^\p{Lu}{2,}$/u.test(agency.text) || agency.lower === 'photo') &&
        (!s.tokens[r.j] || /^[)\]]$/.test(s.tokens[r.j]!.text))
      );
    },
  },
  {
    id: 'name-slash-agency',
    example:
      'The two ministers at the port | Jane Roe/Agency/AFP via Getty Images; Jane Roe / Presidential Court (a picture credit: a name, a slash)',
    when: ({ s, r }) => {
      const toks = s.tokens;
      const slash = toks[r.j];
      const after = toks[r.j + 1];
      if (r.poss || slash?.text !== '/' || !after) return false;
      // "Jane Roe / Presidential Court" ending the caption: a few capitalised words after a spaced slash
      const rest = toks.slice(r.j + 1);
      if (rest.length <= 5 && rest.every((t) => t.cap || !t.word || /^(?:of|the|and)$/.test(t.lower))) return true;
      return slash.start === toks[r.j - 1]!.end && after.start === slash.end && /^\p{Lu}/u.test(after.text);
    },
  },
  {
    id: 'thanks-credit',
    example: 'Thanks to Jane Roe for the music on our podcasts. (a page credits its makers)',
    when: ({ text, s, r }) => {
      const at = s.tokens[r.i]!.start;
      return (
        /\bthanks to\s+[*_]*$/i.test(text.slice(Math.max(s.start, at - 14), at)) &&
        THANKS_FOR.test(text.slice(s.tokens[r.j - 1]!.end, s.end))
      );
    },
  },
  {
    id: 'publisher',
    example: 'The Long Road, by Ana Ruiz. Published by Jane Roe, £20. (a book’s publisher)',
    when: ({ text, s, r }) => {
      const at = s.tokens[r.i]!.start;
      return r.i <= 2 && /^\s*published by\s+$/i.test(text.slice(s.start, at));
    },
  },
];

/**
 * Why each run of a sentence is a person, or null; along a list in both directions ("A B, C D and E F"). A run a
 * veto row speaks against ("the Karvel Orthodox Church Tavel Patriarchate") stays none in a list of people.
 */
function evidenceOfRuns(toks: Token[], runs: readonly Run[]): (PersonRule | null)[] {
  const rows = runs.map((r) => personEvidenceRow(toks, r));
  const whys = rows.map((row) => row?.emits ?? null);
  for (let changed = true; changed;) {
    changed = false;
    for (let n = 0; n < runs.length; n++)
      if (whys[n] === null && rows[n] === undefined && (whys[n] = listed(toks, runs, whys, n)) !== null) changed = true;
  }
  return whys;
}

/** The registry pass 1 fills. */
export interface Registry {
  readonly text: string;
  readonly list: Person[];
}

/** Pass 1 for one sentence. */
export function register(reg: Registry, s: Sentence): void {
  const toks = s.tokens;
  const runs = findRuns(toks);
  const whys = evidenceOfRuns(toks, runs);
  runs.forEach((r, n) => {
    const why = whys[n];
    if (!why || NOT_OF_REPORT.some((row) => row.when({ text: reg.text, s, r, runs }))) return;
    addPerson(reg, s, r, why);
  });
  counterparts(reg, s);
  copularRoles(reg, s);
}

function addPerson(reg: Registry, s: Sentence, r: Run, why: PersonRule): void {
  const toks = s.tokens;
  const lex = lexicon();
  const regnal = regnalAt(toks, r.i);
  let p = matchName(reg.list, r.name, regnal) ?? (r.j - r.i === 1 && !regnal ? misspelt(reg.list, r.name) : null);
  const tokens = lowerName(r.name).split(' ');
  if (!p) {
    p = {
      id: `p${reg.list.length + 1}`,
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
    if (regnal) p.regnal = true;
    reg.list.push(p);
  } else if (possessiveS(p.tokens, tokens) && tokens.join('').length < p.tokens.join('').length) {
    // "Jared Kushners whistle-stop visit" in the headline, "Jared Kushner" in the story: the name without the "s"
    p.name = r.name;
    p.tokens = tokens;
  } else if (secondSurname(p.tokens, tokens)) {
    // "Tavo Merrin" for "Tavo Merrin Ruiz": the name without the second (mother's) surname is the one news uses
    p.name = r.name;
    p.tokens = tokens;
  } else if (
    core(tokens).length > core(p.tokens).length &&
    matchName(reg.list, r.name, regnal) === p &&
    !secondSurname(tokens, p.tokens)
  ) {
    // a longer name renames the person, not the same name with a middle initial ("Joe Biden" stays)
    p.name = r.name;
    p.tokens = tokens;
  }
  p.aliases.add(r.name);
  if (p.evidence.length < 3) p.evidence.push(evidenceOf(s, why, why === 'person.title' ? 0.95 : 0.8));
  // "Foreign Minister Annalena Baerbock of Germany"
  const of = toks[r.j]?.lower === 'of' && !r.poss ? lex.countryByWord.get(toks[r.j + 1]?.lower ?? '') : undefined;
  if (of) p.country ??= of;
  const role = roleOf(reg.text, toks, r);
  if (role) {
    addRole(p, role);
    p.aliases.add(`${role} ${r.name}`);
  }
  // "Prime Minister Sheikh Hasina": a word of address that names keep (words.json titlesInNames) is a form the
  // report uses, shorter than the title's ("Sheikh Hasina", not "Prime Minister Hasina", for a name of one word)
  const address = toks[r.i - 1];
  if (r.j - r.i === 1 && address?.cap && !address.poss && lex.titlesInNames.has(address.lower))
    p.aliases.add(`${address.text} ${r.name}`);
  // "Colombia's Gustavo Petro": a country's possessive right before the name
  const pt = toks[r.i - 1];
  if (pt?.poss) {
    const c = lex.countryByWord.get(`${toks[r.i - 2]?.lower ?? ''} ${pt.lower}`) ?? lex.countryByWord.get(pt.lower);
    if (c) p.country ??= c;
  }
}

/** Adds a role to a person, with the country, rank and diplomacy it tells. */
function addRole(p: Person, role: string): void {
  const r = role.replace(/\s+/g, ' ').trim();
  if (!r || p.roles.includes(r)) return;
  // "H.E. Dr", "Alhaji Dr.": forms of address alone are no role
  const honorific = (w: string) => lexicon().titleByPhrase.get(w.toLowerCase().replace(/\.$/, ''))?.honorific;
  if (honorific(r) || r.split(' ').every((w) => honorific(w) || honorific(`${w}.`))) return;
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

/**
 * "Indian Foreign Minister A and his Russian counterpart B": B holds A's office for B's country; B gets the
 * role without A's country words ("Foreign Minister"), so that "the Russian minister" finds B.
 */
function counterparts(reg: Registry, s: Sentence): void {
  if (!/counterpart/i.test(s.text)) return;
  const lex = lexicon();
  const counterpart = (r: string) => /\bcounterpart\b/i.test(r);
  const here = findRuns(s.tokens)
    .map((r) => matchName(reg.list, r.name))
    .filter((p): p is Person => p !== null);
  for (const p of here) {
    if (!p.roles.some(counterpart) || p.roles.some((r) => !counterpart(r))) continue;
    const other = here.find((o) => o !== p && o.roles.some((r) => !counterpart(r)));
    const role = other?.roles.find((r) => !counterpart(r));
    if (!role) continue;
    // the words after the last country word or possessive: "South Korea's Foreign Minister" -> "Foreign Minister"
    const ws = role.split(/\s+/);
    let from = 0;
    ws.forEach((w, n) => {
      if (lex.countryByWord.has(w.toLowerCase().replace(/[’']s$/, '')) || /[’']s$/.test(w)) from = n + 1;
    });
    const office = ws.slice(from).join(' ');
    if (office && lex.titleWords.has(office.split(' ').pop()!.toLowerCase())) addRole(p, office);
  }
}

/** The title phrase of a run: before it ("Foreign Minister X", "the Minister of Foreign Affairs, H.E. X") or after a comma. */
function roleOf(text: string, toks: Token[], r: Run): string | null {
  let k = wordBeforeName(toks, r.i);
  if (toks[k]?.text === '.') k--;
  let span = roleBefore(toks, k);
  // "the Minister of Foreign Affairs, Dato' Seri Haji X", "…of Thailand, H.E. X": forms of address only; the role is before the comma
  const address = (t: Token) => !t.word || isHonorific(t) || lexicon().titlesInNames.has(t.lower);
  if (span && toks.slice(span.first, span.last + 1).every(address)) {
    let b = span.first - 1;
    while (b >= 0 && toks[b]!.text !== ',' && address(toks[b]!)) b--;
    const before = toks[b]?.text === ',' ? roleBefore(toks, b - 1) : null;
    if (before) span = before;
  }
  // "his Philippine counterpart, Enrique Manalo,": a title phrase before an apposition comma
  if (!span && toks[k]?.text === ',' && toks[k - 1] && isTitleWord(toks[k - 1]!) && !toks[k - 1]!.cap)
    span = roleBefore(toks, k - 1);
  if (span) {
    // "His Highness the Crown Prince Sheikh X": the forms of address around a role are no part of it
    let { first, last } = span;
    // … but "Sri" of "Sri Lankan Prime Minister" opens a country's name
    while (
      first < last &&
      countryPhraseAt(toks, first) === 0 &&
      (address(toks[first]!) || /^(?:the|his|her|your|their|royal)$/.test(toks[first]!.lower))
    )
      first++;
    while (last > first && address(toks[last]!)) last--;
    if (address(toks[first]!)) ({ first, last } = span);
    return text.slice(toks[first]!.start, toks[last]!.end).replace(/^(?:the|of|and|to|for|on)\s+/i, '');
  }
  if (toks[r.j]?.text === ',') {
    const end = appositiveTitle(toks, r.j + 1);
    if (end !== null) return text.slice(toks[r.j + 1]!.start, toks[end - 1]!.end).replace(/^(?:the|a|an)\s+/i, '');
  }
  return null;
}

/** "X is the director of …, making him Russia's highest-ranking diplomat" adds roles to X. */
function copularRoles(reg: Registry, s: Sentence): void {
  const m =
    /^(.{2,60}?) (?:is|was|has been|serves as) (?:the |a |an )?([^,.;]{3,160})(?:, making (?:him|her) ([^,.;]{3,80}))?/u.exec(
      s.text,
    );
  if (!m) return;
  const p = matchName(reg.list, m[1]!.trim());
  if (!p || m[1]!.trim().split(' ').length > 4) return;
  const role = m[2]!.split(/\s+(?:to|since|and|who|which|in|for)\s+/)[0]!.trim();
  if (
    role.split(' ').length <= 12 &&
    !/^(first|second|last|only|\w+ed|\w+ing)\b/i.test(role) &&
    /\b(director|minister|secretary|president|ambassador|spokes|chief|head|diplomat|official|envoy|councilo)/i.test(
      role,
    )
  )
    addRole(p, role);
  if (m[3]) addRole(p, m[3].trim());
}
