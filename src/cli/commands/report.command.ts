// `corroborate report ID`: one stored report as cleaned, what cleaning removed, its messages; or its raw bytes.
import type { Command } from 'commander';
import { withStore } from '../with-store.js';
import { EXIT, messageLine } from '../output.js';

export function register(program: Command): void {
  program
    .command('report')
    .description('show one stored report: cleaned text, what cleaning removed, messages (--raw: the bytes as received)')
    .argument('<id>', 'report id')
    .option('--db <path>', 'database file (default $CORROBORATE_DB or ./corroborate.db)')
    .option('--raw', 'write the bytes exactly as they were received, and nothing else')
    .action((id: string, flags: { db?: string; raw?: boolean }) =>
      withStore(flags.db, async (store, db) => {
        const stored = await store.getReport(id);
        if (!stored) {
          process.stderr.write(`no report "${id}" in ${db}\n`);
          process.exitCode = EXIT.FAILED;
          return;
        }
        if (flags.raw) {
          process.stdout.write(stored.raw.bytes);
          return;
        }
        const r = stored.report;
        const w = stored.raw;
        const lines = [
          `report ${r.id}`,
          `  title:      ${r.title ?? '—'}`,
          `  source:     ${r.source ?? '—'}${r.url ? `  ${r.url}` : ''}`,
          `  published:  ${r.publishedAt ? `${r.publishedAt.value} (${r.publishedAt.rule}${r.publishedAt.evidence[0] ? `: "${r.publishedAt.evidence[0].quote}"` : ''})` : '—'}`,
          `  language:   ${r.language ?? '—'}`,
          `  received:   ${w.receivedAt} from ${w.origin.location}${w.origin.line ? `:${w.origin.line}` : ''} as ${w.format}, sha256 ${w.sha256}`,
          ...r.messages.map((m) => `  ${messageLine(m)}`),
          ...r.removed.map((x) => `  removed (${x.rule}): ${x.text}`),
          '',
          r.text,
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }),
    );
}
