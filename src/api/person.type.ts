import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';
import { DateScalar } from './scalars.js';

@ObjectType({
  description: 'A person the reports name: one node per real person, however many reports and spellings.',
  simpleResolvers: true,
})
export class Person {
  @Field(() => ID, { description: 'Stable id: `person:` and the normalised canonical name.' })
  id!: string;

  @Field({ description: 'Canonical full name, e.g. "Amara Okafor".' })
  name!: string;

  @Field(() => [String], {
    description: 'Every other form the reports use for this person: surname, spellings, titles used as names.',
  })
  aliases!: string[];

  // `roles(on: Date)` is a field resolver (person.resolver.ts).

  @Field(() => [RoleSpan], {
    description:
      'Each role the dated reports give the person, with the first and last publication dates of those reports, earliest first.',
  })
  roleHistory!: RoleSpan[];

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of the country the person represents, when the reports tell.',
  })
  country!: string | null;

  @Field(() => Country, { nullable: true, description: 'The country the person represents, with its codes.' })
  represents!: Country | null;

  @Field(() => String, {
    nullable: true,
    description: 'Wikidata item of the person (e.g. "Q7821917"), from the gazetteer; null when not known.',
  })
  wikidataId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'CAMEO actor code from the country and the roles: "USAGOV", "CHNGOV", "RUSMIL"; the type alone ("GOV") when the country is unknown.',
  })
  cameo!: string | null;
}

@ObjectType({
  description: 'A role a person held: the reports that give it, dated from the first to the last.',
  simpleResolvers: true,
})
export class RoleSpan {
  @Field(() => Person, { description: 'Who held it.' })
  person!: Person;

  @Field({ description: 'The role as most reports word it, e.g. "Chinese Foreign Minister".' })
  role!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO alpha-2 code of the country the role is of (from its wording or the person), when known.',
  })
  country!: string | null;

  @Field(() => DateScalar, { description: 'Publication date of the first report giving the role.' })
  firstReported!: string;

  @Field(() => DateScalar, { description: 'Publication date of the latest report giving the role.' })
  lastReported!: string;
}

@ObjectType({ description: 'A country, with its ISO 3166, CAMEO and Wikidata codes.', simpleResolvers: true })
export class Country {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, the id of the country in the graph.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name, e.g. "China".' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. "CN".' })
  iso2!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code, e.g. "CHN".' })
  iso3!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 numeric code, e.g. "156".' })
  isoNumeric!: string | null;

  @Field(() => String, { nullable: true, description: 'CAMEO country code (alpha-3 but ROM, TMP, MTN).' })
  cameo!: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata item of the country.' })
  wikidataId!: string | null;

  // `people` is a field resolver (person.resolver.ts).
}

@ObjectType({ description: 'Someone a person met, and how many meetings they had.', simpleResolvers: true })
export class PersonMet {
  @Field(() => Person, { description: 'The other person.' })
  person!: Person;

  @Field(() => Int, { description: 'How many distinct meetings the two had.' })
  meetings!: number;
}

@ObjectType({ description: 'A page of people.' })
export class PersonConnection extends Connection(Person, 'people') {}

@ObjectType({ description: 'A page of the people someone met.' })
export class PersonMetConnection extends Connection(PersonMet, 'people met') {}
