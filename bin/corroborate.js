#!/usr/bin/env -S node --no-regexp-tier-up
// The `corroborate` command. Runs the compiled CLI; `npm run build` (run by `npm ci` via `prepare`) makes it.
// Started as a program (`npx corroborate`, `./bin/corroborate.js`), node gets the flag on the first line, which
// makes extraction 15-19% faster (src/core/regexp-engine.ts explains it); `node bin/corroborate.js` runs the
// same, only slower, unless given the flag: `node --no-regexp-tier-up bin/corroborate.js`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(compiled)) {
  process.stderr.write('corroborate: not built yet; run `npm run build` (or `npm ci`) in the project folder first\n');
  process.exit(3);
}
const { main } = await import(compiled);
await main(process.argv.slice(2));
