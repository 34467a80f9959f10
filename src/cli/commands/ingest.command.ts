// `corroborate ingest PATHS|URLS...`: read, clean, extract, link and store; then a summary.
import type { Command } from 'commander';
import { loadConfig, type ConfigFlags } from '../../config.js';
import { ingestInputs, type IngestSummary } from '../../pipeline.js';
import { openStore } from '../../store/open-store.js';
import { EXIT, messageLine, progressLine } from '../output.js';

const SHOWN_MESSAGES = 30;

function summaryText(s: IngestSummary, seconds: number): string {
  const rate = seconds > 0 ? Math.round(s.read / seconds) : s.read;
  const lines = [
    `read ${s.read} reports in ${seconds.toFixed(1)} s (${rate}/s): ${s.stored} new, ${s.duplicates} duplicate, ${s.failed} failed; ${s.incidents} incidents found`,
  ];
  const removed = Object.entries(s.removed).sort((a, b) => b[1] - a[1]);
  if (removed.length > 0) {
    const total = removed.reduce((n, [, c]) => n + c, 0);
    lines.push(`cleaning removed ${total} lines of scraped junk: ${removed.map(([rule, n]) => `${rule.replace(/^clean:/, '')} ${n}`).join(', ')}`);
  }
  const errors = s.messages.filter((m) => m.severity === 'error');
  const warnings = s.messages.filter((m) => m.severity === 'warning');
  if (errors.length + warnings.length > 0) {
    lines.push(`${errors.length} errors, ${warnings.length} warnings:`);
    for (const m of [...errors, ...warnings].slice(0, SHOWN_MESSAGES)) lines.push(`  ${messageLine(m)}`);
    const more = errors.length + warnings.length - SHOWN_MESSAGES;
    if (more > 0) lines.push(`  … and ${more} more (all are stored with batch ${s.batchId}; --json lists them)`);
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read reports (files, folders, globs, URLs, - for stdin) into the database')
    .argument('<inputs...>', 'files, folders, glob patterns, http(s) URLs, or - for standard input')
    .option('--db <path>', 'database file (default $CORROBORATE_DB or ./corroborate.db)')
    .option('--map <field=column,...>', 'take report fields from other JSONL keys / CSV columns, e.g. text=story,publishedAt=pubdate')
    .option('--format <format>', 'read every input as this format: text, html, jsonl, csv, feed')
    .option('--max-report-size <size>', 'largest report accepted, e.g. 20MB (default)')
    .option('--timeout <ms>', 'URL timeout in milliseconds (default 15000)')
    .option('--batch-size <n>', 'reports per transaction (default 500)')
    .option('--workers <n>', 'worker threads that clean and extract (default: one per core beyond the first on 3+ cores, else 0)')
    .option('--json', 'print the summary as JSON, with every message')
    .option('--quiet', 'print nothing but errors')
    .action(async (inputs: string[], flags: ConfigFlags & { json?: boolean; quiet?: boolean }) => {
      const config = loadConfig(flags);
      const store = openStore(config.db);
      const progress = progressLine(process.stderr.isTTY === true && !flags.quiet && !flags.json);
      const t0 = performance.now();
      let summary: IngestSummary;
      try {
        summary = await ingestInputs(store, inputs, {
          ...config,
          workers: config.workers ?? undefined,
          onProgress: (p) =>
            progress.update(
              `read ${p.read}  new ${p.stored}  duplicate ${p.duplicates}  failed ${p.failed}  incidents ${p.incidents}  ` +
                `${Math.round(p.read / ((performance.now() - t0) / 1000))}/s`,
            ),
        });
      } finally {
        progress.done();
        await store.close();
      }
      const seconds = (performance.now() - t0) / 1000;
      if (flags.json) process.stdout.write(`${JSON.stringify({ ...summary, seconds: Number(seconds.toFixed(3)) }, null, 2)}\n`);
      else if (!flags.quiet) process.stdout.write(`${summaryText(summary, seconds)}\n`);
      else for (const m of summary.messages.filter((x) => x.severity === 'error')) process.stderr.write(`${messageLine(m)}\n`);
      if (summary.read === 0 && summary.failed > 0) process.exitCode = EXIT.FAILED;
      else if (summary.failed > 0) process.exitCode = EXIT.PARTIAL;
    });
}
