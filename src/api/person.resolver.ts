import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from './connection.js';
import type { Context } from './context.js';
import { MeetingConnection } from './meeting.type.js';
import { PeopleArgs, PersonMeetingsArgs, PersonStatementsArgs } from './person.args.js';
import { Person, PersonConnection, PersonMetConnection } from './person.type.js';
import { QuoteConnection } from './quote.type.js';
import { nestedConnection, readRoot, type Row } from './selection.js';
import { StatementConnection } from './statement.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: 'The person a name designates: full name, surname or alias ("Okafor"); null when nobody matches.',
  })
  async person(
    @Arg('name', () => String, { description: 'Full name, surname or alias, any case.' }) _name: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readRoot(ctx, info);
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
