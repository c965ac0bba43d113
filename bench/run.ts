// Runs benchmarks by name: `npm run bench -- ledger` imports bench/ledger.bench.ts. Without a name, lists them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const directory = fileURLToPath(new URL('.', import.meta.url));
const suffix = '.bench.ts';
const available = readdirSync(directory)
  .filter((name) => name.endsWith(suffix))
  .map((name) => name.slice(0, -suffix.length))
  .sort();

const requested = process.argv.slice(2);
if (requested.length === 0) {
  console.log(`usage: npm run bench -- <name> [<name> ...]\navailable: ${available.join(', ') || '(none)'}`);
} else {
  const unknown = requested.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
    process.exitCode = 1;
  } else {
    for (const name of requested) await import(pathToFileURL(join(directory, `${name}${suffix}`)).href);
  }
}
