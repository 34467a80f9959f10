// `corroborate export --format jsonl|csv|geojson`: every incident (or a filtered set), streamed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { withStore } from '../with-store.js';
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from '../../store/export-formats.js';
import { UsageError } from '../output.js';
import { addFilterOptions, filterOf, type FilterFlags } from './incidents.command.js';

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

export function register(program: Command): void {
  addFilterOptions(
    program
      .command('export')
      .description('export incidents as JSONL, ACLED-style CSV or GeoJSON')
      .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
      .option('--db <path>', 'database file (default $CORROBORATE_DB or ./corroborate.db)')
      .option('-o, --output <file>', 'write to this file instead of standard output'),
  ).action(async (flags: FilterFlags & { db?: string; format: string; output?: string }) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
      throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}; got "${flags.format}"`);
    }
    const format = flags.format as ExportFormat;
    const filter = filterOf(flags, null);
    await withStore(flags.db, async (store) => {
      const out: Writable = flags.output ? createWriteStream(flags.output) : process.stdout;
      try {
        for await (const chunk of exportChunks(store.iterateIncidents(filter), format)) await write(out, chunk);
      } finally {
        if (flags.output) {
          out.end();
          await once(out, 'finish');
        }
      }
    });
  });
}
