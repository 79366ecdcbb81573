/**
 * The state of one statement being written: its parameters and the names of its variables.
 * Values only ever enter the text as parameters; variables are numbered (`v0`, `v1`, … and
 * `v3_s` for a helper of `v3`), so that a nested subquery never captures a variable of the query
 * around it. The same selection always gives the same text, which Neo4j's plan cache keys on.
 */
export class Statement {
  readonly params: Record<string, unknown> = {};
  private vars = 0;

  /** A parameter holding `value`, as a Cypher expression (`$p3`). */
  param(value: unknown): string {
    const name = `p${Object.keys(this.params).length}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** An integer parameter: JavaScript numbers reach Cypher as floats. */
  int(value: number): string {
    return `toInteger(${this.param(value)})`;
  }

  /** A variable name not used anywhere else in the statement. */
  fresh(): string {
    return `v${this.vars++}`;
  }
}
