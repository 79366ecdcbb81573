/**
 * Finds the gazetteer entry (and so the Wikidata id) of a node of the graph by its names.
 * Pure: built from the entries, asked with a node's kind, name, aliases and country.
 *
 * A person matches on the full name (any alias of two words or more counts too), folded
 * (case, accents, punctuation) and with given-name variants made equal (Sergei/Sergey,
 * Joe/Joseph); a country on both sides must agree. Two candidates left is no match: a wrong id
 * is worse than none.
 */
import type { GazetteerEntry } from './knowledge.js';

export type NodeKind = GazetteerEntry['kind'];

export interface NamedNode {
  kind: NodeKind;
  /** For a Country node its ISO alpha-2 code (the node's id). */
  id?: string;
  name: string;
  aliases?: readonly string[];
  country?: string | null;
}

/** Lower case, no accents, punctuation as spaces, no leading "the". */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export class GazetteerIndex {
  private readonly byKey = new Map<string, GazetteerEntry[]>();
  private readonly byCountry = new Map<string, GazetteerEntry>();
  private readonly ids = new Map<string, GazetteerEntry>();
  private readonly givenName = new Map<string, string>();

  constructor(entries: readonly GazetteerEntry[], nameGroups: readonly (readonly string[])[] = []) {
    for (const group of nameGroups) {
      const canonical = foldName(group[0] ?? '');
      for (const variant of group)
        if (!this.givenName.has(foldName(variant))) this.givenName.set(foldName(variant), canonical);
    }
    for (const e of entries) {
      this.ids.set(e.id, e);
      if (e.kind === 'country') {
        if (e.country) this.byCountry.set(e.country, e);
        continue;
      }
      for (const name of [e.name, ...e.aliases]) {
        const key = this.key(e.kind, name);
        if (!key) continue;
        const list = this.byKey.get(key) ?? [];
        if (!list.includes(e)) list.push(e);
        this.byKey.set(key, list);
      }
    }
  }

  get(id: string): GazetteerEntry | undefined {
    return this.ids.get(id);
  }

  /** The entry of a node, or undefined when none or more than one fits. */
  match(node: NamedNode): GazetteerEntry | undefined {
    if (node.kind === 'country') return node.id ? this.byCountry.get(node.id) : undefined;
    // Organizations and outlets share names: a news agency quoted as a source is an Organization node.
    const kinds: NodeKind[] = node.kind === 'person' ? ['person'] : ['organization', 'outlet'];
    const found = new Set<GazetteerEntry>();
    for (const name of [node.name, ...(node.aliases ?? [])]) {
      if (node.kind === 'person' && name !== node.name && foldName(name).split(' ').length < 2) continue;
      for (const kind of kinds) {
        const key = this.key(kind, name);
        for (const e of (key && this.byKey.get(key)) || []) found.add(e);
      }
    }
    const fits = [...found].filter((e) => !node.country || !e.country || e.country === node.country);
    return fits.length === 1 ? fits[0] : undefined;
  }

  private key(kind: NodeKind, name: string): string | undefined {
    const words = foldName(name).split(' ').filter(Boolean);
    if (words.length === 0) return undefined;
    if (kind === 'person') {
      if (words.length < 2) return undefined;
      words[0] = this.givenName.get(words[0]!) ?? words[0]!;
      return `person:${words.join(' ')}`;
    }
    return `body:${words.join(' ')}`;
  }
}
