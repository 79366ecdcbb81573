import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A publisher of reports: a newspaper, broadcaster or news agency.', simpleResolvers: true })
export class Outlet {
  @Field(() => ID, { description: 'Stable id of the outlet.' })
  id!: string;

  @Field({ description: 'Canonical name, e.g. "Reuters".' })
  name!: string;

  @Field(() => [String], { description: 'Other names and agency tags of the outlet.' })
  aliases!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Wikidata item of the outlet, from the gazetteer; null when not known.',
  })
  wikidataId!: string | null;
}
