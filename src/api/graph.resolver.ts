import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_DEPTH, MAX_HOPS, neighbourhood, shortestConnection } from '../graph/read/paths.js';
import type { PersonRow } from '../graph/read/records.js';
import type { Context } from './context.js';
import { notFound } from './errors.js';
import { Neighbourhood, PathLink, PersonPath } from './graph.type.js';
import { Meeting } from './meeting.type.js';
import * as check from './validate.js';

export const MAX_NODES = 200;

interface LinkRow {
  meetingId: string | null;
  date: string | null;
  place: string | null;
}

@Resolver(() => PathLink)
export class PathLinkResolver {
  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting behind the step.' })
  meeting(@Root() link: { meetingId: string | null }, @Ctx() ctx: Context) {
    return link.meetingId ? ctx.loaders.meeting(link.meetingId) : null;
  }
}

@Resolver()
export class GraphResolver {
  @Query(() => PersonPath, {
    nullable: true,
    description:
      'How two people are linked: the shortest chain of meetings between them; null when no chain of at most `maxHops` meetings exists.',
  })
  async connection(
    @Arg('from', () => String, { description: 'One person (full name, surname or alias).' }) from: string,
    @Arg('to', () => String, { description: 'The other person.' }) to: string,
    @Arg('maxHops', () => Int, {
      nullable: true,
      defaultValue: 4,
      description: `Longest chain to look for, 1 to ${MAX_HOPS} meetings.`,
    })
    maxHops: number,
    @Ctx() ctx: Context,
  ) {
    const q = shortestConnection(
      check.name('from', from),
      check.name('to', to),
      check.intIn('maxHops', maxHops, 1, MAX_HOPS),
    );
    const [row] = await ctx.read<{
      fromPerson: PersonRow | null;
      toPerson: PersonRow | null;
      same: boolean;
      people: PersonRow[] | null;
      links: LinkRow[] | null;
    }>(q);
    if (!row?.fromPerson) throw notFound(`No person matches "${from}" (argument "from").`);
    if (!row.toPerson) throw notFound(`No person matches "${to}" (argument "to").`);
    if (row.same) return { from: row.fromPerson, to: row.toPerson, length: 0, people: [row.fromPerson], links: [] };
    if (!row.people) return null;
    const people = row.people;
    // Each step joins consecutive people of the chain, whatever the stored direction of its MET edge.
    const links = (row.links ?? []).map((l, i) => ({
      from: people[i]!,
      to: people[i + 1]!,
      meetingId: l.meetingId,
      date: l.date,
      place: l.place,
    }));
    return { from: row.fromPerson, to: row.toPerson, length: links.length, people: row.people, links };
  }

  @Query(() => Neighbourhood, {
    description:
      'The people within `depth` meetings of a person and the meetings among them, as nodes and edges to draw.',
  })
  async neighbourhood(
    @Arg('name', () => String, { description: 'The person at the centre (full name, surname or alias).' }) name: string,
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: 1,
      description: `How many meetings away to reach, 1 to ${MAX_DEPTH}.`,
    })
    depth: number,
    @Ctx() ctx: Context,
  ) {
    const q = neighbourhood(check.name('name', name), check.intIn('depth', depth, 1, MAX_DEPTH), MAX_NODES);
    const [row] = await ctx.read<{ center: PersonRow; nodes: PersonRow[]; edges: unknown[] }>(q);
    if (!row) throw notFound(`No person matches "${name}".`);
    return { ...row, depth };
  }
}
