import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from './connection.js';
import type { Context } from './context.js';
import { MeetingConnection } from './meeting.type.js';
import {
  CountryArgs,
  HoldersArgs,
  PeopleArgs,
  PersonArgs,
  PersonMeetingsArgs,
  PersonStatementsArgs,
} from './person.args.js';
import { Country, Person, PersonConnection, PersonMetConnection, RoleSpan } from './person.type.js';
import { DateScalar } from './scalars.js';
import { QuoteConnection } from './quote.type.js';
import { nestedConnection, readRoot, selected, type Row } from './selection.js';
import { StatementConnection } from './statement.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description:
      'The person a name designates (full name, surname or alias: "Okafor") or a Wikidata id names; give one of the two. Null when nobody matches.',
  })
  async person(@Args() _args: PersonArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @Query(() => [RoleSpan], {
    description:
      'Who held a role on a day, by the reports: people the reports give the role, in reports dated on both sides of the day (or on it); at most 100, earliest first.',
  })
  async holders(@Args() _args: HoldersArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @FieldResolver(() => [String], {
    description:
      'Titles and roles the reports give, e.g. "US Secretary of State". With `on`: the roles reports dated on both sides of that day give (each as most reports word it).',
  })
  roles(
    @Root() person: Row,
    @Arg('on', () => DateScalar, { nullable: true, description: 'Only the roles held on this day.' }) _on: Date | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return selected(person, info);
  }

  @Query(() => PersonConnection, { description: 'People, most mentioned first.' })
  async people(@Args() _args: PeopleArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @FieldResolver(() => MeetingConnection, { description: 'Meetings the person took part in, latest first.' })
  meetings(@Root() person: Row, @Args() args: PersonMeetingsArgs, @Info() info: GraphQLResolveInfo) {
    return nestedConnection(person, info, args);
  }

  @FieldResolver(() => QuoteConnection, {
    description: 'What the person said, in quotation marks; most widely reported first.',
  })
  quotes(@Root() person: Row, @Args() args: PageArgs, @Info() info: GraphQLResolveInfo) {
    return nestedConnection(person, info, args);
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Positions the person stated, directly or in reported speech.',
  })
  statements(@Root() person: Row, @Args() args: PersonStatementsArgs, @Info() info: GraphQLResolveInfo) {
    return nestedConnection(person, info, args);
  }

  @FieldResolver(() => PersonMetConnection, { description: 'The people this person met, most meetings first.' })
  met(@Root() person: Row, @Args() args: PageArgs, @Info() info: GraphQLResolveInfo) {
    return nestedConnection(person, info, args);
  }
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, {
    nullable: true,
    description: 'A country by its ISO 3166-1 alpha-3 or alpha-2 code (give one); null when the graph has none.',
  })
  async country(@Args() _args: CountryArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @FieldResolver(() => PersonConnection, { description: 'The people who represent the country, by name.' })
  people(@Root() country: Row, @Args() args: PageArgs, @Info() info: GraphQLResolveInfo) {
    return nestedConnection(country, info, args);
  }
}
