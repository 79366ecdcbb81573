import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from './connection.js';
import type { Context } from './context.js';
import { MeetingsArgs } from './meeting.args.js';
import { DisagreementValue, Meeting, MeetingConnection } from './meeting.type.js';
import { readRoot, selected, sourcesArg, type Row } from './selection.js';
import { Source } from './source.type.js';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Meetings, latest first, filtered by who took part and when.' })
  async meetings(@Args() _args: MeetingsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @Query(() => Meeting, { nullable: true, description: 'One meeting by id; null when there is none.' })
  async meeting(
    @Arg('id', () => ID, { description: 'Id of the meeting.' }) _id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readRoot(ctx, info);
  }

  @Query(() => MeetingConnection, {
    description: 'Meetings whose reports disagree on a detail (how long, when, where), latest first.',
  })
  async disagreements(@Args() _args: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @FieldResolver(() => [Source], { description: 'The reports that tell of the meeting, with the sentence of each.' })
  sources(@Root() m: Row, @Arg('first', () => Int, sourcesArg) _first: number, @Info() info: GraphQLResolveInfo) {
    return selected(m, info);
  }
}

@Resolver(() => DisagreementValue)
export class DisagreementValueResolver {
  @FieldResolver(() => [Source], { description: 'The reports that give this value, with their sentences.' })
  sources(@Root() v: Row, @Arg('first', () => Int, sourcesArg) _first: number, @Info() info: GraphQLResolveInfo) {
    return selected(v, info);
  }
}
