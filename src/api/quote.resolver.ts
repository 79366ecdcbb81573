import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import * as quotesQ from '../graph/read/quotes.js';
import type { PageRows } from '../graph/read/cypher.js';
import type { QuoteRow } from '../graph/read/records.js';
import { toConnection, toPage } from './connection.js';
import type { Context } from './context.js';
import { QuotesArgs } from './quote.args.js';
import { OutletReport, Quote, QuoteConnection } from './quote.type.js';
import { Source } from './source.type.js';
import { DEFAULT_SOURCES, MAX_SOURCES, sourcesOf } from './sources.js';
import * as check from './validate.js';

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, {
    description: 'Quotes, most widely reported first, filtered by speaker, outlet, topic and words.',
  })
  async quotes(@Args() args: QuotesArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    const filter = {
      speaker: check.optionalName('speaker', args.speaker),
      outlet: check.optionalName('outlet', args.outlet),
      topic: check.optionalName('topic', args.topic),
      contains: check.optionalName('contains', args.contains),
    };
    const [rows] = await ctx.read<PageRows<QuoteRow>>(quotesQ.quotes(filter, page));
    return toConnection(rows!, page);
  }

  @Query(() => Quote, { nullable: true, description: 'One quote by id; null when there is none.' })
  async quote(@Arg('id', () => ID, { description: 'Id of the quote.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.quote(id);
  }

  @FieldResolver(() => [OutletReport], { description: 'The outlets that carried the quote, each with its wording.' })
  reportedBy(@Root() q: QuoteRow) {
    return q.reportedBy;
  }

  @FieldResolver(() => [Source], {
    description: 'The reports that carry the quote, with the sentence and wording of each.',
  })
  sources(
    @Root() q: QuoteRow,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_SOURCES,
      description: `At most this many sources (up to ${MAX_SOURCES}), earliest report first.`,
    })
    first: number,
    @Ctx() ctx: Context,
  ) {
    return sourcesOf(ctx, 'Quote', q.id, first);
  }
}
