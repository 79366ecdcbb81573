import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { InputError } from '../input/errors.js';
import type { Context } from './context.js';
import { badUserInput, notFound, unauthenticated } from './errors.js';
import { IngestReportInput, IngestReportResult, RemoveReportResult } from './report.type.js';
import { isoDate } from './scalars.js';

/** Mutations change the shared graph, so they need the API key; without a configured key they are off. */
function requireKey(ctx: Context) {
  if (!ctx.mutationsEnabled)
    throw unauthenticated(
      'Mutations are off on this server: set API_KEY to enable them, then send `Authorization: Bearer <API_KEY>`.',
    );
  if (!ctx.authorized)
    throw unauthenticated('This mutation needs the API key: send the header `Authorization: Bearer <API_KEY>`.');
  if (!ctx.pipeline) throw unauthenticated('Mutations are off on this server (no ingest pipeline).');
  return ctx.pipeline;
}

@Resolver()
export class ReportResolver {
  @Mutation(() => IngestReportResult, {
    description:
      'Adds a report to the graph (extract, resolve, write), as `diplograph ingest` does. Sending the same report again changes nothing. Needs the API key.',
  })
  async ingestReport(
    @Arg('input', () => IngestReportInput, { description: 'The report and what is known about it.' })
    input: IngestReportInput,
    @Ctx() ctx: Context,
  ) {
    const pipeline = requireKey(ctx);
    const meta = {
      title: input.title ?? null,
      outlet: input.outlet ?? null,
      published: isoDate(input.published),
      url: input.url ?? null,
      source: 'api',
    };
    if (input.url) Object.assign(meta, { id: input.url });
    try {
      const stats = await pipeline.ingestReport(ctx.graph, { text: input.text, meta });
      return { id: stats.articleId, summary: stats };
    } catch (err) {
      if (err instanceof InputError)
        throw badUserInput('input', `The report cannot be read: ${err.message.replace(/^[^:]*: /, '')}`);
      throw err;
    }
  }

  @Mutation(() => RemoveReportResult, {
    description: 'Removes a report and every fact only it supported, as `diplograph remove` does. Needs the API key.',
  })
  async removeReport(
    @Arg('id', () => ID, { description: 'Id (or URL) of the report.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    const pipeline = requireKey(ctx);
    const removed = await pipeline.removeReport(ctx.graph, id);
    if (removed.length === 0) throw notFound(`No report has the id or URL "${id}".`);
    return { id, summary: { removed } };
  }
}
