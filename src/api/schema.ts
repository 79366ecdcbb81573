import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { SCHEMA_DIR } from '../paths.js';
import { ArticleResolver, OutletResolver } from './article.resolver.js';
import { GraphResolver } from './graph.resolver.js';
import { DisagreementValueResolver, MeetingResolver } from './meeting.resolver.js';
import { CountryResolver, PersonResolver } from './person.resolver.js';
import { QuoteResolver } from './quote.resolver.js';
import { ReportResolver } from './report.resolver.js';
import { SearchResolver } from './search.resolver.js';
import { byResponseKey } from './selection.js';
import { TYPES } from '../graph/read/model.js';
import { StatementResolver } from './statement.resolver.js';

/** Where the schema is committed, so that clients and reviewers can read it without running the server. */
export const SCHEMA_FILE = path.join(SCHEMA_DIR, 'schema.graphql');
export const EXAMPLES_FILE = path.join(SCHEMA_DIR, 'examples.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolver classes. */
export function apiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      PersonResolver,
      CountryResolver,
      MeetingResolver,
      DisagreementValueResolver,
      QuoteResolver,
      StatementResolver,
      ArticleResolver,
      OutletResolver,
      SearchResolver,
      GraphResolver,
      ReportResolver,
    ],
    validate: false,
  }).then((schema) => {
    // type-graphql has no decorator for the root types' descriptions.
    Object.assign(schema.getQueryType()!, {
      description:
        'Questions about the graph: who met whom and when, who said what and who carried it, where reports disagree.',
    });
    Object.assign(schema.getMutationType()!, {
      description: 'Changes to the graph, behind the API key (`Authorization: Bearer <API_KEY>`).',
    });
    // The types the translator fills are read by response key (aliases included); their fields
    // with arguments have resolvers of their own, which read the same way (selection.ts).
    for (const name of Object.keys(TYPES)) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`the read model has ${name}, which is no object type of the schema`);
      for (const field of Object.values(type.getFields())) field.resolve ??= byResponseKey;
    }
    return schema;
  });
  return built;
}

/** The schema as SDL, types sorted, as committed in `schema/schema.graphql`. */
export async function schemaSdl(): Promise<string> {
  const header = '# Generated from the resolvers in src/api by `node dist/src/api/schema.js`; do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(await apiSchema())) + '\n';
}

// `node dist/src/api/schema.js` rewrites the committed schema file.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  fs.writeFileSync(SCHEMA_FILE, await schemaSdl());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
