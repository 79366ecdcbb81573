import { z } from 'zod';

/**
 * The shape of every data/*.json file (see data/README.md for what each holds and where it comes
 * from). Objects are strict: a misspelt key is an error, not a list silently ignored. Every file
 * may carry `_comment` strings, at the top and inside its objects.
 */

const comment = { _comment: z.string().optional() };
const words = z.array(z.string().min(1));
const strict = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject({ ...comment, ...shape });
/** A list of words with a comment saying which rule reads it. */
const wordList = strict({ words });

const TitlesFile = strict({
  titles: z.array(
    z.strictObject({
      title: z.string().min(1),
      rank: z.number().int(),
      diplomat: z.boolean().optional(),
      honorific: z.boolean().optional(),
      /** also a common given name ("Amir Ohana"): a title only after "the" or a form of address */
      givenName: z.boolean().optional(),
      /** a monarch's or a royal's style: the one name after it is a given (regnal) name, not a surname ("Sultan Ibrahim") */
      regnal: z.boolean().optional(),
      abbr: words.optional(),
    }),
  ),
  heads: words,
  modifiers: words,
  deputyModifiers: words,
  juniorRoles: words,
  genericHeads: words,
  rankWords: z.record(z.string(), z.string()),
  orgWords: words,
});

const ReportingVerbsFile = strict({
  speech: z.record(z.string(), words),
  position: z.record(z.string(), words),
  source: words,
  participleAfterComma: words,
  documents: words,
  notPositions: strict({ occasionObjects: words, courtesyObjects: words, meetingPlans: words }),
  keepVerb: strict({ lemmas: words }),
  complements: strict({ lemmas: z.record(z.string(), words) }),
  joint: strict({ lemmas: words, forms: words, participles: z.record(z.string(), z.string()) }),
  clauseEndVerbs: wordList,
  stanceWords: wordList,
  speechNouns: strict({ words, plans: words }),
  passiveAuxiliaries: wordList,
  sourceHeads: wordList,
  nounDeterminers: wordList,
  termCues: wordList,
  bareClause: wordList,
  roleNouns: wordList,
});

const CountriesFile = strict({
  countries: z.array(
    z.strictObject({
      code: z.string().regex(/^[A-Z]{2}$/, 'is not an ISO 3166-1 alpha-2 code'),
      iso3: z
        .string()
        .regex(/^[A-Z]{3}$/, 'is not an ISO 3166-1 alpha-3 code')
        .nullable(),
      numeric: z
        .string()
        .regex(/^\d{3}$/, 'is not an ISO 3166-1 numeric code')
        .nullable(),
      name: z.string().min(1),
      aliases: words,
      demonyms: words,
      capitals: words,
    }),
  ),
});

const OrganizationsFile = strict({
  organizations: z.array(
    z.strictObject({
      name: z.string().min(1),
      aliases: words,
      country: z.string().nullable(),
      kind: z.string().min(1),
    }),
  ),
});

const TopicsFile = strict({
  topics: z.array(z.strictObject({ name: z.string().min(1), cameo: z.string().optional(), keywords: words })),
});

const NicknamesFile = strict({
  groups: z.array(words),
  /** public figures' full names and the short names news calls them by ("Jokowi") */
  knownAs: z.array(strict({ name: z.string().min(3), short: words })).optional(),
});

const NamesFile = strict({ familyNameFirst: words, honorifics: words, suffixes: words });

const OutletsFile = strict({
  numericDates: strict({ dmy: words, mdy: words }),
  nameWords: strict({ words }),
  outlets: z.array(
    z.strictObject({
      name: z.string().min(1),
      aliases: z.array(z.string()),
      country: z.string().min(1),
      kind: z.enum(['agency', 'newspaper', 'broadcaster', 'online']),
      domains: z.array(z.string()),
      dates: z.enum(['dmy', 'mdy']).optional(),
    }),
  ),
});

const PublishersFile = strict({
  publishers: z.array(
    z.strictObject({
      name: z.string().min(1),
      country: z.string().min(2),
      kind: z.enum([
        'government',
        'ministry',
        'parliament',
        'international',
        'agency',
        'newspaper',
        'broadcaster',
        'online',
      ]),
      domains: z
        .array(
          z.string().regex(/^[a-z\d-]+(?:\.[a-z\d-]+)+$/, 'must be a domain in lower case, without a scheme or path'),
        )
        .min(1),
    }),
  ),
});

/** Kept loose: the meetings stage owns this file and may add lists before this schema names them. */
const MeetingWordsFile = z.looseObject({
  ...comment,
  verbs: words,
  nouns: words,
  subjectPlural: words,
  delegation: words,
  spouse: words.optional(),
  joint: words.optional(),
  talk: words.optional(),
  hostVerbs: words.optional(),
  byVerbs: words.optional(),
  gather: words.optional(),
  groupNouns: words.optional(),
  listOpeners: words.optional(),
  separate: words.optional(),
  occasions: words.optional(),
  signVerbs: words.optional(),
  signedTexts: words.optional(),
  salutations: words.optional(),
  joinIn: words.optional(),
});

/**
 * data/meeting-triggers.json (owned by the meetings stage, read by src/extract/meetings/words.ts): the verbs and
 * nouns that say people met, with the arguments each takes; the flags default to false, the lists to [].
 */
const MeetingTriggersFile = strict({
  verbs: z
    .array(
      z.strictObject({
        lemma: z.string().min(1),
        forms: words.min(1),
        object: z.boolean().default(false),
        preps: words.default([]),
        particles: words.default([]),
        plural: z.boolean().default(false),
        call: z.boolean().default(false),
        host: z.boolean().default(false),
        refOnly: z.boolean().default(false),
        needs: words.default([]),
        /** words one of which must follow the object within a few words ("thanked B for the warm hospitality") */
        after: words.default([]),
        gap: z.number().int().min(0).max(8).default(0),
      }),
    )
    .min(1),
  nouns: z
    .array(
      z.strictObject({
        forms: words.min(1),
        preps: words.default([]),
        call: z.boolean().default(false),
        occasion: z.boolean().default(false),
        several: z.boolean().default(false),
        gap: z.number().int().min(0).max(8).default(0),
      }),
    )
    .min(1),
  setting: words,
  addressVerbs: words,
  holdVerbs: words,
  together: words,
  pluralRefs: words,
  pairWords: words,
  theyWords: words,
  groupHeads: words,
  notHappened: words,
  notHappenedNoun: words,
  denied: words.default([]),
  appeals: words.default([]),
  calledOff: words.default([]),
  pictured: words,
  travelPast: words,
  groupOf: words.default([]),
  attendVerbs: words.default([]),
  bilateralCues: words.default([]),
  eventVerbs: words.default([]),
  audiences: words.default([]),
  speeches: words.default([]),
  speechKinds: words.default([]),
  otherEvent: words.default([]),
  rosterCues: words.default([]),
  eventRoles: words.default([]),
});

const WordsFile = strict({
  months: z.array(words).length(12, 'must list the twelve months, January first'),
  weekdays: words.length(7, 'must list the seven weekdays, Sunday first'),
  relativeDays: words,
  particles: words,
  lineageParticles: words,
  hyphenParticles: words,
  abbreviations: strict({ titles: words, more: words, names: words }),
  numbers: z.record(z.string(), z.number()),
  stopNames: words,
  thingNouns: words,
  titlesInNames: words,
  sourceQualifiers: words,
  namingNouns: words,
  leaderNouns: words,
  styledNames: words,
  personNouns: words,
  institutionNouns: words,
  placeNouns: words,
  storyFields: words,
});

const GrammarFile = strict({
  pair: strict({ counted: words, bare: words }),
  adverbsBeforeVerb: strict({ common: words, more: words }),
  parentheticalOpeners: wordList,
  appositionOpeners: wordList,
  guestModifiers: wordList,
  placePrepositions: wordList,
  articles: wordList,
  nameArticles: wordList,
  englishMarkers: wordList,
  sentenceStarters: wordList,
  titleConnectors: wordList,
  pronouns: wordList,
  objectPronouns: wordList,
  clauseSubjects: wordList,
  notClauseOpeners: wordList,
  beforeThat: wordList,
  leadingPrepositions: wordList,
  functionWords: wordList,
  quoteFiller: wordList,
});

const PageWordsFile = strict({
  sectionWords: wordList,
  menuItems: wordList,
  socialWords: wordList,
  languages: wordList,
  kickers: wordList,
  webmail: wordList,
});

/** data/<file> → its schema. A file not listed here is not read by the program. */
export const KNOWLEDGE_FILES = {
  titles: { file: 'titles.json', schema: TitlesFile },
  reportingVerbs: { file: 'reporting-verbs.json', schema: ReportingVerbsFile },
  countries: { file: 'countries.json', schema: CountriesFile },
  organizations: { file: 'organizations.json', schema: OrganizationsFile },
  topics: { file: 'topics.json', schema: TopicsFile },
  nicknames: { file: 'nicknames.json', schema: NicknamesFile },
  names: { file: 'names.json', schema: NamesFile },
  outlets: { file: 'outlets.json', schema: OutletsFile },
  publishers: { file: 'publishers.json', schema: PublishersFile },
  meetingWords: { file: 'meeting-words.json', schema: MeetingWordsFile },
  meetingTriggers: { file: 'meeting-triggers.json', schema: MeetingTriggersFile },
  words: { file: 'words.json', schema: WordsFile },
  grammar: { file: 'grammar.json', schema: GrammarFile },
  pageWords: { file: 'page-words.json', schema: PageWordsFile },
} as const;

export type KnowledgeName = keyof typeof KNOWLEDGE_FILES;
/** The parsed content of every data file, by name. */
export type Knowledge = { [K in KnowledgeName]: z.infer<(typeof KNOWLEDGE_FILES)[K]['schema']> };
