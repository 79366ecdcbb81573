/**
 * The peer of the API benchmark: @neo4j/graphql 7 on Apollo Server 5 (standalone), with the type
 * definitions of bench/peer.graphql, over the same Neo4j as Diplograph. Its driver is wrapped so
 * that every Cypher statement it runs is counted, as `Graph.queryCount` counts ours.
 *
 * The bench talks to neo4j-driver directly here (the one place outside src/graph/driver.ts):
 * @neo4j/graphql takes a driver, not our `Graph`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { ROOT } from '../src/paths.js';

export interface Peer {
  url: string;
  /** Cypher statements run since start. */
  readonly statements: number;
  stop(): Promise<void>;
}

/** Counts `run` on every transaction and session the driver hands out. */
function countStatements(driver: Driver, count: () => void): void {
  const session = driver.session.bind(driver);
  const counted = (tx: ManagedTransaction) => {
    const run = tx.run.bind(tx);
    tx.run = (...args: Parameters<ManagedTransaction['run']>) => {
      count();
      return run(...args);
    };
    return tx;
  };
  driver.session = (...args: Parameters<Driver['session']>): Session => {
    const s = session(...args);
    const executeRead = s.executeRead.bind(s);
    const executeWrite = s.executeWrite.bind(s);
    const run = s.run.bind(s);
    s.executeRead = (work, config) => executeRead((tx) => work(counted(tx)), config);
    s.executeWrite = (work, config) => executeWrite((tx) => work(counted(tx)), config);
    s.run = (...a: Parameters<Session['run']>) => {
      count();
      return run(...a);
    };
    return s;
  };
}

export async function startPeer(uri: string, auth: { user: string; password: string }): Promise<Peer> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), { maxConnectionPoolSize: 20 });
  let statements = 0;
  countStatements(driver, () => statements++);
  const typeDefs = fs.readFileSync(path.join(ROOT, 'bench', 'peer.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    get statements() {
      return statements;
    },
    stop: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}
