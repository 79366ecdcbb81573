/**
 * The article ids a stream run has given so far, and which input gave each, so that a second
 * input giving the same id (two files with one name in two folders) is refused rather than taken
 * for a changed version of the first. Bounded: the `capacity` ids used most recently are kept
 * (lru-cache), so that a run's memory stays flat however many reports it reads; an input that
 * repeats an id older than that is written as a changed version of the report, as a second run
 * would write it.
 */
import { LRUCache } from 'lru-cache';

/** Ids kept by default: about 10 MB at a hundred bytes an id, a long way back in any folder or feed. */
export const ID_CLAIMS_CAPACITY = 100_000;

export class IdClaims {
  private readonly owners: LRUCache<string, string>;

  constructor(readonly capacity = ID_CLAIMS_CAPACITY) {
    this.owners = new LRUCache({ max: capacity });
  }

  /** How many ids are kept now (at most `capacity`). */
  get size(): number {
    return this.owners.size;
  }

  /**
   * Claims `ids` for `input`. Returns the first id another input already gave, with that input,
   * and claims nothing; else claims them all and returns null.
   */
  claim(input: string, ids: string[]): { id: string; owner: string } | null {
    for (const id of ids) {
      const owner = this.owners.get(id);
      if (owner !== undefined && owner !== input) return { id, owner };
    }
    for (const id of ids) this.owners.set(id, input);
    return null;
  }
}
