import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateScalar } from './scalars.js';

@InputType({ description: 'A news report to add to the graph.' })
export class IngestReportInput {
  @Field({ description: 'The report as plain text (title, paragraphs, captions).' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Headline; read from the text when not given.' })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Outlet name or alias, e.g. "Reuters"; read from the text when not given.',
  })
  outlet?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date; read from the text when not given.' })
  published?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'URL of the report; it becomes the report id, so sending a changed version replaces the old one.',
  })
  url?: string | null;
}

@ObjectType({ description: 'What ingesting a report did.' })
export class IngestReportResult {
  @Field(() => ID, { description: 'Id of the report in the graph (pass it to `article(id:)` or `removeReport`).' })
  id!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Counts of what was added or merged, as the ingest pipeline reports them.',
  })
  summary!: Record<string, unknown>;
}

@ObjectType({ description: 'What removing a report did.' })
export class RemoveReportResult {
  @Field(() => ID, { description: 'Id of the removed report.' })
  id!: string;

  @Field(() => GraphQLJSONObject, { description: 'Counts of what was removed, as the pipeline reports them.' })
  summary!: Record<string, unknown>;
}
