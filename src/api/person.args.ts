import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from './connection.js';
import { DateScalar } from './scalars.js';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only people whose name or an alias contains this text (case-insensitive).',
  })
  search?: string | null;
}

@ArgsType()
export class PersonMeetingsArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Only meetings on or after this date.' })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only meetings on or before this date.' })
  to?: Date | null;
}

@ArgsType()
export class PersonStatementsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only positions on this topic, e.g. "Taiwan".' })
  topic?: string | null;
}

@ArgsType()
export class PersonArgs {
  @Field(() => String, { nullable: true, description: 'Full name, surname or alias, any case.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata id of the person, e.g. "Q7821917".' })
  wikidataId?: string | null;
}

@ArgsType()
export class HoldersArgs {
  @Field(() => String, {
    description:
      'The role, e.g. "Foreign Minister" or "Chinese Foreign Minister" (its country then need not be given).',
  })
  role!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO alpha-2 or alpha-3 code of the country, e.g. "CN" or "CHN".',
  })
  country?: string | null;

  @Field(() => DateScalar, {
    description: 'The day: reports giving the role are dated on or before it and on or after it.',
  })
  on!: Date;
}

@ArgsType()
export class CountryArgs {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code, e.g. "CHN".' })
  iso3?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. "CN".' })
  iso2?: string | null;
}
