// `corroborate link --rebuild`, `merge A B`, `split ID --accounts ...`: linking, and people correcting it.
import type { Command } from 'commander';
import { userInfo } from 'node:os';
import { defaultLinker } from '../../pipeline.js';
import { withStore } from '../with-store.js';
import { noSuchIncident, UsageError } from '../output.js';
import { InvalidRequest } from '../../store/store.js';

/** Who a command-line correction is recorded as: --by, else $CORROBORATE_USER, else the login name. */
function actorOf(by: string | undefined): string {
  const who = by ?? process.env.CORROBORATE_USER ?? (() => {
    try {
      return userInfo().username;
    } catch {
      return null;
    }
  })();
  return who ? `cli:${who}` : 'cli';
}

function reasonOf(reason: string | undefined): string {
  if (!reason || reason.trim() === '') throw new UsageError('--reason is required: say why, it goes into the log with the change');
  return reason.trim();
}

export function register(program: Command): void {
  program
    .command('link')
    .description('link accounts into incidents (ingest links as it goes; --rebuild relinks everything)')
    .option('--db <path>', 'database file (default $CORROBORATE_DB or ./corroborate.db)')
    .option('--rebuild', 'relink every account from scratch, keeping every merge and split people made')
    .action((flags: { db?: string; rebuild?: boolean }) => {
      if (!flags.rebuild) throw new UsageError('link needs --rebuild (ingest already links each new report as it stores it)');
      return withStore(flags.db, async (store, db) => {
        const t0 = performance.now();
        const r = await store.relinkAll(defaultLinker());
        const s = ((performance.now() - t0) / 1000).toFixed(1);
        process.stdout.write(`relinked ${r.accounts} accounts into ${r.incidents} incidents in ${s} s (${db})\n`);
      });
    });

  program
    .command('merge')
    .description('merge incidents that are one event (recorded with who and why; relinking keeps it)')
    .argument('<ids...>', 'two or more incident ids')
    .requiredOption('--reason <text>', 'why they are one event')
    .option('--by <name>', 'who is merging (default $CORROBORATE_USER or your login name)')
    .option('--db <path>', 'database file (default $CORROBORATE_DB or ./corroborate.db)')
    .action((ids: string[], flags: { reason?: string; by?: string; db?: string }) => {
      const reason = reasonOf(flags.reason);
      const unique = [...new Set(ids)];
      if (unique.length < 2) throw new UsageError('merge takes two or more different incident ids');
      return withStore(flags.db, async (store, db) => {
        for (const id of unique) {
          if (!(await store.getIncident(id))) {
            noSuchIncident(id, db);
            return;
          }
        }
        const merged = await store.mergeIncidents(unique, actorOf(flags.by), reason, defaultLinker());
        process.stdout.write(`merged ${unique.join(' + ')} into ${merged.id} (${merged.accountIds.length} accounts, ${merged.grade})\n`);
      });
    });

  program
    .command('split')
    .description('move accounts out of an incident into one of their own (recorded with who and why)')
    .argument('<id>', 'the incident to split')
    .requiredOption('--accounts <ids>', 'account ids to move out, comma-separated (`show ID --json` lists them)')
    .requiredOption('--reason <text>', 'why they are another event')
    .option('--by <name>', 'who is splitting (default $CORROBORATE_USER or your login name)')
    .option('--db <path>', 'database file (default $CORROBORATE_DB or ./corroborate.db)')
    .action((id: string, flags: { accounts: string; reason?: string; by?: string; db?: string }) => {
      const reason = reasonOf(flags.reason);
      const accounts = flags.accounts.split(',').map((x) => x.trim()).filter(Boolean);
      if (accounts.length === 0 || accounts.some((a) => !/^\d+$/.test(a))) {
        throw new UsageError(`--accounts takes account ids like 12,15; got "${flags.accounts}"`);
      }
      return withStore(flags.db, async (store, db) => {
        if (!(await store.getIncident(id))) {
          noSuchIncident(id, db);
          return;
        }
        try {
          const [kept, moved] = await store.splitIncident(id, accounts.map(Number), actorOf(flags.by), reason, defaultLinker());
          process.stdout.write(`split ${id}: ${kept!.id} keeps ${kept!.accountIds.length} accounts, ${moved!.id} has ${moved!.accountIds.join(', ')}\n`);
        } catch (e) {
          if (e instanceof InvalidRequest) throw new UsageError(e.message);
          throw e;
        }
      });
    });
}
