// `corroborate incidents`: the incident table, filtered.
import type { Command } from 'commander';
import { EVENT_TYPES, type EventType, type Grade } from '../../core/types.js';

const GRADES: readonly Grade[] = ['single-source', 'corroborated', 'contested', 'confirmed'];
import { withStore } from '../with-store.js';
import type { IncidentFilter } from '../../store/store.js';
import { incidentTable, UsageError } from '../output.js';

export interface FilterFlags {
  readonly from?: string;
  readonly to?: string;
  readonly country?: string;
  readonly admin1?: string;
  readonly type?: string;
  readonly grade?: string;
  readonly search?: string;
  readonly limit?: string;
}

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Checks the filter flags every listing command shares; a bad one is a usage error naming it. */
export function filterOf(f: FilterFlags, defaultLimit: number | null): IncidentFilter {
  for (const [name, v] of [['--from', f.from], ['--to', f.to]] as const) {
    if (v !== undefined && !DAY.test(v)) throw new UsageError(`${name} takes a date like 2016-11-05, 2016-11 or 2016; got "${v}"`);
  }
  if (f.type !== undefined && !(EVENT_TYPES as readonly string[]).includes(f.type)) {
    throw new UsageError(`--type must be one of ${EVENT_TYPES.join(', ')}; got "${f.type}"`);
  }
  if (f.grade !== undefined && !(GRADES as readonly string[]).includes(f.grade)) {
    throw new UsageError(`--grade must be one of ${GRADES.join(', ')}; got "${f.grade}"`);
  }
  if (f.country !== undefined && !/^[A-Za-z]{2}$/.test(f.country)) {
    throw new UsageError(`--country takes a two-letter ISO code like SY; got "${f.country}"`);
  }
  const limit = f.limit === undefined ? defaultLimit : Number(f.limit);
  if (limit !== null && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit takes a positive whole number; got "${f.limit}"`);
  return {
    // A month or a year as --from starts at its first day; as --to it ends at its last.
    from: f.from ? f.from.padEnd(10, f.from.length === 4 ? '-01-01' : '-01') : null,
    to: f.to ? (f.to.length === 10 ? f.to : `${f.to}\uffff`) : null,
    country: f.country ?? null,
    admin1: f.admin1 ?? null,
    type: (f.type as EventType | undefined) ?? null,
    grade: (f.grade as Grade | undefined) ?? null,
    search: f.search ?? null,
    limit,
  };
}

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--from <date>', 'incidents on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'incidents on or before this day')
    .option('--country <code>', 'ISO 3166-1 alpha-2 country code, e.g. SY')
    .option('--admin1 <name>', 'province / governorate, e.g. Aleppo')
    .option('--type <type>', `event type: ${EVENT_TYPES.join(', ')}`)
    .option('--grade <grade>', `corroboration grade: ${GRADES.join(', ')}`)
    .option('--search <words>', 'full-text search in the reports (accents and case ignored)');
}

export function register(program: Command): void {
  addFilterOptions(
    program
      .command('incidents')
      .description('list incidents: date, place, type, killed, perpetrator, sources')
      .option('--db <path>', 'database file (default $CORROBORATE_DB or ./corroborate.db)'),
  )
    .option('--limit <n>', 'show at most this many (default 100)')
    .option('--json', 'one JSON object per line instead of a table')
    .action((flags: FilterFlags & { db?: string; json?: boolean }) => {
      const filter = filterOf(flags, 100);
      return withStore(flags.db, async (store, db) => {
        const rows = await store.listIncidents(filter);
        if (flags.json) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
        else {
          const total = (await store.counts()).incidents;
          process.stdout.write(`${incidentTable(rows)}\n${rows.length} shown of ${total} incidents in ${db}\n`);
        }
      });
    });
}
