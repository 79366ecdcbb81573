/**
 * The codes each node of the graph carries, as pure functions of what the graph holds about it:
 * the link step of a write (src/graph/links.ts) reads these facts for the nodes a batch touched,
 * asks here, and stores the answer. Everything a code depends on is a property of the node or of
 * its neighbours that the write recomputes, so the codes are the same whatever the ingest order.
 *
 * A property that is null is removed from the node (`SET n += props`).
 */
import { Codes } from './codes.js';
import { GazetteerIndex } from './gazetteer.js';
import type { Knowledge } from './knowledge.js';
import { RoleParser, type RoleDay } from './roles.js';

/** Every property the link step owns: consolidation does not compare or keep them, this step sets them. */
export const LINK_PROPERTIES = [
  'wikidataId',
  'cameo',
  'iso2',
  'iso3',
  'isoNumeric',
  'roleNames',
  'roleKeys',
  'roleFirstReported',
  'roleLastReported',
] as const;

export type LinkProps = Partial<Record<(typeof LINK_PROPERTIES)[number], string | string[] | null>>;

export interface PersonFacts {
  name: string;
  aliases: readonly string[];
  roles: readonly string[];
  country: string | null;
  /** Per report day and role wording, how many of the reports naming the person give it (the Person's summary keeps them). */
  roleDays: readonly RoleDay[];
}

export interface NamedFacts {
  name: string;
  aliases: readonly string[];
}

export interface MeetingFacts {
  place: string | null;
  principals: readonly { id: string; country: string | null }[];
  /** The evidence sentences of the reports that tell of it. */
  sentences: readonly string[];
}

export interface MeetingLinks {
  props: LinkProps;
  /** The CAMEO code of each principal's part: 042 the visitor, 043 the host, else the meeting's code. */
  principals: { id: string; cameo: string }[];
}

export class Linker {
  readonly codes: Codes;
  readonly gazetteer: GazetteerIndex;
  readonly roles: RoleParser;

  constructor(knowledge: Knowledge) {
    this.codes = new Codes(knowledge);
    this.gazetteer = new GazetteerIndex(knowledge.gazetteer.entries, knowledge.nameGroups);
    this.roles = new RoleParser(knowledge.countries);
  }

  country(id: string): LinkProps {
    const c = this.codes.country(id);
    return {
      iso2: c?.alpha2 ?? null,
      iso3: c?.alpha3 ?? null,
      isoNumeric: c?.numeric ?? null,
      cameo: c?.cameo ?? null,
      wikidataId: this.gazetteer.match({ kind: 'country', id, name: id })?.id ?? null,
    };
  }

  person(p: PersonFacts): LinkProps {
    // A person whose country no report states is of the one country their titles name.
    const country = p.country ?? this.roleCountry(p.roles);
    const spans = this.roles.spans(p.roleDays, country);
    const list = (f: (s: (typeof spans)[number]) => string) => (spans.length ? spans.map(f) : null);
    return {
      wikidataId: this.gazetteer.match({ kind: 'person', name: p.name, aliases: p.aliases, country })?.id ?? null,
      cameo: this.codes.actorCode(country, p.roles) ?? null,
      roleNames: list((s) => s.name),
      roleKeys: list((s) => s.key),
      roleFirstReported: list((s) => s.first),
      roleLastReported: list((s) => s.last),
    };
  }

  /** An Organization or an Outlet: its Wikidata id (organizations and outlets share names). */
  body(kind: 'organization' | 'outlet', b: NamedFacts): LinkProps {
    return { wikidataId: this.gazetteer.match({ kind, name: b.name, aliases: b.aliases })?.id ?? null };
  }

  meeting(m: MeetingFacts): MeetingLinks {
    const principals = [...m.principals].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const text = [...new Set(m.sentences)].sort().join('\n');
    const codes = this.codes.meetingCodes({ principals, place: m.place, text });
    return {
      props: { cameo: codes.code },
      principals: principals.map((p) => ({
        id: p.id,
        cameo: codes.events.find((e) => e.actor === p.id)?.code ?? codes.code,
      })),
    };
  }

  position(text: string): LinkProps {
    return { cameo: this.codes.statementCode(text).code };
  }

  /** The one country the roles name ("US Secretary of State"), when the person's own is unknown. */
  private roleCountry(roles: readonly string[]): string | null {
    const found = new Set(roles.map((r) => this.roles.parse(r)?.country).filter((c): c is string => !!c));
    return found.size === 1 ? [...found][0]! : null;
  }
}
