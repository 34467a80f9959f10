// The `corroborate` command line: one file per command under ./commands.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.js';
import { register as registerExport } from './commands/export.command.js';
import { register as registerExtract } from './commands/extract.command.js';
import { register as registerIncidents } from './commands/incidents.command.js';
import { register as registerIngest } from './commands/ingest.command.js';
import { register as registerReport } from './commands/report.command.js';
import { register as registerShow } from './commands/show.command.js';
import { register as registerLink } from './commands/link.command.js';
import { register as registerServe } from './commands/serve.command.js';
import { EXIT, UsageError } from './output.js';

export function buildProgram(): Command {
  const program = new Command('corroborate')
    .description('Turn raw reports of attacks on civilians into an incident record where every value points at its words.')
    .version('0.1.0')
    .showHelpAfterError('(corroborate --help lists the commands)')
    .exitOverride();
  for (const register of [registerIngest, registerExtract, registerIncidents, registerShow, registerExport, registerReport, registerLink, registerServe]) {
    register(program);
  }
  program.addHelpText(
    'after',
    `
Exit codes: 0 all done; 1 done, but some inputs failed (each named on stderr or in the summary);
            2 bad command line; 3 nothing could be done (no input readable, database unusable).
Database:   --db PATH, else $CORROBORATE_DB, else ./corroborate.db`,
  );
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  // A closed pipe (`corroborate extract | head`) ends the output quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
      return;
    }
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`corroborate: ${e.message}\n`);
      process.exitCode = EXIT.USAGE;
      return;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && (err.code === 'SQLITE_CANTOPEN' || err.code === 'SQLITE_NOTADB' || /database/i.test(err.message ?? ''))) {
      process.stderr.write(`corroborate: the database cannot be used: ${err.message}\n`);
      process.exitCode = EXIT.FAILED;
      return;
    }
    throw e;
  }
}
