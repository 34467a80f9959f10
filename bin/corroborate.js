#!/usr/bin/env node
// The `corroborate` command. Runs the compiled CLI; `npm run build` (run by `npm ci` via `prepare`) makes it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(compiled)) {
  process.stderr.write('corroborate: not built yet; run `npm run build` (or `npm ci`) in the project folder first\n');
  process.exit(3);
}
const { main } = await import(compiled);
await main(process.argv.slice(2));
