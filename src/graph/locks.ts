/**
 * Concurrent writers. Several ingest processes (or the CLI and the `ingestReport` mutation) may
 * write into one Neo4j at once; each must see the others' work on a block whole, never half of
 * it, or two writers that consolidate the same person at the same time each write their own
 * version and one silently loses. So a write first takes one lock per unit it will read and
 * change — a block of people or facts, an article, an organization, a country, an outlet, a
 * topic — by setting a property on a `Lock` node, in ascending order, inside its transaction.
 * Writers that touch a common unit then run one after the other; taking locks in one global
 * order means two writers never wait for each other in a circle. (A rare deadlock through
 * Neo4j's own locks is retried by the transaction, src/graph/driver.ts.)
 *
 * Keys are hashed onto LOCK_SLOTS lock nodes, so that their number stays bounded however many
 * articles and facts there are; two units sharing a slot only means their writers take turns.
 */
import type { Tx } from './driver.js';
import type { ArticleClaims } from '../resolve/claims.js';
import { topicId } from '../resolve/claims.js';
import { positionId } from '../resolve/positions.js';
import { fnv } from '../resolve/quotes.js';

/** Lock keys of a stored node, by label: the unit a write changes it with. */
export function nodeLockKey(label: string, block: string | null, id: string): string | null {
  switch (label) {
    case 'Person':
      return block === null ? null : `person:${block}`;
    case 'Quote':
      return block === null ? null : `quote:${block}`;
    case 'Meeting':
    case 'Detail':
      return block === null ? null : `meeting:${block}`;
    case 'Position':
      return `position:${id}`;
    case 'Organization':
      return `org:${id}`;
    case 'Country':
      return `country:${id}`;
    case 'Outlet':
      return `outlet:${id}`;
    default:
      return null;
  }
}

/** Every lock key the claims of one article need. */
export function claimLockKeys(c: ArticleClaims): string[] {
  const keys = [`article:${c.source.articleId}`];
  if (c.source.outletId) keys.push(`outlet:${c.source.outletId}`);
  for (const p of c.people) keys.push(`person:${p.block}`);
  for (const q of c.quotes) keys.push(`quote:${q.block}`);
  for (const m of c.meetings) keys.push(`meeting:${m.block}`);
  for (const s of c.positions) keys.push(`position:${positionId(s)}`);
  for (const o of c.organizations) keys.push(`org:${o.id}`);
  for (const k of c.countries) keys.push(`country:${k.id}`);
  for (const x of [...c.quotes, ...c.meetings, ...c.positions])
    for (const t of x.topics) keys.push(`topic:${topicId(t)}`);
  return keys;
}

/** How many lock nodes keys are spread over. */
export const LOCK_SLOTS = 65_536;

/** The lock slot of a key (FNV-1a). */
export function lockSlot(key: string): number {
  return fnv(key) % LOCK_SLOTS;
}

/**
 * Takes the locks of `keys` not taken yet in this transaction (`held`, slots), in ascending
 * order; they are released when the transaction ends.
 */
export async function lock(tx: Tx, keys: Iterable<string>, held: Set<number>): Promise<void> {
  const todo = [...new Set([...keys].map(lockSlot))].filter((k) => !held.has(k)).sort((a, b) => a - b);
  if (todo.length === 0) return;
  // Rows run in order; MERGE creates a missing lock node (its index entry is locked until the
  // commit), SET takes the node's write lock.
  await tx.run(`UNWIND $slots AS slot MERGE (l:Lock {id: slot}) SET l.held = true`, { slots: todo });
  for (const k of todo) held.add(k);
}
