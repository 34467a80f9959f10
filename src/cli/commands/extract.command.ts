// `corroborate extract [PATHS...]`: no database; the extract contract as JSONL on stdout, in input order.
import { once } from 'node:events';
import type { Command } from 'commander';
import { loadConfig, type ConfigFlags } from '../../config.js';
import { extractInputs } from '../../pipeline.js';
import { EXIT, messageLine } from '../output.js';

export function register(program: Command): void {
  program
    .command('extract')
    .description('write each report and the incidents it tells as one JSON line (no database)')
    .argument('[inputs...]', 'files, folders, globs, URLs, or - for standard input (the default)')
    .option('--map <field=column,...>', 'take report fields from other JSONL keys / CSV columns')
    .option('--format <format>', 'read every input as this format: text, html, jsonl, csv, feed')
    .option('--max-report-size <size>', 'largest report accepted, e.g. 20MB (default)')
    .option('--timeout <ms>', 'URL timeout in milliseconds (default 15000)')
    .action(async (inputs: string[], flags: ConfigFlags) => {
      const config = loadConfig(flags);
      let failed = 0;
      let written = 0;
      for await (const item of extractInputs(inputs.length > 0 ? inputs : ['-'], config)) {
        if (item.kind === 'message') {
          if (item.message.severity === 'error') failed++;
          if (item.message.severity !== 'info') process.stderr.write(`${messageLine(item.message)}\n`);
          continue;
        }
        written++;
        if (!process.stdout.write(`${JSON.stringify(item.extraction)}\n`)) await once(process.stdout, 'drain');
      }
      if (written === 0 && failed > 0) process.exitCode = EXIT.FAILED;
      else if (failed > 0) process.exitCode = EXIT.PARTIAL;
    });
}
