import type { Mention } from '../people/index.js';
import type { Sentence } from '../text.js';

/**
 * The people a report names, in text order, to resolve what names no one: "the two leaders" (the people
 * named last, the headline included) and a group subject ("EU leaders": the people named nearby).
 */

interface Named {
  person: string;
  at: number;
  sentence: number;
  para: number;
}

export class NamedPeople {
  private list: Named[] = [];

  constructor(private countryOf: (id: string) => string | null) {}

  note(s: Sentence, ms: Mention[]): void {
    for (const m of ms)
      if (m.person && m.kind === 'name' && !m.quoted)
        this.list.push({ person: m.person, at: m.start, sentence: s.index, para: s.para });
  }

  /** The first person the report names who is not among `others`, or null. */
  first(others: string[]): string | null {
    return this.list.find((n) => !others.includes(n.person))?.person ?? null;
  }

  /**
   * The last `count` people named before offset `at` in sentence `s` and the `back` sentences before it, or in
   * the headline, one per country where their countries are known, in text order; null when fewer.
   */
  last(count: number, s: Sentence, at: number, back: number): string[] | null {
    const out: string[] = [];
    const lands = new Set<string>();
    for (let i = this.list.length - 1; i >= 0 && out.length < count; i--) {
      const n = this.list[i]!;
      if (n.at >= at || out.includes(n.person) || (s.index - n.sentence > back && n.para !== 0)) continue;
      const c = this.countryOf(n.person);
      if (c && lands.has(c)) continue;
      if (c) lands.add(c);
      out.push(n.person);
    }
    return out.length === count ? out.reverse() : null;
  }

  /**
   * "EU leaders met B and C": the members of a group subject are the people named in the two sentences before
   * and the one after, who are not among the `objects` — of the group's country when it names one, else of none
   * of the objects' countries.
   */
  near(
    sentence: number,
    objects: Set<string>,
    group: { count: number | null; country: string | null; countries?: string[] },
  ): string[] {
    if (group.countries?.length) return this.ofCountries(objects, group.countries);
    // "the heads of the five states": a group of a number of states, named in the three sentences before
    const back = group.countries ? 3 : 2;
    const theirs = new Set([...objects].map((p) => this.countryOf(p)).filter((c) => c));
    const members: string[] = [];
    for (const n of this.list) {
      if (n.sentence < sentence - back || n.sentence > sentence + 1 || objects.has(n.person)) continue;
      if (members.includes(n.person)) continue;
      const c = this.countryOf(n.person);
      if (group.country ? c !== group.country : c && theirs.has(c)) continue;
      members.push(n.person);
    }
    return members.slice(0, group.count ?? 4);
  }

  /** "the presidents of A, B and C": the first person the report names anywhere of each of those countries */
  private ofCountries(objects: Set<string>, countries: string[]): string[] {
    const members: string[] = [];
    const seen = new Set<string>();
    for (const n of this.list) {
      const c = this.countryOf(n.person);
      if (!c || !countries.includes(c) || seen.has(c) || objects.has(n.person)) continue;
      seen.add(c);
      members.push(n.person);
    }
    return members;
  }
}
