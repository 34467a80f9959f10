// How V8 runs this project's patterns. By default V8 first interprets a pattern's bytecode and compiles it to
// machine code only once it proves hot; with the extractor's long patterns, run over sentences of a report at
// a time, some stayed interpreted through a whole run (the injured count pattern took 41 µs a report where
// compiled it takes 11). Compiling each pattern on its first run costs a little more at start and makes
// extraction 15-19% faster (the same code with and without the flag, alternating 30,000-report runs of FA-KES
// dev repeated).
//
// The flag must be given as the process starts (`node --no-regexp-tier-up`): V8 flags changed while a process
// runs are not safe, and this one, set at run time, crashed the process when a pattern that had already run
// interpreted ran again. The `corroborate` command has it on its first line (bin/corroborate.js); a program that
// imports the extractor gets the same speed by starting node with the flag.

/** The V8 flag that compiles each pattern on its first run. */
export const REGEXP_FLAG = '--no-regexp-tier-up';

/** Whether this process was started with REGEXP_FLAG. */
export function patternsCompiledFirst(): boolean {
  return process.execArgv.includes(REGEXP_FLAG);
}
