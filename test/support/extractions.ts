/**
 * Hand-made extractions about invented people, for the graph tests: they exercise consolidation
 * without depending on extraction quality. `report()` fills in evidence with a sentence of the
 * text so every fact carries its sources as real extractions do.
 */
import { createHash } from 'node:crypto';
import type { Evidence, Extraction } from '../../src/model.js';

export interface PersonSpec {
  name: string;
  aliases?: string[];
  roles?: string[];
  country?: string | null;
}
export interface ReportSpec {
  id: string;
  outlet: string | null;
  published: string | null;
  /** Extra text, to make a changed version of a report. */
  text?: string;
  /** People by local id. */
  people: Record<string, PersonSpec>;
  quotes?: { speaker: string | null; text: string; sourceName?: string; topics?: string[] }[];
  meetings?: {
    participants: string[];
    others?: string[];
    date?: string | null;
    place?: string | null;
    duration?: string | null;
    durationMinutes?: number | null;
  }[];
  statements?: { speaker: string; position: string; kind?: 'direct' | 'reported'; topics?: string[] }[];
  organizations?: string[];
  countries?: { code: string; name: string }[];
}

function evidence(text: string, rule: string): Evidence[] {
  return [{ sentence: text.slice(0, 80), start: 0, end: Math.min(80, text.length), rule, confidence: 0.8 }];
}

export function report(spec: ReportSpec): Extraction {
  const text = spec.text ?? `Report ${spec.id} by ${spec.outlet ?? 'unknown'}.`;
  return {
    article: {
      id: spec.id,
      source: `${spec.id}.txt`,
      title: `Report ${spec.id}`,
      outlet: spec.outlet,
      published: spec.published,
      url: null,
      dateline: null,
      text,
      contentHash: createHash('sha256').update(text).digest('hex'),
    },
    people: Object.entries(spec.people).map(([id, p]) => ({
      id,
      name: p.name,
      aliases: p.aliases ?? [p.name],
      roles: p.roles ?? [],
      country: p.country ?? null,
      evidence: evidence(text, 'person.test'),
    })),
    organizations: (spec.organizations ?? []).map((name, i) => ({
      id: `o${i}`,
      name,
      aliases: [name],
      country: null,
      evidence: evidence(text, 'org.test'),
    })),
    countries: (spec.countries ?? []).map((c) => ({ ...c, evidence: evidence(text, 'country.test') })),
    quotes: (spec.quotes ?? []).map((q) => ({
      speaker: q.speaker,
      text: q.text,
      sourceName: q.sourceName ?? null,
      topics: q.topics ?? [],
      evidence: evidence(text, 'quote.test'),
    })),
    meetings: (spec.meetings ?? []).map((m) => ({
      participants: m.participants,
      others: m.others ?? [],
      date: m.date ?? null,
      place: m.place ?? null,
      duration: m.duration ?? null,
      durationMinutes: m.durationMinutes ?? null,
      topics: ['diplomacy'],
      evidence: evidence(text, 'meeting.test'),
    })),
    statements: (spec.statements ?? []).map((s) => ({
      speaker: s.speaker,
      position: s.position,
      kind: s.kind ?? 'reported',
      topics: s.topics ?? [],
      evidence: evidence(text, 'statement.test'),
    })),
  };
}

/**
 * Four reports on an invented visit: Kenyan foreign minister William Okafor meets Chilean foreign
 * minister Maria Delgado (whose brother Tomas Delgado, a senator, is someone else).
 */
export const visitReports: Extraction[] = [
  report({
    id: 'r1',
    outlet: 'Agence France-Presse',
    published: '2024-03-06',
    people: {
      p1: {
        name: 'William Okafor',
        aliases: ['William Okafor', 'Okafor', 'Dr. William Okafor'],
        roles: ['Foreign Minister'],
        country: 'KE',
      },
      p2: { name: 'Maria Delgado', aliases: ['Maria Delgado', 'Delgado'], roles: ['Foreign Minister'], country: 'CL' },
      p3: { name: 'Tomas Delgado', roles: ['Senator'], country: 'CL' },
    },
    quotes: [
      {
        speaker: 'p1',
        text: 'We will stabilise the region together, and we will not be deterred by anyone.',
        topics: ['regional security'],
      },
      { speaker: 'p3', text: 'This visit changes nothing for our farmers.' },
    ],
    meetings: [
      {
        participants: ['p1', 'p2'],
        date: '2024-03-05',
        place: 'Santiago',
        duration: 'three hours',
        durationMinutes: 180,
      },
    ],
    statements: [{ speaker: 'p1', position: 'Kenya and Chile will deepen trade ties', topics: ['trade'] }],
    countries: [{ code: 'KE', name: 'Kenya' }],
  }),
  report({
    id: 'r2',
    outlet: 'Reuters',
    published: '2024-03-06',
    people: {
      a: { name: 'Bill Okafor', aliases: ['Bill Okafor', 'Okafor'], roles: ['Kenyan Foreign Minister'], country: 'KE' },
      b: {
        name: 'Delgado',
        aliases: ['Delgado', 'Foreign Minister Delgado'],
        roles: ['Foreign Minister'],
        country: 'CL',
      },
    },
    quotes: [{ speaker: 'a', text: 'We will stabilize the region together and we will not be deterred by anyone' }],
    meetings: [
      {
        participants: ['a', 'b'],
        date: null,
        place: 'Santiago, Chile',
        duration: 'more than four hours',
        durationMinutes: 240,
      },
    ],
    statements: [{ speaker: 'a', position: 'Kenya and Chile will deepen trade ties.', topics: ['trade'] }],
  }),
  report({
    id: 'r3',
    outlet: 'Deutsche Presse-Agentur',
    published: '2024-03-07',
    people: {
      x: { name: 'Wiliam Okafor', aliases: ['Wiliam Okafor'], roles: [], country: null },
      y: { name: 'Maria Delgado', roles: ['Foreign Minister'] },
    },
    quotes: [{ speaker: 'x', text: 'stabilize the region together and we will not be deterred' }],
    meetings: [{ participants: ['x', 'y'], date: '2024-03', place: null }],
    organizations: ['African Union'],
  }),
  report({
    id: 'r4',
    outlet: 'Reuters',
    published: '2024-05-02',
    people: {
      t: { name: 'Tomas Delgado', roles: ['Senator'], country: 'CL' },
      k: { name: 'Kofi Mensah', roles: ['Trade Minister'], country: 'GH' },
    },
    quotes: [{ speaker: 't', text: 'Trade must serve our farmers first.' }],
    meetings: [{ participants: ['t', 'k'], date: '2024-05-01', place: 'Accra' }],
  }),
];
