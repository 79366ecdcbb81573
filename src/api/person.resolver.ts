import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import * as peopleQ from '../graph/read/people.js';
import type { PageRows } from '../graph/read/cypher.js';
import type { PersonRow } from '../graph/read/records.js';
import { PageArgs, toConnection, toPage } from './connection.js';
import type { Context } from './context.js';
import { MeetingConnection } from './meeting.type.js';
import { PeopleArgs, PersonMeetingsArgs, PersonStatementsArgs } from './person.args.js';
import { Person, PersonConnection, PersonMetConnection } from './person.type.js';
import { QuoteConnection } from './quote.type.js';
import { StatementConnection } from './statement.type.js';
import * as check from './validate.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: 'The person a name designates: full name, surname or alias ("Okafor"); null when nobody matches.',
  })
  async person(
    @Arg('name', () => String, { description: 'Full name, surname or alias, any case.' }) name: string,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.read<{ person: PersonRow }>(peopleQ.personByName(check.name('name', name)));
    return rows[0]?.person ?? null;
  }

  @Query(() => PersonConnection, { description: 'People, most mentioned first.' })
  async people(@Args() args: PeopleArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    const [rows] = await ctx.read<PageRows<PersonRow>>(peopleQ.people(check.optionalName('search', args.search), page));
    return toConnection(rows!, page);
  }

  @FieldResolver(() => MeetingConnection, { description: 'Meetings the person took part in, latest first.' })
  async meetings(@Root() person: PersonRow, @Args() args: PersonMeetingsArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    return toConnection(await ctx.loaders.meetingsOf(person.id, check.dateRange(args.from, args.to), page), page);
  }

  @FieldResolver(() => QuoteConnection, {
    description: 'What the person said, in quotation marks; most widely reported first.',
  })
  async quotes(@Root() person: PersonRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    return toConnection(await ctx.loaders.quotesOf(person.id, page), page);
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Positions the person stated, directly or in reported speech.',
  })
  async statements(@Root() person: PersonRow, @Args() args: PersonStatementsArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    return toConnection(await ctx.loaders.statementsOf(person.id, check.optionalName('topic', args.topic), page), page);
  }

  @FieldResolver(() => PersonMetConnection, { description: 'The people this person met, most meetings first.' })
  async met(@Root() person: PersonRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    return toConnection(await ctx.loaders.peopleMet(person.id, page), page);
  }
}
