import type { Knowledge } from './schema.js';

/**
 * The lookup tables of data/meeting-words.json (owned by the meetings stage: its lists and what
 * they mean are documented in data/README.md).
 */
export function meetingWords(m: Knowledge['meetingWords']) {
  return {
    verbs: new Set(m.verbs),
    nouns: new Set(m.nouns),
    subjectPlural: new Set(m.subjectPlural),
    delegation: m.delegation,
    spouse: new Set(m.spouse ?? []),
    joint: new Set(m.joint ?? []),
    talk: new Set(m.talk ?? []),
    hostVerbs: new Set(m.hostVerbs ?? []),
    byVerbs: new Set(m.byVerbs ?? []),
    gather: m.gather ?? [],
    groupNouns: new Set(m.groupNouns ?? []),
    listOpeners: m.listOpeners ?? [],
    separate: new Set(m.separate ?? []),
    occasions: new Set(m.occasions ?? []),
    signVerbs: new Set(m.signVerbs ?? []),
    signedTexts: new Set(m.signedTexts ?? []),
    salutations: m.salutations ?? [],
    joinIn: (m.joinIn ?? []).map((x) => x.split(' ')),
  };
}
