import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';

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

  @Field(() => [String], { description: 'Titles and roles the reports give, e.g. "US Secretary of State".' })
  roles!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of the country the person represents, when the reports tell.',
  })
  country!: string | null;
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
