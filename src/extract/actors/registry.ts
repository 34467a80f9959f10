// The actor registry (data/actors/actors.json): canonical actors and their aliases, report sources, and
// the words for unnamed perpetrators, indexed by the same strictKey the extractor applies to report text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strictKey } from '../../core/name-key.js';
import { fnv1a, fnvStep } from '../../core/fnv.js';

const FILE = fileURLToPath(new URL('../../../data/actors/actors.json', import.meta.url));

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: 'state_force' | 'non_state_armed_group' | 'coalition';
  readonly parent: string | null;
  readonly country: string | null;
}

/** What an alias in a report stands for. */
export type AliasEntry =
  | { readonly kind: 'actor'; readonly actor: Actor; readonly genericIn: readonly string[] | null }
  /** A source; one that speaks for an actor (its defence ministry, its spokesman) names it when it claims. */
  | { readonly kind: 'source'; readonly speaksFor?: Actor }
  | { readonly kind: 'unnamed' }
  /** A group named in the report that the registry does not hold: "a local Islamist group, National Thowheeth Jama'ath,". */
  | { readonly kind: 'group' };

interface RawActor extends Actor {
  readonly aliases: readonly string[];
  readonly generic?: readonly string[];
  readonly genericIn?: readonly string[];
  /** Those who speak for the actor: sources, save when they claim its acts ("the Russian Defence Ministry said its aircraft destroyed"). */
  readonly speakers?: readonly string[];
}

interface Keyed {
  readonly entry: AliasEntry;
  /** For a short all-capitals alias ("IS", "US"): the letters the text must show in capitals. */
  readonly capitals: string | null;
}

const ACRONYM = /^[A-Z.\-]{1,7}$/;

const STARTS_SIZE = 8192;

export class ActorRegistry {
  private readonly byKey = new Map<string, Keyed[]>();
  /** Longest alias, in words, for each first word: how far a window from that word may reach. */
  private readonly reach = new Map<string, number>();
  private readonly lastWords = new Set<string>();
  /** For mayStart(): 1 at the hash of each plain first word of an alias (other words mostly find a 0). */
  private readonly starts = new Uint8Array(STARTS_SIZE);
  readonly actors: ReadonlyMap<string, Actor>;

  private constructor(json: { actors: RawActor[]; sources: string[]; unnamed: string[] }) {
    const actors = new Map<string, Actor>();
    const add = (alias: string, entry: AliasEntry) => {
      const key = strictKey(alias);
      if (!key) return;
      const letters = alias.replace(/[^A-Za-z]/g, '');
      const capitals = ACRONYM.test(alias) && letters.length <= 5 ? letters : null;
      const list = this.byKey.get(key) ?? [];
      list.push({ entry, capitals });
      this.byKey.set(key, list);
      const words = key.split(' ');
      this.reach.set(words[0]!, Math.max(this.reach.get(words[0]!) ?? 0, alias.split(/[\s-]+/).length + 2));
      if (/^[a-z]+$/.test(words[0]!)) this.starts[fnv1a(words[0]!) & (STARTS_SIZE - 1)] = 1;
      this.lastWords.add(words[words.length - 1]!);
    };
    for (const a of json.actors) {
      const actor: Actor = { id: a.id, name: a.name, kind: a.kind, parent: a.parent, country: a.country };
      actors.set(a.id, actor);
      for (const alias of [a.name, ...a.aliases]) add(alias, { kind: 'actor', actor, genericIn: null });
      for (const alias of a.generic ?? []) add(alias, { kind: 'actor', actor, genericIn: a.genericIn ?? (a.country ? [a.country] : []) });
      for (const alias of a.speakers ?? []) add(alias, { kind: 'source', speaksFor: actor });
    }
    for (const s of json.sources) add(s, { kind: 'source' });
    for (const u of json.unnamed) add(u, { kind: 'unnamed' });
    this.actors = actors;
  }

  private static shared: ActorRegistry | null = null;

  static load(): ActorRegistry {
    ActorRegistry.shared ??= new ActorRegistry(JSON.parse(readFileSync(FILE, 'utf8')));
    return ActorRegistry.shared;
  }

  /** How many words a window starting with this word key may span (0: no alias starts with it). */
  reachOf(firstWordKey: string): number {
    return this.reach.get(firstWordKey) ?? 0;
  }

  /**
   * False when no alias can start with the word at text[start, end) if it is of plain ASCII letters, told from
   * a hash of its letters read in place (most words of a report), before its key is made and looked up. True
   * for any other word.
   */
  mayStart(text: string, start: number, end: number): boolean {
    // The same hash as fnv1a() of the word in lower case, read in place.
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i) | 32;
      if (c < 97 || c > 122) return true;
      h = fnvStep(h, c);
    }
    return this.starts[(h >>> 0) & (STARTS_SIZE - 1)] === 1;
  }

  /** Whether some alias ends with this word key: a window ending elsewhere names no actor. */
  endsAnAlias(lastWordKey: string): boolean {
    return this.lastWords.has(lastWordKey);
  }

  /**
   * What `words` (as the report spells them) stand for in a report about `home`, or null. An acronym alias
   * needs capitals in the text; a generic alias ("the regime") counts only in its countries, and there before
   * the same words as another actor's alias.
   */
  resolve(words: string, home: string | null): AliasEntry | null {
    const list = this.byKey.get(strictKey(words));
    if (!list) return null;
    const letters = words.replace(/[^A-Za-z]/g, '');
    let plain: AliasEntry | null = null;
    for (const k of list) {
      if (k.capitals !== null && letters !== k.capitals) continue;
      if (k.entry.kind === 'actor' && k.entry.genericIn) {
        // A word generic in the report's country names that country's actor before any other: "Taliban" in a
        // report about Pakistan are the Pakistani Taliban.
        if (home && k.entry.genericIn.includes(home)) return k.entry;
        continue;
      }
      plain ??= k.entry;
    }
    return plain;
  }

  /** The actors `words` name generically in some country ("coalition": the US-led one, the Saudi-led one). */
  genericActors(words: string): Actor[] {
    const list = this.byKey.get(strictKey(words)) ?? [];
    return list.flatMap((k) => (k.entry.kind === 'actor' && k.entry.genericIn ? [k.entry.actor] : []));
  }

  actor(id: string): Actor | null {
    return this.actors.get(id) ?? null;
  }

  /** An actor's parent id, or null ("sy-air-force" → "sy-government"). */
  readonly parentOf = (id: string): string | null => this.actor(id)?.parent ?? null;
}
