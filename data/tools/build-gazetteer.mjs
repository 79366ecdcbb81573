// Regenerates data/gazetteer.json: Wikidata ids of heads of state and government, foreign ministers,
// countries, the main international organizations and news agencies, each with the source it was
// taken from. Every id comes from one of the files below (public repositories, at the commits named);
// data/tools/gazetteer-extra.json only says which bodies and agencies to take and adds aliases.
//
// usage (each file taken from its repository at the commit in SOURCES below, e.g. with `git show`):
//   node data/tools/build-gazetteer.mjs LEADERS.csv FOREIGN.csv FOREIGN-EARLIER.csv ALL_BODIES.md cli_tagger.py
import fs from 'node:fs';
import path from 'node:path';
import url from 'node:url';
import { parse } from 'csv-parse/sync';

const here = path.dirname(url.fileURLToPath(import.meta.url));
const [leadersFile, foreignFile, foreignEarlierFile, bodiesFile, agenciesFile] = process.argv.slice(2);
if (!agenciesFile) {
  console.error('usage: build-gazetteer.mjs LEADERS.csv FOREIGN.csv FOREIGN-EARLIER.csv ALL_BODIES.md cli_tagger.py');
  process.exit(2);
}

const SOURCES = {
  leaders: {
    repository: 'every-politician-scrapers/world-leaders-2021',
    path: 'data/wikidata.csv',
    commit: 'be7039cf5952d8121c4f1e24eea64cc5dd465633',
    what: 'heads of state and government of every country in 2021-2022 (a Wikidata query of the EveryPolitician project), with their countries',
  },
  'foreign-ministers': {
    repository: 'every-politician-scrapers/world',
    path: 'sources/foreign/wikidata.csv',
    commit: '4ee5b6ad1e088595ee5c81c1b62475b533fb2f80',
    what: 'foreign ministers holding office in December 2022 (Wikidata, position held P39)',
  },
  'foreign-ministers-2022-08': {
    repository: 'every-politician-scrapers/world',
    path: 'sources/foreign/wikidata.csv',
    commit: 'c1e0c8fca19dcce9b77bc424425958be2a18365b',
    what: 'foreign ministers holding office in August 2022 (an earlier version of the same file)',
  },
  bodies: {
    repository: 'confirmordeny/supraverden',
    path: 'dist/ALL_BODIES.md',
    commit: '59ab4fa0f92f3c75bb45e230908e612f15e8dbdf',
    what: 'supranational bodies with their Wikidata codes',
  },
  agencies: {
    repository: 'impresso/newsagency-classification',
    path: 'lib/bert_classification/cli_tagger.py',
    commit: '7bff34eda98819e4b293adc692bd35af7bdcf20e',
    what: 'news agencies with their Wikidata ids (WIKIDATA_IDs of the impresso news-agency tagger)',
  },
};

const extra = JSON.parse(fs.readFileSync(path.join(here, 'gazetteer-extra.json'), 'utf8'));
const countries = JSON.parse(fs.readFileSync(path.join(here, '..', 'countries.json'), 'utf8')).countries;
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const countryByLabel = new Map();
for (const c of countries) for (const n of [c.name, ...c.aliases]) countryByLabel.set(fold(n), c.code);
const unknownCountries = new Set();
function countryOf(label) {
  if (label in extra.countryLabels) return extra.countryLabels[label];
  const code = countryByLabel.get(fold(label));
  if (code === undefined) unknownCountries.add(label);
  return code ?? null;
}
const roleRules = extra.roleRules.map((r) => ({ role: r.role, re: new RegExp(`\\b(${r.pattern})\\b`, 'i') }));
const roleOf = (title, fallback) => roleRules.find((r) => r.re.test(title))?.role ?? fallback;
const isQ = (id) => /^Q\d+$/.test(id ?? '');

const entries = new Map();
function add(entry, source) {
  const known = entries.get(entry.id);
  if (!known) {
    entries.set(entry.id, { ...entry, sources: [source] });
    return;
  }
  if (!known.sources.includes(source)) known.sources.push(source);
  for (const role of entry.roles ?? []) {
    if (!known.roles.some((r) => r.title === role.title && r.from === role.from)) known.roles.push(role);
  }
}

// Heads of state and government, and their countries.
const csv = (file) => parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
for (const row of csv(leadersFile)) {
  const country = countryOf(row.country);
  if (isQ(row.countryid) && country) add({ id: row.countryid, kind: 'country', name: row.country, aliases: [], country }, 'leaders');
  if (!isQ(row.officeholder) || !row.officeholderLabel || isQ(row.officeholderLabel)) continue;
  add(
    {
      id: row.officeholder,
      kind: 'person',
      name: row.officeholderLabel,
      aliases: [],
      country,
      roles: [
        {
          role: roleOf(row.positionLabel, 'head of state'),
          title: row.positionLabel,
          position: row.position,
          from: row.start_year || null,
          to: row.end_year || null,
        },
      ],
    },
    'leaders',
  );
}

// Foreign ministers (two snapshots of the same query).
for (const [file, source] of [
  [foreignFile, 'foreign-ministers'],
  [foreignEarlierFile, 'foreign-ministers-2022-08'],
]) {
  for (const row of csv(file)) {
    if (!isQ(row.person) || !row.name || isQ(row.name)) continue;
    add(
      {
        id: row.person,
        kind: 'person',
        name: row.name,
        aliases: [],
        country: countryOf(row.countryLabel),
        roles: [
          { role: 'foreign minister', title: row.positionLabel, position: row.position, from: row.start || null, to: null },
        ],
      },
      source,
    );
  }
}

// International organizations: the rows of ALL_BODIES.md named in the extra file.
const wanted = extra.bodies;
const found = new Set();
for (const line of fs.readFileSync(bodiesFile, 'utf8').split('\n')) {
  const m = /^\| ([^|]+?) \| \[(Q\d+)\]/.exec(line);
  if (!m || !(m[1] in wanted) || found.has(m[1])) continue;
  found.add(m[1]);
  add({ id: m[2], kind: 'organization', name: m[1], aliases: wanted[m[1]].aliases, country: null }, 'bodies');
}
const missingBodies = Object.keys(wanted).filter((b) => !found.has(b));

// News agencies: the WIKIDATA_IDs table of the impresso tagger.
const table = /WIKIDATA_IDs = \{([^}]*)\}/.exec(fs.readFileSync(agenciesFile, 'utf8'))?.[1] ?? '';
const missingAgencies = [];
for (const [key, info] of Object.entries(extra.agencies)) {
  const m = new RegExp(`"${key.replace(/[-]/g, '\\-')}":\\s*"(Q\\d+)"`).exec(table);
  if (!m) {
    missingAgencies.push(key);
    continue;
  }
  add({ id: m[1], kind: 'outlet', name: info.name, aliases: info.aliases, country: info.country }, 'agencies');
}

const order = { country: 0, organization: 1, outlet: 2, person: 3 };
const list = [...entries.values()]
  .map((e) => (e.kind === 'person' ? e : (({ roles, ...rest }) => rest)(e)))
  .sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
const doc = {
  _comment:
    'Wikidata ids of countries, international organizations, news agencies, heads of state and government and foreign ministers, so that a node of the graph can be matched to its Wikidata item (by name or alias, and country). Generated by data/tools/build-gazetteer.mjs from the files named in `sources` (each entry lists the sources its id was taken from) plus data/tools/gazetteer-extra.json (aliases). Do not edit by hand: add entries of your own in a file named by DIPLOGRAPH_GAZETTEER (same format), which is merged over this one.',
  sources: SOURCES,
  entries: list,
};
fs.writeFileSync(path.join(here, '..', 'gazetteer.json'), JSON.stringify(doc, null, 1) + '\n');
const count = (k) => list.filter((e) => e.kind === k).length;
console.log(
  `${list.length} entries: ${count('person')} people, ${count('country')} countries, ${count('organization')} organizations, ${count('outlet')} agencies`,
);
if (unknownCountries.size) console.log(`country labels not found (country left null): ${[...unknownCountries].join('; ')}`);
if (missingBodies.length) console.log(`bodies not found in ${bodiesFile}: ${missingBodies.join('; ')}`);
if (missingAgencies.length) console.log(`agencies not found in ${agenciesFile}: ${missingAgencies.join('; ')}`);
