// How V8 runs this project's patterns. By default V8 first interprets a pattern's bytecode and compiles it to
// machine code only once it proves hot; with the extractor's long patterns, run over sentences of a report at
// a time, some stayed interpreted through a whole run (the injured count pattern took 41 µs a report where
// compiled it takes 11). Compiling each pattern on its first run costs a little more at start and makes
// extraction 15-19% faster (the same code with and without this, alternating 30,000-report runs of FA-KES dev
// repeated). Imported before any pattern runs.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
