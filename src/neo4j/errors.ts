/**
 * Errors of the local Neo4j launcher. Each message says what went wrong and what to do; the
 * CLI prints it as one line (plus the log tail when there is one).
 */
export class Neo4jSetupError extends Error {
  override name = 'Neo4jSetupError';
}

/** The ways out when the project cannot run its own Neo4j, repeated in several messages. */
export const WITHOUT_JAVA = 'run `docker compose up -d neo4j`, or set NEO4J_URI to a Neo4j you have';
export const ALTERNATIVES = `install Java 17+ (a JDK, with javac), ${WITHOUT_JAVA}`;
