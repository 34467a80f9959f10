// Opens the database a command names (--db, $CORROBORATE_DB, ./corroborate.db), runs it, always closes it.
import { loadConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

export async function withStore<T>(dbFlag: string | undefined, run: (store: Store, db: string) => Promise<T>): Promise<T> {
  const { db } = loadConfig({ db: dbFlag });
  const store = openStore(db);
  try {
    return await run(store, db);
  } finally {
    await store.close();
  }
}
