// Opens the store a location names. A file path is SQLite; PostgreSQL URLs will join here.
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export function openStore(location: string): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error(`PostgreSQL is not supported yet; give a file path for SQLite instead of ${location}`);
  }
  return SqliteStore.open(location);
}
