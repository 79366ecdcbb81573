/**
 * ISO 3166 and CAMEO codes for the graph's countries, actors, meetings and statements, as pure
 * functions over the data in data/cameo.json and data/countries.json (see the README's table).
 *
 * - a country: ISO alpha-2 (its id in the graph), alpha-3, numeric, and its CAMEO code;
 * - an actor: CAMEO country code plus the type its roles name (USAGOV, CHNGOV, RUSMIL);
 * - a meeting: the undirected code of the meeting (040 consult, 041 by telephone, 042 a visit,
 *   044 a third location, 045 mediated, 046 negotiation, 036 intent to meet) and the directed
 *   events between its principals (the visitor 042 "make a visit", the host 043 "host a visit");
 * - a statement: the first statement rule its wording fits (012 pessimistic, 013 optimistic,
 *   111 criticize …), else 010 "make statement".
 */
import type { CameoData, CountryData, Knowledge } from './knowledge.js';
import { foldName } from './gazetteer.js';

export interface CountryCodes {
  alpha2: string;
  alpha3: string | null;
  numeric: string | null;
  cameo: string | null;
}

export interface MeetingFacts {
  /** The principals (graph ids) with their countries (alpha-2) when known. */
  principals: readonly { id: string; country: string | null }[];
  /** Where it took place (the meeting's place text), if known. */
  place?: string | null;
  /** The words that report it (evidence sentences): phone calls, plans and negotiations are told there. */
  text?: string;
}

export interface DirectedEvent {
  actor: string;
  target: string;
  code: string;
}

export interface MeetingCodes {
  /** The code of the meeting as one event. */
  code: string;
  /** Which rule chose it: a meeting rule id, `visit`, `third-location` or `default`. */
  rule: string;
  /** The events between each ordered pair of principals. */
  events: DirectedEvent[];
}

interface Matcher {
  id: string;
  code: string;
  re: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsRe = (words: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );

export class Codes {
  private readonly countries = new Map<string, CountryData>();
  private readonly fromCameo = new Map<string, string>();
  private readonly places = new Map<string, string>();
  private readonly statementRules: Matcher[];
  private readonly meetingRules: Matcher[];
  private readonly roleWords: { word: string; type: string; re: RegExp }[];

  constructor(private readonly data: Pick<Knowledge, 'cameo' | 'countries'>) {
    const { exceptions } = data.cameo.countryCodes;
    for (const c of data.countries) {
      this.countries.set(c.code, c);
      const cameo = exceptions[c.code] ?? c.iso3;
      if (cameo) this.fromCameo.set(cameo, c.code);
      for (const name of [c.name, ...c.aliases, ...c.capitals]) {
        const key = foldName(name);
        if (key && !this.places.has(key)) this.places.set(key, c.code);
      }
    }
    const compile = (rows: CameoData['statementRules']) =>
      rows.map((r) => ({ id: r.id, code: r.code, re: wordsRe(r.words) }));
    this.statementRules = compile(data.cameo.statementRules);
    this.meetingRules = compile(data.cameo.meetingRules);
    this.roleWords = data.cameo.actorRoles.flatMap((row) =>
      row.words.map((word) => ({ word, type: row.type, re: wordsRe([word]) })),
    );
  }

  /** ISO and CAMEO codes of a country by its alpha-2 code (the id of a Country node). */
  country(alpha2: string): CountryCodes | undefined {
    const c = this.countries.get(alpha2.toUpperCase());
    if (!c) return undefined;
    return {
      alpha2: c.code,
      alpha3: c.iso3,
      numeric: c.numeric,
      cameo: this.data.cameo.countryCodes.exceptions[c.code] ?? c.iso3,
    };
  }

  /** The alpha-2 code of a CAMEO country code (USA → US, ROM → RO); undefined for regions and unknown codes. */
  countryOfCameo(code: string): string | undefined {
    return this.fromCameo.get(code.toUpperCase());
  }

  /** The country a place is in, from its comma-separated parts: "Great Hall of the People, Beijing" → CN. */
  countryOfPlace(place: string | null | undefined): string | undefined {
    if (!place) return undefined;
    const parts = place.split(',').map(foldName).reverse();
    for (const part of parts) {
      const code = this.places.get(part);
      if (code) return code;
    }
    return undefined;
  }

  /** The CAMEO actor type named by a person's roles: the longest matching role word decides ("general secretary" is GOV, "general" MIL). */
  actorType(roles: readonly string[]): string | undefined {
    let best: { word: string; type: string } | undefined;
    for (const role of roles)
      for (const w of this.roleWords) if ((!best || w.word.length > best.word.length) && w.re.test(role)) best = w;
    return best?.type;
  }

  /** CAMEO actor code from a country (alpha-2) and roles: USAGOV, CHNGOV, RUSMIL; a part alone when the other is unknown. */
  actorCode(country: string | null | undefined, roles: readonly string[] = []): string | undefined {
    const part = (country && this.country(country)?.cameo) || '';
    const code = part + (this.actorType(roles) ?? '');
    return code || undefined;
  }

  /** The codes of a meeting (see the module comment for the order of the rules). */
  meetingCodes(m: MeetingFacts): MeetingCodes {
    const text = m.text ?? '';
    const pairs = (code: string | ((a: MeetingFacts['principals'][number]) => string)): DirectedEvent[] =>
      m.principals.flatMap((a) =>
        m.principals
          .filter((b) => b !== a)
          .map((b) => ({ actor: a.id, target: b.id, code: typeof code === 'string' ? code : code(a) })),
      );
    const rule = (id: string) => this.meetingRules.find((r) => r.id === id && r.re.test(text));
    const early = rule('phone') ?? rule('planned');
    if (early) return { code: early.code, rule: early.id, events: pairs(early.code) };
    const where = this.countryOfPlace(m.place);
    const countries = m.principals.map((p) => p.country);
    if (where && countries.every(Boolean)) {
      const hosts = countries.filter((c) => c === where).length;
      if (hosts > 0 && hosts < countries.length)
        return { code: '042', rule: 'visit', events: pairs((a) => (a.country === where ? '043' : '042')) };
      if (hosts === 0 && new Set(countries).size > 1)
        return { code: '044', rule: 'third-location', events: pairs('044') };
    }
    const late = rule('mediation') ?? rule('negotiation');
    if (late) return { code: late.code, rule: late.id, events: pairs(late.code) };
    return { code: '040', rule: 'default', events: pairs('040') };
  }

  /** The CAMEO code of a stated position by its wording; 010 "make statement" when no rule fits. */
  statementCode(text: string): { code: string; rule: string } {
    const r = this.statementRules.find((s) => s.re.test(text));
    return r ? { code: r.code, rule: r.id } : { code: '010', rule: 'default' };
  }

  /** The codebook's label of an event code (040 → "Consult, not specified below"). */
  eventLabel(code: string): string | undefined {
    return this.data.cameo.eventCodes[code];
  }
}
