// Answers kept until the store changes: the map's and the timeline's aggregates read every incident in
// view, and everyone opening the app asks for the same first view.
import type { Store } from '../store/store.js';

export class AggregateCache {
  private readonly entries = new Map<string, { generation: string; value: unknown }>();

  constructor(private readonly size = 256) {}

  async get<T>(store: Store, key: string, make: () => Promise<T>): Promise<T> {
    const generation = await store.generation();
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation) return hit.value as T;
    const value = await make();
    // Most recently used last; the oldest goes first when full.
    this.entries.delete(key);
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { generation, value });
    return value;
  }
}
