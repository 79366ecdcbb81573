import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import * as meetingsQ from '../graph/read/meetings.js';
import * as disagreementsQ from '../graph/read/disagreements.js';
import type { PageRows } from '../graph/read/cypher.js';
import type { MeetingRow } from '../graph/read/records.js';
import { PageArgs, toConnection, toPage } from './connection.js';
import type { Context } from './context.js';
import { badUserInput } from './errors.js';
import { MeetingsArgs } from './meeting.args.js';
import { Disagreement, DisagreementValue, Meeting, MeetingConnection } from './meeting.type.js';
import { Person } from './person.type.js';
import { Source } from './source.type.js';
import { DEFAULT_SOURCES, MAX_SOURCES, sourcesOf } from './sources.js';
import * as check from './validate.js';

const MAX_BETWEEN = 10;

interface DisagreementRow {
  field: string;
  values: { value: string; detailIds: string[] }[];
}

/** The details of a meeting grouped by field, keeping the fields the reports give more than one value for. */
export function disagreementsOf(meeting: MeetingRow): DisagreementRow[] {
  const byField = new Map<string, Map<string, string[]>>();
  for (const d of meeting.details ?? []) {
    if (d.value === null) continue;
    const values = byField.get(d.field) ?? new Map<string, string[]>();
    values.set(d.value, [...(values.get(d.value) ?? []), d.id]);
    byField.set(d.field, values);
  }
  return [...byField]
    .filter(([, values]) => values.size > 1)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, values]) => ({ field, values: [...values].map(([value, detailIds]) => ({ value, detailIds })) }));
}

const sourcesArg = {
  nullable: true,
  defaultValue: DEFAULT_SOURCES,
  description: `At most this many sources (up to ${MAX_SOURCES}), earliest report first.`,
};

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Meetings, latest first, filtered by who took part and when.' })
  async meetings(@Args() args: MeetingsArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    const between = args.between ?? [];
    if (between.length > MAX_BETWEEN) throw badUserInput('between', `"between" takes at most ${MAX_BETWEEN} names.`);
    const participants = [
      ...(args.participant ? [check.name('participant', args.participant)] : []),
      ...between.map((n) => check.name('between', n)),
    ];
    const range = check.dateRange(args.from, args.to);
    const [rows] = await ctx.read<PageRows<MeetingRow>>(meetingsQ.meetings({ participants, ...range }, page));
    return toConnection(rows!, page);
  }

  @Query(() => Meeting, { nullable: true, description: 'One meeting by id; null when there is none.' })
  async meeting(@Arg('id', () => ID, { description: 'Id of the meeting.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.meeting(id);
  }

  @Query(() => MeetingConnection, {
    description: 'Meetings whose reports disagree on a detail (how long, when, where), latest first.',
  })
  async disagreements(@Args() args: PageArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    const [rows] = await ctx.read<PageRows<MeetingRow>>(disagreementsQ.disagreeingMeetings(page));
    return toConnection(rows!, page);
  }

  @FieldResolver(() => [Person], { description: 'The principals: the people who met.' })
  participants(@Root() m: MeetingRow) {
    return m.participants.filter((p) => p.role !== 'delegation');
  }

  @FieldResolver(() => [Person], { description: 'Delegation members who took part beside the principals.' })
  delegation(@Root() m: MeetingRow) {
    return m.participants.filter((p) => p.role === 'delegation');
  }

  @FieldResolver(() => [Disagreement], {
    name: 'disagreements',
    description: 'Details the reports give differently, each with every version and its sources.',
  })
  disagreements_(@Root() m: MeetingRow) {
    return disagreementsOf(m);
  }

  @FieldResolver(() => [Source], { description: 'The reports that tell of the meeting, with the sentence of each.' })
  sources(@Root() m: MeetingRow, @Arg('first', () => Int, sourcesArg) first: number, @Ctx() ctx: Context) {
    return sourcesOf(ctx, 'Meeting', m.id, first);
  }
}

@Resolver(() => Disagreement)
export class DisagreementResolver {
  @FieldResolver(() => [DisagreementValue], {
    description: 'Every value the reports give, with the reports giving it.',
  })
  values(@Root() d: DisagreementRow) {
    return d.values;
  }
}

@Resolver(() => DisagreementValue)
export class DisagreementValueResolver {
  @FieldResolver(() => [Source], { description: 'The reports that give this value, with their sentences.' })
  async sources(
    @Root() v: { detailIds: string[] },
    @Arg('first', () => Int, sourcesArg) first: number,
    @Ctx() ctx: Context,
  ) {
    const lists = await Promise.all(v.detailIds.map((id) => sourcesOf(ctx, 'Detail', id, first)));
    return lists.flat().slice(0, first);
  }
}
