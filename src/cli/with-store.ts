// Opens the database a command names (--db, $CORROBORATE_DB, ./corroborate.db), runs it, always closes it.
import { loadConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { defaultLinker } from '../pipeline.js';

export async function withStore<T>(dbFlag: string | undefined, run: (store: Store, db: string) => Promise<T>): Promise<T> {
  const { db } = loadConfig({ db: dbFlag });
  const store = openStore(db);
  try {
    // A database made before linking existed is linked once, on first open.
    if (store instanceof SqliteStore && store.needsRelink) {
      process.stderr.write('corroborate: linking the accounts of a database made before linking (once)...\n');
      await store.relinkAll(defaultLinker());
    }
    return await run(store, db);
  } finally {
    await store.close();
  }
}
