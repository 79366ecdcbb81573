/** Why an input could not be read. The CLI prints the message and carries on with the other files. */
export type InputProblem = 'missing' | 'unreadable' | 'empty' | 'binary' | 'encoding' | 'too-large' | 'format';

/**
 * A report that cannot be read. The message names the file (or record) and says what to do, e.g.
 * "reports/a.txt: not UTF-8 text (invalid byte at offset 812); convert it with `iconv -t UTF-8`".
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    /** The file (or `file#record`) that failed. */
    readonly file: string,
    readonly problem: InputProblem,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** The largest report read: anything bigger is not one news report (a dump, a binary, a mistake). */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
